// Words for the account screens: amounts and dates as GOV.UK writes them, category labels from the
// core's own choices, and the chart's scale (drawing only: the figures themselves are the core's).
import type { AccountFormOptions } from '../../lib/bindings/AccountFormOptions';
import type { ChartPoint } from '../../lib/bindings/ChartPoint';
import { formatLongDate, formatMoney } from '../../lib/format';

export const money = formatMoney;
export const longDate = formatLongDate;

/** The label of a category code ("pa-wages" → "PA wages"), as the core's options spell it. */
export function categoryLabel(options: AccountFormOptions, code: string): string {
  return [...options.money_in, ...options.money_out].find((c) => c.value === code)?.label ?? code;
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-02-02" → "Feb 2026". */
export function monthLabel(iso: string): string {
  const [year, month] = iso.split('-');
  return `${SHORT_MONTHS[Number(month) - 1]} ${year}`;
}

/** Round steps for the chart's £ axis: about four, from zero (or below, when overdrawn) to the top. */
export function axisSteps(points: ChartPoint[]): number[] {
  const values = points.flatMap((p) => [Number(p.balance), Number(p.allowed)]);
  const top = Math.max(1, ...values);
  const bottom = Math.min(0, ...values);
  const raw = (top - bottom) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const steps: number[] = [];
  for (let v = Math.floor(bottom / step) * step; v < top + step; v += step) steps.push(v);
  return steps;
}

/** The index of the first point of each month, for the date axis (every other month when crowded). */
export function monthTicks(points: ChartPoint[]): number[] {
  const ticks: number[] = [];
  let last = '';
  points.forEach((p, i) => {
    const month = p.date.slice(0, 7);
    if (month !== last) ticks.push(i);
    last = month;
  });
  return ticks.length > 8 ? ticks.filter((_, i) => i % Math.ceil(ticks.length / 8) === 0) : ticks;
}

/** The £ axis label of a whole number of pounds: 1500 → "£1,500". */
export function poundsLabel(value: number): string {
  return money(String(Math.round(value))).replace(/\.00$/, '');
}
