// The person form's choices come from the core once and are kept: they never change while the app runs.
import { api } from './api';
import type { Choice } from './bindings/Choice';
import type { PersonFormOptions } from './bindings/PersonFormOptions';

let loading: Promise<PersonFormOptions> | null = null;

export function formOptions(): Promise<PersonFormOptions> {
  loading ??= api.personFormOptions().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** The label the core gives a coded value, such as "Every 4 weeks" for "four_weekly". */
export function labelOf<T>(choices: Choice<T>[], value: T | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return choices.find((choice) => choice.value === value)?.label ?? String(value);
}
