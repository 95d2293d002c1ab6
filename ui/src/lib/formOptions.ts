// The core sends every choice on a form as a value and its label.
import type { Choice } from './bindings/Choice';

/** The label the core gives a coded value, such as "Every 4 weeks" for "four_weekly". */
export function labelOf<T>(choices: Choice<T>[], value: T | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return choices.find((choice) => choice.value === value)?.label ?? String(value);
}
