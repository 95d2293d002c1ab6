// The real DP Hub over WebDriver: record a council payment and a PA's wages, import a bank statement
// (a Lloyds CSV file), check the account against the statement's balance, see the excess explained,
// and save the monitoring return as a PDF and a CSV file through the DPHUB_E2E_SAVE_PATH hook.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { cliBinary, launchApp, tempDb } from './driver.mjs';
import { ui, WAIT } from './ui.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const statement = path.resolve(here, '../../src-tauri/core/tests/fixtures/statements/lloyds.csv');
const cli = (db, ...args) => execFileSync(cliBinary, [...args, '--db', db], { encoding: 'utf8' });

async function addPayment(u, { direction, category, day, month, amount, who }) {
  await u.click('#add-entry-link');
  await u.waitForText('h1', 'Add a payment');
  await u.choose('direction', direction);
  await (await u.el('#category')).selectByAttribute('value', category);
  await u.date('date', day, month, '2026');
  await u.type('#amount', amount);
  await u.type('#counterparty', who);
  await u.click('#save-entry');
  await u.waitForText('#success-banner', 'has been added');
}

test('payments, a bank statement imported, reconciled, the excess explained and the monitoring return saved', async () => {
  const db = tempDb();
  const target = path.join(path.dirname(db), 'return');
  cli(db, 'person', 'add', '--full-name', 'Margaret Okonkwo', '--dob', '12/3/1948', '--council', 'Hampshire County Council',
    '--type', 'adult-service-user', '--managed-by', 'themself', '--gross', '1069.60', '--period', 'four-weekly',
    '--start', '2026-01-05', '--first-payment', '2026-01-05');

  const app = await launchApp(db, { DPHUB_E2E_SAVE_PATH: target, DPHUB_NO_OPEN: '1' });
  try {
    const u = ui(app.browser);
    await u.waitForText('h1', 'What needs doing');
    await u.click('#nav-people');
    await u.click('#person-link-1');
    await u.click('#account-link');
    await u.waitForText('h1', 'Money: the direct payment account');

    await addPayment(u, { direction: 'in', category: 'council-payment', day: '2', month: '2', amount: '1069.60', who: 'Hampshire County Council' });
    await addPayment(u, { direction: 'out', category: 'pa-wages', day: '6', month: '2', amount: '216.00', who: 'Ann Lee' });
    await u.waitForText('#balance-today-amount', '£853.60');

    // The January statement: recognised, checked, then imported in one go.
    await u.click('#import-statement-link');
    await u.waitForText('h1', 'Choose the statement file');
    const file = await u.el('#file');
    await file.waitForExist(WAIT);
    await file.setValue(statement);
    await u.waitForText('#file-chosen', 'lloyds.csv');
    await u.click('#continue');
    await u.waitForText('h1', 'Check before importing');
    await u.waitForText('#layout-recognised', 'Lloyds');
    assert.equal(await u.textOf('#plan-summary'), '4 payments to add.');
    assert.match(await u.textOf('#statement-to-add'), /A LEE WAGES JAN/);
    await u.screenshot('statement-import');
    await u.click('#run-import');
    await u.waitForText('#success-banner', '4 payments imported from lloyds.csv');
    // 1,069.60 − 216.00 from the app, and the statement's +724.96.
    await u.waitForText('#balance-today-amount', '£1,578.56');

    // Check against the statement balance at the end of February.
    await u.click('#reconcile-link');
    await u.waitForText('h1', 'Check against a bank statement');
    await u.date('on', '28', '2', '2026');
    await u.type('#statement_balance', '1578.56');
    await u.click('#check-statement');
    await u.waitForText('#reconcile-result', 'The statement agrees');
    await u.waitForText('#reconcile-result', '6 entries marked reconciled');

    // The excess explained: 4 weeks of £267.40 allowed.
    await app.browser.back();
    await u.waitForText('h1', 'Money: the direct payment account');
    await u.waitForText('#excess-warning', 'more than the council allows');
    assert.match(await u.textOf('#excess-working'), /£1,578\.56 balance.*£1,069\.60 allowed; £508\.96 above it/);

    // The monitoring return for January and February, saved as PDF and CSV.
    await u.click('#return-link');
    await u.waitForText('h1', 'Monitoring return');
    await u.choose('period', 'dates');
    await u.date('from', '1', '1', '2026');
    await u.date('to', '28', '2', '2026');
    await u.click('#show-return');
    await u.waitForText('#return-figures-heading', '1 January 2026 to 28 February 2026');
    await u.screenshot('monitoring-return');
    assert.equal(await u.textOf('#return-closing'), '£1,578.56');
    assert.match(await u.textOf('#return-checks'), /Checked against the statement balance of £1,578\.56 on 28 February 2026/);
    await u.click('#return-pdf-save');
    await u.waitForText('#return-pdf-result', 'Saved as');
    const pdf = `${target}.pdf`;
    assert.ok(existsSync(pdf), `${pdf} was written`);
    assert.equal(readFileSync(pdf).subarray(0, 4).toString('latin1'), '%PDF');
    await u.click('#return-csv-save');
    await u.waitForText('#return-csv-result', 'Saved as');
    const csv = readFileSync(`${target}.csv`, 'utf8');
    assert.match(csv, /2026-01-19,out,other-out,A LEE WAGES JAN/);
    assert.match(csv, /2026-02-28,,Closing balance,,,1578\.56/);
  } finally {
    await app.stop();
  }
});
