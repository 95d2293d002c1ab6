// Importing a bank statement: a recognised bank's file straight to the check (lines filed by a
// remembered rule), a file that is not a statement refused by its field, a file whose columns are
// chosen by hand (a missing date column refused on that step, then lines added, rejected and a
// balance that does not add up shown); the remembered rules; and the monitoring return with its
// period, figures, PDF and CSV, and how often the council asks. Each screen gets an axe-core scan.
//
// The statement files are statements/*.csv; requests/statement.json holds their bytes as the
// screen sends them, so the recordings are the real core's answers to exactly these files.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yProblems, screenshot, test } from './fixtures';
import { openAccount } from './fake-backend-account';

function statement(name: string): { name: string; mimeType: string; buffer: Buffer } {
  return { name, mimeType: 'text/csv', buffer: readFileSync(new URL(`./statements/${name}`, import.meta.url)) };
}

async function calls(page: Page, cmd: string): Promise<{ cmd: string; args: Record<string, unknown> }[]> {
  return page.evaluate(
    (name) => (window as unknown as { __accountBackend: { calls: { cmd: string; args: Record<string, unknown> }[] } }).__accountBackend.calls.filter((c) => c.cmd === name),
    cmd,
  );
}

test('a recognised statement goes straight to the check, is filed by a rule and imported all at once', async ({ page }) => {
  await openAccount(page, 'statement: a recognised statement', '#/people/1/account');
  await page.getByRole('link', { name: 'Import a bank statement…' }).click();
  await expect(page.locator('h1')).toHaveText('Choose the statement file');
  await expect(page.locator('h1')).toBeFocused();
  await expect(page).toHaveTitle('Import a bank statement: choose the statement file – DP Hub');
  await expectNoSeriousA11yProblems(page);

  // Continuing without a file says so, by the field.
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#error-summary')).toBeFocused();
  await expect(page.locator('#file-error')).toContainText('Choose the statement file');

  await page.locator('#file').setInputFiles(statement('lloyds.csv'));
  await expect(page.locator('#file-chosen')).toContainText('lloyds.csv');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('h1')).toHaveText('Check before importing');
  await expect(page.locator('h1')).toBeFocused();
  await expect(page.locator('#layout-recognised')).toContainText('Lloyds, Halifax or Bank of Scotland');
  await expect(page.locator('#plan-summary')).toHaveText('4 payments to add.');
  const rows = page.locator('#statement-to-add tbody tr');
  await expect(rows).toHaveCount(4);
  const wages = page.locator('#statement-to-add tr[data-line="2"]');
  await expect(wages).toContainText('A LEE WAGES JAN');
  await expect(wages).toContainText('Out £216.00');
  await expect(wages).toContainText('PA wages, Ann Lee');
  await expect(page.locator('#statement-to-add tr[data-line="4"]')).toContainText('Other money in');
  await expect(page.locator('#closing-check')).toContainText('£1,852.80');
  await expectNoSeriousA11yProblems(page);

  // The columns can still be changed; going back keeps what was read.
  await page.locator('#change-columns').click();
  await expect(page.locator('h1')).toHaveText('Say what the columns hold');
  await expect(page.locator('#mapping-0')).toHaveValue('date');
  await expect(page.locator('#date_format')).toBeChecked();
  await page.getByRole('button', { name: 'Check the statement' }).click();
  await expect(page.locator('h1')).toHaveText('Check before importing');

  await page.getByRole('button', { name: 'Import 4 payments' }).click();
  await expect(page.locator('h1')).toHaveText('Money: the direct payment account');
  await expect(page.locator('#success-banner')).toContainText('4 payments imported from lloyds.csv');
  expect((await calls(page, 'import_statement')).length).toBe(1);
  await expect(page.locator('#ledger tbody tr')).toHaveCount(4);

  // The same statement again: every line is already there, so nothing is imported.
  await page.getByRole('link', { name: 'Import a bank statement…' }).click();
  await page.locator('#file').setInputFiles(statement('lloyds.csv'));
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#plan-summary')).toHaveText('0 payments to add, 4 already in the account.');
  await expect(page.locator('#skipped-lines tbody tr')).toHaveCount(4);
  await expect(page.locator('#skipped-lines tr[data-line="2"]')).toContainText('A LEE WAGES JAN');
  await expect(page.locator('#nothing-to-import')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Import/ })).toHaveCount(0);
  await expectNoSeriousA11yProblems(page);
});

test('a file that is not a statement is refused, and a statement whose columns are chosen by hand is checked', async ({ page }) => {
  await openAccount(page, 'statement: a file to map', '#/people/1/account/import');
  await expect(page.locator('h1')).toHaveText('Choose the statement file');
  await page.locator('#file').setInputFiles({ name: 'photo.csv', mimeType: 'text/csv', buffer: Buffer.from([0, 1, 2, 3, 0, 255]) });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#error-summary')).toBeFocused();
  await expect(page.locator('#file-error')).toContainText('This file is not text');
  await expectNoSeriousA11yProblems(page);

  await page.locator('#file').setInputFiles(statement('my-card.csv'));
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('h1')).toHaveText('Say what the columns hold');
  await expect(page.locator('#layout-unknown')).toBeVisible();
  // Day, month, year is offered first, and chosen.
  await expect(page.locator('#date_format')).toBeChecked();
  await expect(page.locator('label[for="date_format"]')).toContainText('Day, month, year');
  await expect(page.locator('#rows-preview tbody tr')).toHaveCount(4);
  await page.locator('#mapping-1').selectOption('description');
  await page.locator('#mapping-2').selectOption('paid_in');
  await page.locator('#mapping-3').selectOption('paid_out');
  await page.locator('#mapping-4').selectOption('balance');
  await page.getByRole('button', { name: 'Check the statement' }).click();
  // No date column: refused on this step, by the columns, with nothing lost.
  await expect(page.locator('#error-summary')).toBeFocused();
  await expect(page.locator('#error-summary')).toContainText('Choose which column holds the date');
  await expect(page.locator('#mapping-error')).toBeVisible();
  await expect(page.locator('#mapping-2')).toHaveValue('paid_in');
  await expectNoSeriousA11yProblems(page);
  await screenshot(page, 'statement-columns');

  await page.locator('#mapping-0').selectOption('date');
  await page.getByRole('button', { name: 'Check the statement' }).click();
  await expect(page.locator('h1')).toHaveText('Check before importing');
  await expect(page.locator('#plan-summary')).toHaveText('3 payments to add, 1 cannot be imported.');
  await expect(page.locator('#rejected-rows tr[data-line="4"]')).toContainText('31/02/2026');
  await expect(page.locator('#balance-mismatches')).toContainText('£850.00');
  await expect(page.locator('#balance-mismatches')).toContainText('£844.96');
  await expectNoSeriousA11yProblems(page);
  await page.getByRole('button', { name: 'Import 3 payments' }).click();
  await expect(page.locator('#success-banner')).toContainText('3 payments imported from my-card.csv');
  await expect(page.locator('#success-banner')).toContainText('1 line could not be imported');
});

test('remembered rules are added after their problems are put right, and deleted', async ({ page }) => {
  await openAccount(page, 'statement: the remembered rules', '#/people/1/account/import/rules');
  await expect(page.locator('h1')).toHaveText('How statement lines are filed');
  await expect(page.locator('#no-rules')).toBeVisible();
  await page.getByRole('button', { name: 'Add the rule' }).click();
  await expect(page.locator('#error-summary')).toBeFocused();
  await expect(page.locator('#contains-error')).toBeVisible();
  await expect(page.locator('#category-error')).toBeVisible();
  await expectNoSeriousA11yProblems(page);
  await page.locator('#contains').fill('SMITH');
  await page.locator('#category').selectOption('pa-wages');
  await page.locator('#counterparty').fill('Ann Lee');
  await page.getByRole('button', { name: 'Add the rule' }).click();
  await expect(page.locator('#rules-status')).toContainText('The rule for “SMITH” has been added');
  await expect(page.locator('#rules-table tbody tr')).toHaveCount(1);
  await expect(page.locator('#rules-table')).toContainText('PA wages, Ann Lee');
  await expectNoSeriousA11yProblems(page);
  await page.getByRole('button', { name: 'Delete the rule for SMITH' }).click();
  await expect(page.locator('#rules-status')).toContainText('has been deleted');
  await expect(page.locator('#no-rules')).toBeVisible();
});

test('the monitoring return shows the last period, other dates, saves PDF and CSV, and keeps how often', async ({ page }) => {
  await openAccount(page, 'return: the monitoring return', '#/people/1/account/return');
  await expect(page.locator('h1')).toHaveText('Monitoring return');
  await expect(page).toHaveTitle('Monitoring return for Margaret Okonkwo – DP Hub');
  await expect(page.locator('label[for="period"]')).toHaveText('The period so far: 5 January 2026 to 4 April 2026');
  await expect(page.locator('#return-total-in')).toHaveText('£1,069.60');
  await expect(page.locator('#return-total-out')).toHaveText('£216.00');
  await expect(page.locator('#return-closing')).toHaveText('£853.60');
  await expect(page.locator('#return-checks')).toContainText('Checked against the statement balance of £853.60 on 31 January 2026');
  await expect(page.locator('#every')).toBeChecked();
  await expectNoSeriousA11yProblems(page);
  await screenshot(page, 'monitoring-return');

  // Every 6 months: the last period follows.
  await page.getByLabel('Every 6 months').check();
  await page.getByRole('button', { name: 'Save how often' }).click();
  await expect(page.locator('#every-status')).toContainText('every 6 months');
  await expect(page.locator('label[for="period"]')).toContainText('5 January 2026 to 4 July 2026');
  await expect(page.locator('#return-figures-heading')).toHaveText('5 January 2026 to 4 July 2026');

  // Other dates: problems by their fields, then the figures.
  await page.getByLabel('Other dates').check();
  await page.locator('#to').fill('30');
  await page.locator('#to-month').fill('2');
  await page.locator('#to-year').fill('2026');
  await page.getByRole('button', { name: 'Show the figures' }).click();
  await expect(page.locator('#error-summary')).toBeFocused();
  await expect(page.locator('#from-error')).toContainText('Enter the first day of the period');
  await expect(page.locator('#to-error')).toBeVisible();
  await expectNoSeriousA11yProblems(page);
  await page.locator('#from').fill('1');
  await page.locator('#from-month').fill('1');
  await page.locator('#from-year').fill('2026');
  await page.locator('#to').fill('31');
  await page.locator('#to-month').fill('1');
  await page.getByRole('button', { name: 'Show the figures' }).click();
  await expect(page.locator('#return-figures')).toBeFocused();
  await expect(page.locator('#return-figures-heading')).toHaveText('1 January 2026 to 31 January 2026');

  await page.getByLabel('Large print (16 point text)').check();
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.locator('#return-pdf-result')).toContainText('Saved as');
  const pdf = (await calls(page, 'save_return_pdf')).at(-1)!.args;
  expect(pdf).toMatchObject({ large_print: true, period: { person_id: 1, from: '2026-1-1', to: '2026-1-31' } });
  await page.getByRole('button', { name: 'Save as CSV…' }).click();
  await expect(page.locator('#return-csv-result')).toContainText('Saved as');
  const csv = (await calls(page, 'save_return_csv')).at(-1)!.args;
  expect(String(csv.path)).toMatch(/\.csv$/);
  await expectNoSeriousA11yProblems(page);
});

test('the recorded requests carry exactly the statement files the tests choose', async () => {
  const requests = JSON.parse(readFileSync(new URL('./requests/statement.json', import.meta.url), 'utf8'));
  const sent = new Set<string>();
  for (const scenario of requests.scenarios) {
    for (const step of scenario.steps) if (step.cmd === 'preview_statement') sent.add(JSON.stringify(step.args.bytes));
  }
  for (const name of ['lloyds.csv', 'my-card.csv']) {
    expect(sent.has(JSON.stringify([...statement(name).buffer])), name).toBe(true);
  }
});
