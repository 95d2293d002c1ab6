// The real DP Hub over WebDriver: employ a PA, see their "before the first day" list with its dates
// and rules, tick an item, see "What needs doing" (the start screen) change, and export the due dates
// as a calendar file, then print the list as a large-print PDF. The system's Save dialog can't be driven over WebDriver, so the app is started
// with DPHUB_E2E_SAVE_PATH, which it uses instead of asking (only when that variable is set).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { cliBinary, launchApp, tempDb } from './driver.mjs';
import { ui, WAIT } from './ui.mjs';

const cli = (db, ...args) => execFileSync(cliBinary, [...args, '--db', db], { encoding: 'utf8' });
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const longDate = (d) => `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;

test("a PA's first-day list with dates, a tick, the start screen, and the calendar export", async () => {
  const db = tempDb();
  const ics = path.join(path.dirname(db), 'due-dates.ics');
  cli(db, 'person', 'add', '--full-name', 'Margaret Hale', '--dob', '1/2/1950', '--council', 'Hampshire County Council',
    '--type', 'adult-service-user', '--managed-by', 'themself', '--gross', '1250.00', '--period', 'four-weekly',
    '--start', '2026-01-05');
  cli(db, 'pa', 'add', '--name', 'Ann Lee', '--phone', '07700 900982', '--dob', '1985-05-01');
  // The PA starts in two weeks' time, so the first-day duties are all still to come.
  const start = new Date();
  start.setDate(start.getDate() + 14);

  const app = await launchApp(db, { DPHUB_E2E_SAVE_PATH: ics, DPHUB_NO_OPEN: '1' });
  try {
    const u = ui(app.browser);
    await u.waitForText('h1', 'What needs doing');

    // Employ Ann for Margaret from the PA's page.
    await u.click('#nav-contacts');
    await u.click('#contact-results a');
    await u.waitForText('#contact-name', 'Ann Lee');
    await u.click('#employ-contact');
    await app.browser.$('#person_id').then((e) => e.waitForExist(WAIT));
    const person = await app.browser.$('#person_id');
    if ((await person.getTagName()) === 'select') await person.selectByVisibleText('Margaret Hale');
    await u.date('start_date', String(start.getDate()), String(start.getMonth() + 1), String(start.getFullYear()));
    await u.type('#hours_per_week', '16');
    await u.type('#working_pattern', 'Monday to Thursday, 8am to noon');
    await u.type('#hourly_rate', '13.50');
    await u.click('#save-employment');
    await u.waitForText('h1', 'Ann Lee');

    // Her checklists: "before the first day", each date with the rule that gave it.
    await u.click('#employment-checklists-link');
    await u.waitForText('h1', 'Checklists for Ann Lee');
    const statement = '#item-before-first-day-written-statement';
    await u.waitForText(`${statement}-status`, 'To do');
    assert.match(await u.textOf(`${statement}-due`), new RegExp(`^Due: ${longDate(start)}: `));
    assert.equal(await u.textOf('#progress-before-first-day'), '0 of 8 done');

    // Tick the written statement: a name is needed; then it is done and the progress moves.
    await u.click(`${statement}-mark-done`);
    await u.click('#item-save');
    await u.waitForText('#error-summary', 'Enter who did it');
    await u.waitForText('#done_by-error', 'Enter who did it');
    await u.type('#done_by', 'Margaret Hale');
    await u.click('#item-save');
    await u.waitForText(`${statement}-status`, 'Done');
    assert.match(await u.textOf(`${statement}-done`), /^Done on .* by Margaret Hale$/);
    assert.equal(await u.textOf('#progress-before-first-day'), '1 of 8 done');
    // The README's picture: the list with one item done and the rest with their dates.
    await app.browser.setWindowSize(1100, 2000);
    await app.browser.execute(() => {
      document.activeElement?.blur();
      window.scrollTo(0, 0);
    });
    await app.browser.pause(300);
    await u.screenshot('30-checklist');
    await app.browser.setWindowSize(1100, 800);
    const shown = JSON.parse(cli(db, 'checklist', 'show', '--employment', '1', '--checklist', 'before-first-day', '--json'));
    assert.match(JSON.stringify(shown), /"done_by":"Margaret Hale"/, 'the tick is saved in the database');

    // The start screen: the rest of Ann's first-day list is due, the written statement no longer is.
    await u.click('#nav-home');
    await u.waitForText('h1', 'What needs doing');
    await u.waitForText('#due-upcoming', "Check the PA's right to work");
    const upcoming = await u.textOf('#due-upcoming');
    assert.match(upcoming, new RegExp(longDate(start)));
    assert.match(upcoming, /Margaret Hale, about Ann Lee \(PA\)/);
    assert.doesNotMatch(upcoming, /written statement/);
    await app.browser.setWindowSize(1100, 1300);
    await u.screenshot('31-home');

    // Export the same due dates as a calendar file.
    await u.click('#export-ics');
    await u.waitForText('#export-result', `saved to ${ics}`);
    const calendar = readFileSync(ics, 'utf8');
    assert.match(calendar, /^BEGIN:VCALENDAR/);
    assert.match(calendar, /right to work/i);
    assert.doesNotMatch(calendar, /written statement/i);

    // Print the same list: large print, saved as PDF (".pdf" added to the test's path), then opened.
    await u.click('label[for="print-due-large"]'); // GOV.UK hides the box itself behind its label
    await u.click('#print-due-save');
    const pdf = `${ics}.pdf`;
    await u.waitForText('#print-due-result', `Saved as ${pdf}`);
    const printed = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    assert.match(printed, /What needs doing/);
    assert.match(printed, /right to work/i);
    assert.match(printed, /Margaret\s+Hale/); // large print wraps the name in its column
    assert.doesNotMatch(printed, /written statement/i);
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    assert.match(fonts, /DejaVu/);
    await u.click('#print-due-open');
    await u.waitForText('#print-due-result', 'opened in your PDF viewer');
  } finally {
    await app.stop();
  }
});
