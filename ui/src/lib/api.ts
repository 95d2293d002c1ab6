// Thin, typed wrappers over the app's commands. The types are generated from Rust (./bindings);
// the command names and arguments match src-tauri/commands/*.rs.
import { invoke } from '@tauri-apps/api/core';
import type { AppError } from './bindings/AppError';
import type { AppInfo } from './bindings/AppInfo';
import type { PersonDraft } from './bindings/PersonDraft';
import type { PersonFormOptions } from './bindings/PersonFormOptions';
import type { PersonSummary } from './bindings/PersonSummary';
import type { PersonView } from './bindings/PersonView';

export const api = {
  appInfo: () => invoke<AppInfo>('app_info'),
  personFormOptions: () => invoke<PersonFormOptions>('person_form_options'),
  listPeople: (query: string, include_archived: boolean) =>
    invoke<PersonSummary[]>('list_people', { query, include_archived }),
  getPerson: (id: number) => invoke<PersonView>('get_person', { id }),
  personDraft: (id: number) => invoke<PersonDraft>('person_draft', { id }),
  addPerson: (draft: PersonDraft) => invoke<PersonView>('add_person', { draft }),
  updatePerson: (id: number, draft: PersonDraft) => invoke<PersonView>('update_person', { id, draft }),
  archivePerson: (id: number) => invoke<null>('archive_person', { id }),
  restorePerson: (id: number) => invoke<null>('restore_person', { id }),
  currentPerson: () => invoke<PersonSummary | null>('current_person'),
  setCurrentPerson: (id: number | null) => invoke<null>('set_current_person', { id }),
  suggestReviewDates: (start_date: string, end_date: string) =>
    invoke<string[]>('suggest_review_dates', { start_date, end_date }),
};

/** Every rejected command carries an AppError; anything else is turned into one. */
export function asAppError(error: unknown): AppError {
  if (error && typeof error === 'object' && 'kind' in error && 'message' in error) {
    return error as AppError;
  }
  return { kind: 'storage', message: String(error), field: null, problems: [] };
}
