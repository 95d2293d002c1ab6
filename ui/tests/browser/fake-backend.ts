// An in-memory stand-in for DP Hub's Rust backend, installed in the page before the app loads as
// window.__TAURI_INTERNALS__ (what @tauri-apps/api's invoke calls). Its answers are the real app's:
// generated/ipc-*.json hold what the real command handlers answered to the requests the specs make
// (listed in tests/browser/requests/*.json; tests/ipc_recordings.rs at the repository's root
// records them on the tests' today, 1 March 2026). The fake looks an answer up by command and
// arguments (replay) and keeps only simple state: the records saved, as the recordings answered.
// A request with no recording fails the test, naming what to add.
//
// What is still worked out here is simple state: which saved contacts a search finds and in what
// order (the core ranks with full-text search), and the renewals list built from the recorded alerts.
//
// The function is serialised into the page by page.addInitScript, so it must not use anything
// from outside its own body.
import type { ContactDraft } from '../../src/lib/bindings/ContactDraft';
import type { ContactFormOptions } from '../../src/lib/bindings/ContactFormOptions';
import type { EmploymentSummary } from '../../src/lib/bindings/EmploymentSummary';
import type { PersonDraft } from '../../src/lib/bindings/PersonDraft';
import type { Protection } from '../../src/lib/bindings/Protection';

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
  /** The database waits for a passphrase: `new`/`plain` to choose one, `passphrase` to enter it. */
  locked?: Protection | null;
  /** The real contact_form_options output (tests/browser/generated/contact-form-options.json). */
  contactOptions?: ContactFormOptions;
  /** PA contacts stored before the app opens. */
  contacts?: { draft: ContactDraft; archived?: boolean }[];
  /** Many PA contacts stored after those, alike but for their names (one recorded draft, copied). */
  contactCopies?: { draft: ContactDraft; names: string[] };
  /** The real core's answers (generated/ipc-*.json), looked up by command and arguments. */
  recordings?: unknown[];
  /** Employments shown on contacts and by list_employments. */
  employments?: FakeEmployment[];
  /** What the Save dialog answers: a path, or null as if it was cancelled. */
  saveDialogAnswer?: string | null;
};

export function installFakeBackend(setup: FakeSetup): void {
  type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
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
  const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const words = (text: string) => fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

  // ---- PA contacts: the answers of add_contact and update_contact, as recorded, held by number ----

  const contactOptions: Json = setup.contactOptions ?? null;
  let dbsMaxAgeYears: number = contactOptions?.rules.dbs_max_age_years ?? 3;
  const labelIn = (list: string, value: string) =>
    (contactOptions?.[list] as { value: string; label: string }[] | undefined)?.find((c) => c.value === value)?.label ?? value;

  /**
   * A contact as the core answered for it: its checked details, its draft, its alerts (for one with
   * a DBS check, under each DBS age limit) and the contacts it may be the same person as.
   */
  type StoredContact = {
    id: number;
    archived: boolean;
    details: Json;
    draft: Json;
    alerts: Json[];
    alertsByDbsLimit: Record<string, Json[]> | null;
    sameAs: Set<number>;
  };
  const contacts = new Map<number, StoredContact>();
  let nextContactId = 1;
  /** Employments to show on contacts; another fake (for the employment screens) may add to it. */
  const employments: Json[] = [...(setup.employments ?? [])];

  const alertsOf = (c: StoredContact): Json[] => c.alertsByDbsLimit?.[String(dbsMaxAgeYears)] ?? c.alerts;

  function findContact(id: number): StoredContact {
    const c = contacts.get(id);
    if (!c) return answer(replay('get_contact', { id }));
    return c;
  }

  function contactView(c: StoredContact) {
    return {
      contact: { id: c.id, archived: c.archived, details: c.details },
      alerts: alertsOf(c),
      possible_duplicates: [...c.sameAs].sort((a, b) => a - b).map((id) => ({ id, full_name: contacts.get(id)!.details.full_name })),
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
      alerts: alertsOf(c),
    };
  }

  /** Holds what the core answered; the recorded possible duplicates (by name) become two-way links. */
  function keepContact(r: Recording, id?: number, fullName?: string): StoredContact {
    answer(r);
    const before = id === undefined ? null : findContact(id);
    const details = { ...r.ok.contact.details, full_name: fullName ?? r.ok.contact.details.full_name };
    const c: StoredContact = {
      id: before?.id ?? nextContactId++,
      archived: before?.archived ?? false,
      details,
      draft: { ...r.draft, full_name: fullName ?? r.draft.full_name },
      alerts: r.ok.alerts,
      alertsByDbsLimit: (r as Json).alerts_by_dbs_limit ?? null,
      sameAs: new Set(),
    };
    for (const other of contacts.values()) other.sameAs.delete(c.id);
    const names = (r.ok.possible_duplicates as { full_name: string }[]).map((d) => d.full_name);
    for (const other of contacts.values()) {
      if (other.id !== c.id && names.includes(other.details.full_name)) {
        c.sameAs.add(other.id);
        other.sameAs.add(c.id);
      }
    }
    contacts.set(c.id, c);
    return c;
  }

  const storeContact = (draft: Json, id?: number): StoredContact =>
    keepContact(id === undefined ? replay('add_contact', { draft }) : replay('update_contact', { id, draft }), id);

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
      // In date as the core's alerts say: a DBS check that is not too old, no course expired.
      if (query.dbs_in_date && !(d.dbs && !alertsOf(c).some((a) => a.kind === 'dbs_too_old'))) return false;
      if (query.training_in_date && alertsOf(c).some((a) => a.kind === 'training_expired')) return false;
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
  // Many contacts alike but for their names (for the list's limits): one recorded answer, copied.
  if (setup.contactCopies) {
    const r = replay('add_contact', { draft: setup.contactCopies.draft });
    for (const name of setup.contactCopies.names) keepContact(r, undefined, name);
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
    contact_draft: ({ id }) => findContact(id).draft,
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
    find_contact_duplicates: (args) => answer(replay('find_contact_duplicates', args)),
    expiring_contacts: () =>
      [...contacts.values()]
        .filter((c) => !c.archived)
        .flatMap((c) => alertsOf(c).map((alert) => ({ contact_id: c.id, contact_name: c.details.full_name, alert })))
        .sort((a, b) => a.alert.date.localeCompare(b.alert.date) || a.contact_name.localeCompare(b.contact_name)),
    set_contact_rules: (args) => {
      dbsMaxAgeYears = answer(replay('set_contact_rules', args)).dbs_max_age_years;
      return { dbs_max_age_years: dbsMaxAgeYears };
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
      locked: setup.locked ?? null,
      today: setup.today,
    }),
    // Which passphrase opens the data is the real app's to say (tests/ipc_unlock.rs); here any does.
    unlock: () => {
      setup.locked = null;
      return commands.app_info({});
    },
    set_first_passphrase: () => {
      setup.locked = null;
      return commands.app_info({});
    },
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
