// The direct payment account: the balance, the excess explained with its advice, the chart with its
// table, expected payments, money owed and the ledger with a filter; adding a payment (every
// problem by its field, nothing lost), deleting one with a reason; settling money owed;
// reconciling; and changes to the payment's terms. Each screen gets an axe-core scan.
import { expect, expectNoSeriousA11yProblems, screenshot, test } from './fixtures';
import { openAccount } from './fake-backend-account';

test('the account shows the balance, the excess explained, the chart and the ledger', async ({ page }) => {
  await openAccount(page, 'account: the account screen');
  await expect(page.locator('h1')).toHaveText('Money: the direct payment account');
  await expect(page).toHaveTitle('The direct payment account of Margaret Okonkwo – DP Hub');
  await expect(page.locator('#balance-today-amount')).toHaveText('£2,308.80');

  await expect(page.locator('#excess-warning')).toContainText('holds £1,119.20 more than the council allows');
  await expect(page.locator('#excess-working')).toHaveText(
    '£2,308.80 balance − £120.00 owed = £2,188.80 held; 4 weeks of £267.40 = £1,069.60 allowed; £1,119.20 above it',
  );
  await expect(page.locator('#excess-advice')).toContainText('Talk to the council before it asks');

  const chart = page.locator('#balance-chart');
  await expect(chart).toHaveAttribute('role', 'img');
  await expect(chart).toHaveAttribute('aria-label', /On 23 February 2026 the balance is £2,308.80 and the council allows £1,069.60/);
  await expect(chart.locator('text').filter({ hasText: 'Feb 2026' })).toHaveCount(1);
  await expect(chart.locator('path.dp-chart__allowed')).toHaveAttribute('stroke-dasharray', '12 8');
  await page.locator('#chart-table summary').click();
  await expect(page.locator('#chart-table tbody tr').first()).toContainText('5 January 2026');

  await expect(page.locator('#expected-table')).toContainText('5 January 2026');
  await expect(page.locator('#owed-summary')).toContainText('February wages for Ann: £120.00, due 6 March 2026');
  await expect(page.locator('#ledger tbody tr')).toHaveCount(3);
  await expect(page.locator('#ledger tbody tr').last()).toContainText('£2,308.80');
  await expectNoSeriousA11yProblems(page);
  await screenshot(page, 'account');

  // The filter: from 1 February.
  await page.locator('#from').fill('1');
  await page.locator('#from-month').fill('2');
  await page.locator('#from-year').fill('2026');
  await page.getByRole('button', { name: 'Show these payments' }).click();
  await expect(page.locator('#ledger tbody tr')).toHaveCount(2);
  await expect(page.locator('#ledger caption')).toContainText('Balance before: £1,069.60');

  // A date that does not exist is refused by the field.
  await page.locator('#from').fill('31');
  await page.getByRole('button', { name: 'Show these payments' }).click();
  await expect(page.locator('#error-summary')).toBeFocused();
  await expect(page.locator('#from-error')).toContainText('real date');
  await expectNoSeriousA11yProblems(page);
});

test('a payment is added with its receipt after its problems are put right, then deleted with a reason', async ({ page }) => {
  await openAccount(page, 'account: adding a payment', '#/people/1/account/add');
  await expect(page.locator('h1')).toHaveText("Add a payment to Margaret Okonkwo's account");
  await page.getByLabel('Money out').check();
  await page.locator('#receipt').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await page.getByRole('button', { name: 'Add the payment' }).click();
  await expect(page.locator('#error-summary')).toBeFocused();
  for (const field of ['date', 'amount', 'category', 'receipt']) {
    await expect(page.locator(`#${field}-error`)).toBeVisible();
  }
  await expect(page.locator('#error-summary a')).toHaveCount(4);
  await expectNoSeriousA11yProblems(page);

  // Nothing typed is lost; the problems are put right.
  await expect(page.getByLabel('Money out')).toBeChecked();
  await page.locator('#category').selectOption('pa-wages');
  await page.locator('#date').fill('27');
  await page.locator('#date-month').fill('2');
  await page.locator('#date-year').fill('2026');
  await page.locator('#amount').fill('216.00');
  await page.locator('#counterparty').fill('Ann Lee');
  await page.locator('#reference').fill('Payslip 5');
  await page.locator('#receipt').setInputFiles({ name: 'payslip-5.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
  await page.getByRole('button', { name: 'Add the payment' }).click();

  await expect(page.locator('h1')).toHaveText('Money: the direct payment account');
  await expect(page.locator('#success-banner')).toContainText('The payment of £216.00 on 27 February 2026 has been added');
  const row = page.locator('#ledger tbody tr[data-entry="4"]');
  await expect(row).toContainText('Ann Lee');
  await expect(row).toContainText('Receipt');
  await expect(page.locator('#balance-today-amount')).toHaveText('£2,092.80');

  await row.getByRole('link').click();
  await expect(page.locator('h1')).toHaveText('Money out: £216.00 on 27 February 2026');
  await expect(page.locator('#receipts')).toContainText('payslip-5.pdf');
  await expect(page.locator('#audit-trail')).toContainText('Added');
  await page.getByRole('button', { name: 'Delete this payment' }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.locator('#reason-error')).toContainText('Say why');
  await expectNoSeriousA11yProblems(page);
  await page.locator('#reason').fill('Entered twice');
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.locator('#success-banner')).toContainText('The payment has been deleted');
  await expect(page.locator('#ledger tbody tr')).toHaveCount(3);
});

test('money owed is settled by a payment out, and a statement is checked until it agrees', async ({ page }) => {
  await openAccount(page, 'account: owed and reconciling', '#/people/1/account/owed');
  await expect(page.locator('h1')).toHaveText('Money owed');
  await page.getByRole('button', { name: /Mark as paid.*February wages for Ann/ }).click();
  await expect(page.locator('#settle-1-error')).toContainText('Choose the payment that paid it');
  await page.locator('#settle-1').selectOption('4');
  await page.getByRole('button', { name: /Mark as paid.*February wages for Ann/ }).click();
  await expect(page.locator('#owed-status')).toContainText('is marked as paid');
  await expect(page.locator('#owed-table')).toContainText('Paid on 27 February 2026');
  await page.getByRole('button', { name: 'Add money owed' }).click();
  await expect(page.locator('#error-summary a')).toHaveCount(3);
  await expectNoSeriousA11yProblems(page);

  await page.goto('/#/people/1/account/reconcile');
  await expect(page.locator('h1')).toHaveText('Check against a bank statement');
  await page.locator('#on').fill('28');
  await page.locator('#on-month').fill('2');
  await page.locator('#on-year').fill('2026');
  await page.locator('#statement_balance').fill('2000');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.locator('#reconcile-result')).toContainText('Difference: -£92.80');
  await page.locator('#statement_balance').fill('2092.80');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.locator('#reconcile-result')).toContainText('4 entries marked reconciled');
  await expectNoSeriousA11yProblems(page);
});

test("changes to the payment's terms are listed and a new one is recorded", async ({ page }) => {
  await openAccount(page, 'account: changes to the payment', '#/people/1/account/terms');
  await expect(page.locator('h1')).toHaveText('Changes to the payment');
  await expect(page.locator('#terms-history tbody tr')).toHaveCount(1);
  await page.locator('#gross_amount').fill('lots');
  await page.getByRole('button', { name: 'Record the change' }).click();
  await expect(page.locator('#error-summary')).toBeFocused();
  await expectNoSeriousA11yProblems(page);
  await page.locator('#effective_from').fill('6');
  await page.locator('#effective_from-month').fill('4');
  await page.locator('#effective_from-year').fill('2026');
  await page.locator('#gross_amount').fill('1100.00');
  await page.locator('#reason').fill('Uplift for 2026-27');
  await page.getByRole('button', { name: 'Record the change' }).click();
  await expect(page.locator('#terms-history tbody tr')).toHaveCount(2);
  await expect(page.locator('#terms-history')).toContainText('Uplift for 2026-27');
});
