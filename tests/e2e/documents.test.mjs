// The real DP Hub over WebDriver: open a person's Documents, see the agreement preview, sign it on
// the canvas with pointer actions (or, if WebKitWebDriver cannot perform them, with the typed-name
// alternative), save the PDF through the DPHUB_E2E_SAVE_PATH hook and read the file back.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { cliBinary, launchApp, tempDb } from './driver.mjs';
import { ui } from './ui.mjs';

const cli = (db, ...args) => execFileSync(cliBinary, [...args, '--db', db], { encoding: 'utf8' });

test('the agreement is previewed, signed on screen and saved as a PDF that says who signed', async () => {
  const db = tempDb();
  // No extension: the app adds ".pdf", as it must for the system's Save dialog.
  const target = path.join(path.dirname(db), 'agreement');
  cli(db, 'person', 'add', '--full-name', 'Margaret Hale', '--dob', '1/2/1950', '--address', '12 Station Road, Leeds',
    '--postcode', 'LS1 4AB', '--council', 'Leeds City Council', '--council-ref', 'DP-10234',
    '--type', 'adult-service-user', '--managed-by', 'themself', '--gross', '1250.00', '--period', 'four-weekly',
    '--start', '2026-01-05', '--first-payment', '2026-01-05', '--account', 'separate-bank-account', '--review', '2026-07-06');
  cli(db, 'pa', 'add', '--name', 'Ann Lee', '--phone', '07700 900982', '--status', 'working-for-us');
  cli(db, 'employ', 'add', '--person', '1', '--pa', '1', '--start', '2026-02-02', '--rate', '13.50', '--hours', '16',
    '--pattern', 'Monday to Thursday, 8am to noon', '--pay-frequency', 'weekly', '--first-payday', '2026-02-06');

  const app = await launchApp(db, { DPHUB_E2E_SAVE_PATH: target, DPHUB_NO_OPEN: '1' });
  try {
    const u = ui(app.browser);
    await u.waitForText('h1', 'What needs doing');
    await u.click('#nav-people');
    await u.click('#person-link-1');
    await u.click('#documents-link');
    await u.waitForText('h1', 'Documents for Margaret Hale');
    await u.waitForText('#doc-title', 'Direct payment agreement');
    assert.equal(await (await u.el('#document-variant')).getValue(), 'agreement_self');
    assert.match(await u.textOf('#document-preview'), /Margaret Hale/);

    // Sign as the person receiving the payment.
    const party = await u.el('section[aria-label="Signature: The person receiving the direct payment"]');
    await (await party.$('button')).click();
    await u.waitForText('#sign-heading', 'Sign: The person receiving the direct payment');
    assert.equal(await (await u.el('#sign-signed_by')).getValue(), 'Margaret Hale');
    const pad = await u.el('#sign-strokes');
    await pad.scrollIntoView();
    let drawn = false;
    try {
      await app.browser
        .action('pointer', { parameters: { pointerType: 'mouse' } })
        .move({ origin: pad, x: -200, y: 20 })
        .down()
        .move({ origin: pad, x: -80, y: -30, duration: 100 })
        .move({ origin: pad, x: 40, y: 25, duration: 100 })
        .move({ origin: pad, x: 160, y: -20, duration: 100 })
        .up()
        .perform();
      drawn = (await u.textOf('#sign-pad-status')) !== 'Nothing drawn yet.';
    } catch (error) {
      console.log(`pointer actions not available (${error.message}); signing with a typed name`);
    }
    if (!drawn) await u.click('#sign-typed');
    await u.click('#sign-save');
    await u.waitForText('#documents-done', 'signed by Margaret Hale');
    await u.waitForText('section[aria-label="Signature: The person receiving the direct payment"]', 'Signed by Margaret Hale');
    console.log(drawn ? 'signed by drawing on the canvas' : 'signed with a typed name');

    // The README's picture: the controls and the top of the preview.
    await app.browser.setWindowSize(1100, 1400);
    await app.browser.execute(() => {
      document.activeElement?.blur();
      window.scrollTo(0, 0);
    });
    await app.browser.pause(300);
    await u.screenshot('40-documents');
    await app.browser.setWindowSize(1100, 800);

    await u.click('#save-pdf');
    await u.waitForText('#documents-done', `Saved as ${target}.pdf`);
    const pdf = readFileSync(`${target}.pdf`);
    assert.equal(pdf.subarray(0, 4).toString(), '%PDF');
    const text = execFileSync('pdftotext', [`${target}.pdf`, '-'], { encoding: 'utf8' });
    assert.match(text, /Margaret Hale/);
    assert.match(text, /Signed by Margaret Hale/);

    // Ann's timesheet, dated for the week of Wednesday 4 March 2026 (she is paid weekly).
    await (await u.el('#document-sort')).selectByAttribute('value', 'timesheet');
    await u.waitForText('#doc-title', 'Timesheet');
    await u.date('timesheet_period_of', '4', '3', '2026');
    await u.waitForText('#document-preview', 'Pay period from');
    await u.waitForText('#document-preview', '2 March 2026');
    await u.waitForText('#document-preview', '8 March 2026');
    await u.click('#save-pdf');
    await u.waitForText('#documents-done', `Saved as ${target}.pdf`);
    const timesheet = execFileSync('pdftotext', [`${target}.pdf`, '-'], { encoding: 'utf8' });
    assert.match(timesheet, /Ann Lee/);
    assert.match(timesheet, /Pay period from\s+2 March 2026/);
    assert.match(timesheet, /Wednesday\s+4 March/);
  } finally {
    await app.stop();
  }
});
