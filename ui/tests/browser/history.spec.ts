// The address says which screen shows: back and forward, a reload and an address typed all open the
// right screen, with focus on its heading; the one-shot success banner is not shown again.
import { expect, expectNoSeriousA11yProblems, fillRequiredFields, openApp, SOME_PEOPLE, test } from './fixtures';

test('back and forward go through the screens seen, with focus on each heading', async ({ page }) => {
  await openApp(page, { people: SOME_PEOPLE }, 'home');
  await expect(page.locator('h1')).toHaveText('What needs doing');
  await page.locator('#nav-people').click();
  await expect(page.locator('h1')).toHaveText('People');
  await expect(page).toHaveURL(/#\/people$/);
  await page.locator('tr[data-person-name="Arthur Pennington"] a').click();
  await expect(page.locator('h1')).toHaveText('Arthur Pennington');
  await expect(page).toHaveURL(/#\/people\/2$/);

  await page.goBack();
  await expect(page.locator('h1')).toHaveText('People');
  await expect(page.locator('h1')).toBeFocused();
  await expect(page).toHaveTitle('People – DP Hub');
  await expect(page.locator('#nav-people')).toHaveAttribute('aria-current', 'page');

  await page.goBack();
  await expect(page.locator('h1')).toHaveText('What needs doing');
  await expect(page.locator('h1')).toBeFocused();
  await expect(page.locator('#nav-home')).toHaveAttribute('aria-current', 'page');

  await page.goForward();
  await expect(page.locator('h1')).toHaveText('People');
  await expect(page.locator('h1')).toBeFocused();

  await page.goForward();
  await expect(page.locator('h1')).toHaveText('Arthur Pennington');
  await expect(page.locator('h1')).toBeFocused();
  await expect(page).toHaveTitle('Arthur Pennington – DP Hub');
});

test('a reload opens the screen at the address', async ({ page }) => {
  await openApp(page, { people: SOME_PEOPLE });
  await page.locator('tr[data-person-name="Ayşe Yılmaz"] a').click();
  await page.locator('#change-person').click();
  await expect(page.locator('h1')).toHaveText("Change Ayşe Yılmaz's details");
  await expect(page).toHaveURL(/#\/people\/3\/change$/);

  await page.reload();
  await expect(page.locator('h1')).toHaveText("Change Ayşe Yılmaz's details");
  await expect(page.locator('#full_name')).toHaveValue('Ayşe Yılmaz');
  await expect(page).toHaveTitle("Change Ayşe Yılmaz's details – DP Hub");
  await expect(page.locator('#nav-people')).toHaveAttribute('aria-current', 'page');

  // Back still goes to the screen before, after the reload.
  await page.goBack();
  await expect(page.locator('h1')).toHaveText('Ayşe Yılmaz');
});

test('an address typed in opens its screen, with the extras it carries', async ({ page }) => {
  await openApp(page, { people: SOME_PEOPLE });
  await page.evaluate(() => {
    location.hash = '#/people/1/change?focus=council';
  });
  await expect(page.locator('h1')).toHaveText("Change Zoë Łukasiewicz's details");
  await expect(page.locator('#council')).toBeFocused();
});

test('an address that is not one of DP Hub says the page is not found, with a way home', async ({ page }) => {
  await openApp(page, { people: SOME_PEOPLE });
  await page.evaluate(() => {
    location.hash = '#/no/such/page';
  });
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('h1')).toBeFocused();
  await expect(page).toHaveTitle('Page not found – DP Hub');
  await expect(page.locator('#nav-people')).not.toHaveAttribute('aria-current', 'page');
  await expectNoSeriousA11yProblems(page);

  // Opened at that address too, and after a reload.
  await page.reload();
  await expect(page.locator('h1')).toHaveText('Page not found');
  await page.locator('#not-found-home').click();
  await expect(page.locator('h1')).toHaveText('What needs doing');
  await expect(page).toHaveURL(/#\/$/);

  await page.goBack();
  await expect(page.locator('h1')).toHaveText('Page not found');
});

test('the success banner shows once: going back to the screen does not show it again', async ({ page }) => {
  await openApp(page);
  await page.locator('#add-first-person').click();
  await fillRequiredFields(page, 'Banner Once');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.locator('#success-banner')).toContainText('Banner Once has been added');
  await expect(page.locator('#success-banner')).toBeFocused();

  await page.locator('#nav-about').click();
  await expect(page.locator('h1')).toHaveText('About DP Hub');
  await page.goBack();
  await expect(page.locator('h1')).toHaveText('Banner Once');
  await expect(page.locator('h1')).toBeFocused();
  await expect(page.locator('#success-banner')).toHaveCount(0);

  // Archiving keeps the one address (no second entry for the same screen) and shows its own banner.
  await page.locator('#archive-person').click();
  await expect(page.locator('#success-banner')).toContainText('Banner Once has been archived');
  await page.goBack();
  await expect(page.locator('h1')).toHaveText('Add a person');
  await page.goForward();
  await expect(page.locator('h1')).toHaveText('Banner Once');
  await expect(page.locator('#success-banner')).toHaveCount(0);
});
