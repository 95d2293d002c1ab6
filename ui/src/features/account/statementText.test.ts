import { describe, expect, it } from 'vitest';
import type { StatementImportPlan } from '../../lib/bindings/StatementImportPlan';
import { countPayments, csvFileName, importButtonText, importedFlash, planSummary, signedAmount, statementStepOf } from './statementText';

const line = {
  line: 2,
  date: '2026-01-19',
  description: 'A LEE WAGES JAN',
  direction: 'out' as const,
  amount: '216.00',
  filing: { category: 'pa-wages' as const, counterparty: 'Ann Lee', employment_id: null, rule: 1 },
};

function plan(more: Partial<StatementImportPlan> = {}): StatementImportPlan {
  return { to_add: [line], already_imported: 0, skipped: [], rejected: [], balance_mismatches: [], closing_check: null, ...more };
}

describe('statement import words', () => {
  it('counts payments', () => {
    expect(countPayments(1)).toBe('1 payment');
    expect(countPayments(0)).toBe('0 payments');
    expect(importButtonText(plan({ to_add: [line, line] }))).toBe('Import 2 payments');
  });

  it('sums up the plan, leaving out what is not there', () => {
    expect(planSummary(plan())).toBe('1 payment to add');
    expect(planSummary(plan({ already_imported: 3, rejected: [{ line: 4, reason: 'there is no amount' }] }))).toBe(
      '1 payment to add, 3 already in the account, 1 cannot be imported',
    );
  });

  it('says which way the money went', () => {
    expect(signedAmount(line)).toBe('Out £216.00');
    expect(signedAmount({ direction: 'in', amount: '1069.60' })).toBe('In £1,069.60');
  });

  it('says what the import did', () => {
    expect(importedFlash({ plan: plan(), added: [7] }, 'lloyds.csv')).toEqual({
      heading: '1 payment imported from lloyds.csv',
      body: undefined,
    });
    const flash = importedFlash({ plan: plan({ already_imported: 1, rejected: [{ line: 3, reason: 'x' }, { line: 5, reason: 'y' }] }), added: [] }, 'a.csv');
    expect(flash.body).toBe('1 payment already in the account was skipped; 2 lines could not be imported.');
  });

  it('sends a refusal back to the step it is about', () => {
    expect(statementStepOf('file')).toBe('choose');
    expect(statementStepOf('mapping')).toBe('columns');
    expect(statementStepOf('person')).toBeNull();
  });
});

describe('the return as CSV', () => {
  it('suggests a file name safe on every system', () => {
    expect(csvFileName('Monitoring return', 'Zoë: Ł/K')).toBe('Monitoring return - Zoë Ł K.csv');
  });
});
