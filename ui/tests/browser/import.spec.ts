// The contact import wizard: a vCard file, pasted text and a CSV with its columns matched; what the
// check step shows; the duplicate policy; file problems; going back without losing anything.
import type { Page } from '@playwright/test';
import { closeSync, openSync, ftruncateSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { draftOf, expect, test } from './fixtures';
import { importRequests, openAppWithMore, paDraftOf, type AppWithMore } from './fake-backend-more';

const PEOPLE = [{ draft: draftOf({ full_name: 'Zoë Łukasiewicz' }) }];
const CONTACTS = [{ draft: paDraftOf({ full_name: 'Amara Okafor', email: 'amara@example.com', phones: ['07700 900982'] }) }];

/** Three cards: two new PAs (one with accents), one already saved (same email), one with no name. */
const VCARD = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Ann Smith',
  'EMAIL:ann@example.com',
  'TEL;TYPE=CELL:07700 900123',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Amara Okafor',
  'EMAIL:AMARA@example.com',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Siân Prys-Jones',
  'TEL:01962 555 010',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'EMAIL:nobody@example.com',
  'END:VCARD',
  '',
].join('\r\n');

const CSV = [
  'Name,Mobile,E-mail address,Town',
  'Ann Smith,07700 900123,ann@example.com,Winchester',
  'Bob Ede,,bob.example.com,Alton',
  'Ann Smyth,,ann@example.com,Winchester',
  '',
].join('\n');

async function openImport(page: Page, setup: AppWithMore = {}) {
  await openAppWithMore(page, { people: PEOPLE, contacts: CONTACTS, ...setup });
  await page.locator('#nav-contacts').click();
  await page.locator('#import-contacts').click();
  await expect(page.locator('#import-heading')).toHaveText('Choose the file');
  await expect(page).toHaveTitle('Import PA contacts: choose the file – DP Hub');
}

async function chooseFile(page: Page, name: string, text: string, mimeType = 'text/plain') {
  await page.locator('#file').setInputFiles({ name, mimeType, buffer: Buffer.from(text, 'utf8') });
  await expect(page.locator('#file-chosen')).toContainText(name);
}

const bytesOf = (text: string) => Array.from(Buffer.from(text, 'utf8'));

test('a vCard file: chosen, checked and imported, with a message on the contact list', async ({ page }) => {
  await openImport(page);
  await expect(page.locator('#import-step')).toHaveText('Step 1 of 3');
  await chooseFile(page, 'phone-contacts.vcf', VCARD, 'text/vcard');
  await expect(page.locator('#file-chosen')).toHaveText(`File chosen: phone-contacts.vcf (${Buffer.byteLength(VCARD)} bytes)`);
  // The format is guessed from the name, and a vCard has no columns to match: two steps in all.
  await expect(page.locator('input[name="format"][value="vcard"]')).toBeChecked();
  await expect(page.locator('#import-step')).toHaveText('Step 1 of 2');
  await expect(page.locator('#import-source')).toContainText('DP Hub will import the file phone-contacts.vcf');

  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#import-heading')).toHaveText('Check before importing');
  await expect(page.locator('#import-heading')).toBeFocused();
  await expect(page.locator('#import-step')).toHaveText('Step 2 of 2');
  await expect(page).toHaveTitle('Import PA contacts: check before importing – DP Hub');
  await expect(page.locator('#import-summary')).toHaveText('2 to add, 1 already in your contacts, 1 cannot be imported.');

  const toAdd = page.locator('#rows-to-add tbody tr');
  await expect(toAdd).toHaveCount(2);
  await expect(toAdd.nth(0)).toContainText('Ann Smith');
  await expect(toAdd.nth(0)).toContainText('ann@example.com');
  await expect(toAdd.nth(0)).toContainText('07700 900123');
  await expect(toAdd.nth(1)).toContainText('Siân Prys-Jones');
  const duplicate = page.locator('#duplicate-rows tbody tr');
  await expect(duplicate).toHaveCount(1);
  await expect(duplicate).toContainText('7');
  await expect(duplicate).toContainText('Same email address as Amara Okafor');
  await expect(duplicate.getByRole('link', { name: 'Amara Okafor' })).toHaveAttribute('href', '#/pas/1');
  // The rejected card: its line and why.
  const rejected = page.locator('#rejected-rows tbody tr');
  await expect(rejected).toHaveCount(1);
  await expect(rejected.locator('td').nth(0)).toHaveText('17');
  await expect(rejected).toContainText('The contact starting on line 17 has no name (no FN or N line)');
  await expect(page.locator('input[name="duplicates"][value="skip"]')).toBeChecked();

  await page.getByRole('button', { name: 'Import 2 contacts' }).click();
  await expect(page.locator('h1')).toHaveText('PAs');
  await expect(page.locator('#success-banner')).toContainText('2 contacts imported');
  await expect(page.locator('#success-banner')).toContainText(
    '1 contact skipped because you already had them, 1 contact could not be imported.',
  );

  const sent = await importRequests(page);
  expect(sent.map((r) => r.cmd)).toEqual(['preview_import', 'run_import']);
  // Exactly the file's bytes, and the same request as the preview that was shown.
  expect(sent[1].request).toEqual({ format: 'vcard', bytes: bytesOf(VCARD), mapping: [], duplicates: 'skip' });
  expect(sent[1].request).toEqual(sent[0].request);
});

test('pasted contacts are sent as UTF-8, and the import shows its progress', async ({ page }) => {
  await openImport(page, { importDelayMs: 400 });
  const pasted = 'Name,Email\nZoë Ødegård,zoe@example.com\nAnn Smith,ann@example.com';
  await page.locator('#pasted').fill(pasted);
  await expect(page.locator('input[name="format"][value="csv"]')).toBeChecked();
  await expect(page.locator('#import-source')).toHaveText('DP Hub will import the 3 lines you pasted.');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.locator('#import-heading')).toHaveText('Match the columns');
  await expect(page.locator('#import-step')).toHaveText('Step 2 of 3');
  await expect(page.locator('#mapping-0')).toHaveValue('full_name');
  await expect(page.locator('#mapping-1')).toHaveValue('email');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.locator('#import-step')).toHaveText('Step 3 of 3');
  await expect(page.locator('#rows-to-add tbody tr').nth(0)).toContainText('Zoë Ødegård');
  await page.getByRole('button', { name: 'Import 2 contacts' }).click();
  await expect(page.locator('#import-status')).toHaveText('Importing…');
  await expect(page.locator('#run-import')).toBeDisabled();
  await expect(page.locator('#success-banner')).toContainText('2 contacts imported');

  const [, run] = await importRequests(page);
  expect(run.request).toEqual({ format: 'csv', bytes: bytesOf(pasted), mapping: ['full_name', 'email'], duplicates: 'skip' });
});

test('a CSV file: the columns as suggested, one changed, and the mapping sent', async ({ page }) => {
  await openImport(page);
  await chooseFile(page, 'pas.csv', CSV, 'text/csv');
  await expect(page.locator('input[name="format"][value="csv"]')).toBeChecked();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.locator('#import-heading')).toHaveText('Match the columns');
  const columns = page.locator('#columns-table tbody tr');
  await expect(columns).toHaveCount(4);
  await expect(columns.nth(1)).toContainText('Mobile');
  await expect(columns.nth(1)).toContainText('07700 900123');
  await expect(columns.nth(0)).toContainText('Bob Ede');
  await expect(page.locator('#mapping-0')).toHaveValue('full_name');
  await expect(page.locator('#mapping-1')).toHaveValue('phone');
  await expect(page.locator('#mapping-2')).toHaveValue('email');
  await expect(page.locator('#mapping-3')).toHaveValue('');
  await expect(page.locator('#mapping-3 option').first()).toHaveText('Do not import');
  await expect(page.locator('#rows-preview tbody tr')).toHaveCount(3);
  await expect(page.locator('#rows-preview-caption')).toHaveText('All 3 rows of the file');

  await page.locator('#mapping-3').selectOption({ label: 'Areas covered' });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#import-heading')).toHaveText('Check before importing');
  await expect(page.locator('#import-summary')).toHaveText('1 to add, 1 already in your contacts, 1 cannot be imported.');
  const rejected = page.locator('#rejected-rows tbody tr');
  await expect(rejected.locator('td').nth(0)).toHaveText('3');
  await expect(rejected).toContainText('Bob Ede');
  await expect(rejected).toContainText('Enter an email address in the correct format, like name@example.com');
  // A row repeating an earlier one of the same file.
  const repeat = page.locator('#duplicate-rows tbody tr');
  await expect(repeat).toContainText('Ann Smyth');
  await expect(repeat).toContainText('Ann Smith, earlier in this file');
  await expect(repeat).toContainText('Same email address as line 2 of this file');
  // It cannot be merged into a saved contact, so merging changes nothing.
  await page.getByLabel('Merge it').check();
  await expect(page.getByRole('button', { name: 'Import 1 contact' })).toBeEnabled();

  const [preview] = await importRequests(page);
  expect(preview.request.mapping).toEqual(['full_name', 'phone', 'email', 'areas']);
  expect(preview.request.bytes).toEqual(bytesOf(CSV));
});

test('a CSV with no column for the name is stopped before anything is sent', async ({ page }) => {
  await openImport(page);
  await chooseFile(page, 'pas.csv', CSV);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('#mapping-0').selectOption({ label: 'Do not import' });
  await page.getByRole('button', { name: 'Continue' }).click();

  const summary = page.locator('#error-summary');
  await expect(summary).toBeFocused();
  const link = summary.getByRole('link', { name: /Choose which column holds the name/ });
  await expect(link).toHaveAttribute('href', '#mapping-0');
  await expect(page.locator('#mapping-error')).toContainText('set one to Full name, First name or Last name');
  await expect(page).toHaveTitle('Error: Import PA contacts: match the columns – DP Hub');
  expect(await importRequests(page)).toEqual([]);

  // A first name is enough.
  await page.locator('#mapping-0').selectOption({ label: 'First name' });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#import-heading')).toHaveText('Check before importing');
});

test('changing what happens to duplicates checks again, and merging is what is sent', async ({ page }) => {
  await openImport(page);
  await chooseFile(page, 'phone-contacts.vcf', VCARD);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#import-summary')).toBeVisible();

  await page.getByLabel('Merge it').check();
  await expect.poll(async () => (await importRequests(page)).length).toBe(2);
  const [, again] = await importRequests(page);
  expect(again.request.duplicates).toBe('merge');
  await expect(page.locator('input[name="duplicates"][value="merge"]')).toBeChecked();
  await expect(page.locator('#duplicate-rows tbody tr')).toHaveCount(1);

  await page.getByRole('button', { name: 'Import 2 contacts' }).click();
  await expect(page.locator('#success-banner')).toContainText(
    '1 contact merged with contacts you already had, 1 contact could not be imported.',
  );
  const sent = await importRequests(page);
  expect(sent[2]).toMatchObject({ cmd: 'run_import', request: { duplicates: 'merge' } });
});

test('when nothing would change, the check says so and offers no import button', async ({ page }) => {
  await openImport(page);
  const onlyAmara = 'BEGIN:VCARD\nVERSION:4.0\nFN:Amara Okafor\nEMAIL:amara@example.com\nEND:VCARD\n';
  await chooseFile(page, 'amara.vcf', onlyAmara);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#import-summary')).toHaveText('0 to add, 1 already in your contacts.');
  await expect(page.locator('#nothing-to-import')).toContainText('Importing this file would change nothing');
  await expect(page.locator('#run-import')).toHaveCount(0);
  // Merging would fill in what the saved contact is missing: then there is something to do.
  await page.getByLabel('Merge it').check();
  await expect(page.getByRole('button', { name: 'Merge 1 contact' })).toBeVisible();
  await page.getByLabel('Skip it').check();
  await page.getByRole('button', { name: 'Choose another file' }).click();
  await expect(page.locator('#import-heading')).toHaveText('Choose the file');
  await expect(page.locator('#file-chosen')).toContainText('amara.vcf');
});

test('a file that cannot be read is shown in the error summary, on the first step', async ({ page }) => {
  await openImport(page);
  await chooseFile(page, 'notes.vcf', 'Call Ann on Tuesday\n');
  await page.getByRole('button', { name: 'Continue' }).click();

  const summary = page.locator('#error-summary');
  await expect(summary).toBeFocused();
  const message = 'This file has no vCard contacts in it (no BEGIN:VCARD line)';
  await expect(summary.getByRole('link', { name: message })).toHaveAttribute('href', '#file');
  await expect(page.locator('#file-error')).toContainText(message);
  await expect(page.locator('#import-heading')).toHaveText('Choose the file');
  await expect(page).toHaveTitle('Error: Import PA contacts: choose the file – DP Hub');
  // Nothing chosen is lost.
  await expect(page.locator('#file-chosen')).toContainText('notes.vcf');
  await expect(page.locator('input[name="format"][value="vcard"]')).toBeChecked();
});

test('a problem with pasted text, on a line, points at the box it was pasted into', async ({ page }) => {
  await openImport(page);
  const columns = Array.from({ length: 1001 }, (_, i) => `Column ${i + 1}`);
  await page.locator('#pasted').fill(`${columns.join(',')}\nAnn Smith`);
  await expect(page.locator('input[name="format"][value="csv"]')).toBeChecked();
  await page.getByRole('button', { name: 'Continue' }).click();
  const message = 'Line 1: The header row on line 1 has 1001 columns; a CSV file DP Hub reads has at most 1000';
  await expect(page.locator('#error-summary').getByRole('link', { name: message })).toHaveAttribute('href', '#pasted');
  await expect(page.locator('#pasted-error')).toContainText(message);
});

test('nothing chosen, or no format: a clear message for each', async ({ page }) => {
  await openImport(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.locator('#error-summary');
  await expect(summary.getByRole('link', { name: 'Choose a file, or paste the contacts into the box' })).toHaveAttribute(
    'href',
    '#file',
  );
  await expect(summary.getByRole('link', { name: 'Choose what kind of file it is' })).toHaveAttribute('href', '#format');
  expect(await importRequests(page)).toEqual([]);
});

test('a file over 50 MB is refused without being read', async ({ page }) => {
  await openImport(page);
  const folder = mkdtempSync(join(tmpdir(), 'dphub-import-'));
  const path = join(folder, 'everything.csv');
  const handle = openSync(path, 'w');
  ftruncateSync(handle, 51 * 1024 * 1024);
  closeSync(handle);
  await page.locator('#file').setInputFiles(path);

  await expect(page.locator('#error-summary')).toContainText(
    'everything.csv is 51.0 MB. DP Hub can import files up to 50.0 MB: choose a smaller file',
  );
  await expect(page.locator('#file-error')).toBeVisible();
  await expect(page.locator('#file-chosen')).toHaveCount(0);
});

test('going back keeps the file, the format and the columns as they were', async ({ page }) => {
  await openImport(page);
  await page.locator('#pasted').fill('some notes that are not used');
  await chooseFile(page, 'pas.csv', CSV);
  await expect(page.locator('#import-source')).toContainText('the file pas.csv');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('#mapping-3').selectOption({ label: 'Areas covered' });
  await page.locator('#mapping-1').selectOption({ label: 'Do not import' });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#import-heading')).toHaveText('Check before importing');

  await page.locator('#import-back').click();
  await expect(page.locator('#import-heading')).toHaveText('Match the columns');
  await expect(page.locator('#import-heading')).toBeFocused();
  await expect(page.locator('#mapping-1')).toHaveValue('');
  await expect(page.locator('#mapping-3')).toHaveValue('areas');

  await page.locator('#import-back').click();
  await expect(page.locator('#import-heading')).toHaveText('Choose the file');
  await expect(page.locator('#file-chosen')).toContainText('pas.csv');
  await expect(page.locator('#pasted')).toHaveValue('some notes that are not used');
  await expect(page.locator('input[name="format"][value="csv"]')).toBeChecked();

  // The same file again: the columns are not matched afresh.
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#mapping-3')).toHaveValue('areas');
  await expect(page.locator('#mapping-1')).toHaveValue('');
  await page.getByRole('button', { name: 'Continue' }).click();
  const sent = await importRequests(page);
  expect(sent.map((r) => r.request.mapping)).toEqual([
    ['full_name', null, 'email', 'areas'],
    ['full_name', null, 'email', 'areas'],
  ]);

  // The first step's back link leads to the contact list.
  await page.locator('#import-back').click();
  await page.locator('#import-back').click();
  await page.locator('#import-back').click();
  await expect(page.locator('h1')).toHaveText('PAs');
});
