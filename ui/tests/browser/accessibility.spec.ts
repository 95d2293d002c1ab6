// An axe-core scan (WCAG 2.1 A and AA) of every screen, and screenshots of each for people to look at,
// at the app's usual window size and at its narrowest.
import {
  expect,
  expectNoSeriousA11yProblems,
  fillRequiredFields,
  openApp,
  screenshot,
  SOME_PEOPLE,
  test,
} from './fixtures';

test('first run screen', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('#first-run')).toBeVisible();
  await expectNoSeriousA11yProblems(page);
});

test('people list, with a current and an archived person', async ({ page }) => {
  await openApp(page, { people: SOME_PEOPLE, currentId: 1 });
  await page.getByLabel('Show archived people').check();
  await expect(page.locator('#people-table tbody tr')).toHaveCount(4);
  await expectNoSeriousA11yProblems(page);
  await screenshot(page, '08-people-list-archived-and-current');
});

test('person details, with the working shown', async ({ page }) => {
  await openApp(page, { people: SOME_PEOPLE, currentId: 1 });
  await page.locator('tr[data-person-name="Zoë Łukasiewicz"] a').click();
  await expect(page.locator('h1')).toHaveText('Zoë Łukasiewicz');
  await page.getByText('How these figures are worked out').click();
  await expectNoSeriousA11yProblems(page);
});

test('person details with a success banner and an archived person', async ({ page }) => {
  await openApp(page, { people: SOME_PEOPLE });
  await page.locator('tr[data-person-name="Arthur Pennington"] a').click();
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.locator('#success-banner')).toBeVisible();
  await expectNoSeriousA11yProblems(page);
});

test('add person form, with every field revealed', async ({ page }) => {
  await openApp(page, { people: SOME_PEOPLE });
  await page.locator('#add-person').click();
  await page.getByLabel('An authorised person').check();
  await fillRequiredFields(page, 'Zoë Łukasiewicz');
  await page.getByLabel('An authorised person').check();
  await expect(page.locator('.dp-review-date')).toHaveCount(3);
  await expectNoSeriousA11yProblems(page);
});

test('add person form with errors', async ({ page }) => {
  await openApp(page, { people: SOME_PEOPLE });
  await page.locator('#add-person').click();
  await page.getByLabel('An authorised person').check();
  await page.locator('#dp-gross_amount').fill('12.345');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.locator('#error-summary')).toBeVisible();
  await expect(page.locator('#manager-authority_basis-error')).toBeVisible();
  await expectNoSeriousA11yProblems(page);
});

test('change person form', async ({ page }) => {
  await openApp(page, { people: SOME_PEOPLE });
  await page.locator('tr[data-person-name="Zoë Łukasiewicz"] a').click();
  await page.locator('#change-person').click();
  await expect(page.locator('#full_name')).toHaveValue('Zoë Łukasiewicz');
  await expectNoSeriousA11yProblems(page);
});

test('about screen', async ({ page }) => {
  await openApp(page, { people: SOME_PEOPLE });
  await page.locator('#nav-about').click();
  await expect(page.locator('h1')).toHaveText('About DP Hub');
  await expectNoSeriousA11yProblems(page);
});

test('a database problem', async ({ page }) => {
  await openApp(page, { dbError: 'The file is not a database' });
  await expect(page.locator('#database-problem')).toBeVisible();
  await expectNoSeriousA11yProblems(page);
  await screenshot(page, '09-database-problem');
});

test.describe('in the narrowest window', () => {
  test.use({ viewport: { width: 420, height: 800 } });

  test('list, details and form still fit', async ({ page }) => {
    await openApp(page, { people: SOME_PEOPLE, currentId: 1 });
    await expect(page.locator('#people-table tbody tr')).toHaveCount(3);
    await screenshot(page, '10-narrow-people-list');
    await expectNoSeriousA11yProblems(page);
    await page.locator('tr[data-person-name="Zoë Łukasiewicz"] a').click();
    await expect(page.locator('h1')).toHaveText('Zoë Łukasiewicz');
    await screenshot(page, '11-narrow-person-details');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator('#change-person').click();
    await expect(page.locator('#full_name')).toBeVisible();
    await screenshot(page, '12-narrow-form');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});

test('text grows with the default font size a person has chosen', async ({ page }) => {
  await openApp(page, { people: SOME_PEOPLE });
  const sizeOf = (selector: string) =>
    page.locator(selector).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const body = await sizeOf('#people-count');
  const label = await sizeOf('label[for="people-search"]');
  expect(body).toBeGreaterThanOrEqual(19);
  // What a larger system text size does: Chromium's default font size goes up from 16px.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24 } });
  await expect.poll(() => sizeOf('#people-count')).toBeCloseTo((body * 24) / 16, 0);
  expect(await sizeOf('label[for="people-search"]')).toBeCloseTo((label * 24) / 16, 0);
  await screenshot(page, '13-large-text-people-list', false);
});
