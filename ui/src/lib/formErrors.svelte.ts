// A form's problems, shared through a Svelte context: the screen holding a form provides it, the
// error summary lists what it holds, and each field, given only its path ("dp.gross_amount"), finds
// its own message. See fieldErrors.ts for how paths become element ids.
import { getContext, setContext } from 'svelte';
import type { AppError } from './bindings/AppError';
import type { FieldProblem } from './bindings/FieldProblem';
import { fieldIsOnPage, formErrorsFrom, NO_ERRORS, type FormErrors, type SummaryItem } from './fieldErrors';

export class FormProblems {
  #errors: FormErrors = $state.raw(NO_ERRORS);

  /** The first message for a field, if it has one. */
  messageFor(path: string): string | undefined {
    return this.#errors.byField[path];
  }

  /** Every problem, as the error summary lists them. */
  get summary(): SummaryItem[] {
    return this.#errors.summary;
  }

  get any(): boolean {
    return this.#errors.summary.length > 0;
  }

  /**
   * Shows a rejected command's problems, each beside its field. Problems with a field the page does
   * not show (such as "person") are listed in the summary without a link.
   */
  show(error: AppError, knownField: (path: string) => boolean = fieldIsOnPage): void {
    this.#errors = formErrorsFrom(error, knownField);
  }

  /** Shows problems found in the UI itself, before anything is sent. */
  showProblems(problems: FieldProblem[], knownField: (path: string) => boolean = fieldIsOnPage): void {
    if (problems.length === 0) return this.clear();
    this.show({ kind: 'validation', message: problems[0].message, field: problems[0].field, problems }, knownField);
  }

  /** Shows problems already worked out (when the summary's links need adjusting). */
  set(errors: FormErrors): void {
    this.#errors = errors;
  }

  clear(): void {
    this.#errors = NO_ERRORS;
  }
}

const KEY = Symbol('form problems');

/** Gives the forms in this component (and the components inside it) one place for their problems. */
export function provideFormProblems(): FormProblems {
  return setContext(KEY, new FormProblems());
}

/** The problems of the form this field is in; none outside a form that provides them. */
export function formProblems(): FormProblems | undefined {
  return getContext<FormProblems | undefined>(KEY);
}

/** The problems of the form this part of a form is in; a part of a form is only used inside one. */
export function useFormProblems(): FormProblems {
  const form = formProblems();
  if (!form) throw new Error('This part of a form is used outside a form that provides its problems');
  return form;
}
