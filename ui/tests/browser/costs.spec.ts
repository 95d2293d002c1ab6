// Costs: the cost calculator (figures, their explanations, a problem kept beside its field) and a
// person's costs and support plan (surplus or shortfall, the chart, plan lines, what if), with
// axe-core scans and screenshots of both for people to look at (test-results/screens/).
import type { Page } from '@playwright/test';
import { draftOf, expect, expectNoSeriousA11yProblems, screenshot, test } from './fixtures';
import { openAppWithCosts } from './fake-backend-costs';

const PEOPLE = [
  { draft: draftOf({ full_name: 'Zoë Łukasiewicz', preferred_name: 'Zoë' }) },
  { draft: draftOf({ full_name: 'Arthur Pennington' }) },
];

async function openCalculator(page: Page) {
  await openAppWithCosts(page, PEOPLE);
  await page.locator('#nav-cost-calculator').click();
  await expect(page.locator('h1')).toHaveText('Cost calculator');
  await expect(page).toHaveTitle('Cost calculator – DP Hub');
}

async function openZoesCosts(page: Page) {
  await openAppWithCosts(page, PEOPLE);
  await page.locator('tr[data-person-name="Zoë Łukasiewicz"] a').click();
  await page.getByRole('link', { name: 'Costs and support plan' }).click();
  await expect(page.locator('h1')).toHaveText('Costs and support plan');
  await expect(page).toHaveTitle('Costs and support plan for Zoë Łukasiewicz – DP Hub');
}

test('the calculator shows what a PA costs, and how each figure was worked out', async ({ page }) => {
  await openCalculator(page);
  await page.locator('#tax_year').selectOption('2026-27');
  await page.locator('#age').fill('30');
  await page.locator('#hourly_rate').fill('£12.71');
  await page.locator('#hours').fill('20');
  await page.locator('#days_per_week').fill('5');
  await page.getByRole('button', { name: 'Calculate' }).click();

  await expect(page.locator('#result-heading')).toBeFocused();
  await expect(page.locator('#result-panel')).toContainText('for the year');
  const gross = page.locator('#result-pa-0-gross-period');
  await expect(gross.locator('.dp-figure__amount')).toHaveText('£254.20');
  await expect(page.locator('#result-pa-0-employer_nic-period-amount')).toHaveText('£23.73');
  await expect(page.locator('#result-pa-0-facts')).toContainText('112 hours (28 days)');
  await expect(page.locator('#result-pa-0-facts')).toContainText('A: most employees');

  // The explanation is closed until asked for, then shows the sum, the rule, the rounding and the source.
  const how = page.locator('#result-pa-0-employer_nic-period-how');
  await expect(how.getByText('The rule:')).toBeHidden();
  await how.locator('summary').click();
  await expect(how).toContainText('15% of £158.20 (pay £254.20 above the £96.00 weekly secondary threshold) = £23.73');
  await expect(how).toContainText('Rounding:');
  await expect(how).toContainText('HMRC, Rates and thresholds for employers');
  await screenshot(page, 'costs-calculator');
  await page.locator('#result-pa-0-employer_nic-period').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await screenshot(page, 'costs-calculator-explained', false);

  // What was typed went to the core as typed.
  const sent = await page.evaluate(
    () => (window as unknown as { __costsBackend: { calls: { cmd: string; args: { draft: { hourly_rate: string } } }[] } }).__costsBackend.calls,
  );
  expect(sent.find((c) => c.cmd === 'calculate_pa_cost')?.args.draft.hourly_rate).toBe('£12.71');
});

test('the calculator labels the hours by the kind of hours', async ({ page }) => {
  await openCalculator(page);
  await expect(page.locator('label[for="hours"]')).toHaveText('Hours a week');
  await page.getByLabel('Irregular hours').check();
  await page.getByLabel('Every month').check();
  await expect(page.locator('label[for="hours"]')).toHaveText('Hours expected each month');
});

test('a problem in the calculator is shown in the summary and by the field, and nothing typed is lost', async ({ page }) => {
  await openCalculator(page);
  await page.locator('#age').fill('30');
  await page.locator('#hourly_rate').fill('12.71');
  await page.locator('#hours').fill('200');
  await page.getByRole('button', { name: 'Calculate' }).click();

  const summary = page.locator('#error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('There is a problem');
  await expect(summary.getByRole('link')).toHaveText('There are only 168 hours in a week: enter the hours worked a week');
  await expect(page.locator('#hours-error')).toContainText('There are only 168 hours in a week');
  await expect(page.locator('#hours')).toHaveAttribute('aria-describedby', 'hours-hint hours-error');
  await expect(page).toHaveTitle('Error: Cost calculator – DP Hub');
  await expect(page.locator('#hours')).toHaveValue('200');
  await expect(page.locator('#age')).toHaveValue('30');
  await expect(page.locator('#hourly_rate')).toHaveValue('12.71');
  await expect(page.locator('#result-heading')).toHaveCount(0);

  await summary.getByRole('link').click();
  await expect(page.locator('#hours')).toBeFocused();
});

test('a problem in the employer settings opens them to show it', async ({ page }) => {
  await openCalculator(page);
  await page.locator('#age').fill('30');
  await page.locator('#hourly_rate').fill('12.71');
  await page.locator('#hours').fill('20');
  await page.locator('#employer-settings summary').click();
  await page.locator('#settings-pension_total_percent').fill('5');
  await page.locator('#employer-settings summary').click();
  await page.getByRole('button', { name: 'Calculate' }).click();
  await expect(page.locator('#employer-settings')).toHaveAttribute('open', '');
  await expect(page.locator('#settings-pension_total_percent-error')).toContainText('at least 8%');
  await expect(page.locator('#settings-pension_total_percent')).toHaveValue('5');
});

test('a person’s costs show the shortfall, the council’s rate and where the money goes', async ({ page }) => {
  await openZoesCosts(page);
  const verdict = page.locator('#plan-verdict');
  await expect(verdict.locator('.govuk-tag')).toHaveText('Shortfall');
  await expect(verdict.locator('.govuk-tag')).toHaveClass(/govuk-tag--red/);
  await expect(verdict).toContainText('The plan costs £1,844.96 a year more than the direct payment');
  const year = page.locator('#plan-table tr[data-period="yearly"]');
  await expect(year).toContainText('£13,904.80');
  await expect(year).toContainText('£15,749.76');
  await expect(year).toContainText('£1,844.96 short');
  await expect(page.locator('#plan-rates')).toContainText('£15.33');
  await expect(page.locator('#plan-rates')).toContainText('£14.50');

  const chart = page.locator('#spend-chart');
  await expect(chart.locator('li')).toHaveCount(2);
  await expect(chart.locator('li').first()).toContainText('PAs (pay and on-costs): £11,381.76 a year, 72% of the spending');
  await expect(chart.locator('li').first().locator('.dp-chart__fill')).toHaveAttribute('width', '72%');

  // Bea's hours are not known, so she is not in the figures yet, and says so.
  await expect(page.locator('#pa-2-left-out')).toContainText('Enter the hours Bea Lindqvist expects to work each pay period');
  await expect(page.locator('#pa-costs-pa-0-heading')).toHaveText('Amara Okafor');
  await expect(page.locator('#pa-costs-warnings')).toContainText('Your workplace pension duties started on 5 January 2026');
  await screenshot(page, 'costs-plan');
  await page.locator('h1').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await screenshot(page, 'costs-plan-top', false);
  await page.locator('#spend-chart').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await screenshot(page, 'costs-plan-chart', false);
});

test('add a cost to the plan and remove it again', async ({ page }) => {
  await openZoesCosts(page);
  await expect(page.locator('#plan-lines tbody tr')).toHaveCount(1);

  // Nothing chosen: the problems are listed and shown by each field.
  await page.getByRole('button', { name: 'Add to the plan' }).click();
  await expect(page.locator('#error-summary')).toContainText('Choose what kind of cost this is');
  await expect(page.locator('#line-description-error')).toContainText('Describe this cost');

  await page.getByLabel('Respite nights').check();
  await page.locator('#line-description').fill('Respite at Oak House');
  await page.locator('#line-quantity').fill('2');
  await page.locator('#line-unit_cost').fill('£150');
  await page.locator('#line-frequency').selectOption('month');
  await page.getByRole('button', { name: 'Add to the plan' }).click();

  await expect(page.locator('#success-banner')).toContainText('“Respite at Oak House” has been added to the plan');
  await expect(page.locator('#error-summary')).toHaveCount(0);
  const row = page.locator('#plan-lines tr[data-line="Respite at Oak House"]');
  await expect(row).toContainText('£3,600.00');
  await expect(page.locator('#spend-chart li')).toHaveCount(3);
  await expect(page.locator('#plan-verdict')).toContainText('£5,444.96 a year more');
  await expect(page.locator('#line-description')).toHaveValue('');

  await row.getByRole('button', { name: 'Remove Respite at Oak House' }).click();
  await expect(page.locator('#success-banner')).toContainText('“Respite at Oak House” has been removed from the plan');
  await expect(page.locator('#plan-lines tbody tr')).toHaveCount(1);
  await expect(page.locator('#plan-verdict')).toContainText('£1,844.96 a year more');
});

test('a one-off cost needs no “how often”', async ({ page }) => {
  await openZoesCosts(page);
  await page.getByLabel('One-off item').check();
  await expect(page.locator('#line-frequency')).toHaveCount(0);
  await expect(page.locator('#line-once')).toContainText('counted once');
});

test('what if shows the plan now and then side by side, and what changes', async ({ page }) => {
  await openZoesCosts(page);
  await page.locator('#whatif-pay_rise_percent').fill('4');
  await page.getByRole('button', { name: 'Show what changes' }).click();
  const table = page.locator('#what-if-table');
  await expect(table.locator('thead th')).toHaveText(['Figure', 'Now (2026-27)', 'What if (2026-27, 4% pay rise)']);
  await expect(table.locator('tr', { hasText: 'Spending' })).toContainText('£15,749.76');
  await expect(table.locator('tr', { hasText: 'Spending' })).toContainText('£16,212.48');
  await expect(table.locator('tr', { hasText: 'Difference' })).toContainText('£2,307.68 short');
  await expect(page.locator('#what-if-changes')).toContainText('PA pay: £11,232.00 → £11,681.28 a year (up £449.28)');
});

test('saving the council’s rate and a PA’s hours updates the page', async ({ page }) => {
  await openZoesCosts(page);
  await page.locator('#settings-council_pa_rate').fill('18.50');
  await page.getByRole('button', { name: 'Save the settings' }).click();
  await expect(page.locator('#success-banner')).toContainText('The cost settings have been saved');
  await expect(page.locator('#plan-rates')).toContainText('£18.50');

  await page.locator('#pa-2-days_per_week').fill('9');
  await page.getByRole('button', { name: 'Save the costing details for Bea Lindqvist' }).click();
  await expect(page.locator('#pa-2-days_per_week-error')).toContainText('There are only 7 days in a week');
  await expect(page.locator('#error-summary a')).toHaveAttribute('href', '#pa-2-days_per_week');
  await page.locator('#pa-2-days_per_week').fill('3');
  await page.locator('#pa-2-hours_per_period').fill('40');
  await page.getByRole('button', { name: 'Save the costing details for Bea Lindqvist' }).click();
  await expect(page.locator('#success-banner')).toContainText('The costing details for Bea Lindqvist have been saved');
  await expect(page.locator('#pa-2-left-out')).toHaveCount(0);
  await expect(page.locator('#pa-2-hours_per_period')).toHaveValue('40');
});

test('the costs screens have no serious accessibility problems', async ({ page }) => {
  await openCalculator(page);
  await page.locator('#age').fill('30');
  await page.locator('#hourly_rate').fill('12.71');
  await page.locator('#hours').fill('20');
  await page.getByRole('button', { name: 'Calculate' }).click();
  await page.locator('#result-pa-0-gross-period-how summary').click();
  await expectNoSeriousA11yProblems(page);

  await page.locator('#hours').fill('200');
  await page.getByRole('button', { name: 'Calculate' }).click();
  await expect(page.locator('#error-summary')).toBeVisible();
  await expectNoSeriousA11yProblems(page);

  await page.locator('#nav-people').click();
  await page.locator('tr[data-person-name="Zoë Łukasiewicz"] a').click();
  await page.getByRole('link', { name: 'Costs and support plan' }).click();
  await expect(page.locator('#plan-verdict')).toBeVisible();
  await page.locator('#whatif-pay_rise_percent').fill('4');
  await page.getByRole('button', { name: 'Show what changes' }).click();
  await expect(page.locator('#what-if-table')).toBeVisible();
  await expectNoSeriousA11yProblems(page);
});
