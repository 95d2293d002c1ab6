// Mapping the core's problems onto the form: every problem names a field by its path in the draft
// ("dp.gross_amount", "dp.review_dates.1"); the field's element id is that path with "." made "-".
import type { AppError } from './bindings/AppError';
import type { FieldProblem } from './bindings/FieldProblem';

/** The field problems of a refused form (a validation error); none for any other kind. */
export function problemsOf(error: AppError): FieldProblem[] {
  return error.kind === 'validation' ? error.problems : [];
}

/** The first field a refused form's error belongs to, when it is a validation error. */
export function fieldOf(error: AppError): string | null {
  return error.kind === 'validation' ? error.field : null;
}

/** "dp.gross_amount" → "dp-gross_amount". */
export function fieldId(path: string): string {
  return path.replaceAll('.', '-');
}

/** Whether the page shows a field for this path, so its problem can be put beside it. */
export function fieldIsOnPage(path: string): boolean {
  return document.getElementById(fieldId(path)) !== null;
}

/** Id of the element holding a field's error message. */
export function errorId(path: string): string {
  return `${fieldId(path)}-error`;
}

/** Id of the element holding a field's hint. */
export function hintId(path: string): string {
  return `${fieldId(path)}-hint`;
}

/** The ids an input's aria-describedby should list: its hint and its error, when it has them. */
export function describedBy(path: string, hasHint: boolean, error: string | undefined): string | undefined {
  const ids = [hasHint ? hintId(path) : null, error ? errorId(path) : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** One line of the error summary: the message, and the field to link to when there is one. */
export type SummaryItem = { message: string; href: string | null };

/** What a form shows for a rejected command: a message per field and the summary's lines. */
export type FormErrors = {
  /** The first message for each field path. */
  byField: Record<string, string>;
  /** Every problem, in the order the core found them. */
  summary: SummaryItem[];
};

export const NO_ERRORS: FormErrors = { byField: {}, summary: [] };

/** Paths the form has no field for (such as "person") are listed in the summary without a link. */
export function formErrorsFrom(error: AppError, knownField: (path: string) => boolean = () => true): FormErrors {
  const byField: Record<string, string> = {};
  const summary: SummaryItem[] = [];
  for (const problem of problemsOf(error)) {
    const linkable = problem.field !== '' && knownField(problem.field);
    if (linkable && !(problem.field in byField)) byField[problem.field] = problem.message;
    summary.push({ message: problem.message, href: linkable ? `#${fieldId(problem.field)}` : null });
  }
  if (summary.length === 0) {
    summary.push({ message: error.message, href: null });
  }
  return { byField, summary };
}

export function hasErrors(errors: FormErrors): boolean {
  return errors.summary.length > 0;
}
