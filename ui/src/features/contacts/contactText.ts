// Words for what the core sends about PA contacts. Labels come from the core's choices; only the
// joining-up is done here.
import type { AlertKind } from '../../lib/bindings/AlertKind';
import type { ContactAlert } from '../../lib/bindings/ContactAlert';
import type { ContactStatus } from '../../lib/bindings/ContactStatus';
import { formatMoney } from '../../lib/format';

/** "1 PA" / "3 PAs". */
export function countPAs(count: number): string {
  return count === 1 ? '1 PA' : `${count.toLocaleString('en-GB')} PAs`;
}

/** "1 contact" / "12 contacts". */
export function countContacts(count: number): string {
  return count === 1 ? '1 contact' : `${count.toLocaleString('en-GB')} contacts`;
}

/** "13.50" → "£13.50 an hour". */
export function hourlyRateText(amount: string | null): string | null {
  return amount === null ? null : `${formatMoney(amount)} an hour`;
}

/** The short badge for an alert in a list, and its GOV.UK tag colour. */
export type AlertBadge = { kind: AlertKind; text: string; tagClass: string };

const BADGES: Record<AlertKind, Omit<AlertBadge, 'kind'>> = {
  dbs_too_old: { text: 'DBS too old', tagClass: 'govuk-tag--red' },
  no_dbs: { text: 'No DBS check', tagClass: 'govuk-tag--grey' },
  training_expired: { text: 'Training expired', tagClass: 'govuk-tag--red' },
  training_expiring: { text: 'Training expiring', tagClass: 'govuk-tag--yellow' },
};

/** One badge per kind of alert (two expired courses make one "Training expired"), most urgent first. */
export function alertBadges(alerts: ContactAlert[]): AlertBadge[] {
  const order: AlertKind[] = ['dbs_too_old', 'training_expired', 'training_expiring', 'no_dbs'];
  return order.filter((kind) => alerts.some((a) => a.kind === kind)).map((kind) => ({ kind, ...BADGES[kind] }));
}

/** Whether an alert is for something already out of date rather than about to be. */
export function isOverdue(kind: AlertKind): boolean {
  return kind !== 'training_expiring';
}

const STATUS_TAGS: Record<ContactStatus, string> = {
  looking_for_work: 'govuk-tag--green',
  working_for_us: 'govuk-tag--blue',
  not_available: 'govuk-tag--grey',
};

export function statusTagClass(status: ContactStatus): string {
  return STATUS_TAGS[status];
}

/** Whole years between a date of birth and today, both "YYYY-MM-DD". */
export function ageOn(dateOfBirth: string, today: string): number | null {
  const birth = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateOfBirth);
  const now = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
  if (!birth || !now) return null;
  const [, y1, m1, d1] = birth.map(Number);
  const [, y2, m2, d2] = now.map(Number);
  return y2 - y1 - (m2 < m1 || (m2 === m1 && d2 < d1) ? 1 : 0);
}

/** "Yes" / "No". */
export function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}
