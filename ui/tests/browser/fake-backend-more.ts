// A second fake backend, for the import wizard and the employment screens. It is installed after
// the first (fake-backend.ts) and wraps its window.__TAURI_INTERNALS__.invoke: the import and
// employment commands are answered here, everything else (people, contacts) by the first fake.
// The employment answers are the real app's, recorded (generated/ipc-employment.json, from
// requests/employment.json), looked up with the first fake's replay. The import is still read here,
// simply, with the messages of the core's import (to be replaced by recordings).
//
// installMoreFakeBackend is serialised into the page by page.addInitScript, so it must not use
// anything from outside its own body. The helpers below it run in the test, not in the page.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { ContactDraft } from '../../src/lib/bindings/ContactDraft';
import type { ContactFormOptions } from '../../src/lib/bindings/ContactFormOptions';
import type { EmploymentDraft } from '../../src/lib/bindings/EmploymentDraft';
import type { EmploymentFormOptions } from '../../src/lib/bindings/EmploymentFormOptions';
import type { ImportPreview } from '../../src/lib/bindings/ImportPreview';
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
  /** The same contacts the first fake was given: the import finds duplicates among them. */
  contacts?: { draft: ContactDraft; archived?: boolean }[];
  employments?: SeedEmployment[];
  /** An answer for preview_import (and what run_import counts) instead of reading the bytes. */
  importPreview?: ImportPreview;
  /** How long run_import takes, so its progress can be seen. */
  importDelayMs?: number;
};

export function installMoreFakeBackend(setup: MoreSetup): void {
  type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
  type Problem = { field: string; message: string };

  const win = window as Json;
  const internals = win.__TAURI_INTERNALS__;
  const original: (cmd: string, args?: Json, options?: Json) => Promise<Json> = internals.invoke;
  const copy = (value: unknown) => (value === undefined ? null : JSON.parse(JSON.stringify(value)));

  function invalid(problems: Problem[]) {
    return {
      kind: 'validation',
      message:
        problems.length === 1
          ? problems[0].message
          : `There are ${problems.length} problems: ${problems.map((p) => p.message).join('; ')}`,
      field: problems[0].field,
      problems,
    };
  }

  // ---- Employments: the answers of add_employment, update_employment and end_employment, as
  // recorded (looked up with the first fake's replay), held by number ----

  const replay = (cmd: string, args: Json): Json => win.__fakeBackend.replay(cmd, args);
  const answer = (r: Json): Json => win.__fakeBackend.answer(r);

  /** The contacts the test seeded, for the import's duplicates. */
  const seededContacts = (setup.contacts ?? []).map((seeded, index) => ({ id: index + 1, draft: seeded.draft }));

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

  // ---- Import: a small vCard and CSV reader, enough for the tests, with the messages of
  // src-tauri/core/src/contacts/import.rs and interchange/ ----

  type Record_ = { line: number; name: string; email: string | null; phone: string | null };
  type Read = { records: Record_[]; rejected: { line: number; full_name: string | null; reason: string }[] };

  /** A file that cannot be read: a problem with the `file` field, naming the line when there is one. */
  const fileError = (message: string, line: number | null = null) =>
    invalid([{ field: 'file', message: line === null ? message : `Line ${line}: ${message}` }]);
  const BAD_EMAIL = 'Enter an email address in the correct format, like name@example.com';

  function decode(bytes: number[]): string {
    const text = new TextDecoder().decode(new Uint8Array(bytes));
    if (text.trim() === '') throw fileError('This file is empty');
    const start = [...text.slice(0, 1000)];
    const odd = start.filter((c) => /[\u0000-\u0008\u000e-\u001f\ufffd]/.test(c)).length;
    if (odd * 10 > start.length) throw fileError('This file is not text: it may be a picture, a program or a compressed file');
    return text;
  }

  function readVcard(bytes: number[]): Read {
    const lines = decode(bytes).split(/\r?\n/);
    if (!lines.some((l) => l.trim().toUpperCase() === 'BEGIN:VCARD')) {
      throw fileError('This file has no vCard contacts in it (no BEGIN:VCARD line)');
    }
    const read: Read = { records: [], rejected: [] };
    let card: Json = null;
    const finish = () => {
      if (card.name === '') {
        read.rejected.push({ line: card.line, full_name: null, reason: `The contact starting on line ${card.line} has no name (no FN or N line)` });
      } else if (card.email && !card.email.includes('@')) {
        read.rejected.push({ line: card.line, full_name: card.name, reason: BAD_EMAIL });
      } else read.records.push(card);
      card = null;
    };
    lines.forEach((raw, index) => {
      const line = raw.trim();
      const upper = line.toUpperCase();
      if (upper === 'BEGIN:VCARD') {
        if (card) {
          read.rejected.push({
            line: card.line,
            full_name: null,
            reason: `The contact starting on line ${card.line} has no END:VCARD line; the file may be cut short`,
          });
        }
        card = { line: index + 1, name: '', email: null, phone: null };
      } else if (upper === 'END:VCARD' && card) finish();
      else if (card) {
        const colon = line.indexOf(':');
        const key = line.slice(0, colon).split(';')[0].toUpperCase();
        const value = line.slice(colon + 1).trim();
        if (key === 'FN') card.name = value;
        if (key === 'EMAIL' && !card.email) card.email = value;
        if (key === 'TEL' && !card.phone) card.phone = value;
      }
    });
    if (card) {
      read.rejected.push({
        line: card.line,
        full_name: null,
        reason: `The contact starting on line ${card.line} has no END:VCARD line; the file may be cut short`,
      });
    }
    return read;
  }

  /** Rows with something in them, each with its line; the first is the header. */
  function csvRows(bytes: number[]): { line: number; cells: string[] }[] {
    const rows = decode(bytes)
      .split(/\r?\n/)
      .map((line, index) => ({ line: index + 1, cells: line.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1')) }))
      .filter((row) => row.cells.some((c) => c !== ''));
    if (rows.length === 0) throw fileError('This file has no rows');
    const header = rows[0];
    if (header.cells.length > 1000) {
      throw fileError(
        `The header row on line ${header.line} has ${header.cells.length} columns; a contacts file has at most 1000`,
        header.line,
      );
    }
    return rows;
  }

  function suggest(header: string): string | null {
    const h = header.toLowerCase().replace(/[^a-z]/g, '');
    const known: Record<string, string> = {
      name: 'full_name',
      fullname: 'full_name',
      firstname: 'given_name',
      lastname: 'family_name',
      surname: 'family_name',
      email: 'email',
      emailaddress: 'email',
      phone: 'phone',
      mobile: 'phone',
      postcode: 'postcode',
      notes: 'notes',
    };
    return known[h] ?? null;
  }

  function readCsv(bytes: number[], mapping: (string | null)[]): Read {
    const [header, ...rows] = csvRows(bytes);
    if (mapping.length > header.cells.length) {
      throw fileError(`The file has ${header.cells.length} columns but ${mapping.length} column choices were given`);
    }
    if (!mapping.some((f) => f === 'full_name' || f === 'given_name' || f === 'family_name')) {
      throw fileError('Choose which column holds the name');
    }
    const read: Read = { records: [], rejected: [] };
    for (const row of rows) {
      const cell = (field: string) => {
        const column = mapping.indexOf(field);
        const value = column === -1 ? '' : (row.cells[column] ?? '');
        return value === '' ? null : value;
      };
      const name = cell('full_name') ?? [cell('given_name'), cell('family_name')].filter(Boolean).join(' ');
      const email = cell('email');
      if (!name) read.rejected.push({ line: row.line, full_name: null, reason: `The row on line ${row.line} has no name` });
      else if (email && !email.includes('@')) read.rejected.push({ line: row.line, full_name: name, reason: BAD_EMAIL });
      else read.records.push({ line: row.line, name, email, phone: cell('phone') });
    }
    return read;
  }

  function preview(request: Json) {
    if (setup.importPreview) return { ...setup.importPreview, policy: request.duplicates };
    const read = request.format === 'vcard' ? readVcard(request.bytes) : readCsv(request.bytes, request.mapping);
    const out: Json = { to_add: [], duplicates: [], rejected: read.rejected, policy: request.duplicates };
    const seenEmails = new Map<string, Record_>();
    for (const record of read.records) {
      const email = record.email?.toLowerCase() ?? null;
      const saved = email ? seededContacts.find((c) => c.draft.email.toLowerCase() === email) : undefined;
      const earlier = email ? seenEmails.get(email) : undefined;
      if (saved) {
        out.duplicates.push({
          line: record.line,
          full_name: record.name,
          existing_id: saved.id,
          existing_name: saved.draft.full_name,
          reason: `Same email address as ${saved.draft.full_name}`,
        });
      } else if (earlier) {
        out.duplicates.push({
          line: record.line,
          full_name: record.name,
          existing_id: null,
          existing_name: earlier.name,
          reason: `Same email address as line ${earlier.line} of this file`,
        });
      } else {
        out.to_add.push({ line: record.line, full_name: record.name, email: record.email, phone: record.phone });
        if (email) seenEmails.set(email, record);
      }
    }
    return out;
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
    csv_preview: ({ bytes }) => {
      const [header, ...rows] = csvRows(bytes);
      const width = header.cells.length;
      return {
        headers: header.cells,
        sample_rows: rows.slice(0, 5).map((row) => Array.from({ length: width }, (_, i) => row.cells[i] ?? '')),
        suggested_mapping: header.cells.map(suggest),
        row_count: rows.length,
      };
    },
    preview_import: ({ request }) => {
      requests.push({ cmd: 'preview_import', request });
      return preview(request);
    },
    run_import: async ({ request }) => {
      requests.push({ cmd: 'run_import', request });
      const p = preview(request);
      await new Promise((resolve) => setTimeout(resolve, setup.importDelayMs ?? 0));
      // Only rows matching a saved contact can be merged; repeats within the file are skipped.
      const merged = request.duplicates === 'merge' ? p.duplicates.filter((d: Json) => d.existing_id !== null).length : 0;
      return { added: p.to_add.length, merged, skipped: p.duplicates.length - merged, rejected: p.rejected.length };
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
  importPreview?: ImportPreview;
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
    importPreview: setup.importPreview,
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
