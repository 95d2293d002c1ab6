// Turning what the core sends into words for people. No arithmetic: money arrives already worked
// out by the core as text ("1250.00") and only gets a pound sign and thousands commas here.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "1250.00" → "£1,250.00"; "-12.5" → "-£12.50". Text that is not an amount is returned unchanged. */
export function formatMoney(amount: string): string {
  const match = /^(-?)(\d+)(?:\.(\d*))?$/.exec(amount.trim());
  if (!match) return amount;
  const [, sign, whole, fraction = ''] = match;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const pence = fraction.length >= 2 ? fraction : fraction.padEnd(2, '0');
  return `${sign}£${grouped}.${pence}`;
}

/** "2026-01-05" → "5 January 2026", as GOV.UK writes dates. Anything else is returned unchanged. */
export function formatLongDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!match) return iso;
  const [, year, month, day] = match;
  const monthName = MONTHS[Number(month) - 1];
  if (!monthName) return iso;
  return `${Number(day)} ${monthName} ${year}`;
}

/** "1 person" / "3 people". */
export function countPeople(count: number): string {
  return count === 1 ? '1 person' : `${count} people`;
}
