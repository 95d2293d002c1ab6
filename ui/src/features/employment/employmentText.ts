// Employments in words, and the small conversions the employment screens share.
import { call } from '../../lib/api';
import type { ContactQuery } from '../../lib/bindings/ContactQuery';
import type { EmploymentFormOptions } from '../../lib/bindings/EmploymentFormOptions';
import type { EmploymentSummary } from '../../lib/bindings/EmploymentSummary';
import { formatMoney } from '../../lib/format';

let loading: Promise<EmploymentFormOptions> | null = null;

/** The employment form's choices, asked for once: they never change while the app runs. */
export function employmentOptions(): Promise<EmploymentFormOptions> {
  loading ??= call('employment_form_options').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** "13.5" → "£13.50 an hour". */
export function perHour(rate: string): string {
  return `${formatMoney(rate)} an hour`;
}

/** "1 week", "12 weeks". */
export function weeks(count: number): string {
  return count === 1 ? '1 week' : `${count} weeks`;
}

/** Current employments first, then the most recently started. */
export function currentFirst(employments: EmploymentSummary[]): EmploymentSummary[] {
  return [...employments].sort(
    (a, b) => Number(b.current) - Number(a.current) || b.start_date.localeCompare(a.start_date),
  );
}

/** "Ann Smith works for Zoë" or, once ended, "worked for". */
export function employmentTitle(summary: Pick<EmploymentSummary, 'contact_name' | 'person_name' | 'current'>): string {
  return `${summary.contact_name} ${summary.current ? 'works' : 'worked'} for ${summary.person_name}`;
}

/** A search of the contact book by name, with every other filter off. */
export function contactQuery(text: string, limit: number): ContactQuery {
  return {
    text,
    skill: null,
    area: '',
    free_in: null,
    status: null,
    dbs_in_date: false,
    training_in_date: false,
    include_archived: false,
    sort: text.trim() === '' ? 'name' : 'relevance',
    limit,
  };
}
