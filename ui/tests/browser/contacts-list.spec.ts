// The PA contact list: search as you type, the filters beside it, the order, and exporting.
import type { Page } from '@playwright/test';
import { expect, lastContactQuery, openApp, screenshot, SOME_CONTACTS, test } from './fixtures';

async function openList(page: Page, setup: Parameters<typeof openApp>[1] = {}) {
  await openApp(page, { contacts: SOME_CONTACTS, ...setup });
  await page.locator('#nav-contacts').click();
  await expect(page).toHaveTitle('PAs – DP Hub');
  await expect(page.locator('#nav-contacts')).toHaveAttribute('aria-current', 'page');
}

const names = (page: Page) => page.locator('#contact-results > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-contact-name')));

test('the list shows every PA not archived, with what matters about each', async ({ page }) => {
  await openList(page);
  await expect(page.locator('#contact-count')).toHaveText('4 PAs in your contacts.');
  expect(await names(page)).toEqual(['Amara Okafor', 'Bea Lindqvist', 'Carl Jones', 'Dev Patel']);

  const amara = page.locator('li[data-contact-name="Amara Okafor"]');
  await expect(amara.getByRole('link', { name: 'Amara Okafor' })).toHaveAttribute('href', '#/pas/1');
  await expect(amara).toContainText('07700 900982');
  await expect(amara).toContainText('Winchester, SO23');
  await expect(amara).toContainText('Personal care, Dementia');
  await expect(amara).toContainText('£13.50 an hour');
  await expect(amara.locator('[data-status]')).toHaveText('Looking for work');
  await expect(amara.locator('[data-alert]')).toHaveCount(0);

  const bea = page.locator('li[data-contact-name="Bea Lindqvist"]');
  await expect(bea.locator('[data-status]')).toHaveText('Working for us');
  await expect(bea.locator('[data-alert="dbs_too_old"]')).toHaveText('DBS too old');
  await expect(bea.locator('[data-alert="dbs_too_old"]')).toHaveClass(/govuk-tag--red/);
  await expect(page.locator('li[data-contact-name="Carl Jones"] [data-alert="training_expired"]')).toHaveText('Training expired');
  const dev = page.locator('li[data-contact-name="Dev Patel"] [data-alert="training_expiring"]');
  await expect(dev).toHaveText('Training expiring');
  await expect(dev).toHaveClass(/govuk-tag--yellow/);
  await screenshot(page, 'contacts-01-list');
});

test('search as you type narrows the list and updates the count read out', async ({ page }) => {
  await openList(page);
  const count = page.locator('#contact-count');
  await expect(count).toHaveAttribute('aria-live', 'polite');
  await expect(count).toHaveText('4 PAs in your contacts.');

  await page.locator('#contact-search').pressSequentially('demen');
  await expect(count).toHaveText('2 PAs found.');
  expect(await names(page)).toEqual(['Amara Okafor', 'Carl Jones']);
  expect((await lastContactQuery(page)).text).toBe('demen');

  await page.locator('#contact-search').fill('igbo');
  await expect(count).toHaveText('1 PA found.');
  expect(await names(page)).toEqual(['Amara Okafor']);

  await page.locator('#contact-search').fill('nobody like this');
  await expect(count).toHaveText('No PAs match your search.');
  await expect(page.locator('#contact-results')).toHaveCount(0);

  await page.locator('#contact-search').fill('');
  await expect(count).toHaveText('4 PAs in your contacts.');
});

test('typing quickly searches once the typing pauses', async ({ page }) => {
  await openList(page);
  await expect(page.locator('#contact-count')).toHaveText('4 PAs in your contacts.');
  const searches = () =>
    page.evaluate(() => (window as any).__fakeBackend.calls.filter((c: { cmd: string }) => c.cmd === 'search_contacts').length); // eslint-disable-line @typescript-eslint/no-explicit-any
  const before = await searches();
  await page.locator('#contact-search').pressSequentially('winchester', { delay: 20 });
  await expect(page.locator('#contact-count')).toHaveText('2 PAs found.');
  expect((await searches()) - before).toBeLessThanOrEqual(2);
});

test('each filter changes what is asked for and what is shown', async ({ page }) => {
  await openList(page);
  const count = page.locator('#contact-count');

  await page.getByLabel('Skill', { exact: true }).selectOption({ label: 'Driving with own car' });
  await expect(count).toHaveText('1 PA found.');
  expect((await lastContactQuery(page)).skill).toBe('driving');
  expect(await names(page)).toEqual(['Bea Lindqvist']);
  await page.getByLabel('Skill', { exact: true }).selectOption({ label: 'Any skill' });
  await expect(count).toHaveText('4 PAs in your contacts.');
  expect((await lastContactQuery(page)).skill).toBeNull();

  await page.getByLabel('Area covered').fill('so23');
  await expect(count).toHaveText('1 PA found.');
  expect((await lastContactQuery(page)).area).toBe('so23');
  await page.getByLabel('Area covered').fill('Winchester');
  await expect(count).toHaveText('2 PAs found.');
  expect(await names(page)).toEqual(['Amara Okafor', 'Carl Jones']);
  await page.getByLabel('Area covered').fill('');
  await expect(count).toHaveText('4 PAs in your contacts.');

  // Free in needs both a day and a part of the day; the day alone asks nothing yet.
  await page.getByLabel('Day', { exact: true }).selectOption({ label: 'Tuesday' });
  await expect(page.locator('#filter-free-status')).toHaveText('Now choose a part of the day.');
  expect((await lastContactQuery(page)).free_in).toBeNull();
  await page.getByLabel('Part of the day').selectOption({ label: 'Evening' });
  await expect(count).toHaveText('3 PAs found.');
  expect((await lastContactQuery(page)).free_in).toEqual({ day: 'tue', part: 'evening' });
  expect(await names(page)).toEqual(['Amara Okafor', 'Bea Lindqvist', 'Dev Patel']);
  await expect(page.locator('#filter-free-status')).toHaveText('');

  await page.getByLabel('DBS check in date').check();
  await expect(count).toHaveText('1 PA found.');
  expect((await lastContactQuery(page)).dbs_in_date).toBe(true);
  expect(await names(page)).toEqual(['Amara Okafor']);
  await screenshot(page, 'contacts-02-list-filtered');

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(count).toHaveText('4 PAs in your contacts.');
  await expect(page.getByLabel('DBS check in date')).not.toBeChecked();
  await expect(page.getByLabel('Day', { exact: true })).toHaveValue('');

  await page.getByLabel('DBS check in date').check();
  await expect(count).toHaveText('2 PAs found.');
  expect(await names(page)).toEqual(['Amara Okafor', 'Carl Jones']);
  await page.getByLabel('DBS check in date').uncheck();

  await page.getByLabel('No expired training').check();
  await expect(count).toHaveText('3 PAs found.');
  expect((await lastContactQuery(page)).training_in_date).toBe(true);
  expect(await names(page)).not.toContain('Carl Jones');
  await page.getByLabel('No expired training').uncheck();

  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Not available' });
  await expect(count).toHaveText('1 PA found.');
  expect((await lastContactQuery(page)).status).toBe('not_available');
  expect(await names(page)).toEqual(['Dev Patel']);
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Any status' });

  await page.getByLabel('Show archived PAs').check();
  await expect(count).toHaveText('5 PAs in your contacts.');
  expect((await lastContactQuery(page)).include_archived).toBe(true);
  await expect(page.locator('li[data-contact-name="Edith Moss"]')).toContainText('Archived');
});

test('the DBS filter says how old a check may be', async ({ page }) => {
  await openList(page);
  await expect(page.locator('#filter-dbs-hint')).toHaveText('On the update service, or issued within the last 3 years');
});

test('sorting by name or by when they were last contacted', async ({ page }) => {
  await openList(page);
  const sort = page.getByLabel('Sort by');
  await expect(sort).toHaveValue('relevance');
  await sort.selectOption({ label: 'Last contacted' });
  await expect.poll(() => names(page)).toEqual(['Bea Lindqvist', 'Amara Okafor', 'Dev Patel', 'Carl Jones']);
  expect((await lastContactQuery(page)).sort).toBe('last_contacted');
  await sort.selectOption({ label: 'Name' });
  await expect.poll(() => names(page)).toEqual(['Amara Okafor', 'Bea Lindqvist', 'Carl Jones', 'Dev Patel']);
  expect((await lastContactQuery(page)).sort).toBe('name');
});

test('the filters can be used with the keyboard alone', async ({ page }) => {
  await openList(page);
  await page.locator('#contact-search').focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('#filter-skill')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#filter-area')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#filter-free-day')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#filter-free-part')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#filter-status')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#filter-dbs')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.locator('#contact-count')).toHaveText('2 PAs found.');
});

test('the search is kept after looking at a PA', async ({ page }) => {
  await openList(page);
  await page.locator('#contact-search').fill('dementia');
  await expect(page.locator('#contact-count')).toHaveText('2 PAs found.');
  await page.getByRole('link', { name: 'Carl Jones' }).click();
  await expect(page.locator('h1')).toHaveText('Carl Jones');
  await page.locator('#back-to-contacts').click();
  await expect(page.locator('#contact-search')).toHaveValue('dementia');
  await expect(page.locator('#contact-count')).toHaveText('2 PAs found.');
});

test('when more match than are listed, the list says so', async ({ page }) => {
  const draft = { ...SOME_CONTACTS[0].draft, full_name: 'PA number', phones: [], email: '' };
  await openApp(page, { contactCopies: { draft, names: Array.from({ length: 53 }, (_, i) => `PA number ${i + 1}`) } });
  await page.locator('#nav-contacts').click();
  await expect(page.locator('#contact-count')).toHaveText('53 PAs in your contacts. Showing the first 50.');
  await expect(page.locator('#contact-results > li')).toHaveCount(50);
  await expect(page.locator('#more-results')).toContainText('Only the first 50 of 53 are listed');
});

test('when more than 1,000 match, the list asks for more to narrow it', async ({ page }) => {
  const draft = { ...SOME_CONTACTS[0].draft, full_name: 'PA number', phones: [], email: '' };
  await openApp(page, { contactCopies: { draft, names: Array.from({ length: 1002 }, (_, i) => `PA number ${i + 1}`) } });
  await page.locator('#nav-contacts').click();
  await expect(page.locator('#contact-count')).toHaveText(
    'More than 1,000 PAs in your contacts. Showing the first 50: type more or choose a filter to narrow the list.',
  );
  await expect(page.locator('#contact-results > li')).toHaveCount(50);
  await expect(page.locator('#more-results')).toContainText('Only the first 50 of more than 1,000 are listed');
});

test('an empty contact book says so and offers to add or import', async ({ page }) => {
  await openApp(page);
  await page.locator('#nav-contacts').click();
  await expect(page.locator('#contact-count')).toHaveText('There are no PAs in your contacts yet.');
  await expect(page.getByRole('button', { name: 'Export these' })).toBeDisabled();
  await page.getByRole('button', { name: 'Import contacts' }).click();
  await expect(page.locator('#nav-contacts')).toHaveAttribute('aria-current', 'page');
});

test.describe('exporting', () => {
  test('choose a format, then where to save: the contacts found are saved', async ({ page }) => {
    await openList(page);
    await page.getByLabel('Skill', { exact: true }).selectOption({ label: 'Dementia' });
    await expect(page.locator('#contact-count')).toHaveText('2 PAs found.');
    const exportButton = page.getByRole('button', { name: 'Export these' });
    await expect(exportButton).toHaveAttribute('aria-expanded', 'false');
    await exportButton.click();
    await expect(exportButton).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('#export-what')).toHaveText('The file will hold the 2 PAs that match your search and filters.');
    await expect(page.getByLabel('CSV spreadsheet (.csv)')).toBeChecked();
    await page.getByLabel('vCard (.vcf)').check();
    await screenshot(page, 'contacts-03-export-choice');
    await page.getByRole('button', { name: 'Choose where to save' }).click();

    await expect(page.locator('#export-result')).toHaveText('2 contacts saved to /home/pat/Documents/pa-contacts.csv');
    await expect(page.locator('#export-result')).toBeFocused();
    await expect(page.locator('#export-panel')).toHaveCount(0);
    const calls = await page.evaluate(() => (window as any).__fakeBackend.calls); // eslint-disable-line @typescript-eslint/no-explicit-any
    const dialog = calls.find((c: { cmd: string }) => c.cmd === 'plugin:dialog|save');
    expect(dialog.args.options.defaultPath).toBe('pa-contacts.vcf');
    expect(dialog.args.options.filters).toEqual([{ name: 'vCard', extensions: ['vcf', 'vcard'] }]);
    const exported = calls.find((c: { cmd: string }) => c.cmd === 'export_contacts');
    expect(exported.args.format).toBe('vcard');
    expect(exported.args.path).toBe('/home/pat/Documents/pa-contacts.csv');
    expect(exported.args.query.skill).toBe('dementia');
  });

  test('cancelling the Save dialog saves nothing and says nothing', async ({ page }) => {
    await openList(page, { saveDialogAnswer: null });
    await page.getByRole('button', { name: 'Export these' }).click();
    await page.getByRole('button', { name: 'Choose where to save' }).click();
    await expect.poll(() => page.evaluate(() => (window as any).__fakeBackend.calls.some((c: { cmd: string }) => c.cmd === 'plugin:dialog|save'))).toBe(true); // eslint-disable-line @typescript-eslint/no-explicit-any
    await expect(page.locator('#export-panel')).toBeVisible();
    await expect(page.locator('#export-result')).toHaveCount(0);
    const exported = await page.evaluate(() => (window as any).__fakeBackend.calls.some((c: { cmd: string }) => c.cmd === 'export_contacts')); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(exported).toBe(false);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.locator('#export-panel')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Export these' })).toBeFocused();
  });

  test('a file that cannot be written is reported', async ({ page }) => {
    await openList(page);
    await page.evaluate(() => ((window as any).__fakeBackend.exportProblem = 'The folder is read-only')); // eslint-disable-line @typescript-eslint/no-explicit-any
    await page.getByRole('button', { name: 'Export these' }).click();
    await page.getByRole('button', { name: 'Choose where to save' }).click();
    await expect(page.locator('#export-result')).toHaveText('Error: The contacts could not be saved: The folder is read-only');
    await expect(page.locator('#export-panel')).toBeVisible();
  });
});
