// Words for the costs screens: which figures are shown, in what order and under what names, and
// how a form's problems are put beside fields whose ids carry a prefix (one form per PA).
import type { AppError } from '../../lib/bindings/AppError';
import type { CostFigures } from '../../lib/bindings/CostFigures';
import type { PensionCategory } from '../../lib/bindings/PensionCategory';
import { formatMoney } from '../../lib/format';

export type FigureKey = keyof CostFigures;

/** The figures of one PA, in the order a payslip and the bill are read. */
export const FIGURE_ROWS: { key: FigureKey; label: string; total?: boolean }[] = [
  { key: 'gross', label: 'Gross pay' },
  { key: 'holiday_pay', label: 'Holiday pay (part of the gross pay, or added to it)' },
  { key: 'employer_nic', label: "Employer's National Insurance, before the Employment Allowance" },
  { key: 'allowance', label: 'Employment Allowance used' },
  { key: 'employer_nic_net', label: "Employer's National Insurance to pay" },
  { key: 'employee_nic', label: "PA's own National Insurance (taken from their pay)" },
  { key: 'qualifying_earnings', label: 'Qualifying earnings for the pension' },
  { key: 'pension_employer', label: "Employer's pension contribution" },
  { key: 'pension_worker', label: "PA's pension contribution (taken from their pay)" },
  { key: 'holiday_cover', label: 'Cover while the PA is on holiday' },
  { key: 'payroll_fee', label: 'Payroll service fee' },
  { key: 'contingency', label: 'Set aside for sickness and cover (contingency)' },
  { key: 'total', label: 'Total cost to the direct payment', total: true },
  { key: 'cost_per_hour', label: 'Cost for each hour worked', total: true },
];

export const PENSION_CATEGORY_LABELS: Record<PensionCategory, string> = {
  eligible_jobholder: 'Eligible jobholder: must be enrolled in a workplace pension',
  non_eligible_jobholder: 'Non-eligible jobholder: can choose to join, and then the employer pays in',
  entitled_worker: 'Entitled worker: can ask to join; the employer need not pay in',
};

/** "£1,234.50", with "-£" for negatives. */
export const money = formatMoney;

/** "-120.00" → "£120.00": the size of an amount, for sentences that say which way it goes. */
export function moneySize(amount: string): string {
  return formatMoney(amount.trim().replace(/^-/, ''));
}

export function isNegative(amount: string): boolean {
  return /^\s*-/.test(amount) && !/^\s*-0(\.0*)?\s*$/.test(amount);
}

/** "112.0" → "112", "12.50" → "12.5": a number as people write it. */
export function plainNumber(text: string): string {
  return /^-?\d+\.\d+$/.test(text) ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

/** "12.5" → "12.5 hours"; "1.0" → "1 hour". */
export function hoursText(hours: string): string {
  const plain = plainNumber(hours);
  return `${plain} ${Number(plain) === 1 ? 'hour' : 'hours'}`;
}

/**
 * The same problems with every field path given a prefix ("hours_per_period" →
 * "pa-3.hours_per_period"), so a page with several forms keeps each field's id its own.
 */
export function withPrefix(error: AppError, prefix: string): AppError {
  if (prefix === '' || error.kind !== 'validation') return error;
  return {
    ...error,
    field: error.field ? `${prefix}.${error.field}` : error.field,
    problems: error.problems.map((p) => ({ ...p, field: p.field === '' ? '' : `${prefix}.${p.field}` })),
  };
}

/** The width class of a bar in the chart, in steps of 1%: "dp-bar--37". */
export function barWidth(percent: number): number {
  return Math.max(0, Math.min(100, Math.round(percent)));
}

/** "2026-27" → "2026 to 2027 (6 April 2026 to 5 April 2027)". */
export function taxYearLabel(year: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(year);
  if (!match) return year;
  const start = Number(match[1]);
  return `${start} to ${start + 1} (6 April ${start} to 5 April ${start + 1})`;
}
