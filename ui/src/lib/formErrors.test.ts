import { describe, expect, it } from 'vitest';
import { FormProblems } from './formErrors.svelte';

describe('a form’s problems', () => {
  it('gives each field its first message and lists every problem', () => {
    const form = new FormProblems();
    expect(form.any).toBe(false);
    form.show(
      {
        kind: 'validation',
        message: 'Check the form',
        field: 'dp.gross_amount',
        problems: [
          { field: 'dp.gross_amount', message: 'Enter the gross amount' },
          { field: 'dp.gross_amount', message: 'A second problem' },
          { field: 'person', message: 'The person has been archived' },
        ],
      },
      (path) => path !== 'person',
    );
    expect(form.messageFor('dp.gross_amount')).toBe('Enter the gross amount');
    expect(form.messageFor('person')).toBeUndefined();
    expect(form.summary).toEqual([
      { message: 'Enter the gross amount', href: '#dp-gross_amount' },
      { message: 'A second problem', href: '#dp-gross_amount' },
      { message: 'The person has been archived', href: null },
    ]);
    form.clear();
    expect(form.any).toBe(false);
    expect(form.messageFor('dp.gross_amount')).toBeUndefined();
  });

  it('shows problems found before anything is sent', () => {
    const form = new FormProblems();
    form.showProblems([{ field: 'file', message: 'Choose a file' }], () => true);
    expect(form.messageFor('file')).toBe('Choose a file');
    form.showProblems([]);
    expect(form.any).toBe(false);
  });
});
