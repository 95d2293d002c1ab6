// A second fake backend, for the import wizard and the employment screens. It is installed after
// the first (fake-backend.ts) and wraps its window.__TAURI_INTERNALS__.invoke: the import and
// employment commands are answered here, everything else (people, contacts) by the first fake.
// Choices and labels are the real generated options, passed in through the setup; the messages
// mirror what the screens are tested for.
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
  /** The same contacts the first fake was given: used only when it cannot answer for them. */
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
  const ask = (cmd: string, args: Json) => internals.invoke(cmd, args);

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
  const notFound = (message: string) => ({ kind: 'not_found', message, field: null, problems: [] });

  // ---- Reading what was typed ----

  const pad = (n: number) => String(n).padStart(2, '0');
  const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

  function parseDate(text: string): string | 'missing' | 'invalid' {
    const trimmed = text.trim();
    if (trimmed === '') return 'missing';
    const parts = trimmed.split(/[-/.\s]/).filter((p) => p !== '');
    if (parts.length !== 3 || !parts.every((p) => /^\d+$/.test(p))) return 'invalid';
    const [y, m, d] = parts[0].length === 4 ? parts : [parts[2], parts[1], parts[0]];
    const [year, month, day] = [Number(y), Number(m), Number(d)];
    if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
      return 'invalid';
    }
    return `${year}-${pad(month)}-${pad(day)}`;
  }

  function parseMoney(text: string): string | null {
    const match = /^£?\s*(\d{1,6})(?:\.(\d{1,2}))?$/.exec(text.trim().replaceAll(',', ''));
    return match ? `${Number(match[1])}.${(match[2] ?? '').padEnd(2, '0')}` : null;
  }

  // ---- Contacts: the first fake's, or (until it has them) the ones given here ----

  const seededContacts = (setup.contacts ?? []).map((seeded, index) => ({
    id: index + 1,
    archived: seeded.archived ?? false,
    draft: seeded.draft,
  }));

  function ownContactView(id: number) {
    const c = seededContacts.find((s) => s.id === id);
    if (!c) throw notFound(`There is no PA with the number ${id}`);
    const d = c.draft;
    const phones = d.phones.filter((p) => p.trim() !== '');
    return {
      contact: {
        id: c.id,
        archived: c.archived,
        details: { ...d, phones, email: d.email || null, areas: d.areas.split(',').map((a) => a.trim()).filter(Boolean) },
      },
      alerts: [],
      possible_duplicates: [],
      employments: summariesWhere((e) => e.contact_id === id),
    };
  }

  function ownSearch(query: Json) {
    const words = String(query.text).toLowerCase().split(/\s+/).filter(Boolean);
    const found = seededContacts
      .filter((c) => query.include_archived || !c.archived)
      .filter((c) => {
        const nameWords = c.draft.full_name.toLowerCase().split(/\s+/);
        return words.every((w) => nameWords.some((n) => n.startsWith(w)));
      })
      .sort((a, b) => a.draft.full_name.localeCompare(b.draft.full_name));
    const limit = query.limit || 50;
    return {
      contacts: found.slice(0, limit).map((c) => ({
        id: c.id,
        full_name: c.draft.full_name,
        phone: c.draft.phones[0] ?? null,
        email: c.draft.email || null,
        areas: c.draft.areas.split(',').map((a) => a.trim()).filter(Boolean),
        skills: c.draft.skills,
        hourly_rate: c.draft.hourly_rate || null,
        status: c.draft.status ?? 'looking_for_work',
        last_contacted_on: null,
        archived: c.archived,
        alerts: [],
      })),
      total: found.length,
    };
  }

  /** Commands the first fake may not have yet: asked there first, answered here when it cannot. */
  const fallbacks: Record<string, (args: Json) => unknown> = {
    contact_form_options: () => setup.contactOptions,
    search_contacts: ({ query }) => ownSearch(query),
    get_contact: ({ id }) => ownContactView(id),
  };

  async function contactName(id: number): Promise<string> {
    const view = await ask('get_contact', { id });
    return view.contact.details.full_name;
  }

  function personName(id: number): string {
    const person = win.__fakeBackend?.people?.get(id);
    if (!person) throw notFound(`There is no person with the number ${id}`);
    return person.view.person.details.full_name;
  }

  // ---- Employments ----

  type Stored = { id: number; person_id: number; contact_id: number; contact_name: string; terms: Json; ended: Json };
  const employments = new Map<number, Stored>();
  let nextEmploymentId = 1;

  function weeksField(field: string, text: string, what: string, min: number, add: (f: string, m: string) => void): number | null {
    const value = text.trim();
    if (value === '') return null;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > 52) {
      add(field, `Enter the ${what} as a whole number of weeks, from ${min} to 52, or leave it blank`);
      return null;
    }
    return Number(value);
  }

  // The messages are those of src-tauri/core/src/employment/validate.rs and service.rs.
  async function check(draft: Json): Promise<{ person_id: number; contact_id: number; contact_name: string; terms: Json }> {
    const problems: Problem[] = [];
    const add = (field: string, message: string) => problems.push({ field, message });
    const text = (value: string) => value.trim();

    if (draft.person_id === null || !win.__fakeBackend?.people?.get(draft.person_id)) {
      add('person_id', 'Select the person who employs the PA');
    }
    let name = '';
    if (draft.contact_id === null) add('contact_id', 'Choose the PA');
    else {
      try {
        name = await contactName(draft.contact_id);
      } catch {
        add('contact_id', 'Choose the PA');
      }
    }
    if (text(draft.job_title) === '') add('job_title', 'Enter the job title');
    const start = parseDate(draft.start_date);
    if (start === 'missing') add('start_date', 'Enter the start date');
    if (start === 'invalid') add('start_date', 'Start date must be a real date, like 27 3 2026');
    let continuous = parseDate(draft.continuous_employment_start);
    if (continuous === 'missing') continuous = start;
    else if (continuous === 'invalid') {
      add('continuous_employment_start', 'Start of continuous employment must be a real date, like 27 3 2026');
    } else if (start.length === 10 && continuous > start) {
      add('continuous_employment_start', 'Continuous employment must start on or before the start date');
    }
    if (!draft.hours_kind) add('hours_kind', 'Select whether the hours are regular or irregular');
    let hours: string | null = null;
    if (draft.hours_kind === 'regular') {
      const typed = text(draft.hours_per_week);
      if (typed === '') add('hours_per_week', 'Enter the normal hours a week');
      else if (!/^\d{1,3}(\.\d{1,2})?$/.test(typed) || Number(typed) <= 0 || Number(typed) > 168) {
        add('hours_per_week', 'Enter the hours a week as a number from 0.25 to 168, like 16 or 7.5');
      } else hours = String(Number(typed));
      if (text(draft.working_pattern) === '') {
        add('working_pattern', 'Enter the days and times of work, like Monday to Friday, 8am to 10am');
      }
    }
    const rate = parseMoney(draft.hourly_rate);
    if (text(draft.hourly_rate) === '') add('hourly_rate', 'Enter the hourly rate');
    else if (rate === null) add('hourly_rate', 'Enter the hourly rate in pounds and pence, like 1,250.00');
    if (!draft.pay_frequency) add('pay_frequency', 'Select how often the PA is paid');
    if (!draft.holiday) add('holiday', 'Select how holiday is given');
    else if (draft.hours_kind === 'regular' && draft.holiday !== 'regular_5_6_weeks') {
      add(
        'holiday',
        'For regular hours, holiday is 5.6 weeks a year: holiday that builds up with hours worked, and rolled-up holiday pay, are only for irregular hours',
      );
    }
    const probation = weeksField('probation_weeks', draft.probation_weeks, 'probation', 0, add);
    const noticeByEmployer = weeksField('notice_by_employer_weeks', draft.notice_by_employer_weeks, 'notice', 1, add);
    const noticeByPa = weeksField('notice_by_pa_weeks', draft.notice_by_pa_weeks, 'notice', 1, add);
    if (!draft.sick_pay) add('sick_pay', 'Select what sick pay the PA gets');
    else if (draft.sick_pay === 'enhanced' && text(draft.sick_pay_details) === '') {
      add('sick_pay_details', 'Describe the sick pay: how much and for how long');
    }
    if (problems.length > 0) throw invalid(problems);
    return {
      person_id: draft.person_id,
      contact_id: draft.contact_id,
      contact_name: name,
      terms: {
        job_title: text(draft.job_title),
        duties: text(draft.duties),
        start_date: start,
        continuous_employment_start: continuous,
        hours_kind: draft.hours_kind,
        hours_per_week: hours,
        working_pattern: text(draft.working_pattern),
        hourly_rate: rate,
        pay_frequency: draft.pay_frequency,
        holiday: draft.holiday,
        place_of_work: text(draft.place_of_work),
        probation_weeks: probation,
        notice_by_employer_weeks: noticeByEmployer,
        notice_by_pa_weeks: noticeByPa,
        sick_pay: draft.sick_pay,
        sick_pay_details: draft.sick_pay === 'enhanced' ? text(draft.sick_pay_details) : '',
        pension_scheme: text(draft.pension_scheme) === '' ? null : text(draft.pension_scheme),
      },
    };
  }

  function summary(e: Stored) {
    const end = e.ended?.end_date ?? null;
    return {
      id: e.id,
      person_id: e.person_id,
      person_name: personName(e.person_id),
      contact_id: e.contact_id,
      contact_name: e.contact_name,
      job_title: e.terms.job_title,
      start_date: e.terms.start_date,
      end_date: end,
      hourly_rate: e.terms.hourly_rate,
      hours: e.terms.hours_kind === 'regular' ? `${e.terms.hours_per_week} hours a week` : 'Irregular hours',
      current: end === null || end >= setup.today,
    };
  }

  function summariesWhere(keep: (e: Stored) => boolean) {
    return [...employments.values()].filter(keep).map(summary);
  }

  function describeNotice(weeks: number | null, byEmployer: boolean): string {
    if (weeks === 1) return '1 week';
    if (weeks !== null) return `${weeks} weeks`;
    return byEmployer
      ? "The legal minimum: 1 week after 1 month's work, then 1 week for each full year from 2 years, up to 12 weeks"
      : "The legal minimum: 1 week after 1 month's work";
  }

  function view(e: Stored) {
    return {
      employment: { id: e.id, person_id: e.person_id, contact_id: e.contact_id, terms: e.terms, ended: e.ended },
      summary: summary(e),
      notice_by_employer: describeNotice(e.terms.notice_by_employer_weeks, true),
      notice_by_pa: describeNotice(e.terms.notice_by_pa_weeks, false),
    };
  }

  function findEmployment(id: number): Stored {
    const e = employments.get(id);
    if (!e) throw notFound(`There is no employment with the number ${id}`);
    return e;
  }

  /** The first fake shows employments on its contacts from this shared list: keep it up to date. */
  function share() {
    const shared: Json[] | undefined = win.__fakeBackend?.employments;
    if (!Array.isArray(shared)) return;
    shared.length = 0;
    shared.push(...summariesWhere(() => true));
  }

  function toDraft(e: Stored) {
    const t = e.terms;
    const weeks = (n: number | null) => (n === null ? '' : String(n));
    return {
      person_id: e.person_id,
      contact_id: e.contact_id,
      job_title: t.job_title,
      duties: t.duties,
      start_date: t.start_date,
      continuous_employment_start: t.continuous_employment_start === t.start_date ? '' : t.continuous_employment_start,
      hours_kind: t.hours_kind,
      hours_per_week: t.hours_per_week ?? '',
      working_pattern: t.working_pattern,
      hourly_rate: t.hourly_rate,
      pay_frequency: t.pay_frequency,
      holiday: t.holiday,
      place_of_work: t.place_of_work,
      probation_weeks: weeks(t.probation_weeks),
      notice_by_employer_weeks: weeks(t.notice_by_employer_weeks),
      notice_by_pa_weeks: weeks(t.notice_by_pa_weeks),
      sick_pay: t.sick_pay,
      sick_pay_details: t.sick_pay_details,
      pension_scheme: t.pension_scheme ?? '',
    };
  }

  async function store(draft: Json, id?: number): Promise<Stored> {
    const checked = await check(draft);
    const before = id === undefined ? null : findEmployment(id);
    const e: Stored = { id: before?.id ?? nextEmploymentId++, ended: before?.ended ?? null, ...checked };
    employments.set(e.id, e);
    share();
    return e;
  }

  function end(id: number, ending: Json) {
    const e = findEmployment(id);
    if (e.ended) throw invalid([{ field: '', message: 'This employment has already ended' }]);
    const problems: Problem[] = [];
    const date = parseDate(ending.end_date);
    if (date === 'missing') problems.push({ field: 'end_date', message: 'Enter the last day of employment' });
    else if (date === 'invalid') {
      problems.push({ field: 'end_date', message: 'Last day of employment must be a real date, like 27 3 2026' });
    } else if (date < e.terms.start_date) {
      problems.push({ field: 'end_date', message: 'The last day must be on or after the start date' });
    }
    if (ending.reason.trim() === '') {
      problems.push({ field: 'reason', message: 'Enter why the employment ended, like resigned or moved away' });
    }
    if (problems.length > 0) throw invalid(problems);
    e.ended = { end_date: date, reason: ending.reason.trim() };
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
        (e) => (person_id === null || e.person_id === person_id) && (contact_id === null || e.contact_id === contact_id),
      ),
    get_employment: ({ id }) => view(findEmployment(id)),
    employment_draft: ({ id }) => toDraft(findEmployment(id)),
    add_employment: async ({ draft }) => view(await store(draft)),
    update_employment: async ({ id, draft }) => view(await store(draft, id)),
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
  let seeding: Promise<void> = Promise.resolve();

  internals.invoke = async (cmd: string, args: Json = {}, options?: Json) => {
    const command = commands[cmd];
    if (command) {
      await seeding;
      calls.push({ cmd, args: copy(args) });
      // Arguments and answers cross "IPC" as JSON, as they do in the app.
      return copy(await command(copy(args)));
    }
    const fallback = fallbacks[cmd];
    if (!fallback) return original(cmd, args, options);
    try {
      return await original(cmd, args, options);
    } catch (error) {
      const missing = String((error as Json)?.message ?? '').startsWith('The fake backend has no command');
      if (!missing) throw error;
      return copy(await fallback(copy(args)));
    }
  };

  // Seeded employments are stored before anything else is answered (names come from the first fake).
  seeding = (async () => {
    for (const seeded of setup.employments ?? []) {
      const e = await store({ ...seeded.draft, person_id: seeded.person_id, contact_id: seeded.contact_id });
      if (seeded.ended) e.ended = seeded.ended;
    }
    share();
  })();
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
