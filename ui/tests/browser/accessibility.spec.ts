// An axe-core scan (WCAG 2.1 A and AA) of every screen, and screenshots of each for people to look at,
// at the app's usual window size and at its narrowest.
import {
  contactDraftOf,
  expect,
  expectNoSeriousA11yProblems,
  fillRequiredFields,
  openApp,
  screenshot,
  SOME_CONTACTS,
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

test.describe('PA contacts', () => {
  test('contact list', async ({ page }) => {
    await openApp(page, { contacts: SOME_CONTACTS });
    await page.locator('#nav-contacts').click();
    await expect(page.locator('#contact-results > li')).toHaveCount(4);
    await expectNoSeriousA11yProblems(page);
  });

  test('contact list with filters applied, results and the export choice open', async ({ page }) => {
    await openApp(page, { contacts: SOME_CONTACTS });
    await page.locator('#nav-contacts').click();
    await page.locator('#contact-search').fill('winchester');
    await page.getByLabel('Skill', { exact: true }).selectOption({ label: 'Dementia' });
    await page.getByLabel('Day', { exact: true }).selectOption({ label: 'Tuesday' });
    await page.getByLabel('Show archived PAs').check();
    await expect(page.locator('#contact-count')).toHaveText('2 PAs found.');
    await page.getByRole('button', { name: 'Export these' }).click();
    await expectNoSeriousA11yProblems(page);
  });

  test('contact page with alerts, a possible duplicate and who they work for', async ({ page }) => {
    await openApp(page, {
      contacts: [...SOME_CONTACTS, { draft: contactDraftOf({ full_name: 'Bea L.', phones: ['01962 555010'] }) }],
      employments: [
        {
          id: 1,
          person_id: 1,
          person_name: 'Arthur Pennington',
          contact_id: 2,
          contact_name: 'Bea Lindqvist',
          job_title: 'Personal assistant',
          start_date: '2025-09-01',
          end_date: null,
          hourly_rate: '14.00',
          hours: '16 hours a week',
          current: true,
        },
      ],
    });
    await page.locator('#nav-contacts').click();
    await page.getByRole('link', { name: 'Bea Lindqvist' }).click();
    await expect(page.locator('#contact-alerts')).toBeVisible();
    await expect(page.locator('#possible-duplicates')).toBeVisible();
    await expect(page.locator('#works-for')).toBeVisible();
    await expectNoSeriousA11yProblems(page);
    await page.getByRole('button', { name: 'Archive' }).click();
    await expect(page.locator('#success-banner')).toBeVisible();
    await expectNoSeriousA11yProblems(page);
  });

  test('contact page with training and no availability', async ({ page }) => {
    await openApp(page, { contacts: SOME_CONTACTS });
    await page.locator('#nav-contacts').click();
    await page.getByRole('link', { name: 'Carl Jones' }).click();
    await expect(page.locator('#training-table')).toBeVisible();
    await expectNoSeriousA11yProblems(page);
  });

  test('add PA form, with a DBS level, a course and the duplicate warning showing', async ({ page }) => {
    await openApp(page, { contacts: SOME_CONTACTS });
    await page.locator('#nav-contacts').click();
    await page.getByRole('button', { name: 'Add a PA' }).click();
    await page.locator('#email').fill('amara@example.com');
    await page.locator('#email').blur();
    await expect(page.locator('#duplicate-warning')).toBeVisible();
    await page.getByLabel('Enhanced', { exact: true }).check();
    await page.getByRole('button', { name: 'Add a course' }).click();
    await page.getByRole('button', { name: 'Add another phone number' }).click();
    await page.getByRole('checkbox', { name: 'Monday, morning' }).check();
    await expectNoSeriousA11yProblems(page);
  });

  test('add PA form with errors', async ({ page }) => {
    await openApp(page, { contacts: SOME_CONTACTS });
    await page.locator('#nav-contacts').click();
    await page.getByRole('button', { name: 'Add a PA' }).click();
    await page.locator('#email').fill('not an email');
    await page.locator('#phones-0').fill('123');
    await page.getByLabel('Basic').check();
    await page.getByRole('button', { name: 'Add a course' }).click();
    await page.locator('#training-0-expires_on').fill('40');
    await page.getByRole('button', { name: 'Add PA' }).click();
    await expect(page.locator('#error-summary')).toBeVisible();
    await expect(page.locator('#full_name-error')).toBeVisible();
    await expect(page.locator('#dbs-issue_date-error')).toBeVisible();
    await expectNoSeriousA11yProblems(page);
  });

  test('change PA form', async ({ page }) => {
    await openApp(page, { contacts: SOME_CONTACTS });
    await page.locator('#nav-contacts').click();
    await page.getByRole('link', { name: 'Amara Okafor' }).click();
    await page.locator('#change-contact').click();
    await expect(page.locator('#full_name')).toHaveValue('Amara Okafor');
    await expectNoSeriousA11yProblems(page);
  });

  test('renewals, with the DBS limit form showing an error', async ({ page }) => {
    await openApp(page, { contacts: SOME_CONTACTS });
    await page.locator('#nav-expiring').click();
    await expect(page.locator('#renewals-table tbody tr')).toHaveCount(3);
    await expectNoSeriousA11yProblems(page);
    await page.getByRole('button', { name: 'Change the limit' }).click();
    await page.locator('#dbs_max_age_years').fill('20');
    await page.getByRole('button', { name: 'Save the limit' }).click();
    await expect(page.locator('#dbs_max_age_years-error')).toBeVisible();
    await expectNoSeriousA11yProblems(page);
  });

  test('renewals with nothing to renew', async ({ page }) => {
    await openApp(page);
    await page.locator('#nav-expiring').click();
    await expect(page.locator('#renewals-empty')).toBeVisible();
    await expectNoSeriousA11yProblems(page);
  });

  test.describe('in a narrow window', () => {
    test.use({ viewport: { width: 700, height: 900 } });

    test('list, contact page, form and renewals fit without the page scrolling sideways', async ({ page }) => {
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      await openApp(page, { contacts: SOME_CONTACTS });
      await page.locator('#nav-contacts').click();
      await expect(page.locator('#contact-results > li')).toHaveCount(4);
      await screenshot(page, 'contacts-20-narrow-list');
      expect(await overflow()).toBeLessThanOrEqual(0);
      await page.getByRole('link', { name: 'Amara Okafor' }).click();
      await expect(page.locator('#availability-table')).toBeVisible();
      await screenshot(page, 'contacts-21-narrow-contact');
      expect(await overflow()).toBeLessThanOrEqual(0);
      await page.locator('#change-contact').click();
      await expect(page.locator('#availability-grid')).toBeVisible();
      await screenshot(page, 'contacts-22-narrow-form');
      expect(await overflow()).toBeLessThanOrEqual(0);
      await page.locator('#nav-expiring').click();
      await expect(page.locator('#renewals-table')).toBeVisible();
      await screenshot(page, 'contacts-23-narrow-renewals');
      expect(await overflow()).toBeLessThanOrEqual(0);
      await expectNoSeriousA11yProblems(page);
    });
  });

  test('at twice the usual text size', async ({ page }) => {
    await openApp(page, { contacts: SOME_CONTACTS });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
    await page.locator('#nav-contacts').click();
    await expect(page.locator('#contact-results > li')).toHaveCount(4);
    await screenshot(page, 'contacts-24-large-text-list', false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Add a PA' }).click();
    await page.locator('#availability-grid tbody').scrollIntoViewIfNeeded();
    await screenshot(page, 'contacts-25-large-text-grid', false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});
