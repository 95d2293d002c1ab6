// A PA's page: alerts, possible duplicates, the week grid as a table, who they work for, archiving.
import type { Page } from '@playwright/test';
import type { FakeEmployment } from './fake-backend';
import { contactDraftOf, expect, openApp, screenshot, SOME_CONTACTS, test } from './fixtures';

async function openContact(page: Page, name: string, setup: Parameters<typeof openApp>[1] = {}) {
  await openApp(page, { contacts: SOME_CONTACTS, ...setup });
  await page.locator('#nav-contacts').click();
  await page.getByLabel('Show archived PAs').check();
  await page.getByRole('link', { name }).click();
  await expect(page.locator('h1')).toHaveText(name);
  await expect(page).toHaveTitle(`${name} – DP Hub`);
}

const EMPLOYMENTS: FakeEmployment[] = [
  {
    id: 7,
    person_id: 1,
    person_name: 'Zoë Łukasiewicz',
    contact_id: 2,
    contact_name: 'Bea Lindqvist',
    job_title: 'Personal assistant',
    start_date: '2025-09-01',
    end_date: null,
    hourly_rate: '14.00',
    hours: '16 hours a week',
    current: true,
  },
  {
    id: 3,
    person_id: 2,
    person_name: 'Arthur Pennington',
    contact_id: 2,
    contact_name: 'Bea Lindqvist',
    job_title: 'Night carer',
    start_date: '2024-01-08',
    end_date: '2025-06-30',
    hourly_rate: '13.00',
    hours: 'Irregular hours',
    current: false,
  },
];

test('a PA with everything filled in', async ({ page }) => {
  await openContact(page, 'Amara Okafor');
  await expect(page.locator('#status-tag')).toHaveText('Looking for work');
  await expect(page.locator('#contact-alerts')).toHaveCount(0);
  await expect(page.locator('#possible-duplicates')).toHaveCount(0);
  await expect(page.locator('#contact-summary')).toContainText('amara@example.com');
  await expect(page.locator('#contact-summary')).toContainText('Winchester, SO23');
  await expect(page.locator('#skills-summary')).toContainText('Personal care');
  await expect(page.locator('#skills-summary')).toContainText('weekends');
  await expect(page.locator('#work-summary')).toContainText('£13.50 an hour');
  await expect(page.locator('#checks-summary')).toContainText('Enhanced with barred list check');
  await expect(page.locator('#checks-summary')).toContainText('1 June 2025');
  await expect(page.locator('#status-summary')).toContainText('10 February 2026');
  await expect(page.locator('#contact-notes')).toHaveText('Speaks Igbo. Can cover at short notice.');
  await expect(page.locator('#works-for-none')).toBeVisible();

  // The grid is a real table: a header for each part of the day and each day.
  const table = page.locator('#availability-table');
  await expect(table.locator('thead th[scope="col"]')).toHaveCount(7);
  await expect(table.locator('tbody th[scope="row"]')).toHaveCount(7);
  await expect(table.locator('td[data-slot="sat-morning"]')).toHaveText('✓ available');
  await expect(table.locator('td[data-slot="sat-evening"]')).toHaveText('not available');
  await screenshot(page, 'contacts-08-contact-page');
});

test('alerts are listed at the top, with the training they belong to marked', async ({ page }) => {
  await openContact(page, 'Carl Jones');
  const alerts = page.locator('#contact-alerts');
  await expect(alerts).toContainText('First aid training expired on 1 February 2026');
  await expect(page.locator('#training-row-0')).toContainText('First aid');
  await expect(page.locator('#training-row-0')).toContainText('1 February 2023');
  await expect(page.locator('#training-row-0 .govuk-tag')).toHaveText('Expired');
  await expect(page.locator('#checks-summary')).toContainText('On the DBS update service');
  await expect(page.locator('#availability-none')).toHaveText('No times given');

  await page.locator('#nav-contacts').click();
  await page.getByRole('link', { name: 'Bea Lindqvist' }).click();
  await expect(page.locator('#contact-alerts')).toContainText(
    'DBS check issued on 4 May 2021 is more than 3 years old and not on the update service',
  );
  await screenshot(page, 'contacts-09-contact-with-alerts');
});

test('a possible duplicate links to the other contact', async ({ page }) => {
  await openApp(page, {
    contacts: [
      ...SOME_CONTACTS,
      { draft: contactDraftOf({ full_name: 'Amara O.', phones: ['+44 7700 900982'] }) },
    ],
  });
  await page.locator('#nav-contacts').click();
  await page.getByRole('link', { name: 'Amara O.' }).click();
  const warning = page.locator('#possible-duplicates');
  await expect(warning).toContainText('This may be the same person as Amara Okafor: they share an email address or phone number.');
  await warning.getByRole('link', { name: 'Amara Okafor' }).click();
  await expect(page.locator('h1')).toHaveText('Amara Okafor');
  await expect(page.locator('#possible-duplicates')).toContainText('Amara O.');
});

test('who they work for, and employing them', async ({ page }) => {
  await openContact(page, 'Bea Lindqvist', { employments: EMPLOYMENTS });
  const current = page.locator('#employment-7');
  await expect(current.getByRole('link', { name: 'Zoë Łukasiewicz' })).toHaveAttribute('href', '#/employments/7');
  await expect(current).toContainText('Personal assistant, since 1 September 2025');
  await expect(current.locator('.govuk-tag')).toHaveText('Current');
  const ended = page.locator('#employment-3');
  await expect(ended).toContainText('Night carer, from 8 January 2024 to 30 June 2025');
  await expect(ended.locator('.govuk-tag')).toHaveText('Ended');

  await page.getByRole('button', { name: 'Employ this PA' }).click();
  await expect(page.locator('#nav-contacts')).not.toHaveAttribute('aria-current', 'page');
  await expect(page.locator('h1')).toBeVisible();
});

test('archive and restore, each with a message', async ({ page }) => {
  await openContact(page, 'Dev Patel');
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.locator('#success-banner')).toContainText('Dev Patel has been archived');
  await expect(page.locator('#success-banner')).toBeFocused();
  await expect(page.locator('#archived-tag')).toHaveText('Archived');
  await expect(page.getByRole('button', { name: 'Employ this PA' })).toHaveCount(0);

  await page.locator('#back-to-contacts').click();
  await page.getByLabel('Show archived PAs').uncheck();
  await expect(page.locator('#contact-count')).toHaveText('3 PAs in your contacts.');
  await page.getByLabel('Show archived PAs').check();
  await page.getByRole('link', { name: 'Dev Patel' }).click();
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.locator('#success-banner')).toContainText('Dev Patel has been restored');
  await expect(page.locator('#archived-tag')).toHaveCount(0);
});

test('a PA who cannot be found says so', async ({ page }) => {
  await openApp(page, { contacts: SOME_CONTACTS });
  await page.locator('#nav-contacts').click();
  await page.evaluate(() => (window as any).__fakeBackend.contacts.delete(1)); // eslint-disable-line @typescript-eslint/no-explicit-any
  await page.getByRole('link', { name: 'Amara Okafor' }).click();
  await expect(page.locator('h1')).toHaveText('PA not found');
  await expect(page.locator('#load-problem')).toHaveText('There is no PA contact with the number 1');
});
