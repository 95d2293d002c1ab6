import { draftOf, expect, fillDate, fillRequiredFields, openApp, screenshot, SOME_PEOPLE, test } from './fixtures';

test('first run: add the first person, then see their details and the list', async ({ page }) => {
  await openApp(page);
  await expect(page).toHaveTitle('Welcome – DP Hub');
  await expect(page.locator('h1')).toHaveText('Welcome to DP Hub');
  await screenshot(page, '01-first-run');

  await page.getByRole('button', { name: 'Add the first person' }).click();
  await expect(page).toHaveTitle('Add a person – DP Hub');
  await expect(page.locator('h1')).toBeFocused();

  await fillRequiredFields(page, 'Zoë Łukasiewicz');
  await page.locator('#preferred_name').fill('Zoë');
  await page.locator('#council_reference').fill('HCC-00417');
  await page.getByRole('button', { name: 'Add person' }).click();

  await expect(page.locator('#success-banner')).toContainText('Zoë Łukasiewicz has been added');
  await expect(page.locator('#success-banner')).toBeFocused();
  await expect(page).toHaveTitle('Zoë Łukasiewicz – DP Hub');
  await expect(page.locator('h1')).toHaveText('Zoë Łukasiewicz');
  // Figures as the core worked them out, only formatted by the UI.
  await expect(page.locator('#net-per-period')).toHaveText('£1,069.60');
  await expect(page.locator('#figures-weekly')).toContainText('£312.50');
  await expect(page.locator('#figures-weekly')).toContainText('£267.40');
  await expect(page.locator('#figures-monthly')).toContainText('£1,158.73');
  await expect(page.locator('#figures-yearly')).toContainText('£16,250.00');
  await expect(page.locator('#excess-threshold')).toContainText('£1,250.00');
  await expect(page.locator('#about-summary')).toContainText('1 December 1948 (age 77)');
  await expect(page.locator('#reviews-summary')).toContainText('5 July 2026');
  await expect(page.locator('#reviews-summary')).toContainText('5 July 2028');
  await page.getByText('How these figures are worked out').click();
  await expect(page.locator('#figures-working')).toContainText(
    '£1,250.00 gross less £180.40 contribution = £1,069.60 every 4 weeks',
  );
  await screenshot(page, '03-person-details');

  await page.locator('#nav-people').click();
  await expect(page).toHaveTitle('People – DP Hub');
  const row = page.locator('#people-table tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Zoë Łukasiewicz');
  await expect(row).toContainText('HCC-00417');
  await expect(row).toContainText('Hampshire County Council');
});

test('instant search filters the list as you type, ignoring accents', async ({ page }) => {
  await openApp(page, { people: SOME_PEOPLE });
  await expect(page).toHaveTitle('People – DP Hub');
  const rows = page.locator('#people-table tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(page.locator('#people-count')).toHaveText('Showing 3 people.');
  await screenshot(page, '02-people-list');

  await page.locator('#people-search').pressSequentially('zoe');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Zoë Łukasiewicz');
  await expect(page.locator('#people-count')).toHaveText('1 person found.');

  await page.locator('#people-search').fill('scc-10');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Arthur Pennington');

  await page.locator('#people-search').fill('nobody like this');
  await expect(rows).toHaveCount(0);
  await expect(page.locator('#people-count')).toHaveText('No people match “nobody like this”.');

  await page.locator('#people-search').fill('');
  await expect(rows).toHaveCount(3);
  await page.getByLabel('Show archived people').check();
  await expect(rows).toHaveCount(4);
  await expect(page.locator('tr[data-person-name="Margaret Oduya"]')).toContainText('Archived');
});

test('typing quickly searches once the typing pauses', async ({ page }) => {
  await openApp(page, { people: SOME_PEOPLE });
  await expect(page.locator('#people-table tbody tr')).toHaveCount(3);
  const searchesBefore = await page.evaluate(
    () => (window as any).__fakeBackend.calls.filter((c: { cmd: string }) => c.cmd === 'list_people').length,
  );
  await page.locator('#people-search').pressSequentially('arthur', { delay: 20 });
  await expect(page.locator('#people-table tbody tr')).toHaveCount(1);
  const searches = await page.evaluate(
    () => (window as any).__fakeBackend.calls.filter((c: { cmd: string }) => c.cmd === 'list_people').length,
  );
  expect(searches - searchesBefore).toBeLessThan(3);
});

test('change a person and see the change', async ({ page }) => {
  await openApp(page, { people: SOME_PEOPLE });
  await page.locator('tr[data-person-name="Arthur Pennington"] a').click();
  await expect(page.locator('h1')).toHaveText('Arthur Pennington');
  await page.locator('#change-person').click();
  await expect(page).toHaveTitle("Change Arthur Pennington's details – DP Hub");
  // The saved answers are in the form.
  await expect(page.locator('#full_name')).toHaveValue('Arthur Pennington');
  await expect(page.locator('#date_of_birth')).toHaveValue('1');
  await expect(page.locator('#date_of_birth-month')).toHaveValue('12');
  await expect(page.locator('#date_of_birth-year')).toHaveValue('1948');
  await expect(page.locator('#dp-gross_amount')).toHaveValue('1250.00');
  await expect(page.locator('#recipient_type')).toBeChecked();
  await expect(page.locator('#dp-review_dates-0')).toHaveValue('5');
  await expect(page.locator('#dp-review_dates-0-month')).toHaveValue('7');

  await page.locator('#preferred_name').fill('Art');
  await page.locator('#dp-gross_amount').fill('1,300');
  await page.getByRole('button', { name: 'Save changes' }).click();

  await expect(page.locator('#success-banner')).toContainText('Arthur Pennington has been updated');
  await expect(page.locator('#about-summary')).toContainText('Art');
  await expect(page.locator('#terms-summary')).toContainText('£1,300.00');
  await expect(page.locator('#net-per-period')).toHaveText('£1,119.60');

  await page.locator('#nav-people').click();
  await expect(page.locator('tr[data-person-name="Arthur Pennington"]')).toContainText('Art');
});

test('cancel leaves the person as they were', async ({ page }) => {
  await openApp(page, { people: SOME_PEOPLE });
  await page.locator('tr[data-person-name="Arthur Pennington"] a').click();
  await page.locator('#change-person').click();
  await page.locator('#full_name').fill('Somebody Else');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('h1')).toHaveText('Arthur Pennington');
  await expect(page.locator('#success-banner')).toHaveCount(0);
});

test('archive and restore a person', async ({ page }) => {
  await openApp(page, { people: SOME_PEOPLE });
  await page.locator('tr[data-person-name="Ayşe Yılmaz"] a').click();
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.locator('#success-banner')).toContainText('Ayşe Yılmaz has been archived');
  await expect(page.locator('#archived-tag')).toHaveText('Archived');
  await expect(page.locator('#make-current')).toHaveCount(0);

  await page.locator('#nav-people').click();
  await expect(page.locator('#people-table tbody tr')).toHaveCount(2);
  await expect(page.locator('tr[data-person-name="Ayşe Yılmaz"]')).toHaveCount(0);
  await page.getByLabel('Show archived people').check();
  await page.locator('tr[data-person-name="Ayşe Yılmaz"] a').click();

  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.locator('#success-banner')).toContainText('Ayşe Yılmaz has been restored');
  await expect(page.locator('#archived-tag')).toHaveCount(0);
  await page.locator('#nav-people').click();
  await expect(page.locator('#people-table tbody tr')).toHaveCount(3);
});

test('make a person the current person', async ({ page }) => {
  await openApp(page, { people: SOME_PEOPLE });
  await page.locator('tr[data-person-name="Zoë Łukasiewicz"] a').click();
  await page.getByRole('button', { name: 'Make this the current person' }).click();
  await expect(page.locator('#success-banner')).toContainText('Zoë Łukasiewicz is now the current person');
  await expect(page.locator('#current-tag')).toBeVisible();
  await expect(page.locator('#header-current-person')).toContainText('Zoë Łukasiewicz');
  await page.locator('#nav-people').click();
  await expect(page.locator('tr[data-person-name="Zoë Łukasiewicz"]')).toContainText('Current person');
  await expect(page.locator('tr[data-person-name="Arthur Pennington"]')).not.toContainText('Current person');
});

test('about says where the data is and that DP Hub stays offline', async ({ page }) => {
  await openApp(page, { people: SOME_PEOPLE, dbPath: '/home/pat/dphub.sqlite3' });
  await page.locator('#nav-about').click();
  await expect(page).toHaveTitle('About – DP Hub');
  await expect(page.locator('h1')).toBeFocused();
  await expect(page.locator('#about-app')).toContainText('0.1.0');
  await expect(page.locator('#about-app')).toContainText('/home/pat/dphub.sqlite3');
  await expect(page.locator('#offline-statement')).toContainText('never connects to the internet');
  await screenshot(page, '07-about');
});

test('a database that could not be opened is shown on every screen', async ({ page }) => {
  await openApp(page, { dbError: 'The file is not a database' });
  await expect(page.locator('#database-problem')).toContainText('The file is not a database');
  await page.locator('#nav-about').click();
  await expect(page.locator('#database-problem')).toBeVisible();
});

test('a person who cannot be found says so', async ({ page }) => {
  await openApp(page, { people: [{ draft: draftOf({ full_name: 'Only One' }) }] });
  await page.evaluate(() => (window as any).__fakeBackend.people.clear());
  await page.locator('tr[data-person-name="Only One"] a').click();
  await expect(page.locator('h1')).toHaveText('Person not found');
  await expect(page.locator('#load-problem')).toContainText('There is no person with the number 1');
});

test('the date boxes join into what the core reads', async ({ page }) => {
  await openApp(page);
  await page.locator('#add-first-person').click();
  await fillRequiredFields(page, 'Date Check');
  await fillDate(page, 'dp-first_payment_date', '02', '2', '2026');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.locator('h1')).toHaveText('Date Check');
  const sent = await page.evaluate(
    () => (window as any).__fakeBackend.calls.find((c: { cmd: string }) => c.cmd === 'add_person').args.draft,
  );
  expect(sent.date_of_birth).toBe('1948-12-1');
  expect(sent.dp.start_date).toBe('2026-1-5');
  expect(sent.dp.first_payment_date).toBe('2026-2-02');
  expect(sent.dp.end_date).toBe('');
  expect(sent.dp.gross_amount).toBe('£1,250.00');
  expect(sent.dp.review_dates).toEqual(['2026-07-05', '2027-07-05', '2028-07-05']);
});
