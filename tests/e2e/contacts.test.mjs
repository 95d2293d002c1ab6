// The real DP Hub over WebDriver: import PAs from a vCard file, search as you type, filter by a slot
// of the week grid, open a PA and employ them for a person; the CLI then sees what the app saved.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { cliBinary, launchApp, tempDb } from './driver.mjs';
import { ui, WAIT } from './ui.mjs';

const cli = (db, ...args) => execFileSync(cliBinary, [...args, '--db', db], { encoding: 'utf8' });

/** Five PAs as a phone's address book exports them (vCard 3.0), most with DP Hub's own fields. */
const VCARDS = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Łukasiewicz;Zoë;;;',
  'FN:Zoë Łukasiewicz',
  'TEL;TYPE=CELL:07700 900982',
  'EMAIL;TYPE=INTERNET:zoe@example.org',
  'ADR;TYPE=HOME:;;1 Jewry Street;Winchester;;SO23 8UJ;UK',
  'X-DPHUB-AREAS:Winchester\\, SO23',
  'X-DPHUB-SKILLS:personal_care,dementia',
  'X-DPHUB-AVAILABILITY:tue:evening,sat:morning',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Zola Mbeki',
  'TEL;TYPE=CELL:07700 900123',
  'X-DPHUB-AVAILABILITY:mon:morning',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Siobhán Ní Bhriain',
  'TEL;TYPE=CELL:07700 900456',
  'X-DPHUB-AREAS:Winchester\\, Alresford',
  'X-DPHUB-SKILLS:personal_care\\,moving_and_handling\\,night_care',
  'X-DPHUB-AVAILABILITY:tue:evening\\,sun:sleep_in',
  'X-DPHUB-HOURLY-RATE:13.75',
  'X-DPHUB-DBS:enhanced_barred_list\\;001234567890\\;2021-05-01\\;no',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Chidi Okonkwo',
  'TEL;TYPE=CELL:07700 900789',
  'X-DPHUB-AREAS:Winchester\\, SO22',
  'X-DPHUB-SKILLS:driving\\,cooking',
  'X-DPHUB-AVAILABILITY:tue:evening\\,wed:afternoon',
  'X-DPHUB-HOURLY-RATE:12.90',
  'X-DPHUB-TRAINING:First aid\\;2023-01-10\\;2026-01-10',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Amir Khan',
  'EMAIL:amir@example.org',
  'NOTE:Drives\\; has his own car',
  'END:VCARD',
  '',
].join('\r\n');

test('import PAs from a vCard file, search, filter by a free slot, open one and employ them', async () => {
  const db = tempDb();
  const vcf = path.join(path.dirname(db), 'pas.vcf');
  writeFileSync(vcf, VCARDS);
  cli(db, 'person', 'add', '--full-name', 'Margaret Hale', '--dob', '1/12/1948', '--council', 'Hampshire County Council',
    '--type', 'adult-service-user', '--managed-by', 'themself', '--gross', '1250', '--start', '2026-01-05');

  const app = await launchApp(db);
  try {
    const u = ui(app.browser);
    await u.click('#nav-contacts');
    await u.click('#import-contacts');
    await u.choose('format', 'vcard');
    const file = await u.el('#file');
    await file.waitForExist(WAIT);
    await file.setValue(vcf);
    await u.waitForText('#file-chosen', 'pas.vcf');
    await u.screenshot('10-import-choose');
    await u.click('#continue');

    await u.waitForText('#import-summary', '5');
    assert.match(await u.textOf('#rows-to-add'), /Zoë Łukasiewicz/);
    await u.screenshot('11-import-check');
    await u.click('#run-import');
    await u.waitForText('#success-banner', '5');
    const stored = JSON.parse(cli(db, 'pa', 'search', '--json'));
    assert.equal(stored.total, 5, 'the import was saved');

    // Search as you type, then narrow by a slot of the week grid.
    await u.type('#contact-search', 'z');
    await u.waitForText('#contact-count', '2');
    await app.browser.$('#filter-free-day').then((e) => e.selectByAttribute('value', 'tue'));
    await app.browser.$('#filter-free-part').then((e) => e.selectByAttribute('value', 'evening'));
    await u.waitForText('#contact-count', '1');
    const results = await u.textOf('#contact-results');
    assert.match(results, /Zoë Łukasiewicz/);
    assert.doesNotMatch(results, /Zola Mbeki/);
    await u.screenshot('12-contacts-search-filtered');
    // The README's picture: PAs covering Winchester and free on Tuesday evenings, with their badges.
    await u.type('#contact-search', 'win');
    await u.waitForText('#contact-count', '3');
    const pageHeight = await app.browser.execute(() => document.documentElement.scrollHeight);
    await app.browser.setWindowSize(1100, Math.min(pageHeight + 40, 3200));
    await u.screenshot('12-contacts-search-filtered-full');
    await app.browser.setWindowSize(1100, 800);
    await u.type('#contact-search', 'z');
    await u.waitForText('#contact-count', '1');

    // Open the PA and employ them for Margaret.
    await u.click('#contact-results a');
    await u.waitForText('#contact-name', 'Zoë Łukasiewicz');
    assert.match(await u.textOf('#availability-table'), /Tuesday/);
    await u.screenshot('13-contact');
    await u.click('#employ-contact');
    await app.browser.$('#person_id').then((e) => e.waitForExist(WAIT));
    const person = await app.browser.$('#person_id');
    if ((await person.getTagName()) === 'select') await person.selectByVisibleText('Margaret Hale');
    await u.date('start_date', '2', '2', '2026');
    await u.type('#hours_per_week', '16');
    await u.type('#working_pattern', 'Monday to Thursday, 8am to noon');
    await u.type('#hourly_rate', '13.50');
    await u.screenshot('14-employ-form');
    await u.click('#save-employment');
    await u.waitForText('h1', 'Zoë Łukasiewicz');
    await u.screenshot('15-employment');

    const team = JSON.parse(cli(db, 'employ', 'list', '--json'));
    assert.equal(team.length, 1);
    assert.equal(team[0].contact_name, 'Zoë Łukasiewicz');
    assert.equal(team[0].person_name, 'Margaret Hale');
    assert.equal(team[0].hourly_rate, '13.50');
  } finally {
    await app.stop();
  }
});
