// The person form's choices come from the core once and are kept: they never change while the app runs.
import { call } from '../../lib/api';
import type { PersonFormOptions } from '../../lib/bindings/PersonFormOptions';

let loading: Promise<PersonFormOptions> | null = null;

export function personOptions(): Promise<PersonFormOptions> {
  loading ??= call('person_form_options').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
