// The GOV.UK date input shows a date as three boxes: day, month and year. The core reads dates as
// text, so the boxes are joined into "YYYY-M-D" when sent, exactly as typed, and a date the core
// sends back ("2026-01-05") is split into the boxes again.

export type DateParts = { day: string; month: string; year: string };

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

/** The three boxes as the text the core reads; all empty gives "" (no date). */
export function joinDate(parts: DateParts): string {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (day === '' && month === '' && year === '') return '';
  return `${year}-${month}-${day}`;
}

/** Leading zeros off for display: "05" → "5", "0" stays "0". */
function withoutLeadingZeros(text: string): string {
  return /^\d+$/.test(text) ? String(Number(text)) : text;
}

/**
 * Splits a date sent by the core or made by `joinDate` into the boxes. Reads "2026-01-05",
 * "2026-1-5", a partly typed "2026--5", and the English order "5/1/2026".
 */
export function splitDate(text: string): DateParts {
  const value = text.trim();
  if (value === '') return { ...EMPTY_DATE };
  const english = /^(\d{1,2})[/. ](\d{1,2})[/. ](\d{4})$/.exec(value);
  if (english) {
    return {
      day: withoutLeadingZeros(english[1]),
      month: withoutLeadingZeros(english[2]),
      year: english[3],
    };
  }
  const parts = value.split('-');
  if (parts.length === 3) {
    const [year, month, day] = parts;
    return {
      day: withoutLeadingZeros(day),
      month: withoutLeadingZeros(month),
      year,
    };
  }
  // Not a shape we know: keep every character, in the day box, so nothing typed is lost.
  return { day: value, month: '', year: '' };
}
