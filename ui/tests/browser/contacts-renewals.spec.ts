// The renewals screen: every DBS check too old and every course expired or expiring, and the
// council's DBS limit.
import { contactDraftOf, expect, openApp, screenshot, SOME_CONTACTS, test } from './fixtures';

test('everything to renew, soonest first, each linked to its PA', async ({ page }) => {
  await openApp(page, { contacts: SOME_CONTACTS });
  await page.locator('#nav-expiring').click();
  await expect(page).toHaveTitle('Checks and training to renew – DP Hub');
  await expect(page.locator('#nav-expiring')).toHaveAttribute('aria-current', 'page');
  const rows = page.locator('#renewals-table tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Bea Lindqvist');
  await expect(rows.nth(0)).toContainText('DBS check issued on 4 May 2021 is more than 3 years old');
  await expect(rows.nth(0)).toContainText('4 May 2024');
  await expect(rows.nth(0).locator('.govuk-tag')).toHaveText('Too old');
  await expect(rows.nth(1)).toContainText('First aid training expired on 1 February 2026');
  await expect(rows.nth(1).locator('.govuk-tag')).toHaveText('Expired');
  await expect(rows.nth(2)).toContainText('Moving and handling training expires on 15 March 2026');
  await expect(rows.nth(2).locator('.govuk-tag')).toHaveText('Expiring soon');
  await expect(page.locator('#dbs-limit-text')).toHaveText(
    'DBS checks older than 3 years count as too old unless they are on the update service.',
  );
  await screenshot(page, 'contacts-10-renewals');

  await rows.nth(2).getByRole('link', { name: 'Dev Patel' }).click();
  await expect(page.locator('h1')).toHaveText('Dev Patel');
});

test('nothing to renew', async ({ page }) => {
  await openApp(page, { contacts: [{ draft: contactDraftOf({ full_name: 'Amara Okafor' }) }] });
  await page.locator('#nav-expiring').click();
  await expect(page.locator('#renewals-empty')).toHaveText('Nothing to renew: every DBS check and course is in date.');
  await expect(page.locator('#renewals-table')).toHaveCount(0);
});

test("changing the council's DBS limit checks the number and updates the list", async ({ page }) => {
  await openApp(page, { contacts: SOME_CONTACTS });
  await page.locator('#nav-expiring').click();
  await expect(page.locator('#renewals-table tbody tr')).toHaveCount(3);

  await page.getByRole('button', { name: 'Change the limit' }).click();
  const years = page.getByLabel('How many years before a DBS check is too old?');
  await expect(years).toBeFocused();
  await expect(years).toHaveValue('3');
  for (const bad of ['11', '0', '2.5', 'three', '']) {
    await years.fill(bad);
    await page.getByRole('button', { name: 'Save the limit' }).click();
    await expect(page.locator('#dbs_max_age_years-error')).toHaveText(
      'Error: Enter the DBS age limit as a whole number of years, from 1 to 10',
    );
    await expect(years).toBeFocused();
  }
  await screenshot(page, 'contacts-11-dbs-limit-error');
  const asked = await page.evaluate(
    () => (window as any).__fakeBackend.calls.filter((c: { cmd: string }) => c.cmd === 'set_contact_rules').length, // eslint-disable-line @typescript-eslint/no-explicit-any
  );
  expect(asked).toBe(0);

  await years.fill('5');
  await page.getByRole('button', { name: 'Save the limit' }).click();
  await expect(page.locator('#dbs-limit-text')).toHaveText(
    'DBS checks older than 5 years count as too old unless they are on the update service.',
  );
  await expect(page.locator('#renewals-status')).toHaveText('The DBS limit is now 5 years. The list has been updated: 2 things to renew.');
  await expect(page.locator('#renewals-table tbody tr')).toHaveCount(2);
  await expect(page.locator('#renewals-table')).not.toContainText('Bea Lindqvist');

  // The list's DBS filter hint follows the new limit.
  await page.locator('#nav-contacts').click();
  await expect(page.locator('#filter-dbs-hint')).toHaveText('On the update service, or issued within the last 5 years');
});
