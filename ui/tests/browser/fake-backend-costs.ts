// A third fake backend, for the costs screens. It is installed after the first two (fake-backend.ts,
// fake-backend-more.ts) and wraps their window.__TAURI_INTERNALS__.invoke: the eight costs commands
// are answered here, everything else by the fakes beneath.
//
// The figures are real: costs-fixtures/*.json are the JSON answers of the dphub command line
// (`dphub cost pa`, `dphub plan show`, `dphub plan what-if`, with the pay periods cut to two) for a
// 30-year-old PA on £12.71 for 20 hours a week, and for Zoë Łukasiewicz employing Amara Okafor
// (16 hours a week at £13.50) and Bea Lindqvist (irregular hours, not yet costed) with a home care
// agency line. Adding or removing a plan line is worked out here, simply, in pence.
//
// installCostsFakeBackend is serialised into the page by page.addInitScript, so it must not use
// anything from outside its own body.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { CostFormOptions } from '../../src/lib/bindings/CostFormOptions';
import type { EmployerCost } from '../../src/lib/bindings/EmployerCost';
import type { PersonDraft } from '../../src/lib/bindings/PersonDraft';
import type { PersonCostsView } from '../../src/lib/bindings/PersonCostsView';
import type { WhatIf } from '../../src/lib/bindings/WhatIf';
import { installFakeBackend } from './fake-backend';
import { CONTACT_FORM_OPTIONS, EMPLOYMENT_FORM_OPTIONS, installMoreFakeBackend, type MoreSetup } from './fake-backend-more';
import { expect, startOnPeople, TODAY, RECORDINGS } from './fixtures';

export type CostsSetup = {
  options: CostFormOptions;
  /** calculate_pa_cost's answer for each tax year. */
  calculator: Record<string, EmployerCost>;
  /** person_costs' answer for each person id. */
  people: Record<string, PersonCostsView>;
  whatIf: WhatIf;
};

export function installCostsFakeBackend(setup: CostsSetup): void {
  type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
  type Problem = { field: string; message: string };

  const win = window as Json;
  const internals = win.__TAURI_INTERNALS__;
  const original: (cmd: string, args?: Json, options?: Json) => Promise<Json> = internals.invoke;
  const copy = (value: unknown) => (value === undefined ? null : JSON.parse(JSON.stringify(value)));
  const views: Record<string, Json> = copy(setup.people);

  function invalid(problems: Problem[]) {
    return {
      kind: 'validation',
      message:
        problems.length === 1
          ? problems[0].message
          : `There are ${problems.length} problems: ${problems.map((p) => p.message).join('; ')}`,
      field: problems[0].field,
      problems,
    };
  }
  const notFound = (message: string) => ({ kind: 'not_found', message, field: null, problems: [] });

  // ---- Amounts, in pence ----
  const pence = (text: string): number | null => {
    const t = text.trim().replace(/^£/, '').replaceAll(',', '');
    return /^-?\d+(\.\d{1,2})?$/.test(t) ? Math.round(Number(t) * 100) : null;
  };
  const number = (text: string): number | null => {
    const t = text.trim();
    return /^\d+(\.\d+)?$/.test(t) ? Number(t) : null;
  };
  const moneyText = (p: number) => `${p < 0 ? '-' : ''}${Math.floor(Math.abs(p) / 100)}.${String(Math.abs(p) % 100).padStart(2, '0')}`;
  const display = (p: number) => `£${moneyText(Math.abs(p)).replace(/\B(?=(\d{3})+(?!\d))/, ',')}`;
  const everyPeriod = (yearly: number) => ({
    weekly: moneyText(Math.round(yearly / 52)),
    four_weekly: moneyText(Math.round(yearly / 13)),
    monthly: moneyText(Math.round(yearly / 12)),
    yearly: moneyText(yearly),
  });

  const TIMES: Record<string, [number, string]> = {
    week: [52, 'a week'],
    four_weeks: [13, 'every 4 weeks'],
    month: [12, 'a month'],
    year: [1, 'a year'],
    once: [1, 'once'],
  };
  const kindLabel = (kind: string) => setup.options.plan_line_kinds.find((k) => k.value === kind)?.label ?? kind;

  /** Spending, difference and the bar chart again, after a line was added or removed. */
  function replan(view: Json) {
    const plan = view.plan;
    const paTotal = pence(plan.employer.total_per_year.amount)!;
    const lineTotal = plan.lines.reduce((sum: number, l: Json) => sum + pence(l.yearly.amount)!, 0);
    const spending = paTotal + lineTotal;
    const budget = pence(plan.budget.yearly)!;
    plan.spending = everyPeriod(spending);
    plan.difference = everyPeriod(budget - spending);
    plan.affordable = budget >= spending;
    const slices: [string, number][] = [['PAs (pay and on-costs)', paTotal]];
    for (const line of plan.lines) {
      const label = kindLabel(line.line.kind);
      const found = slices.find(([l]) => l === label);
      if (found) found[1] += pence(line.yearly.amount)!;
      else slices.push([label, pence(line.yearly.amount)!]);
    }
    plan.where_the_money_goes = slices
      .filter(([, amount]) => amount > 0)
      .map(([label, amount]) => ({ label, yearly: moneyText(amount), percent: Math.round((amount * 100) / spending) }));
    plan.working = [
      `Spending: ${display(paTotal)} for the PAs + ${display(lineTotal)} for the other lines = ${display(spending)} a year.`,
      plan.working[1],
      budget >= spending
        ? `${display(budget)} − ${display(spending)} = a surplus of ${display(budget - spending)} a year.`
        : `${display(budget)} − ${display(spending)} = a shortfall of ${display(spending - budget)} a year.`,
    ];
  }

  let nextLineId = 100;

  const commands: Record<string, (args: Json) => Json> = {
    cost_form_options: () => setup.options,

    calculate_pa_cost: ({ draft }) => {
      const problems: Problem[] = [];
      if (!setup.options.tax_years.includes(draft.tax_year)) problems.push({ field: 'tax_year', message: 'Choose a tax year' });
      if (draft.age.trim() === '' && draft.date_of_birth.trim() === '') {
        problems.push({ field: 'age', message: "Enter the PA's age or their date of birth" });
      } else if (draft.date_of_birth.trim() === '' && !/^\d+$/.test(draft.age.trim())) {
        problems.push({ field: 'age', message: "Enter the PA's age in whole years, like 30" });
      }
      const rate = pence(draft.hourly_rate);
      if (draft.hourly_rate.trim() === '') problems.push({ field: 'hourly_rate', message: 'Enter the hourly rate' });
      else if (rate === null) problems.push({ field: 'hourly_rate', message: 'Enter the hourly rate as an amount, like 12.71' });
      const hours = number(draft.hours);
      const weekly = draft.hours_kind !== 'irregular';
      if (draft.hours.trim() === '') problems.push({ field: 'hours', message: weekly ? 'Enter the hours a week' : 'Enter the hours each pay period' });
      else if (hours === null) problems.push({ field: 'hours', message: 'Enter the hours as a number, like 16 or 7.5' });
      else if (weekly && hours > 168)
        problems.push({ field: 'hours', message: 'There are only 168 hours in a week: enter the hours worked a week' });
      const total = number(draft.settings.pension_total_percent.replace('%', ''));
      if (total === null || total < 8)
        problems.push({ field: 'settings.pension_total_percent', message: 'The total contribution must be at least 8% of qualifying earnings' });
      if (problems.length > 0) throw invalid(problems);
      const answer = copy(setup.calculator[draft.tax_year]);
      return answer;
    },

    person_costs: ({ person_id }) => {
      const view = views[String(person_id)];
      if (!view) throw notFound(`There is no person ${person_id}`);
      return view;
    },

    save_cost_settings: ({ person_id, draft }) => {
      const view = views[String(person_id)];
      if (!view) throw notFound(`There is no person ${person_id}`);
      const problems: Problem[] = [];
      for (const field of ['insurance_per_year', 'payroll_fee_per_payslip', 'council_pa_rate']) {
        if (draft[field].trim() !== '' && pence(draft[field]) === null)
          problems.push({ field, message: 'Enter an amount in pounds and pence, like 18.50' });
      }
      if (problems.length > 0) throw invalid(problems);
      view.settings = draft;
      view.plan.council_pa_rate = draft.council_pa_rate.trim() === '' ? null : moneyText(pence(draft.council_pa_rate)!);
      return view;
    },

    save_employment_cost_terms: ({ employment_id, draft }) => {
      const view = Object.values(views).find((v: Json) => v.pas.some((pa: Json) => pa.employment_id === employment_id));
      if (!view) throw notFound(`There is no employment ${employment_id}`);
      const pa = view.pas.find((p: Json) => p.employment_id === employment_id);
      const problems: Problem[] = [];
      const days = draft.days_per_week.trim();
      if (days !== '' && (number(days) === null || number(days)! > 7))
        problems.push({ field: 'days_per_week', message: 'There are only 7 days in a week' });
      if (problems.length > 0) throw invalid(problems);
      pa.terms = draft;
      if (pa.hours_kind === 'irregular' && draft.hours_per_period.trim() !== '') pa.left_out = null;
      return view;
    },

    add_plan_line: ({ person_id, draft }) => {
      const view = views[String(person_id)];
      if (!view) throw notFound(`There is no person ${person_id}`);
      const problems: Problem[] = [];
      if (!draft.kind) problems.push({ field: 'kind', message: 'Choose what kind of cost this is' });
      if (draft.description.trim() === '')
        problems.push({ field: 'description', message: 'Describe this cost, like “Home care agency, Tuesday mornings”' });
      const quantity = number(draft.quantity);
      if (quantity === null) problems.push({ field: 'quantity', message: 'Enter the quantity as a number, like 3' });
      const each = pence(draft.unit_cost);
      if (each === null) problems.push({ field: 'unit_cost', message: 'Enter the cost of each one as an amount, like 24.50' });
      const frequency = draft.kind === 'one_off' ? 'once' : draft.frequency;
      if (!frequency) problems.push({ field: 'frequency', message: 'Choose how often' });
      if (problems.length > 0) throw invalid(problems);
      const [times, words] = TIMES[frequency];
      const yearly = Math.round(quantity! * each! * times);
      view.plan.lines.push({
        id: nextLineId++,
        line: { kind: draft.kind, description: draft.description.trim(), quantity: draft.quantity.trim(), unit_cost: moneyText(each!), frequency },
        yearly: {
          amount: moneyText(yearly),
          how: {
            working:
              frequency === 'once'
                ? `${quantity} × ${display(each!)} = ${display(yearly)}`
                : `${quantity} × ${display(each!)} ${words} × ${times} times a year = ${display(yearly)}`,
            rule: 'The quantity times the cost of each, times how often in a year (52 weeks, 13 four-week periods or 12 months).',
            rounding: null,
            source: '',
          },
        },
      });
      replan(view);
      return view;
    },

    remove_plan_line: ({ id }) => {
      const view = Object.values(views).find((v: Json) => v.plan.lines.some((l: Json) => l.id === id));
      if (!view) throw notFound(`There is no plan line ${id}`);
      view.plan.lines = view.plan.lines.filter((l: Json) => l.id !== id);
      replan(view);
      return view;
    },

    plan_what_if: ({ draft }) => {
      const rise = draft.pay_rise_percent.trim().replace('%', '');
      if (rise !== '' && number(rise) === null)
        throw invalid([{ field: 'pay_rise_percent', message: 'Enter the pay rise as a percentage, like 4' }]);
      return setup.whatIf;
    },
  };

  const calls: { cmd: string; args: Json }[] = [];
  win.__costsBackend = { calls, views };

  internals.invoke = async (cmd: string, args: Json = {}, options?: Json) => {
    const command = commands[cmd];
    if (!command) return original(cmd, args, options);
    calls.push({ cmd, args: copy(args) });
    // Arguments and answers cross "IPC" as JSON, as they do in the app.
    return copy(await command(copy(args)));
  };
}

// ---- In the test: the fixtures, and opening the app on all three fakes ----

const readFixture = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`./costs-fixtures/${name}`, import.meta.url), 'utf8')) as T;

export const CALCULATOR_ANSWERS = readFixture<Record<string, EmployerCost>>('calculator.json');
export const ZOE_COSTS = readFixture<PersonCostsView>('person-costs.json');
export const ZOE_WHAT_IF = readFixture<WhatIf>('what-if.json');

/** cost_form_options as the core gives it (choices as in src-tauri/core/src/costs). */
export const COST_FORM_OPTIONS: CostFormOptions = {
  tax_years: ['2025-26', '2026-27'],
  default_tax_year: '2026-27',
  pay_frequencies: EMPLOYMENT_FORM_OPTIONS.pay_frequencies,
  hours_kinds: EMPLOYMENT_FORM_OPTIONS.hours_kinds,
  holiday_arrangements: EMPLOYMENT_FORM_OPTIONS.holiday_arrangements,
  nic_categories: [
    { value: 'A', label: 'A: most employees', hint: null },
    { value: 'B', label: 'B: married women and widows with the right to pay reduced NI', hint: null },
    { value: 'C', label: 'C: over State Pension age', hint: 'No employee NI; the employer still pays' },
    { value: 'H', label: 'H: apprentice under 25', hint: 'No employer NI up to the upper secondary threshold' },
    { value: 'J', label: 'J: deferred NI (another job pays the main rate)', hint: null },
    { value: 'M', label: 'M: under 21', hint: 'No employer NI up to the upper secondary threshold' },
    { value: 'V', label: 'V: veteran in the first civilian job', hint: null },
    { value: 'Z', label: 'Z: under 21 with deferred NI', hint: null },
  ],
  plan_line_kinds: [
    { value: 'agency_hours', label: 'Agency care hours', hint: "Hours from a home care agency, at the agency's hourly rate" },
    { value: 'respite_nights', label: 'Respite nights', hint: 'Nights of short breaks, at the rate per night' },
    { value: 'day_services', label: 'Day services sessions', hint: 'Sessions at a day centre or activity, at the rate per session' },
    { value: 'one_off', label: 'One-off item', hint: 'Bought once in the year, such as equipment' },
    { value: 'other', label: 'Other recurring cost', hint: null },
  ],
  line_frequencies: [
    { value: 'week', label: 'Each week', hint: null },
    { value: 'four_weeks', label: 'Every 4 weeks', hint: null },
    { value: 'month', label: 'Each month', hint: null },
    { value: 'year', label: 'Each year', hint: null },
    { value: 'once', label: 'Once this year', hint: null },
  ],
  blank_calculator: {
    tax_year: '2026-27',
    age: '',
    date_of_birth: '',
    hourly_rate: '',
    hours_kind: 'regular',
    hours: '',
    pay_frequency: 'weekly',
    holiday: 'regular_5_6_weeks',
    days_per_week: '',
    nic_category: null,
    apprentice_since: '',
    pension_opted_in: false,
    holiday_cover_hourly: '',
    start_date: '',
    settings: {
      tax_year: '',
      claims_employment_allowance: true,
      insurance_per_year: '',
      payroll_fee_per_payslip: '',
      contingency_percent: '',
      pension_employer_percent: '3',
      pension_total_percent: '8',
      council_pa_rate: '',
    },
  },
};

/** Opens DP Hub on the people fake, the employments fake and the costs fake; Zoë is person 1. */
export async function openAppWithCosts(
  page: Page,
  people: { draft: PersonDraft; archived?: boolean }[],
): Promise<void> {
  const first = { today: TODAY, recordings: RECORDINGS, people, contactOptions: CONTACT_FORM_OPTIONS };
  await page.addInitScript(installFakeBackend, first as Parameters<typeof installFakeBackend>[0]);
  const more: MoreSetup = { today: TODAY, contactOptions: CONTACT_FORM_OPTIONS, employmentOptions: EMPLOYMENT_FORM_OPTIONS };
  await page.addInitScript(installMoreFakeBackend, more);
  const costs: CostsSetup = {
    options: COST_FORM_OPTIONS,
    calculator: CALCULATOR_ANSWERS,
    people: { '1': ZOE_COSTS },
    whatIf: ZOE_WHAT_IF,
  };
  await page.addInitScript(installCostsFakeBackend, costs);
  await page.goto('/');
  await startOnPeople(page);
}
