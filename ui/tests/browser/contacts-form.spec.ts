// Adding and changing a PA: the week grid by keyboard, the error summary, the duplicate warning.
import type { Page } from '@playwright/test';
import { expect, fillDate, openApp, screenshot, SOME_CONTACTS, test } from './fixtures';

async function openAddForm(page: Page) {
  await openApp(page, { contacts: SOME_CONTACTS });
  await page.locator('#nav-contacts').click();
  await page.getByRole('button', { name: 'Add a PA' }).click();
  await expect(page).toHaveTitle('Add a PA – DP Hub');
  await expect(page.locator('h1')).toBeFocused();
}

const box = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true });

test('the form starts with the defaults and choices the core gives', async ({ page }) => {
  await openAddForm(page);
  await expect(page.locator('input[name="status"][value="looking_for_work"]')).toBeChecked();
  await expect(page.locator('input[name="dbs.level"][value="none"]')).toBeChecked();
  await expect(page.locator('#dbs-issue_date')).toHaveCount(0);
  await expect(page.locator('#phones-0')).toHaveValue('');
  await expect(page.locator('#areas-hint')).toHaveText('Towns or postcode districts, separated by commas, for example Winchester, SO23');
  await expect(page.getByText('Hoists, transfers, positioning')).toBeVisible();
  await expect(page.locator('#date_of_birth-hint')).toHaveText('Only needed to check minimum wage and pension duties');
  // Every cell of the grid is a checkbox named by its day and part of the day.
  await expect(page.locator('#availability-grid input[type="checkbox"]')).toHaveCount(49);
  await expect(box(page, 'Monday, early morning')).toBeVisible();
  await expect(box(page, 'Sunday, waking night')).toBeVisible();
  await expect(page.locator('#availability-grid th[scope="col"]')).toHaveCount(7);
  await expect(page.locator('#availability-grid th[scope="row"]')).toHaveCount(7);
  await screenshot(page, 'contacts-04-add-form');
});

test('add a PA, ticking the week grid with the keyboard alone, and see them on their page', async ({ page }) => {
  await openAddForm(page);
  await page.locator('#full_name').fill('Grace Hopper-Ncube');
  await page.locator('#phones-0').fill('07700 900555');
  await page.getByRole('button', { name: 'Add another phone number' }).click();
  await expect(page.locator('#phones-1')).toBeFocused();
  await page.locator('#phones-1').fill('01962 555 777');
  await page.locator('#email').fill('grace@example.org');
  await page.locator('#areas').fill('Winchester, SO22');
  await page.getByLabel('Personal care').check();
  await page.getByLabel('Driving with own car').check();
  await page.locator('#languages').fill('Shona');
  await page.locator('#hourly_rate').fill('13.75');
  await page.getByLabel('Self-employed').check();

  // Tab reaches the grid at one box; the arrows move; Space ticks; Tab leaves it.
  await page.locator('#last_contacted_on-year').focus();
  await page.keyboard.press('Tab');
  const first = box(page, 'Monday, early morning');
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(box(page, 'Monday, morning')).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(box(page, 'Tuesday, evening')).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Control+End');
  await expect(box(page, 'Sunday, waking night')).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Home');
  await expect(box(page, 'Sunday, early morning')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(box(page, 'Sunday, early morning')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Clear all' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(box(page, 'Sunday, early morning')).toBeFocused();
  await expect(page.locator('#availability-grid input:checked')).toHaveCount(3);
  for (const name of ['Monday, morning', 'Tuesday, evening', 'Sunday, waking night']) await expect(box(page, name)).toBeChecked();
  await screenshot(page, 'contacts-05-grid-ticked');

  await page.getByLabel('Enhanced with barred list check').check();
  await page.locator('#dbs-certificate_number').fill('0012 3456 7891');
  await fillDate(page, 'dbs-issue_date', '4', '5', '2024');
  await page.getByLabel('On the DBS update service').check();
  await page.getByLabel('References taken').check();
  await fillDate(page, 'right_to_work_until', '30', '6', '2027');
  await page.getByRole('button', { name: 'Add a course' }).click();
  await expect(page.locator('#training-0-course')).toBeFocused();
  await page.locator('#training-0-course').fill('Moving and handling');
  await fillDate(page, 'training-0-completed_on', '15', '3', '2025');
  await fillDate(page, 'training-0-expires_on', '15', '3', '2026');
  await page.locator('#notes').fill('Met at the carers café.');
  await page.getByRole('button', { name: 'Add PA' }).click();

  await expect(page.locator('#success-banner')).toContainText('Grace Hopper-Ncube has been added');
  await expect(page.locator('#success-banner')).toBeFocused();
  await expect(page).toHaveTitle('Grace Hopper-Ncube – DP Hub');
  await expect(page.locator('h1')).toHaveText('Grace Hopper-Ncube');
  await expect(page.locator('#contact-summary')).toContainText('07700 900555');
  await expect(page.locator('#contact-summary')).toContainText('01962 555 777');
  await expect(page.locator('#contact-summary')).toContainText('Winchester, SO22');
  await expect(page.locator('#skills-summary')).toContainText('Driving with own car');
  await expect(page.locator('#work-summary')).toContainText('Self-employed');
  await expect(page.locator('#work-summary')).toContainText('£13.75 an hour');
  await expect(page.locator('#checks-summary')).toContainText('Enhanced with barred list check');
  await expect(page.locator('#checks-summary')).toContainText('001234567891');
  await expect(page.locator('#checks-summary')).toContainText('4 May 2024');
  await expect(page.locator('#checks-summary')).toContainText('Permission to work ends');
  await expect(page.locator('#checks-summary')).toContainText('30 June 2027');
  // The grid as a table: ticks where they are free, words for screen readers in every cell.
  const table = page.locator('#availability-table');
  await expect(table.locator('td[data-free="true"]')).toHaveCount(3);
  await expect(table.locator('td[data-slot="tue-evening"]')).toHaveText('✓ available');
  await expect(table.locator('td[data-slot="tue-morning"]')).toHaveText('not available');
  await expect(table.getByRole('rowheader', { name: 'Monday', exact: true })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Evening 5pm to 10pm' })).toBeVisible();
  // Training due within 30 days shows as an alert and on its row.
  await expect(page.locator('#contact-alerts')).toContainText('Moving and handling training expires on 15 March 2026');
  await expect(page.locator('#training-row-0')).toContainText('Expiring soon');

  const sent = await page.evaluate(
    () => (window as any).__fakeBackend.calls.find((c: { cmd: string }) => c.cmd === 'add_contact').args.draft, // eslint-disable-line @typescript-eslint/no-explicit-any
  );
  expect(sent.phones).toEqual(['07700 900555', '01962 555 777']);
  expect(sent.availability).toEqual(
    expect.arrayContaining([
      { day: 'mon', part: 'morning' },
      { day: 'tue', part: 'evening' },
      { day: 'sun', part: 'waking_night' },
    ]),
  );
  expect(sent.dbs).toEqual({ level: 'enhanced_barred_list', certificate_number: '0012 3456 7891', issue_date: '2024-5-4', update_service: true });
  expect(sent.training).toEqual([{ course: 'Moving and handling', completed_on: '2025-3-15', expires_on: '2026-3-15' }]);
  expect(sent.right_to_work_until).toBe('2027-6-30');
});

test('Clear all unticks the whole grid', async ({ page }) => {
  await openAddForm(page);
  await box(page, 'Wednesday, sleep-in').check();
  await box(page, 'Friday, afternoon').check();
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(page.locator('#availability-grid input:checked')).toHaveCount(0);
  await expect(page.locator('#availability-status')).toHaveText('Every box has been unticked.');
  // Clicking a box makes it the grid's tab stop.
  await box(page, 'Friday, afternoon').click();
  await page.locator('#last_contacted_on-year').focus();
  await page.keyboard.press('Tab');
  await expect(box(page, 'Friday, afternoon')).toBeFocused();
});

test('a form with problems shows the error summary and field messages, and keeps what was typed', async ({ page }) => {
  await openAddForm(page);
  await page.locator('#email').fill('grace@example');
  await page.locator('#areas').fill('Winchester');
  await box(page, 'Tuesday, evening').check();
  await page.getByRole('button', { name: 'Add a course' }).click();
  await fillDate(page, 'training-0-completed_on', '1', '2', '2025');
  await page.getByRole('button', { name: 'Add PA' }).click();

  const summary = page.locator('#error-summary');
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle('Error: Add a PA – DP Hub');
  await expect(summary.getByRole('link', { name: "Enter the PA's full name" })).toHaveAttribute('href', '#full_name');
  await expect(
    summary.getByRole('link', { name: 'Enter an email address in the correct format, like name@example.com' }),
  ).toHaveAttribute('href', '#email');
  await expect(summary.getByRole('link', { name: 'Enter the name of the course' })).toHaveAttribute('href', '#training-0-course');
  await expect(page.locator('#full_name-error')).toHaveText("Error: Enter the PA's full name");
  await expect(page.locator('#full_name')).toHaveAttribute('aria-describedby', 'full_name-error');
  await expect(page.locator('#email-error')).toContainText('Enter an email address in the correct format');
  await expect(page.locator('#training-0-course-error')).toContainText('Enter the name of the course');
  await screenshot(page, 'contacts-06-form-errors');

  // Nothing typed is lost.
  await expect(page.locator('#email')).toHaveValue('grace@example');
  await expect(page.locator('#areas')).toHaveValue('Winchester');
  await expect(box(page, 'Tuesday, evening')).toBeChecked();
  await expect(page.locator('#training-0-completed_on-year')).toHaveValue('2025');

  await summary.getByRole('link', { name: "Enter the PA's full name" }).click();
  await expect(page.locator('#full_name')).toBeFocused();
  await page.locator('#full_name').fill('Grace Hopper');
  await page.locator('#email').fill('grace@example.org');
  await page.locator('#training-0-course').fill('First aid');
  await page.getByRole('button', { name: 'Add PA' }).click();
  await expect(page.locator('#success-banner')).toContainText('Grace Hopper has been added');
});

test('a phone number that is not one is marked on its own box', async ({ page }) => {
  await openAddForm(page);
  await page.locator('#full_name').fill('Grace Hopper');
  await page.locator('#phones-0').fill('07700 900555');
  await page.getByRole('button', { name: 'Add another phone number' }).click();
  await page.locator('#phones-1').fill('call me');
  await page.getByRole('button', { name: 'Add PA' }).click();
  await expect(page.locator('#error-summary').getByRole('link')).toHaveAttribute('href', '#phones-1');
  await expect(page.locator('#phones-1-error')).toContainText('Enter a phone number');
  await expect(page.locator('#phones-0-error')).toHaveCount(0);
  await page.getByRole('button', { name: 'Remove phone number 2' }).click();
  await expect(page.locator('#phones-1')).toHaveCount(0);
  await expect(page.locator('#phones-0')).toHaveValue('07700 900555');
  await page.getByRole('button', { name: 'Add PA' }).click();
  await expect(page.locator('#success-banner')).toContainText('Grace Hopper has been added');
});

test('an email or phone number already in the contacts gives a warning that does not stop saving', async ({ page }) => {
  await openAddForm(page);
  await page.locator('#full_name').fill('A. Okafor');
  await page.locator('#email').fill('AMARA@example.com');
  await page.locator('#email').blur();
  const warning = page.locator('#duplicate-warning');
  await expect(warning).toContainText('Someone with this email or phone number is already in your contacts: Amara Okafor.');
  await expect(warning.getByRole('link', { name: 'Amara Okafor' })).toHaveAttribute('href', '#/pas/1');
  await expect(page.locator('#duplicate-status')).toHaveAttribute('aria-live', 'polite');

  await page.locator('#phones-0').fill('+44 1962 555010');
  await page.locator('#phones-0').blur();
  await expect(warning).toContainText('Amara Okafor and Bea Lindqvist');
  await screenshot(page, 'contacts-07-duplicate-warning');

  await page.locator('#email').fill('');
  await page.locator('#phones-0').fill('');
  await page.locator('#phones-0').blur();
  await expect(warning).toHaveCount(0);

  await page.locator('#email').fill('amara@example.com');
  await page.getByRole('button', { name: 'Add PA' }).click();
  await expect(page.locator('#success-banner')).toContainText('A. Okafor has been added');
  await expect(page.locator('#possible-duplicates')).toContainText('This may be the same person as Amara Okafor');
});

test('change a PA: the form shows what was saved; a new DBS level reveals its details', async ({ page }) => {
  await openApp(page, { contacts: SOME_CONTACTS });
  await page.locator('#nav-contacts').click();
  await page.getByRole('link', { name: 'Bea Lindqvist' }).click();
  await page.locator('#change-contact').click();
  await expect(page).toHaveTitle("Change Bea Lindqvist's details – DP Hub");
  await expect(page.locator('#full_name')).toHaveValue('Bea Lindqvist');
  await expect(page.locator('#phones-0')).toHaveValue('01962 555 010');
  await expect(page.locator('#areas')).toHaveValue('Eastleigh, SO50');
  await expect(page.getByLabel('Driving with own car')).toBeChecked();
  await expect(box(page, 'Tuesday, evening')).toBeChecked();
  await expect(page.locator('input[name="dbs.level"][value="enhanced"]')).toBeChecked();
  await expect(page.locator('#dbs-issue_date-year')).toHaveValue('2021');
  await expect(page.locator('input[name="status"][value="working_for_us"]')).toBeChecked();

  await page.getByLabel('On the DBS update service').check();
  await box(page, 'Thursday, afternoon').check();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.locator('#success-banner')).toContainText('Bea Lindqvist has been updated');
  await expect(page.locator('#contact-alerts')).toHaveCount(0);
  await expect(page.locator('#checks-summary')).toContainText('On the DBS update service');
  await expect(page.locator('#availability-table td[data-slot="thu-afternoon"]')).toHaveText('✓ available');

  // Saying there is no DBS check any more clears the check's details.
  await page.locator('#change-contact').click();
  await page.getByLabel('No DBS check yet').check();
  await expect(page.locator('#dbs-issue_date')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.locator('#checks-summary')).toContainText('No DBS check recorded');
});

test('cancel goes back without saving', async ({ page }) => {
  await openAddForm(page);
  await page.locator('#full_name').fill('Nobody');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page).toHaveTitle('PAs – DP Hub');
  await expect(page.locator('#contact-results')).not.toContainText('Nobody');
});
