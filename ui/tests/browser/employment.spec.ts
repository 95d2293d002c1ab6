// Employments: adding a PA to a person's team (from the person, and from a chosen PA), the form's
// problems, the employment page, changing and ending it, and "Who works for me" on the person.
import type { Locator, Page } from '@playwright/test';
import { draftOf, expect, fillDate, test } from './fixtures';
import { employmentDraftOf, openAppWithMore, paDraftOf, type AppWithMore } from './fake-backend-more';

const ZOE = { draft: draftOf({ full_name: 'Zoë Łukasiewicz', preferred_name: 'Zoë' }) };
const ARTHUR = { draft: draftOf({ full_name: 'Arthur Pennington' }) };
const HOLIDAY_FOR_REGULAR_HOURS =
  'For regular hours, holiday is 5.6 weeks a year: holiday that builds up with hours worked, and rolled-up holiday pay, are only for irregular hours';

const CONTACTS = [
  { draft: paDraftOf({ full_name: 'Amara Okafor', email: 'amara@example.com', phones: ['07700 900982'], areas: 'Winchester' }) },
  { draft: paDraftOf({ full_name: 'Bea Lindqvist', phones: ['01962 555 010'] }) },
  { draft: paDraftOf({ full_name: 'Carl Jones' }) },
];

async function openPerson(page: Page, name: string, setup: AppWithMore) {
  await openAppWithMore(page, { contacts: CONTACTS, ...setup });
  await page.locator(`tr[data-person-name="${name}"] a`).click();
  await expect(page.locator('h1')).toHaveText(name);
}

/** The value beside a key in a summary list. */
function valueOf(list: Locator, key: string): Locator {
  return list.locator('.govuk-summary-list__row', { has: list.page().getByText(key, { exact: true }) }).locator('dd');
}

/** Fills the job terms the form needs beyond its defaults. */
async function fillTerms(page: Page, regularHours = true) {
  await fillDate(page, 'start_date', '5', '1', '2026');
  if (regularHours) await page.locator('#hours_per_week').fill('16');
  await page.locator('#working_pattern').fill('Monday to Friday, 8am to 11am');
  await page.locator('#hourly_rate').fill('13.50');
  await page.locator('#place_of_work').fill("Zoë's home, 1 High Street, Winchester");
}

test('add a PA to a person’s team from the person’s page', async ({ page }) => {
  await openPerson(page, 'Zoë Łukasiewicz', { people: [ZOE, ARTHUR] });
  await expect(page.locator('#team-empty')).toHaveText('No PAs are recorded as working for Zoë Łukasiewicz yet.');
  await page.getByRole('button', { name: "Add a PA to Zoë Łukasiewicz's team" }).click();

  await expect(page.locator('h1')).toHaveText("Add a PA to Zoë Łukasiewicz's team");
  await expect(page).toHaveTitle("Add a PA to Zoë Łukasiewicz's team – DP Hub");
  await expect(page.locator('#person_id')).toHaveValue('1');
  await expect(page.locator('#person_id option')).toHaveText(['Arthur Pennington', 'Zoë Łukasiewicz']);
  // Defaults from the core; the notice hint is the core's own words.
  await expect(page.locator('#job_title')).toHaveValue('Personal assistant');
  await expect(page.locator('input[name="hours_kind"][value="regular"]')).toBeChecked();
  await expect(page.locator('input[name="holiday"][value="regular_5_6_weeks"]')).toBeChecked();
  await expect(page.locator('#notice-hint')).toContainText('Leave blank for the legal minimum.');
  await expect(page.locator('#duties-hint')).toContainText('From the support plan');

  // Every PA is listed before anything is typed; typing narrows the list.
  await expect(page.locator('#pa-results .govuk-radios__item')).toHaveCount(3);
  await page.locator('#contact_id').fill('ama');
  await expect(page.locator('#pa-results .govuk-radios__item')).toHaveCount(1);
  await expect(page.locator('#pa-results')).toContainText('07700 900982 · amara@example.com · Winchester');
  await page.getByLabel('Amara Okafor').check();
  await expect(page.locator('#pa-search-status')).toContainText('Chosen: Amara Okafor.');

  await fillTerms(page);
  await page.locator('#duties').fill('Personal care\nMeals\nGetting out');
  // Paid monthly by default, on the last working day; every 4 weeks asks for the first payday instead.
  await expect(page.locator('input[name="monthly_payday"][value="last_working_day"]')).toBeChecked();
  await page.getByLabel('Every 4 weeks').check();
  await expect(page.locator('input[name="monthly_payday"]')).toHaveCount(0);
  await fillDate(page, 'first_payday', '9', '1', '2026');
  await page.locator('#notice_by_employer_weeks').fill('4');
  await page.getByLabel('More than Statutory Sick Pay').check();
  await page.locator('#sick_pay_details').fill('Full pay for 4 weeks a year');
  await page.locator('#pension_scheme').fill('NEST');
  await page.getByRole('button', { name: 'Add to the team' }).click();

  await expect(page.locator('#success-banner')).toContainText("Amara Okafor has been added to Zoë Łukasiewicz's team");
  await expect(page.locator('h1')).toHaveText('Amara Okafor works for Zoë Łukasiewicz');
  await expect(page).toHaveTitle('Amara Okafor works for Zoë Łukasiewicz – DP Hub');
  const terms = page.locator('#job-terms-summary');
  await expect(terms).toContainText('£13.50 an hour');
  await expect(terms).toContainText('Every fourth Friday, from 9 January 2026');
  await expect(terms).toContainText('16 hours a week');
  await expect(terms).toContainText('5 January 2026');
  await expect(terms).toContainText('Every 4 weeks');
  await expect(terms).toContainText("5.6 weeks' paid holiday a year");
  await expect(terms).toContainText('More than Statutory Sick Pay');
  await expect(terms).toContainText('Full pay for 4 weeks a year');
  await expect(terms).toContainText('NEST');
  await expect(terms).toContainText('No probation period');
  await expect(valueOf(terms, 'Notice the employer must give')).toHaveText('4 weeks');
  await expect(valueOf(terms, 'Notice the PA must give')).toHaveText("The legal minimum: 1 week after 1 month's work");

  // Back on the person's page, the PA is in the team.
  await page.locator('#employer-link').click();
  await expect(page.locator('h1')).toHaveText('Zoë Łukasiewicz');
  const card = page.locator('#employment-1');
  await expect(card).toContainText('Amara Okafor');
  await expect(card).toContainText('Personal assistant');
  await expect(card).toContainText('£13.50 an hour');
  await expect(valueOf(card, 'Since')).toHaveText('5 January 2026');
});

test('employ a PA chosen from their contact page: the PA is already chosen', async ({ page }) => {
  await openAppWithMore(page, { people: [ZOE], contacts: CONTACTS });
  await page.locator('#nav-contacts').click();
  await page.getByRole('link', { name: 'Bea Lindqvist' }).click();
  await expect(page.locator('h1')).toHaveText('Bea Lindqvist');
  await page.locator('#employ-contact').click();

  await expect(page.locator('h1')).toHaveText('Employ Bea Lindqvist');
  await expect(page.locator('#chosen-pa')).toHaveText('Bea Lindqvist');
  // With only one person, they are the employer.
  await expect(page.locator('#person_id')).toHaveValue('1');
  await fillTerms(page);
  await page.getByRole('button', { name: 'Add to the team' }).click();
  await expect(page.locator('h1')).toHaveText('Bea Lindqvist works for Zoë Łukasiewicz');

  // "Change" on the PA searches again.
  await page.locator('#change-employment').click();
  await expect(page.locator('#chosen-pa')).toHaveText('Bea Lindqvist');
  await page.getByRole('button', { name: 'Change the PA' }).click();
  await expect(page.locator('#contact_id')).toBeFocused();
  await page.locator('#contact_id').fill('carl');
  await page.getByLabel('Carl Jones').check();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.locator('#success-banner')).toContainText("Carl Jones's job has been updated");
  await expect(page.locator('h1')).toHaveText('Carl Jones works for Zoë Łukasiewicz');
});

test('a form with problems shows the summary and each message by its field, keeping what was typed', async ({
  page,
}) => {
  await openPerson(page, 'Zoë Łukasiewicz', { people: [ZOE, ARTHUR] });
  await page.locator('#add-employment').click();
  await page.locator('#person_id').selectOption({ label: 'Arthur Pennington' });
  await page.locator('#hourly_rate').fill('thirteen');
  // Regular hours (the default) with holiday for irregular hours: the core says no.
  await page.getByLabel('Rolled-up holiday pay at 12.07%').check();
  await page.getByRole('button', { name: 'Add to the team' }).click();

  const summary = page.locator('#error-summary');
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle("Error: Add a PA to Zoë Łukasiewicz's team – DP Hub");
  for (const [message, href] of [
    ['Choose the PA', '#contact_id'],
    ['Enter the start date', '#start_date'],
    ['Enter the normal hours a week', '#hours_per_week'],
    ['Enter the days and times of work, like Monday to Friday, 8am to 10am', '#working_pattern'],
    ['Enter the hourly rate in pounds and pence, like 1,250.00', '#hourly_rate'],
    [HOLIDAY_FOR_REGULAR_HOURS, '#holiday'],
  ]) {
    await expect(summary.getByRole('link', { name: message })).toHaveAttribute('href', href);
  }
  await expect(page.locator('#contact_id-error')).toContainText('Choose the PA');
  await expect(page.locator('#start_date-error')).toContainText('Enter the start date');
  await expect(page.locator('#holiday-error')).toContainText(HOLIDAY_FOR_REGULAR_HOURS);
  await expect(page.locator('#hourly_rate')).toHaveValue('thirteen');
  await expect(page.locator('#person_id')).toHaveValue('2');

  // The summary's link takes you to the field.
  await summary.getByRole('link', { name: 'Choose the PA' }).click();
  await expect(page.locator('#contact_id')).toBeFocused();

  // Irregular hours need no hours a week; enhanced sick pay asks for the details.
  await page.getByLabel('Carl Jones').check();
  await page.getByLabel('Irregular hours').check();
  await expect(page.locator('#hours_per_week')).toHaveCount(0);
  await fillTerms(page, false);
  await page.getByLabel('More than Statutory Sick Pay').check();
  await page.getByRole('button', { name: 'Add to the team' }).click();
  await expect(summary.getByRole('link', { name: 'Describe the sick pay: how much and for how long' })).toHaveAttribute(
    'href',
    '#sick_pay_details',
  );
  await page.locator('#sick_pay_details').fill('Full pay for 2 weeks');
  await page.getByRole('button', { name: 'Add to the team' }).click();
  await expect(page.locator('h1')).toHaveText('Carl Jones works for Arthur Pennington');
  await expect(page.locator('#job-terms-summary')).toContainText('Irregular hours');
});

test('the employment page: terms, links, changing them and ending the employment', async ({ page }) => {
  await openPerson(page, 'Zoë Łukasiewicz', {
    people: [ZOE],
    employments: [{ person_id: 1, contact_id: 1, draft: employmentDraftOf({ probation_weeks: '12', pension_scheme: 'NEST' }) }],
  });
  await page.locator('#employment-1-link').click();
  await expect(page.locator('h1')).toHaveText('Amara Okafor works for Zoë Łukasiewicz');
  await expect(valueOf(page.locator('#parties-summary'), 'Employer')).toHaveText('Zoë Łukasiewicz');
  await expect(page.locator('#pa-link')).toHaveAttribute('href', '#/pas/1');
  await expect(page.locator('#job-terms-summary')).toContainText('12 weeks');
  await expect(page.locator('#job-terms-summary')).toContainText(
    "The legal minimum: 1 week after 1 month's work, then 1 week for each full year from 2 years, up to 12 weeks",
  );

  // Change: the form holds what was saved.
  await page.locator('#change-employment').click();
  await expect(page.locator('h1')).toHaveText("Change Amara Okafor's job with Zoë Łukasiewicz");
  await expect(page.locator('#hourly_rate')).toHaveValue('13.50');
  await expect(page.locator('#probation_weeks')).toHaveValue('12');
  await expect(page.locator('#start_date-year')).toHaveValue('2026');
  await page.locator('#hourly_rate').fill('14.25');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.locator('#success-banner')).toContainText("Amara Okafor's job has been updated");
  await expect(page.locator('#job-terms-summary')).toContainText('£14.25 an hour');

  // Ending it: problems first, then the end.
  await page.getByRole('button', { name: 'End this employment' }).click();
  const summary = page.locator('#error-summary');
  await expect(summary.getByRole('link', { name: 'Enter the last day of employment' })).toHaveAttribute('href', '#end_date');
  await expect(
    summary.getByRole('link', { name: 'Enter why the employment ended, like resigned or moved away' }),
  ).toHaveAttribute('href', '#reason');
  await fillDate(page, 'end_date', '1', '12', '2025');
  await page.locator('#reason').fill('Moved to Leeds');
  await page.getByRole('button', { name: 'End this employment' }).click();
  await expect(page.locator('#end_date-error')).toContainText('The last day must be on or after the start date');
  await expect(page.locator('#reason')).toHaveValue('Moved to Leeds');
  await fillDate(page, 'end_date', '27', '2', '2026');
  await page.getByRole('button', { name: 'End this employment' }).click();

  await expect(page.locator('#success-banner')).toContainText("Amara Okafor's employment has ended");
  await expect(page.locator('h1')).toHaveText('Amara Okafor worked for Zoë Łukasiewicz');
  await expect(page.locator('#employment-ended')).toHaveText('Ended on 27 February 2026: Moved to Leeds');
  await expect(page.locator('#end-form')).toHaveCount(0);
});

test('who works for me: current PAs first, then ended ones, each linked', async ({ page }) => {
  await openPerson(page, 'Zoë Łukasiewicz', {
    people: [ZOE],
    employments: [
      {
        person_id: 1,
        contact_id: 2,
        draft: employmentDraftOf({ start_date: '2024-03-01' }),
        ended: { end_date: '2025-12-31', reason: 'Retired' },
      },
      {
        person_id: 1,
        contact_id: 1,
        draft: employmentDraftOf({
          job_title: 'Night PA',
          hours_kind: 'irregular',
          hours_per_week: '',
          holiday: 'rolled_up',
          hourly_rate: '15',
        }),
      },
    ],
  });
  const cards = page.locator('#team .govuk-summary-card');
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(0)).toContainText('Amara Okafor');
  await expect(cards.nth(0)).toContainText('Night PA');
  await expect(cards.nth(0)).toContainText('Irregular hours');
  await expect(cards.nth(0)).toContainText('£15.00 an hour');
  await expect(cards.nth(0)).not.toContainText('Ended');
  await expect(cards.nth(1)).toContainText('Bea Lindqvist');
  await expect(cards.nth(1)).toContainText('Ended');
  await expect(valueOf(cards.nth(1), 'Started')).toHaveText('1 March 2024');
  await expect(valueOf(cards.nth(1), 'Ended on')).toHaveText('31 December 2025');
  await expect(page.locator('#employment-2-pa')).toHaveAttribute('href', '#/pas/1');

  await page.locator('#employment-1-link').click();
  await expect(page.locator('h1')).toHaveText('Bea Lindqvist worked for Zoë Łukasiewicz');
  await expect(page.locator('#employment-ended')).toHaveText('Ended on 31 December 2025: Retired');
  await page.locator('#back-to-person').click();
  await page.locator('#employment-2-pa').click();
  await expect(page.locator('h1')).toHaveText('Amara Okafor');
});
