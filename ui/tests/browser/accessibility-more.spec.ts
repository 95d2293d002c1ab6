// axe-core scans (WCAG 2.1 A and AA) of every step of the import wizard and every employment
// screen, and screenshots of each for people to look at: at the usual window size, in a narrow
// window and with large text. Screenshots go to <tmp>/shots/, outside the repository.
import type { Page } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { draftOf, expect, expectNoSeriousA11yProblems, fillDate, test } from './fixtures';
import { employmentDraftOf, openAppWithMore, paDraftOf } from './fake-backend-more';

const PEOPLE = [{ draft: draftOf({ full_name: 'Zoë Łukasiewicz' }) }, { draft: draftOf({ full_name: 'Arthur Pennington' }) }];
const CONTACTS = [
  { draft: paDraftOf({ full_name: 'Amara Okafor', email: 'amara@example.com', phones: ['07700 900982'], areas: 'Winchester, SO23' }) },
  { draft: paDraftOf({ full_name: 'Bea Lindqvist', phones: ['01962 555 010'] }) },
];
const EMPLOYMENTS = [
  {
    person_id: 1,
    contact_id: 1,
    draft: employmentDraftOf({
      duties: 'Personal care, including help with washing and dressing\nPreparing meals\nGoing to the shops and appointments',
      probation_weeks: '12',
      sick_pay: 'enhanced' as const,
      sick_pay_details: 'Full pay for the first 4 weeks of sickness in any 12 months',
      pension_scheme: 'NEST',
    }),
  },
  {
    person_id: 1,
    contact_id: 2,
    draft: employmentDraftOf({ start_date: '2023-05-02', hours_kind: 'irregular' as const, hours_per_week: '', holiday: 'rolled_up' as const }),
    ended: { end_date: '2025-11-30', reason: 'Moved away to be nearer her family' },
  },
];

const CSV = [
  'Name,Mobile,E-mail address,Town,Skills,Notes about this person that are quite long',
  'Ann Smith,07700 900123,ann.smith.longer.address@example.com,Winchester,Personal care; Driving,Prefers mornings',
  'Bob Ede,,bob.example.com,Alton,,',
  'Amara Okafor,07700 900982,amara@example.com,Winchester,,',
  ',01962 000 000,,Romsey,,',
].join('\n');

async function shot(page: Page, name: string, fullPage = true) {
  await page.screenshot({ path: join(tmpdir(), 'shots', `${name}.png`), fullPage });
}

async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

async function openImport(page: Page) {
  await openAppWithMore(page, { people: PEOPLE, contacts: CONTACTS, employments: EMPLOYMENTS });
  await page.locator('#nav-contacts').click();
  await page.locator('#import-contacts').click();
  await expect(page.locator('#import-heading')).toHaveText('Choose the file');
}

/** Every step of the wizard, scanned and photographed, ending on the check step. */
async function walkThroughImport(page: Page, prefix: string) {
  await openImport(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#error-summary')).toBeVisible();
  await expectNoSeriousA11yProblems(page);
  await shot(page, `${prefix}-1-choose-with-errors`);

  await page.locator('#file').setInputFiles({ name: 'pa-list.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await expect(page.locator('#file-chosen')).toBeVisible();
  await expectNoSeriousA11yProblems(page);
  await shot(page, `${prefix}-2-choose-file-chosen`);

  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#import-heading')).toHaveText('Match the columns');
  await page.locator('#mapping-0').selectOption({ label: 'Do not import' });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#error-summary')).toBeVisible();
  await expectNoSeriousA11yProblems(page);
  await shot(page, `${prefix}-3-columns-with-error`);

  await page.locator('#mapping-0').selectOption({ label: 'Full name' });
  await page.locator('#mapping-3').selectOption({ label: 'Areas covered' });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#import-heading')).toHaveText('Check before importing');
  await expect(page.locator('#duplicate-rows')).toBeVisible();
  await expect(page.locator('#rejected-rows')).toBeVisible();
  await expectNoSeriousA11yProblems(page);
  await shot(page, `${prefix}-4-check`);
}

test('the import wizard, every step', async ({ page }) => {
  await walkThroughImport(page, 'import');
});

test('the employment form: blank, with problems, and with a PA already chosen', async ({ page }) => {
  await openAppWithMore(page, { people: PEOPLE, contacts: CONTACTS });
  await page.locator('tr[data-person-name="Zoë Łukasiewicz"] a').click();
  await expect(page.locator('#team-empty')).toBeVisible();
  await expectNoSeriousA11yProblems(page);
  await shot(page, 'person-team-empty');

  await page.locator('#add-employment').click();
  await expect(page.locator('#pa-results .govuk-radios__item')).toHaveCount(2);
  await expectNoSeriousA11yProblems(page);
  await shot(page, 'employment-form-blank');

  await page.getByLabel('Irregular hours').check();
  await page.getByLabel('More than Statutory Sick Pay').check();
  await page.getByRole('button', { name: 'Add to the team' }).click();
  await expect(page.locator('#error-summary')).toBeVisible();
  await expectNoSeriousA11yProblems(page);
  await shot(page, 'employment-form-errors');

  await page.getByLabel('Amara Okafor').check();
  await page.locator('#nav-contacts').click();
  await page.getByRole('link', { name: 'Bea Lindqvist' }).click();
  await page.locator('#employ-contact').click();
  await expect(page.locator('#chosen-pa')).toHaveText('Bea Lindqvist');
  await expectNoSeriousA11yProblems(page);
  await shot(page, 'employment-form-pa-chosen');
});

test('the employment page, ending it, and the person’s team', async ({ page }) => {
  await openAppWithMore(page, { people: PEOPLE, contacts: CONTACTS, employments: EMPLOYMENTS });
  await page.locator('tr[data-person-name="Zoë Łukasiewicz"] a').click();
  await expect(page.locator('#team .govuk-summary-card')).toHaveCount(2);
  await expectNoSeriousA11yProblems(page);
  await page.locator('#team').scrollIntoViewIfNeeded();
  await shot(page, 'person-team', false);

  await page.locator('#employment-1-link').click();
  await expect(page.locator('#end-form')).toBeVisible();
  await expectNoSeriousA11yProblems(page);
  await shot(page, 'employment-page');

  await page.getByRole('button', { name: 'End this employment' }).click();
  await expect(page.locator('#error-summary')).toBeVisible();
  await expectNoSeriousA11yProblems(page);
  await shot(page, 'employment-page-end-errors');

  await fillDate(page, 'end_date', '27', '2', '2026');
  await page.locator('#reason').fill('Resigned');
  await page.getByRole('button', { name: 'End this employment' }).click();
  await expect(page.locator('#employment-ended')).toBeVisible();
  await expectNoSeriousA11yProblems(page);
  await shot(page, 'employment-page-ended');

  await page.locator('#change-employment').click();
  await expect(page.locator('#chosen-pa')).toHaveText('Amara Okafor');
  await expect(page.locator('#sick_pay_details')).toBeVisible();
  await expectNoSeriousA11yProblems(page);
  await shot(page, 'employment-form-change');
});

test.describe('in a narrow window', () => {
  test.use({ viewport: { width: 700, height: 900 } });

  test('the wizard and the employment screens fit without scrolling sideways', async ({ page }) => {
    await walkThroughImport(page, 'narrow-import');
    await noSidewaysScroll(page);
    await page.locator('#import-back').click();
    await noSidewaysScroll(page);

    await page.locator('#nav-people').click();
    await page.locator('tr[data-person-name="Zoë Łukasiewicz"] a').click();
    await expect(page.locator('h1')).toHaveText('Zoë Łukasiewicz');
    await noSidewaysScroll(page);
    await page.locator('#employment-1-link').click();
    await expect(page.locator('#end-form')).toBeVisible();
    await noSidewaysScroll(page);
    await shot(page, 'narrow-employment-page');
    await page.locator('#change-employment').click();
    await expect(page.locator('#chosen-pa')).toBeVisible();
    await noSidewaysScroll(page);
    await shot(page, 'narrow-employment-form');
  });
});

test.describe('in the narrowest window', () => {
  test.use({ viewport: { width: 420, height: 800 } });

  test('the check step and the team still fit', async ({ page }) => {
    await walkThroughImport(page, 'narrowest-import');
    await noSidewaysScroll(page);
  });
});

test('with 200% text the wizard and the employment page still read well', async ({ page }) => {
  await openAppWithMore(page, { people: PEOPLE, contacts: CONTACTS, employments: EMPLOYMENTS });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
  await page.locator('tr[data-person-name="Zoë Łukasiewicz"] a').click();
  await page.locator('#employment-1-link').click();
  await expect(page.locator('#end-form')).toBeVisible();
  await noSidewaysScroll(page);
  await shot(page, 'large-text-employment-page', false);
  await page.locator('#change-employment').click();
  await expect(page.locator('#chosen-pa')).toBeVisible();
  await noSidewaysScroll(page);
  await shot(page, 'large-text-employment-form', false);

  await page.locator('#nav-contacts').click();
  await page.locator('#import-contacts').click();
  await page.locator('#file').setInputFiles({ name: 'pa-list.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#import-heading')).toHaveText('Match the columns');
  await noSidewaysScroll(page);
  await shot(page, 'large-text-import-columns', false);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#import-heading')).toHaveText('Check before importing');
  await noSidewaysScroll(page);
  await shot(page, 'large-text-import-check', false);
});
