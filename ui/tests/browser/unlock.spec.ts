import { expect, expectNoSeriousA11yProblems, openApp, test } from './fixtures';

test('a locked database asks for its passphrase before anything else, then opens', async ({ page }) => {
  await openApp(page, { locked: 'passphrase' }, 'home');
  await expect(page).toHaveTitle('Enter your passphrase – DP Hub');
  await expect(page.locator('h1')).toHaveText('Enter your passphrase');
  await expect(page.locator('main')).not.toContainText('Welcome to DP Hub');
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  const field = page.getByLabel('Passphrase');
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('type', 'password');
  await expectNoSeriousA11yProblems(page);

  await field.fill('tulips in april');
  await field.press('Enter');
  await expect(page.locator('#unlock')).toHaveCount(0);
  await expect(page.locator('#first-run')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('a new database asks for a passphrase to be chosen, typed twice', async ({ page }) => {
  await openApp(page, { locked: 'new' }, 'home');
  await expect(page).toHaveTitle('Choose a passphrase – DP Hub');
  await expect(page.locator('#unlock')).toContainText('If you forget the passphrase');
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Type the passphrase again')).toHaveAttribute('type', 'password');
  await expectNoSeriousA11yProblems(page);

  await page.getByLabel('Passphrase', { exact: true }).fill('tulips in april');
  await page.keyboard.press('Tab');
  await page.keyboard.type('tulips in april');
  await page.getByRole('button', { name: 'Protect my data and continue' }).click();
  await expect(page.locator('#first-run')).toBeVisible();
});
