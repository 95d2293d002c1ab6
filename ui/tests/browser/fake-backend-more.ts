// A second fake backend, for the import wizard and the employment screens. It is installed after
// the first (fake-backend.ts) and wraps its window.__TAURI_INTERNALS__.invoke: the import and
// employment commands are answered here, everything else (people, contacts) by the first fake.
// The employment answers are the real app's, recorded (generated/ipc-employment.json, from
// requests/employment.json), and so are the import's (generated/ipc-import.json, from
// requests/import.json: the files the import specs send, read by the real core with the PAs those
// specs seed), both looked up with the first fake's replay.
//
// installMoreFakeBackend is serialised into the page by page.addInitScript, so it must not use
// anything from outside its own body. The helpers below it run in the test, not in the page.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { ContactDraft } from '../../src/lib/bindings/ContactDraft';
import type { ContactFormOptions } from '../../src/lib/bindings/ContactFormOptions';
import type { EmploymentDraft } from '../../src/lib/bindings/EmploymentDraft';
import type { EmploymentFormOptions } from '../../src/lib/bindings/EmploymentFormOptions';
import type { PersonDraft } from '../../src/lib/bindings/PersonDraft';
import { installFakeBackend } from './fake-backend';
import { expect, startOnPeople, TODAY, RECORDINGS } from './fixtures';

/** A draft with plain-number ids, as drafts cross IPC. */
export type SeedDraft = Omit<Partial<EmploymentDraft>, 'person_id' | 'contact_id'>;

export type SeedEmployment = {
  person_id: number;
  contact_id: number;
  /** Complete, valid terms (see employmentDraftOf). */
  draft: SeedDraft;
  ended?: { end_date: string; reason: string };
};

export type MoreSetup = {
  today: string;
  contactOptions: ContactFormOptions;
  employmentOptions: EmploymentFormOptions;
  /** The same contacts the first fake was given (the import's recordings were made with them). */
  contacts?: { draft: ContactDraft; archived?: boolean }[];
  employments?: SeedEmployment[];
  /** How long run_import takes, so its progress can be seen. */
  importDelayMs?: number;
};

export function installMoreFakeBackend(setup: MoreSetup): void {
  type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

  const win = window as Json;
  const internals = win.__TAURI_INTERNALS__;
  const original: (cmd: string, args?: Json, options?: Json) => Promise<Json> = internals.invoke;
  const copy = (value: unknown) => (value === undefined ? null : JSON.parse(JSON.stringify(value)));

  // ---- Employments: the answers of add_employment, update_employment and end_employment, as
  // recorded (looked up with the first fake's replay), held by number ----

  const replay = (cmd: string, args: Json): Json => win.__fakeBackend.replay(cmd, args);
  const answer = (r: Json): Json => win.__fakeBackend.answer(r);

  type Stored = { id: number; view: Json; draft: Json };
  const employments = new Map<number, Stored>();
  let nextEmploymentId = 1;

  function view(e: Stored) {
    return { ...e.view, employment: { ...e.view.employment, id: e.id }, summary: { ...e.view.summary, id: e.id } };
  }

  function summariesWhere(keep: (e: Stored) => boolean) {
    return [...employments.values()].filter(keep).map((e) => view(e).summary);
  }

  function findEmployment(id: number): Stored {
    const e = employments.get(id);
    if (!e) return answer(replay('get_employment', { id }));
    return e;
  }

  /** The first fake shows employments on its contacts from this shared list: keep it up to date. */
  function share() {
    const shared: Json[] | undefined = win.__fakeBackend?.employments;
    if (!Array.isArray(shared)) return;
    shared.length = 0;
    shared.push(...summariesWhere(() => true));
  }

  function store(draft: Json, id?: number): Stored {
    const r = id === undefined ? replay('add_employment', { draft }) : replay('update_employment', { id, draft });
    answer(r);
    const e: Stored = { id: id === undefined ? nextEmploymentId++ : findEmployment(id).id, view: r.ok, draft: r.draft };
    employments.set(e.id, e);
    share();
    return e;
  }

  function end(id: number, ending: Json) {
    const e = findEmployment(id);
    e.view = answer(replay('end_employment', { id, end: ending }));
    share();
    return e;
  }

  const requests: { cmd: string; request: Json }[] = [];

  const commands: Record<string, (args: Json) => unknown> = {
    employment_form_options: () => setup.employmentOptions,
    list_employments: ({ person_id, contact_id }) =>
      summariesWhere(
        (e) => (person_id === null || e.view.employment.person_id === person_id) && (contact_id === null || e.view.employment.contact_id === contact_id),
      ),
    get_employment: ({ id }) => view(findEmployment(id)),
    employment_draft: ({ id }) => findEmployment(id).draft,
    add_employment: ({ draft }) => view(store(draft)),
    update_employment: ({ id, draft }) => view(store(draft, id)),
    end_employment: ({ id, end: ending }) => view(end(id, ending)),
    csv_preview: (args) => answer(replay('csv_preview', args)),
    preview_import: (args) => {
      requests.push({ cmd: 'preview_import', request: args.request });
      return answer(replay('preview_import', args));
    },
    run_import: async (args) => {
      requests.push({ cmd: 'run_import', request: args.request });
      await new Promise((resolve) => setTimeout(resolve, setup.importDelayMs ?? 0));
      return answer(replay('run_import', args));
    },
  };

  const calls: { cmd: string; args: Json }[] = [];
  win.__moreBackend = { calls, requests, employments };
  internals.invoke = async (cmd: string, args: Json = {}, options?: Json) => {
    const command = commands[cmd];
    if (!command) return original(cmd, args, options);
    calls.push({ cmd, args: copy(args) });
    // Arguments and answers cross "IPC" as JSON, as they do in the app.
    return copy(await command(copy(args)));
  };

  // Seeded employments are stored before anything is answered (the people and PAs are the first fake's).
  for (const seeded of setup.employments ?? []) {
    const e = store({ ...seeded.draft, person_id: seeded.person_id, contact_id: seeded.contact_id });
    if (seeded.ended) end(e.id, seeded.ended);
  }
  share();
}

// ---- In the test: opening the app on both fakes, and what to seed them with ----

const readGenerated = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`./generated/${name}`, import.meta.url), 'utf8')) as T;

/** The real contact_form_options and employment_form_options output, generated from the Rust code. */
export const CONTACT_FORM_OPTIONS = readGenerated<ContactFormOptions>('contact-form-options.json');
export const EMPLOYMENT_FORM_OPTIONS = readGenerated<EmploymentFormOptions>('employment-form-options.json');

/** A PA contact as the contact form would send it. */
export function paDraftOf(fields: Partial<ContactDraft> & { full_name: string }): ContactDraft {
  return { ...structuredClone(CONTACT_FORM_OPTIONS.blank), ...fields };
}

/** Complete, valid job terms: a regular 16 hours a week at £13.50, with these changes. */
export function employmentDraftOf(fields: SeedDraft = {}): SeedDraft {
  const { person_id: _person, contact_id: _contact, ...blank } = structuredClone(EMPLOYMENT_FORM_OPTIONS.blank);
  return {
    ...blank,
    duties: 'Personal care, meals and getting out',
    start_date: '2026-01-05',
    hours_per_week: '16',
    working_pattern: 'Monday to Friday, 8am to 11am',
    hourly_rate: '13.50',
    place_of_work: "The person's home",
    ...fields,
  };
}

export type AppWithMore = {
  people?: { draft: PersonDraft; archived?: boolean }[];
  contacts?: { draft: ContactDraft; archived?: boolean }[];
  employments?: SeedEmployment[];
  importDelayMs?: number;
};

/** Opens DP Hub on the first fake (people, contacts) wrapped by the second (imports, employments). */
export async function openAppWithMore(page: Page, setup: AppWithMore = {}): Promise<void> {
  const first = { today: TODAY, recordings: RECORDINGS, people: setup.people, contacts: setup.contacts, contactOptions: CONTACT_FORM_OPTIONS };
  await page.addInitScript(installFakeBackend, first as Parameters<typeof installFakeBackend>[0]);
  const more: MoreSetup = {
    today: TODAY,
    contactOptions: CONTACT_FORM_OPTIONS,
    employmentOptions: EMPLOYMENT_FORM_OPTIONS,
    contacts: setup.contacts,
    employments: setup.employments,
    importDelayMs: setup.importDelayMs,
  };
  await page.addInitScript(installMoreFakeBackend, more);
  await page.goto('/');
  await startOnPeople(page);
}

/** The import requests the app sent, oldest first. */
export async function importRequests(
  page: Page,
): Promise<{ cmd: string; request: { format: string; bytes: number[]; mapping: (string | null)[]; duplicates: string } }[]> {
  return page.evaluate(() => (window as unknown as { __moreBackend: { requests: never[] } }).__moreBackend.requests);
}
