import { describe, expect, it } from 'vitest';
import type { AppError } from './bindings/AppError';
import { describedBy, errorId, fieldId, formErrorsFrom, hintId } from './fieldErrors';

describe('fieldId', () => {
  it('turns a draft path into an element id', () => {
    expect(fieldId('full_name')).toBe('full_name');
    expect(fieldId('dp.gross_amount')).toBe('dp-gross_amount');
    expect(fieldId('manager.managed_by')).toBe('manager-managed_by');
    expect(fieldId('dp.review_dates.1')).toBe('dp-review_dates-1');
  });

  it('names the hint and error beside the field', () => {
    expect(errorId('dp.start_date')).toBe('dp-start_date-error');
    expect(hintId('dp.start_date')).toBe('dp-start_date-hint');
    expect(describedBy('dp.start_date', true, 'Enter the start date')).toBe('dp-start_date-hint dp-start_date-error');
    expect(describedBy('dp.start_date', false, 'Enter the start date')).toBe('dp-start_date-error');
    expect(describedBy('dp.start_date', true, undefined)).toBe('dp-start_date-hint');
    expect(describedBy('dp.start_date', false, undefined)).toBeUndefined();
  });
});

describe('formErrorsFrom', () => {
  const validation: AppError = {
    kind: 'validation',
    message: 'There are 3 problems',
    field: 'full_name',
    problems: [
      { field: 'full_name', message: "Enter the person's full name" },
      { field: 'dp.gross_amount', message: 'Gross amount must have no more than 2 decimal places, like 12.71' },
      { field: 'dp.gross_amount', message: 'A second message for the same field' },
    ],
  };

  it('links each problem to its field and keeps the first message per field', () => {
    const errors = formErrorsFrom(validation);
    expect(errors.byField).toEqual({
      full_name: "Enter the person's full name",
      'dp.gross_amount': 'Gross amount must have no more than 2 decimal places, like 12.71',
    });
    expect(errors.summary).toEqual([
      { message: "Enter the person's full name", href: '#full_name' },
      { message: 'Gross amount must have no more than 2 decimal places, like 12.71', href: '#dp-gross_amount' },
      { message: 'A second message for the same field', href: '#dp-gross_amount' },
    ]);
  });

  it('lists problems of fields the form does not have without a link', () => {
    const errors = formErrorsFrom(
      { kind: 'validation', message: 'x', field: 'person', problems: [{ field: 'person', message: 'Restore first' }] },
      (path) => path !== 'person',
    );
    expect(errors.byField).toEqual({});
    expect(errors.summary).toEqual([{ message: 'Restore first', href: null }]);
  });

  it('shows the message of an error that belongs to no field', () => {
    const errors = formErrorsFrom({ kind: 'storage', message: 'The disk is full' });
    expect(errors.summary).toEqual([{ message: 'The disk is full', href: null }]);
    expect(errors.byField).toEqual({});
  });
});
