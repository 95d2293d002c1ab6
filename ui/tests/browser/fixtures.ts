// What every browser test shares: the app opened on the fake backend, under the app's own Content
// Security Policy, with checks after each test that nothing broke the policy, nothing was fetched
// from elsewhere and no error reached the console.
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import type { ContactDraft } from '../../src/lib/bindings/ContactDraft';
import type { ContactFormOptions } from '../../src/lib/bindings/ContactFormOptions';
import type { PersonDraft } from '../../src/lib/bindings/PersonDraft';
import { installFakeBackend, type FakeSetup } from './fake-backend';

/** The real contact_form_options output, generated from the Rust code. */
export const CONTACT_OPTIONS: ContactFormOptions = JSON.parse(
  readFileSync(new URL('./generated/contact-form-options.json', import.meta.url), 'utf8'),
);

/** What the real app answered to the browser tests' requests (tests/ipc_recordings.rs writes them). */
export const RECORDINGS: unknown[] = readdirSync(new URL('./generated/', import.meta.url))
  .filter((name) => name.startsWith('ipc-') && name.endsWith('.json'))
  .sort()
  .flatMap((name) => JSON.parse(readFileSync(new URL(`./generated/${name}`, import.meta.url), 'utf8')).recordings);

/** The CSP of tauri.conf.json, so a stray inline style or script would fail these tests too. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const TODAY = '2026-03-01';

type Watch = { problems: string[] };

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const watch: Watch = { problems: [] };
      await page.route('**/*', async (route) => {
        const request = route.request();
        if (!request.url().startsWith(baseURL!)) {
          watch.problems.push(`request to another place: ${request.url()}`);
          return route.abort();
        }
        const response = await route.fetch();
        const headers = { ...response.headers() };
        if ((headers['content-type'] ?? '').includes('text/html')) headers['content-security-policy'] = CSP;
        return route.fulfill({ response, headers });
      });
      page.on('console', (message) => {
        if (message.type() === 'error') watch.problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => watch.problems.push(`page error: ${error.message}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await use(watch);
      // (Playwright itself leaves an empty style="" on elements it typed into; that is not ours.)
      const inlineStyles = await page.locator('[style]:not([style=""])').count();
      if (inlineStyles > 0) {
        const which = await page.locator('[style]:not([style=""])').evaluateAll((els) => els.map((e) => e.outerHTML.slice(0, 200)));
        watch.problems.push(`${inlineStyles} elements with an inline style attribute: ${which.join(' | ')}`);
      }
      expect(watch.problems, 'problems seen while the test ran').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens DP Hub on a fake backend holding these people. */
export async function openApp(
  page: Page,
  setup: Partial<FakeSetup> = {},
  start: 'people' | 'home' = 'people',
): Promise<void> {
  await page.addInitScript(installFakeBackend, { today: TODAY, contactOptions: CONTACT_OPTIONS, recordings: RECORDINGS, ...setup });
  await page.goto('/');
  if (start === 'people') await startOnPeople(page);
  else await expect(page.locator('h1')).toBeVisible();
}

/** DP Hub opens on "What needs doing"; most tests start from the list of people, one click away. */
export async function startOnPeople(page: Page): Promise<void> {
  await expect(page.locator('h1')).toBeVisible();
  await page.locator('#nav-people').click();
  await expect(page.locator('#nav-people')).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('h1')).toBeVisible();
}

/** A complete, valid person as the form would send it. */
export function draftOf(overrides: {
  full_name: string;
  preferred_name?: string;
  council?: string;
  council_reference?: string;
  date_of_birth?: string;
}): PersonDraft {
  return {
    full_name: overrides.full_name,
    preferred_name: overrides.preferred_name ?? '',
    date_of_birth: overrides.date_of_birth ?? '1948-12-01',
    address: '1 High Street\nWinchester',
    postcode: 'SO23 8UJ',
    phone: '',
    email: '',
    council: overrides.council ?? 'Hampshire County Council',
    council_reference: overrides.council_reference ?? '',
    notes: '',
    recipient_type: 'adult_service_user',
    manager: {
      managed_by: 'themself',
      authority_basis: null,
      name: '',
      relationship: '',
      phone: '',
      email: '',
      address: '',
    },
    dp: {
      gross_amount: '1250.00',
      period: 'four_weekly',
      contribution: '180.40',
      first_payment_date: '',
      account_type: 'prepaid_card',
      excess_threshold_weeks: '4',
      start_date: '2026-01-05',
      end_date: '',
      review_dates: [],
    },
  };
}

export const SOME_PEOPLE = [
  { draft: draftOf({ full_name: 'Zoë Łukasiewicz', preferred_name: 'Zoë', council_reference: 'HCC-00417' }) },
  { draft: draftOf({ full_name: 'Arthur Pennington', council: 'Surrey County Council', council_reference: 'SCC-1001' }) },
  { draft: draftOf({ full_name: 'Ayşe Yılmaz', council: 'Leeds City Council' }) },
  { draft: draftOf({ full_name: 'Margaret Oduya' }), archived: true },
];

/** A PA contact as the form would send it: the blank form with these fields filled in. */
export function contactDraftOf(fields: Partial<ContactDraft> & { full_name: string }): ContactDraft {
  return { ...structuredClone(CONTACT_OPTIONS.blank), ...fields };
}

/**
 * Five PAs (one archived) with a bit of everything, on TODAY = 1 March 2026 and the council's usual
 * DBS limit of 3 years: Bea's DBS is too old, Carl's first aid expired, Dev's expires soon.
 */
export const SOME_CONTACTS: { draft: ContactDraft; archived?: boolean }[] = [
  {
    draft: contactDraftOf({
      full_name: 'Amara Okafor',
      phones: ['07700 900982'],
      email: 'amara@example.com',
      areas: 'Winchester, SO23',
      skills: ['personal_care', 'dementia'],
      tags: 'weekends',
      hourly_rate: '13.50',
      availability: [
        { day: 'tue', part: 'evening' },
        { day: 'sat', part: 'morning' },
      ],
      dbs: { level: 'enhanced_barred_list', certificate_number: '001234567890', issue_date: '2025-06-01', update_service: false },
      last_contacted_on: '2026-02-10',
      notes: 'Speaks Igbo. Can cover at short notice.',
    }),
  },
  {
    draft: contactDraftOf({
      full_name: 'Bea Lindqvist',
      phones: ['01962 555 010'],
      areas: 'Eastleigh, SO50',
      skills: ['moving_and_handling', 'driving'],
      hourly_rate: '14.00',
      availability: [{ day: 'tue', part: 'evening' }],
      dbs: { level: 'enhanced', certificate_number: '', issue_date: '2021-05-04', update_service: false },
      status: 'working_for_us',
      last_contacted_on: '2026-02-20',
    }),
  },
  {
    draft: contactDraftOf({
      full_name: 'Carl Jones',
      areas: 'Winchester',
      skills: ['dementia', 'cooking'],
      dbs: { level: 'enhanced', certificate_number: '', issue_date: '2018-01-10', update_service: true },
      training: [{ course: 'First aid', completed_on: '2023-02-01', expires_on: '2026-02-01' }],
      status: 'looking_for_work',
    }),
  },
  {
    draft: contactDraftOf({
      full_name: 'Dev Patel',
      phones: ['07700 900123'],
      areas: 'Southampton, SO14',
      skills: ['personal_care', 'night_care'],
      hourly_rate: '12.60',
      availability: [{ day: 'tue', part: 'evening' }, { day: 'wed', part: 'sleep_in' }],
      training: [{ course: 'Moving and handling', completed_on: '2025-03-15', expires_on: '2026-03-15' }],
      status: 'not_available',
      last_contacted_on: '2025-12-01',
    }),
  },
  { draft: contactDraftOf({ full_name: 'Edith Moss', areas: 'Alresford', skills: ['cooking'] }), archived: true },
];

/** The query the fake backend received with the last search_contacts call. */
export async function lastContactQuery(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => {
    const calls = (window as any).__fakeBackend.calls as { cmd: string; args: { query: Record<string, unknown> } }[]; // eslint-disable-line @typescript-eslint/no-explicit-any
    return calls.filter((c) => c.cmd === 'search_contacts').at(-1)!.args.query;
  });
}

/** Fills one GOV.UK date input (its day box has the field's id). */
export async function fillDate(page: Page, id: string, day: string, month: string, year: string): Promise<void> {
  await page.locator(`#${id}`).fill(day);
  await page.locator(`#${id}-month`).fill(month);
  await page.locator(`#${id}-year`).fill(year);
}

/** Fills the required fields of the person form for someone who manages their own payment. */
export async function fillRequiredFields(page: Page, name: string): Promise<void> {
  await page.locator('#full_name').fill(name);
  await fillDate(page, 'date_of_birth', '1', '12', '1948');
  await page.locator('#council').fill('Hampshire County Council');
  await page.getByLabel('Adult who receives care and support').check();
  await page.getByLabel('The person themself').check();
  await page.locator('#dp-gross_amount').fill('£1,250.00');
  await page.locator('#dp-contribution').fill('180.40');
  await fillDate(page, 'dp-start_date', '5', '1', '2026');
}

/** Asserts axe finds no serious or critical WCAG 2.1 A/AA problems on the screen as it is now. */
export async function expectNoSeriousA11yProblems(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

/** Saves a screenshot of the whole screen to test-results/screens/<name>.png, for people to look at. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  // (A full-page screenshot resets Chromium's font-size emulation, so large-text shots use the window.)
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage });
}
