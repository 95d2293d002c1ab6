import type { Page } from '@playwright/test';
import { expect, fillDate, fillRequiredFields, openApp, screenshot, SOME_PEOPLE, test } from './fixtures';

async function openAddForm(page: Page) {
  await openApp(page, { people: SOME_PEOPLE });
  await page.locator('#add-person').click();
  await expect(page).toHaveTitle('Add a person – DP Hub');
}

test('the form starts with the defaults the core gives', async ({ page }) => {
  await openAddForm(page);
  await expect(page.locator('input[name="dp.period"][value="four_weekly"]')).toBeChecked();
  await expect(page.locator('#dp-excess_threshold_weeks')).toHaveValue('4');
  await expect(page.locator('#dp-excess_threshold_weeks-hint')).toHaveText('A council setting: usually 4 or 8 weeks');
  // Labels and hints come from the core, not from the UI.
  await expect(page.getByText('Most councils pay every 4 weeks, in advance')).toBeVisible();
  await expect(page.locator('#dp-review_dates-none')).toBeVisible();
  await screenshot(page, '04-add-person-form');
});

test('a form with problems shows the error summary, links to each field and keeps what was typed', async ({
  page,
}) => {
  await openAddForm(page);
  await page.locator('#preferred_name').fill('Zoë');
  await fillDate(page, 'date_of_birth', '1', '12', '1948');
  await page.locator('#council').fill('Hampshire County Council');
  await page.locator('#dp-gross_amount').fill('12.345');
  await page.locator('#dp-contribution').fill('20');
  await page.locator('#notes').fill('Prefers calls in the morning.\nHas a dog.');
  await page.getByRole('button', { name: 'Add person' }).click();

  const summary = page.locator('#error-summary');
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary.locator('[role="alert"]')).toContainText('There is a problem');
  await expect(page).toHaveTitle('Error: Add a person – DP Hub');

  const nameLink = summary.getByRole('link', { name: "Enter the person's full name" });
  await expect(nameLink).toHaveAttribute('href', '#full_name');
  await expect(summary.getByRole('link', { name: 'Select who the direct payment is for' })).toHaveAttribute(
    'href',
    '#recipient_type',
  );
  await expect(summary.getByRole('link', { name: 'Select who manages the direct payment' })).toHaveAttribute(
    'href',
    '#manager-managed_by',
  );
  const grossLink = summary.getByRole('link', {
    name: 'Gross amount must have no more than 2 decimal places, like 12.71',
  });
  await expect(grossLink).toHaveAttribute('href', '#dp-gross_amount');
  await expect(summary.getByRole('link', { name: 'Enter the start date' })).toHaveAttribute('href', '#dp-start_date');
  await screenshot(page, '05-form-with-errors');

  // Each message is beside its field, and the field says so to screen readers.
  await expect(page.locator('#full_name-error')).toHaveText("Error: Enter the person's full name");
  await expect(page.locator('#full_name')).toHaveAttribute('aria-describedby', 'full_name-error');
  await expect(page.locator('#full_name')).toHaveClass(/govuk-input--error/);
  await expect(page.locator('#dp-gross_amount-error')).toContainText('no more than 2 decimal places');
  await expect(page.locator('#dp-gross_amount')).toHaveAttribute(
    'aria-describedby',
    'dp-gross_amount-hint dp-gross_amount-error',
  );
  await expect(page.locator('#dp-start_date-error')).toContainText('Enter the start date');
  await expect(page.locator('#dp-start_date')).toHaveClass(/govuk-input--error/);

  // The links move focus to the field.
  await grossLink.click();
  await expect(page.locator('#dp-gross_amount')).toBeFocused();
  await nameLink.click();
  await expect(page.locator('#full_name')).toBeFocused();
  await summary.getByRole('link', { name: 'Select who manages the direct payment' }).click();
  await expect(page.locator('#manager-managed_by')).toBeFocused();
  await summary.getByRole('link', { name: 'Enter the start date' }).click();
  await expect(page.locator('#dp-start_date')).toBeFocused();

  // Nothing typed is lost.
  await expect(page.locator('#preferred_name')).toHaveValue('Zoë');
  await expect(page.locator('#date_of_birth')).toHaveValue('1');
  await expect(page.locator('#date_of_birth-month')).toHaveValue('12');
  await expect(page.locator('#date_of_birth-year')).toHaveValue('1948');
  await expect(page.locator('#council')).toHaveValue('Hampshire County Council');
  await expect(page.locator('#dp-gross_amount')).toHaveValue('12.345');
  await expect(page.locator('#dp-contribution')).toHaveValue('20');
  await expect(page.locator('#notes')).toHaveValue('Prefers calls in the morning.\nHas a dog.');

  // Putting it right saves the person.
  await page.locator('#full_name').fill('Zoë Łukasiewicz');
  await page.getByLabel('Adult who receives care and support').check();
  await page.getByLabel('The person themself').check();
  await page.locator('#dp-gross_amount').fill('1,250');
  await fillDate(page, 'dp-start_date', '5', '1', '2026');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.locator('#success-banner')).toContainText('Zoë Łukasiewicz has been added');
  await expect(page.locator('#about-summary')).toContainText('Prefers calls in the morning.');
});

test('a contribution above the gross amount is refused beside the contribution', async ({ page }) => {
  await openAddForm(page);
  await fillRequiredFields(page, 'Zoë Łukasiewicz');
  await page.locator('#dp-gross_amount').fill('100');
  await page.locator('#dp-contribution').fill('150.00');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.locator('#error-summary')).toContainText(
    'The contribution must not be more than the gross amount (£100.00)',
  );
  await expect(page.locator('#dp-contribution-error')).toContainText('must not be more than the gross amount');
  await expect(page.locator('#dp-gross_amount-error')).toHaveCount(0);
});

test('a date that is not real is refused and stays as typed', async ({ page }) => {
  await openAddForm(page);
  await fillRequiredFields(page, 'Zoë Łukasiewicz');
  await fillDate(page, 'date_of_birth', '31', '2', '1948');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.locator('#date_of_birth-error')).toContainText('Date of birth must be a real date, like 27 3 2026');
  await expect(page.locator('#date_of_birth')).toHaveValue('31');
  await expect(page.locator('#date_of_birth-month')).toHaveValue('2');
  await page.locator('#error-summary a[href="#date_of_birth"]').click();
  await expect(page.locator('#date_of_birth')).toBeFocused();
});

test('choosing an authorised person reveals the basis of authority and their details', async ({ page }) => {
  await openAddForm(page);
  await expect(page.locator('#manager-authority_basis')).toHaveCount(0);
  await expect(page.locator('#manager-name')).toHaveCount(0);

  await page.getByLabel('An authorised person').check();
  await expect(page.getByRole('group', { name: 'Where does their authority come from?' })).toBeVisible();
  await expect(page.getByLabel('Lasting power of attorney')).toBeVisible();
  await expect(page.locator('#manager-name')).toBeVisible();
  await expect(page.locator('#manager-relationship')).toBeVisible();
  await screenshot(page, '06-form-authorised-person');

  // The basis of authority is asked for only when it is needed.
  await fillRequiredFields(page, 'Zoë Łukasiewicz');
  await page.getByLabel('An authorised person').check();
  await page.locator('#manager-name').fill('Kasia Łukasiewicz');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.locator('#error-summary')).toContainText("Select the authorised person's basis of authority");
  await expect(page.locator('#error-summary')).toContainText(
    "Enter the authorised person's relationship to the person, like daughter or friend",
  );
  await page.locator('#error-summary a[href="#manager-authority_basis"]').click();
  await expect(page.locator('#manager-authority_basis')).toBeFocused();

  await page.getByLabel('Lasting power of attorney').check();
  await page.locator('#manager-relationship').fill('Daughter');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.locator('#manager-summary')).toContainText('An authorised person');
  await expect(page.locator('#manager-summary')).toContainText('Lasting power of attorney');
  await expect(page.locator('#manager-summary')).toContainText('Kasia Łukasiewicz');
  await expect(page.locator('#manager-summary')).toContainText('Daughter');
});

test('the person themself hides the representative fields again', async ({ page }) => {
  await openAddForm(page);
  await page.getByLabel('A nominated person').check();
  await expect(page.locator('#manager-name')).toBeVisible();
  await expect(page.locator('#manager-authority_basis')).toHaveCount(0);
  await page.locator('#manager-name').fill('Sam');
  await page.getByLabel('The person themself').check();
  await expect(page.locator('#manager-name')).toHaveCount(0);
  // Going back keeps what was typed.
  await page.getByLabel('A nominated person').check();
  await expect(page.locator('#manager-name')).toHaveValue('Sam');
});

test('review dates follow the start date until someone changes them', async ({ page }) => {
  await openAddForm(page);
  await fillDate(page, 'dp-start_date', '5', '1', '2026');
  await expect(page.locator('#dp-review_dates-0-year')).toHaveValue('2026');
  await expect(page.locator('#dp-review_dates-0-month')).toHaveValue('7');
  await expect(page.locator('#dp-review_dates-2-year')).toHaveValue('2028');
  await fillDate(page, 'dp-end_date', '31', '12', '2027');
  await expect(page.locator('.dp-review-date')).toHaveCount(2);

  // Once a date is changed by hand, a new start date no longer replaces the list.
  await page.locator('#dp-review_dates-1').fill('1');
  await page.locator('#dp-start_date-month').fill('2');
  await page.waitForTimeout(300);
  await expect(page.locator('#dp-review_dates-0-month')).toHaveValue('7');
  await expect(page.locator('#dp-review_dates-1')).toHaveValue('1');

  await page.getByRole('button', { name: 'Add another review date' }).click();
  await expect(page.locator('.dp-review-date')).toHaveCount(3);
  await expect(page.locator('#dp-review_dates-2')).toBeFocused();
  await page.locator('#dp-review_dates-0-remove').click();
  await expect(page.locator('.dp-review-date')).toHaveCount(2);
  await expect(page.locator('#add-review-date')).toBeFocused();
  // The second date moved up with what was typed in it.
  await expect(page.locator('#dp-review_dates-0')).toHaveValue('1');

  await page.getByRole('button', { name: 'Work out from the start date again' }).click();
  await expect(page.locator('#review-dates-status')).toContainText('worked out again');
  await expect(page.locator('.dp-review-date')).toHaveCount(2);
  await expect(page.locator('#dp-review_dates-0')).toHaveValue('5');
  await expect(page.locator('#dp-review_dates-0-month')).toHaveValue('8');
});

test('a review date before the start is refused beside that date', async ({ page }) => {
  await openAddForm(page);
  await fillRequiredFields(page, 'Zoë Łukasiewicz');
  await expect(page.locator('.dp-review-date')).toHaveCount(3);
  await fillDate(page, 'dp-review_dates-1', '1', '1', '2020');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.locator('#dp-review_dates-1-error')).toContainText('A review date must be on or after the start date');
  await page.locator('#error-summary a[href="#dp-review_dates-1"]').click();
  await expect(page.locator('#dp-review_dates-1')).toBeFocused();
});

test('the form can be completed and sent with the keyboard only', async ({ page }) => {
  await openApp(page);
  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
  /** Presses Tab until the element with this id has focus. */
  async function tabTo(id: string) {
    for (let i = 0; i < 80; i++) {
      if ((await focusedId()) === id) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached #${id}`);
  }

  await tabTo('add-first-person');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toBeFocused();

  await tabTo('full_name');
  await page.keyboard.type('Zoë Łukasiewicz');
  await tabTo('date_of_birth');
  await page.keyboard.type('1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('12');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1948');
  await tabTo('council');
  await page.keyboard.type('Hampshire County Council');
  await tabTo('recipient_type');
  await page.keyboard.press('Space');
  await tabTo('manager-managed_by');
  await page.keyboard.press('ArrowDown'); // a nominated person
  await expect(page.locator('#manager-managed_by-nominated_person')).toBeChecked();
  await tabTo('manager-name');
  await page.keyboard.type('Kasia Łukasiewicz');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Daughter');
  await tabTo('dp-gross_amount');
  await page.keyboard.type('1250');
  await tabTo('dp-start_date');
  await page.keyboard.type('5');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2026');
  await tabTo('save-person');
  await page.keyboard.press('Enter');

  await expect(page.locator('#success-banner')).toBeFocused();
  await expect(page.locator('h1')).toHaveText('Zoë Łukasiewicz');
  await expect(page.locator('#manager-summary')).toContainText('Kasia Łukasiewicz');
  await expect(page.locator('#net-per-period')).toHaveText('£1,250.00');
});

test('the skip link moves focus to the main content', async ({ page }) => {
  // As the app opens (on "What needs doing"), before anything has moved focus.
  await openApp(page, { people: SOME_PEOPLE }, 'home');
  await page.keyboard.press('Tab');
  await expect(page.locator('#skip-link')).toBeFocused();
  await expect(page.locator('#skip-link')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();
});
