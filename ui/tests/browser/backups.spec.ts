import { installFakeBackend } from './fake-backend';
import { BACKUPS, installBackupsFakeBackend } from './fake-backend-backups';
import { CONTACT_OPTIONS, expect, expectNoSeriousA11yProblems, RECORDINGS, test, TODAY } from './fixtures';

test.beforeEach(async ({ page }) => {
  // The first fake, then this one wrapping it.
  await page.addInitScript(installFakeBackend, { today: TODAY, contactOptions: CONTACT_OPTIONS, recordings: RECORDINGS });
  await page.addInitScript(installBackupsFakeBackend, { recording: BACKUPS, delayMs: 400 });
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  await page.locator('#nav-data').click();
  await expect(page.locator('h1')).toHaveText('Data and backups');
});

test('back up now: the passphrase typed twice, progress, then the file and what it holds', async ({ page }) => {
  await expect(page).toHaveTitle('Data and backups – DP Hub');
  await expect(page.locator('#nav-data')).toHaveAttribute('aria-current', 'page');
  await expectNoSeriousA11yProblems(page);

  const form = page.locator('#back-up-now');
  await form.getByLabel('Choose a passphrase for the backup').fill(BACKUPS.passphrase);
  await form.getByLabel('Type the backup passphrase again').fill('four words for the stik');
  await page.getByRole('button', { name: 'Back up now…' }).click();
  await expect(form.locator('.govuk-error-summary')).toContainText('The two passphrases are different');
  await expect(form.locator('.govuk-error-summary')).toBeFocused();

  await form.getByLabel('Type the backup passphrase again').fill(BACKUPS.passphrase);
  await page.getByRole('button', { name: 'Back up now…' }).click();
  await expect(page.locator('#back-up-progress')).toContainText('Making the backup and checking it');
  await expect(page.locator('#back-up-done')).toBeFocused();
  await expect(page.locator('#back-up-done')).toContainText('Backup saved and checked');
  await expect(page.locator('#back-up-file')).toHaveText('/media/pat/STICK/DP Hub backup 2026-03-01.dphub-backup');
  await expect(page.locator('#back-up-counts')).toContainText('People 2');
  await expect(page.locator('#back-up-counts')).toContainText('Made on 1 March 2026 at 10:15');
  await expect(page.locator('#back-up-progress')).toBeEmpty();
  await expect(form.getByLabel('Choose a passphrase for the backup')).toHaveValue('');
  await expectNoSeriousA11yProblems(page);
});

test('restore from a file: checked first with its counts and date, then confirmed', async ({ page }) => {
  await page.getByRole('button', { name: 'Choose a backup file…' }).click();
  const passphrase = page.getByLabel("The backup's passphrase");
  await expect(passphrase).toBeFocused();
  await passphrase.fill('not the right one');
  await page.getByRole('button', { name: 'Check this backup' }).click();
  const section = page.locator('#restore-from-file');
  await expect(section.locator('.govuk-error-summary')).toContainText('That passphrase does not open this file');
  await expect(section.locator('#restore_passphrase-error')).toContainText('That passphrase does not open this file');

  await passphrase.fill(BACKUPS.passphrase);
  await page.getByRole('button', { name: 'Check this backup' }).click();
  await expect(page.locator('#restore-progress')).toContainText('checking it');
  const check = page.locator('#restore-check');
  await expect(check).toBeFocused();
  await expect(check).toContainText('It was made on 1 March 2026 at 10:15 and holds');
  await expect(page.locator('#restore-counts')).toContainText('People 2');
  await expect(check).toContainText('What DP Hub holds now is kept first');
  await expectNoSeriousA11yProblems(page);

  await page.getByRole('button', { name: 'Restore this backup' }).click();
  const banner = page.locator('#restored-banner');
  await expect(banner).toBeFocused();
  await expect(banner).toContainText('The backup made on 1 March 2026 at 10:15 has been restored.');
  await expect(banner).toContainText('DP Hub now holds 2 people and 0 PAs');
  await expect(page.locator('#restore-check')).toHaveCount(0);
  await expectNoSeriousA11yProblems(page);
});

test('the automatic backups: listed with why and when, restored the same way; how many to keep', async ({ page }) => {
  const table = page.locator('#automatic-list');
  await expect(table).toContainText('Just before a backup was restored');
  await expect(table).toContainText('1 March 2026 at 10:20');
  await table.getByRole('button', { name: /Restore the backup made on 1 March 2026 at 10:20/ }).click();
  await expect(page.locator('#automatic-backups #restore-check')).toContainText('People 3');
  await page.getByRole('button', { name: 'Do not restore' }).click();
  await expect(page.locator('#restore-check')).toHaveCount(0);

  const keep = page.getByLabel('How many automatic backups to keep');
  await expect(keep).toHaveValue('10');
  await keep.fill('0');
  await page.locator('#save-keep').click();
  await expect(page.locator('#keep-error')).toContainText('Enter a whole number from 1 to 100');
  await keep.fill('3');
  await page.locator('#save-keep').click();
  await expect(page.locator('#keep-saved')).toHaveText('Saved: DP Hub keeps the newest 3.');
  await expectNoSeriousA11yProblems(page);
});

test('the passphrase DP Hub opens with: chosen in place of the keychain key, then changed only with the current one', async ({ page }) => {
  const section = page.locator('#change-passphrase');
  await expect(section.locator('h2')).toHaveText('Use a passphrase');
  await expect(section.getByLabel('Your passphrase now')).toHaveCount(0);
  await section.getByLabel('New passphrase', { exact: true }).fill('purple elephant under moonlight');
  await section.getByLabel('Type the new passphrase again').fill('purple elephant at noon');
  await section.getByRole('button', { name: 'Use this passphrase' }).click();
  await expect(section.locator('#confirm_new_passphrase-error')).toContainText('The two passphrases are different');

  await section.getByLabel('Type the new passphrase again').fill('purple elephant under moonlight');
  await section.getByRole('button', { name: 'Use this passphrase' }).click();
  await expect(section.locator('#change-passphrase-done')).toHaveText(
    'DP Hub now opens with your passphrase instead of the key kept in this computer.',
  );
  await expect(section.locator('h2')).toHaveText('Change your passphrase');
  await expect(section.getByLabel('New passphrase', { exact: true })).toHaveValue('');

  await section.getByLabel('Your passphrase now').fill('not the one it has');
  await section.getByLabel('New passphrase', { exact: true }).fill(BACKUPS.passphrase);
  await section.getByLabel('Type the new passphrase again').fill(BACKUPS.passphrase);
  await section.getByRole('button', { name: 'Change the passphrase' }).click();
  await expect(section.locator('#current_passphrase-error')).toContainText('not the passphrase this database has now');
  await expectNoSeriousA11yProblems(page);
});
