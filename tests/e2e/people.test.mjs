// The real DP Hub (WebKitGTK, Rust backend, SQLite file) driven over WebDriver: add a person, see them
// listed, quit, start again and find them still there; a bad form shows its errors and stores nothing.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { cliBinary, launchApp, tempDb } from './driver.mjs';
import { ui, WAIT } from './ui.mjs';

function storedPeople(db) {
  const out = execFileSync(cliBinary, ['person', 'list', '--archived', '--json', '--db', db], { encoding: 'utf8' });
  return JSON.parse(out);
}

test('add a person, quit, start again: they are still there; a bad form stores nothing', async () => {
  const db = tempDb();

  let app = await launchApp(db);
  try {
    const u = ui(app.browser);
    // An empty database opens on the welcome screen.
    await u.el('#add-first-person').then((e) => e.waitForDisplayed(WAIT));
    await u.screenshot('01-first-run');
    await u.click('#add-first-person');

    await u.type('#full_name', 'Zoë Łukasiewicz');
    await u.type('#preferred_name', 'Zoë');
    await u.date('date_of_birth', '12', '3', '1948');
    await u.type('#address', '1 Jewry Street');
    await app.browser.keys('Enter'); // WebKitWebDriver drops a "\n" inside typed text
    await (await u.el('#address')).addValue('Winchester');
    await u.type('#postcode', 'so23 8uj');
    await u.type('#council', 'Hampshire County Council');
    await u.type('#council_reference', 'HCC-00417');
    await u.choose('recipient_type', 'adult_service_user');
    await u.choose('manager.managed_by', 'authorised_person');
    await u.choose('manager.authority_basis', 'lasting_power_of_attorney');
    await u.type('#manager-name', 'Ayşe Yılmaz');
    await u.type('#manager-relationship', 'Daughter');
    await u.type('#dp-gross_amount', '£1,250.00');
    await u.type('#dp-contribution', '180.40');
    await u.choose('dp.account_type', 'prepaid_card');
    await u.date('dp-start_date', '5', '1', '2026');
    await u.screenshot('02-add-form');
    await u.click('#save-person');

    await u.waitForText('#person-name', 'Zoë Łukasiewicz');
    assert.match(await u.textOf('#net-per-period'), /£1,069\.60/);
    assert.match(await u.textOf('#terms-summary'), /5 January 2026/);
    assert.match(await u.textOf('#manager-summary'), /Ayşe Yılmaz/);
    assert.match(await u.textOf('#about-summary'), /1 Jewry Street\nWinchester/, 'the address keeps its lines');
    await u.screenshot('03-person-details');
    // The whole details page in one picture (the README's screenshot): a window as tall as the page.
    const pageHeight = await app.browser.execute(() => document.documentElement.scrollHeight);
    await app.browser.setWindowSize(1100, Math.min(pageHeight + 40, 3200));
    await u.screenshot('03-person-details-full');
    await app.browser.setWindowSize(1100, 800);

    await u.click('#back-to-people');
    await u.waitForText('#people-table', 'Zoë Łukasiewicz');
    assert.match(await u.textOf('#people-table'), /HCC-00417/);

    // A bad form: every problem shown at the top and beside its field; nothing is stored.
    await u.click('#add-person');
    await u.type('#full_name', 'Σοφία');
    await u.type('#dp-gross_amount', '12.345');
    await u.type('#postcode', 'SO23');
    await u.click('#save-person');
    await u.el('#error-summary').then((e) => e.waitForDisplayed(WAIT));
    const summary = await u.textOf('#error-summary');
    assert.match(summary, /There is a problem/);
    assert.match(summary, /Gross amount must have no more than 2 decimal places/);
    assert.match(summary, /Enter a real UK postcode/);
    assert.match(await u.textOf('#dp-gross_amount-error'), /no more than 2 decimal places/);
    assert.equal(await (await u.el('#full_name')).getValue(), 'Σοφία', 'what was typed is kept');
    await u.screenshot('04-form-errors');
  } finally {
    await app.stop();
  }

  const stored = storedPeople(db);
  assert.equal(stored.length, 1, 'only the good form was stored');
  assert.equal(stored[0].full_name, 'Zoë Łukasiewicz');

  // Start again on the same file: the person is still there.
  app = await launchApp(db);
  try {
    const u = ui(app.browser);
    // The app opens on "What needs doing"; the people are one click away.
    await u.waitForText('h1', 'What needs doing');
    await u.click('#nav-people');
    await u.waitForText('#people-table', 'Zoë Łukasiewicz');
    await u.screenshot('05-after-restart');
  } finally {
    await app.stop();
  }
});
