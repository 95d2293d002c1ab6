// An in-memory stand-in for DP Hub's Rust backend, installed in the page before the app loads as
// window.__TAURI_INTERNALS__ (what @tauri-apps/api's invoke calls). Its answers are the real app's:
// generated/ipc-*.json hold what the real command handlers answered to the requests the specs make
// (listed in tests/browser/requests/*.json; tests/ipc_recordings.rs at the repository's root
// records them on the tests' today, 1 March 2026). The fake looks an answer up by command and
// arguments (replay) and keeps only simple state: the records saved, as the recordings answered.
// A request with no recording fails the test, naming what to add.
//
// Not yet replaced: the PA contact commands still mirror src-tauri/core/src/contacts/ (validate.rs,
// alerts.rs, service.rs) with the real contact_form_options output passed in through the setup.
//
// The function is serialised into the page by page.addInitScript, so it must not use anything
// from outside its own body.
import type { ContactDraft } from '../../src/lib/bindings/ContactDraft';
import type { ContactFormOptions } from '../../src/lib/bindings/ContactFormOptions';
import type { EmploymentSummary } from '../../src/lib/bindings/EmploymentSummary';
import type { PersonDraft } from '../../src/lib/bindings/PersonDraft';

/** An employment as it crosses IPC: ids are plain numbers there. */
export type FakeEmployment = Omit<EmploymentSummary, 'id' | 'person_id' | 'contact_id'> & {
  id: number;
  person_id: number;
  contact_id: number;
};

export type FakeSetup = {
  /** Today's date as the backend sees it (ages and next reviews depend on it). */
  today: string;
  /** People stored before the app opens. */
  people?: { draft: PersonDraft; archived?: boolean }[];
  currentId?: number | null;
  dbPath?: string;
  dbError?: string | null;
  /** The real contact_form_options output (tests/browser/generated/contact-form-options.json). */
  contactOptions?: ContactFormOptions;
  /** PA contacts stored before the app opens. */
  contacts?: { draft: ContactDraft; archived?: boolean }[];
  /** The real core's answers (generated/ipc-*.json), looked up by command and arguments. */
  recordings?: unknown[];
  /** Employments shown on contacts and by list_employments. */
  employments?: FakeEmployment[];
  /** What the Save dialog answers: a path, or null as if it was cancelled. */
  saveDialogAnswer?: string | null;
};

export function installFakeBackend(setup: FakeSetup): void {
  type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
  type Problem = { field: string; message: string };
  type Recording = { scenario: string; cmd: string; args: Json; ok?: Json; error?: Json; draft?: Json };

  // ---- The real core's answers, recorded (generated/ipc-*.json, from tests/browser/requests/) ----

  const stable = (value: unknown): string =>
    JSON.stringify(value, (_key, v) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
    );
  /** Commands whose record's own number is left out of the lookup: the fake numbers records itself. */
  const NUMBERED_HERE = new Set(['update_person', 'update_contact', 'update_employment', 'end_employment']);
  const keyOf = (cmd: string, args: Json) => {
    const rest = { ...args };
    if (NUMBERED_HERE.has(cmd)) delete rest.id;
    return `${cmd} ${stable(rest)}`;
  };
  const recorded = new Map<string, Recording>();
  const recordings = (setup.recordings ?? []) as Recording[];
  for (const r of recordings) if (!recorded.has(keyOf(r.cmd, r.args))) recorded.set(keyOf(r.cmd, r.args), r);
  const copy = (value: unknown) => (value === undefined ? null : JSON.parse(JSON.stringify(value)));

  /** What the real app answered to this command with these arguments (or, by name, in a scenario). */
  function replay(cmd: string, args: Json, scenario?: string): Recording {
    const found = scenario
      ? recordings.find((r) => r.scenario === scenario && r.cmd === cmd)
      : recorded.get(keyOf(cmd, args));
    if (found) return copy(found);
    const message = `No recorded answer for ${cmd} ${stable(args)}: add the request to tests/browser/requests/ and run cargo test -p dp-hub --test ipc`;
    console.error(message);
    throw { kind: 'storage', message };
  }
  /** The recorded answer, or its recorded refusal thrown. */
  function answer(r: Recording): Json {
    if (r.error) throw r.error;
    return r.ok;
  }

  // ---- People: the answers of add_person and update_person, as recorded, held by number ----

  type Stored = { id: number; archived: boolean; view: Json; draft: Json };
  const people = new Map<number, Stored>();
  let nextId = 1;
  let currentId: number | null = setup.currentId ?? null;

  function view(p: Stored) {
    return { ...p.view, person: { ...p.view.person, id: p.id, archived: p.archived } };
  }

  function summary(p: Stored) {
    const d = p.view.person.details;
    return {
      id: p.id,
      full_name: d.full_name,
      preferred_name: d.preferred_name,
      date_of_birth: d.date_of_birth,
      council: d.council,
      council_reference: d.council_reference,
      archived: p.archived,
    };
  }

  function find(id: number): Stored {
    const p = people.get(id);
    if (!p) return answer(replay('get_person', { id }));
    return p;
  }

  function store(draft: Json, id?: number): Stored {
    const r = id === undefined ? replay('add_person', { draft }) : replay('update_person', { id, draft });
    answer(r);
    const before = id === undefined ? null : find(id);
    const p: Stored = { id: before?.id ?? nextId++, archived: before?.archived ?? false, view: r.ok, draft: r.draft };
    people.set(p.id, p);
    return p;
  }

  for (const seeded of setup.people ?? []) {
    const p = store(seeded.draft);
    p.archived = seeded.archived ?? false;
  }
  // (What follows still has hand-written logic; see each part's comment.)
  const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

  // ---- PA contacts: still worked out here, as src-tauri/core/src/contacts/ does (to be replaced by recordings) ----

  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

  /** A date as "YYYY-MM-DD", or 'missing' / 'invalid'. */
  function parseDate(text: string): string | 'missing' | 'invalid' {
    const trimmed = text.trim();
    if (trimmed === '') return 'missing';
    const parts = trimmed.split(/[-/.\s]/).filter((p) => p !== '');
    if (parts.length !== 3 || !parts.every((p) => /^\d+$/.test(p))) return 'invalid';
    let y: string, m: string, d: string;
    if (parts[0].length === 4) [y, m, d] = parts;
    else if (parts[2].length === 4) [d, m, y] = parts;
    else return 'invalid';
    const year = Number(y);
    const month = Number(m);
    const day = Number(d);
    if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
      return 'invalid';
    }
    return iso(year, month, day);
  }

  function addMonths(date: string, months: number): string {
    const [y, m, d] = date.split('-').map(Number);
    const index = y * 12 + (m - 1) + months;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    return iso(year, month, Math.min(d, daysInMonth(year, month)));
  }

  /** An amount in whole pence, or the kind of problem. */
  function parseMoney(text: string): number | 'not_an_amount' | 'too_many_places' | 'negative' | 'too_large' {
    let rest = text.trim();
    let negative = false;
    if (rest.startsWith('-')) {
      negative = true;
      rest = rest.slice(1).trimStart();
    }
    if (rest.startsWith('£')) rest = rest.slice(1).trimStart();
    const [wholeTyped, fraction] = rest.includes('.') ? [rest.slice(0, rest.indexOf('.')), rest.slice(rest.indexOf('.') + 1)] : [rest, null];
    let whole = wholeTyped;
    if (whole.includes(',')) {
      const groups = whole.split(',');
      const ok = /^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
      if (!ok) return 'not_an_amount';
      whole = groups.join('');
    }
    if (whole === '' && (fraction === null || fraction === '')) return 'not_an_amount';
    if (!/^\d*$/.test(whole) || (fraction !== null && !/^\d*$/.test(fraction))) return 'not_an_amount';
    if ((fraction ?? '').length > 2) return 'too_many_places';
    if (whole.replace(/^0+/, '').length > 9) return 'too_large';
    const pence = Number(whole || '0') * 100 + Number((fraction ?? '').padEnd(2, '0') || '0');
    if (negative && pence > 0) return 'negative';
    return pence;
  }

  const canonical = (pence: number) => `${Math.floor(pence / 100)}.${pad(pence % 100)}`;
  const display = (pence: number) =>
    `£${String(Math.floor(pence / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${pad(pence % 100)}`;

  const POSTCODE =
    /^(?:GIR0AA|(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])[0-9][ABD-HJLNP-UW-Z]{2})$/;

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

  // ---- PA contacts (as src-tauri/core/src/contacts/ does; the choices are the real ones, passed in) ----

  const contactOptions: Json = setup.contactOptions ?? null;
  let dbsMaxAgeYears: number = contactOptions?.rules.dbs_max_age_years ?? 3;
  const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const longDate = (date: string) => {
    const [y, m, d] = date.split('-').map(Number);
    return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
  };
  const addDays = (date: string, days: number) => {
    const t = new Date(`${date}T00:00:00Z`);
    t.setUTCDate(t.getUTCDate() + days);
    return t.toISOString().slice(0, 10);
  };
  const words = (text: string) => fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const phoneDigits = (phone: string) => {
    const digits = phone.replace(/\D/g, '');
    const national = digits.startsWith('0044')
      ? digits.slice(4)
      : phone.trim().startsWith('+') && digits.startsWith('44')
        ? digits.slice(2)
        : null;
    return national === null ? digits : `0${national.replace(/^0/, '')}`;
  };
  const labelIn = (list: string, value: string) =>
    (contactOptions?.[list] as { value: string; label: string }[] | undefined)?.find((c) => c.value === value)?.label ?? value;

  function validateContact(draft: Json): { details: Json } | { problems: Problem[] } {
    const problems: Problem[] = [];
    const add = (field: string, message: string) => problems.push({ field, message });
    const opt = (text: string) => (text.trim() === '' ? null : text.trim());
    const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
    const list = (text: string) => {
      const items: string[] = [];
      for (const item of text.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean)) {
        if (!items.some((i) => i.toLowerCase() === item.toLowerCase())) items.push(item);
      }
      return items;
    };
    const date = (field: string, text: string, label: string, past = false): string | null => {
      if (opt(text) === null) return null;
      const parsed = parseDate(text);
      if (parsed === 'invalid' || parsed === 'missing') {
        add(field, `${capitalise(label)} must be a real date, like 27 3 2026`);
        return null;
      }
      if (past && parsed > setup.today) {
        add(field, `The ${label} must be today or in the past`);
        return null;
      }
      return parsed;
    };

    const fullName = opt(draft.full_name);
    if (fullName === null) add('full_name', "Enter the PA's full name");
    const phones: string[] = [];
    (draft.phones as string[]).forEach((text, i) => {
      const value = opt(text);
      if (value === null) return;
      const allowed = [...value].every((c, j) => /[0-9 ()-]/.test(c) || (c === '+' && j === 0));
      const digits = value.replace(/\D/g, '').length;
      if (!allowed || digits < 10 || digits > 15) {
        add(`phones.${i}`, 'Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192');
      } else if (!phones.includes(value.split(/\s+/).join(' '))) phones.push(value.split(/\s+/).join(' '));
    });
    const email = opt(draft.email);
    if (email !== null && !/^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/.test(email)) {
      add('email', 'Enter an email address in the correct format, like name@example.com');
    }
    let postcode: string | null = null;
    if (opt(draft.postcode)) {
      const compact = draft.postcode.replace(/\s/g, '').toUpperCase();
      if (POSTCODE.test(compact)) postcode = `${compact.slice(0, -3)} ${compact.slice(-3)}`;
      else add('postcode', 'Enter a real UK postcode, like SO23 8UJ');
    }
    let hourlyRate: string | null = null;
    if (opt(draft.hourly_rate)) {
      const pence = parseMoney(draft.hourly_rate);
      if (typeof pence === 'number') hourlyRate = canonical(pence);
      else add('hourly_rate', 'Enter the hourly rate asked in pounds and pence, like 1,250.00');
    }
    const d = draft.dbs;
    let dbs: Json = null;
    if (d.level !== null || opt(d.certificate_number) || opt(d.issue_date) || d.update_service) {
      if (!d.level) add('dbs.level', 'Select the level of the DBS check');
      let certificate: string | null = null;
      if (opt(d.certificate_number)) {
        const digits = d.certificate_number.replace(/\s/g, '');
        if (/^\d{12}$/.test(digits)) certificate = digits;
        else add('dbs.certificate_number', 'A DBS certificate number is 12 digits, like 001234567890');
      }
      let issued: string | null = null;
      if (opt(d.issue_date) === null) add('dbs.issue_date', "Enter the DBS certificate's issue date");
      else issued = date('dbs.issue_date', d.issue_date, "DBS certificate's issue date", true);
      if (d.level && issued) dbs = { level: d.level, certificate_number: certificate, issue_date: issued, update_service: d.update_service };
    }
    const training: Json[] = [];
    (draft.training as Json[]).forEach((row, i) => {
      if (!opt(row.course) && !opt(row.completed_on) && !opt(row.expires_on)) return;
      const course = opt(row.course);
      if (course === null) add(`training.${i}.course`, 'Enter the name of the course');
      const completed = date(`training.${i}.completed_on`, row.completed_on, 'date the course was done', true);
      const expires = date(`training.${i}.expires_on`, row.expires_on, 'expiry date');
      if (completed && expires && expires < completed) {
        add(`training.${i}.expires_on`, 'The expiry date must be after the date the course was done');
      }
      if (course) training.push({ course, completed_on: completed, expires_on: expires });
    });
    const rightToWork = date('right_to_work_checked_on', draft.right_to_work_checked_on, 'date of the right to work check', true);
    const rightToWorkUntil = date('right_to_work_until', draft.right_to_work_until ?? '', 'date the permission to work ends');
    const dob = date('date_of_birth', draft.date_of_birth, 'date of birth');
    if (dob && dob > setup.today) add('date_of_birth', 'Date of birth must be in the past');
    if (!draft.status) add('status', 'Select whether the PA is looking for work');
    const lastContacted = date('last_contacted_on', draft.last_contacted_on, 'date you last contacted them', true);
    if (problems.length > 0) return { problems };

    const inOrder = <T,>(all: T[], chosen: (c: T) => boolean) => all.filter(chosen);
    const days = contactOptions.weekdays.map((c: Json) => c.value) as string[];
    const parts = contactOptions.day_parts.map((c: Json) => c.value) as string[];
    const slots = days.flatMap((day) => parts.map((part) => ({ day, part })));
    return {
      details: {
        full_name: fullName,
        phones,
        email,
        address: draft.address.trim(),
        postcode,
        areas: list(draft.areas),
        skills: inOrder(contactOptions.skills.map((c: Json) => c.value) as string[], (s) => draft.skills.includes(s)),
        tags: list(draft.tags),
        languages: list(draft.languages),
        availability: inOrder(slots, (s) => (draft.availability as Json[]).some((a) => a.day === s.day && a.part === s.part)),
        hourly_rate: hourlyRate,
        work_preference: draft.work_preference,
        dbs,
        training,
        right_to_work_checked_on: rightToWork,
        right_to_work_until: rightToWorkUntil,
        references_taken: draft.references_taken,
        date_of_birth: dob,
        status: draft.status,
        last_contacted_on: lastContacted,
        notes: draft.notes.trim(),
      },
    };
  }

  type StoredContact = { id: number; archived: boolean; details: Json };
  const contacts = new Map<number, StoredContact>();
  let nextContactId = 1;
  /** Employments to show on contacts; another fake (for the employment screens) may add to it. */
  const employments: Json[] = [...(setup.employments ?? [])];

  function oldestDbsIssueDate(): string {
    return addMonths(setup.today, -12 * dbsMaxAgeYears);
  }

  function contactAlerts(d: Json): Json[] {
    const alerts: Json[] = [];
    if (d.dbs && !d.dbs.update_service && d.dbs.issue_date < oldestDbsIssueDate()) {
      alerts.push({
        kind: 'dbs_too_old',
        date: addMonths(d.dbs.issue_date, 12 * dbsMaxAgeYears),
        message: `DBS check issued on ${longDate(d.dbs.issue_date)} is more than ${dbsMaxAgeYears} years old and not on the update service`,
      });
    }
    const soon = addDays(setup.today, 30);
    for (const t of d.training) {
      if (!t.expires_on) continue;
      if (t.expires_on < setup.today) {
        alerts.push({ kind: 'training_expired', date: t.expires_on, message: `${t.course} training expired on ${longDate(t.expires_on)}` });
      } else if (t.expires_on <= soon) {
        alerts.push({ kind: 'training_expiring', date: t.expires_on, message: `${t.course} training expires on ${longDate(t.expires_on)}` });
      }
    }
    return alerts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }

  function findContact(id: number): StoredContact {
    const c = contacts.get(id);
    if (!c) throw { kind: 'not_found', message: `There is no PA contact with the number ${id}`, field: null, problems: [] };
    return c;
  }

  function contactsSharing(email: string | null, phones: string[], except: number | null) {
    const emailKey = email?.trim().toLowerCase() || null;
    const digits = phones.map(phoneDigits);
    return [...contacts.values()]
      .filter((c) => c.id !== except)
      .filter(
        (c) =>
          (emailKey !== null && c.details.email?.toLowerCase() === emailKey) ||
          (c.details.phones as string[]).some((p) => digits.includes(phoneDigits(p))),
      )
      .map((c) => ({ id: c.id, full_name: c.details.full_name }));
  }

  function contactView(c: StoredContact) {
    return {
      contact: { id: c.id, archived: c.archived, details: c.details },
      alerts: contactAlerts(c.details),
      possible_duplicates: contactsSharing(c.details.email, c.details.phones, c.id),
      employments: employments.filter((e) => e.contact_id === c.id),
    };
  }

  function contactSummary(c: StoredContact) {
    const d = c.details;
    return {
      id: c.id,
      full_name: d.full_name,
      phone: d.phones[0] ?? null,
      email: d.email,
      areas: d.areas,
      skills: d.skills,
      hourly_rate: d.hourly_rate,
      status: d.status,
      last_contacted_on: d.last_contacted_on,
      archived: c.archived,
      alerts: contactAlerts(d),
    };
  }

  function contactToDraft(d: Json) {
    return {
      full_name: d.full_name,
      phones: [...d.phones],
      email: d.email ?? '',
      address: d.address,
      postcode: d.postcode ?? '',
      areas: d.areas.join(', '),
      skills: [...d.skills],
      tags: d.tags.join(', '),
      languages: d.languages.join(', '),
      availability: d.availability,
      hourly_rate: d.hourly_rate ?? '',
      work_preference: d.work_preference,
      dbs: d.dbs
        ? { level: d.dbs.level, certificate_number: d.dbs.certificate_number ?? '', issue_date: d.dbs.issue_date, update_service: d.dbs.update_service }
        : { level: null, certificate_number: '', issue_date: '', update_service: false },
      training: d.training.map((t: Json) => ({ course: t.course, completed_on: t.completed_on ?? '', expires_on: t.expires_on ?? '' })),
      right_to_work_checked_on: d.right_to_work_checked_on ?? '',
      right_to_work_until: d.right_to_work_until ?? '',
      references_taken: d.references_taken,
      date_of_birth: d.date_of_birth ?? '',
      status: d.status,
      last_contacted_on: d.last_contacted_on ?? '',
      notes: d.notes,
    };
  }

  function storeContact(draft: Json, id?: number): StoredContact {
    const checked = validateContact(draft);
    if ('problems' in checked) throw invalid(checked.problems);
    const c: StoredContact =
      id === undefined ? { id: nextContactId++, archived: false, details: checked.details } : { ...findContact(id), details: checked.details };
    contacts.set(c.id, c);
    return c;
  }

  /** Every contact matching the query, in its order (the real one ranks with full-text search). */
  function matchingContacts(query: Json): StoredContact[] {
    const wanted = words(query.text ?? '');
    const area = words(query.area ?? '').join(' ');
    const nameMatches = (c: StoredContact) => wanted.every((w) => words(c.details.full_name).some((n) => n.startsWith(w)));
    const found = [...contacts.values()].filter((c) => {
      const d = c.details;
      if (c.archived && !query.include_archived) return false;
      const areaWords = words(`${d.areas.join(' ')} ${d.postcode ?? ''}`).join(' ');
      const haystack = words(
        [d.full_name, d.notes, ...d.skills.map((s: string) => labelIn('skills', s)), ...d.languages, ...d.tags, areaWords].join(' '),
      );
      if (!wanted.every((w) => haystack.some((h) => h.startsWith(w)))) return false;
      if (query.skill && !d.skills.includes(query.skill)) return false;
      if (area && !` ${areaWords} `.includes(` ${area} `)) return false;
      if (query.free_in && !d.availability.some((s: Json) => s.day === query.free_in.day && s.part === query.free_in.part)) return false;
      if (query.status && d.status !== query.status) return false;
      if (query.dbs_in_date && !(d.dbs && (d.dbs.update_service || d.dbs.issue_date >= oldestDbsIssueDate()))) return false;
      if (query.training_in_date && d.training.some((t: Json) => t.expires_on && t.expires_on < setup.today)) return false;
      return true;
    });
    const byName = (a: StoredContact, b: StoredContact) =>
      fold(a.details.full_name).localeCompare(fold(b.details.full_name)) || a.id - b.id;
    if (query.sort === 'last_contacted') {
      return found.sort(
        (a, b) => (b.details.last_contacted_on ?? '').localeCompare(a.details.last_contacted_on ?? '') || byName(a, b),
      );
    }
    if (query.sort === 'relevance' && wanted.length > 0) {
      return found.sort((a, b) => Number(nameMatches(b)) - Number(nameMatches(a)) || byName(a, b));
    }
    return found.sort(byName);
  }

  for (const seeded of setup.contacts ?? []) {
    const c = storeContact(seeded.draft);
    c.archived = seeded.archived ?? false;
  }

  const fake: Json = {
    /** What the Save dialog answers: a path, or null as if it was cancelled. */
    saveDialogAnswer: setup.saveDialogAnswer === undefined ? '/home/pat/Documents/pa-contacts.csv' : setup.saveDialogAnswer,
    /** Set to a message to make the next export fail with it. */
    exportProblem: null as string | null,
  };

  const contactCommands: Record<string, (args: Json) => unknown> = {
    contact_form_options: () => {
      if (!contactOptions) throw { kind: 'storage', message: 'The test gave the fake backend no contact options', field: null, problems: [] };
      return { ...contactOptions, rules: { dbs_max_age_years: dbsMaxAgeYears } };
    },
    search_contacts: ({ query }) => {
      const found = matchingContacts(query);
      return {
        contacts: found.slice(0, query.limit || 50).map(contactSummary),
        total: Math.min(found.length, 1000),
        more_than_counted: found.length > 1000,
      };
    },
    get_contact: ({ id }) => contactView(findContact(id)),
    contact_draft: ({ id }) => contactToDraft(findContact(id).details),
    add_contact: ({ draft }) => contactView(storeContact(draft)),
    update_contact: ({ id, draft }) => contactView(storeContact(draft, id)),
    archive_contact: ({ id }) => {
      findContact(id).archived = true;
      return null;
    },
    restore_contact: ({ id }) => {
      findContact(id).archived = false;
      return null;
    },
    find_contact_duplicates: ({ draft, exclude_id }) => {
      const email = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/.test(draft.email.trim()) ? draft.email.trim() : null;
      const phones = (draft.phones as string[]).filter((p) => p.replace(/\D/g, '').length >= 10);
      return contactsSharing(email, phones, exclude_id);
    },
    expiring_contacts: () =>
      [...contacts.values()]
        .filter((c) => !c.archived)
        .flatMap((c) => contactAlerts(c.details).map((alert) => ({ contact_id: c.id, contact_name: c.details.full_name, alert })))
        .sort((a, b) => a.alert.date.localeCompare(b.alert.date) || a.contact_name.localeCompare(b.contact_name)),
    set_contact_rules: ({ rules }) => {
      const years = rules.dbs_max_age_years;
      if (!Number.isInteger(years) || years < 1 || years > 10) {
        throw invalid([{ field: 'dbs_max_age_years', message: 'Enter the DBS age limit as a whole number of years, from 1 to 10' }]);
      }
      dbsMaxAgeYears = years;
      return { dbs_max_age_years: years };
    },
    export_contacts: ({ query }) => {
      if (fake.exportProblem) throw { kind: 'storage', message: fake.exportProblem, field: null, problems: [] };
      return matchingContacts(query).length;
    },
    list_employments: ({ person_id, contact_id }) =>
      employments.filter((e) => (person_id === null || e.person_id === person_id) && (contact_id === null || e.contact_id === contact_id)),
    'plugin:dialog|save': () => fake.saveDialogAnswer,
    // The start screen asks what needs doing; the checklist fake (fake-backend-checklists.ts) has real answers.
    what_needs_doing: () => [],
  };

  const commands: Record<string, (args: Json) => unknown> = {
    ...contactCommands,
    app_info: () => ({
      version: '0.1.0',
      db_path: setup.dbError ? null : (setup.dbPath ?? '/home/pat/.local/share/org.dphub.desktop/dphub.sqlite3'),
      db_error: setup.dbError ?? null,
      today: setup.today,
    }),
    person_form_options: () => answer(replay('person_form_options', {})),
    // Which people a search finds depends on who the test saved, so it is worked out here, simply.
    list_people: ({ query, include_archived }) => {
      const words = fold(query).split(/\s+/).filter(Boolean);
      return [...people.values()]
        .filter((p) => include_archived || !p.archived)
        .filter((p) => {
          const d = p.view.person.details;
          const haystack = fold(`${d.full_name} ${d.preferred_name ?? ''} ${d.council_reference ?? ''}`);
          return words.every((w) => haystack.includes(w));
        })
        .map(summary)
        .sort((a, b) => a.full_name.toLowerCase().localeCompare(b.full_name.toLowerCase()) || a.id - b.id);
    },
    get_person: ({ id }) => view(find(id)),
    person_draft: ({ id }) => find(id).draft,
    add_person: ({ draft }) => view(store(draft)),
    update_person: ({ id, draft }) => view(store(draft, id)),
    archive_person: ({ id }) => {
      find(id).archived = true;
      if (currentId === id) currentId = null;
      return null;
    },
    restore_person: ({ id }) => {
      find(id).archived = false;
      return null;
    },
    current_person: () => {
      const p = currentId === null ? undefined : people.get(currentId);
      return p && !p.archived ? summary(p) : null;
    },
    set_current_person: ({ id }) => {
      if (id !== null && find(id).archived) answer(replay('set_current_person', { id }, 'an archived person'));
      currentId = id;
      return null;
    },
    suggest_review_dates: (args) => answer(replay('suggest_review_dates', args)),
  };

  const calls: { cmd: string; args: Json }[] = [];
  let callbackId = 0;

  // Tests read what was sent, and another fake may add commands by wrapping invoke below.
  (window as Json).__fakeBackend = Object.assign(fake, { calls, people, contacts, employments, replay, answer });
  (window as Json).__TAURI_INTERNALS__ = {
    metadata: { currentWindow: { label: 'main' }, currentWebview: { windowLabel: 'main', label: 'main' } },
    transformCallback: () => ++callbackId,
    unregisterCallback: () => {},
    convertFileSrc: (path: string) => path,
    invoke: async (cmd: string, args: Json = {}) => {
      calls.push({ cmd, args: copy(args) });
      const command = commands[cmd];
      if (!command) throw { kind: 'storage', message: `The fake backend has no command ${cmd}`, field: null, problems: [] };
      // Arguments and answers cross "IPC" as JSON, as they do in the app.
      return copy(command(copy(args)));
    },
  };
}
