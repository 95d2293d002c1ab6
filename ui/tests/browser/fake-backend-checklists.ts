// A fourth fake backend, for the checklist screens and "What needs doing". It is installed after
// the people and employment fakes (fake-backend.ts, fake-backend-more.ts) and wraps their
// window.__TAURI_INTERNALS__.invoke: the twelve checklist commands (printing too) are answered here, everything
// else by the fakes beneath.
//
// The checklists are real: generated/checklists.json is what the core worked out on 1 March 2026
// (src-tauri/core/tests/ui_fixtures_checklists.rs) for Zoë Łukasiewicz employing Ann Lee from
// 16 March 2026 (weekly pay; a DBS check from 10 March 2023; training running out on 20 March) and
// Arthur Pennington (a review on 20 March) employing Bea Lindqvist since 2 February, with some of
// her first-day list and his own never ticked, so overdue. Ticking, undoing and the rest are worked out here,
// simply: the status, the tag and the progress change, and a done item leaves "what needs doing".
//
// installChecklistsFakeBackend is serialised into the page by page.addInitScript, so it must not
// use anything from outside its own body.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { ChecklistView } from '../../src/lib/bindings/ChecklistView';
import type { DueItem } from '../../src/lib/bindings/DueItem';
import { installFakeBackend } from './fake-backend';
import {
  CONTACT_FORM_OPTIONS,
  EMPLOYMENT_FORM_OPTIONS,
  employmentDraftOf,
  installMoreFakeBackend,
  paDraftOf,
  type MoreSetup,
} from './fake-backend-more';
import { draftOf, expect, TODAY, RECORDINGS } from './fixtures';

export type ChecklistsFixture = {
  today: string;
  person_checklists: Record<string, ChecklistView[]>;
  employment_checklists: Record<string, ChecklistView[]>;
  due: Record<string, DueItem[]>;
};

export function installChecklistsFakeBackend(setup: ChecklistsFixture & { empty: boolean }): void {
  type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
  type Problem = { field: string; message: string };

  const win = window as Json;
  const internals = win.__TAURI_INTERNALS__;
  const original: (cmd: string, args?: Json, options?: Json) => Promise<Json> = internals.invoke;
  const copy = (value: unknown) => (value === undefined ? null : JSON.parse(JSON.stringify(value)));
  const lists: Record<string, Json[]> = {};
  for (const [id, views] of Object.entries(setup.person_checklists)) lists[`person-${id}`] = copy(views);
  for (const [id, views] of Object.entries(setup.employment_checklists)) lists[`employment-${id}`] = copy(views);

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

  function owned(owner: Json): Json[] {
    const found = lists[`${owner.kind}-${owner.id}`];
    if (!found) throw notFound(`There is no ${owner.kind} ${owner.id}`);
    return found;
  }

  /** The checklist holding the item, and the item, or the core's refusal. */
  function find(owner: Json, itemId: string, problems: Problem[]): [Json, Json] {
    for (const list of owned(owner)) {
      for (const section of list.sections) {
        const item = section.items.find((i: Json) => i.id === itemId);
        if (item) {
          if (problems.length > 0) throw invalid(problems);
          return [list, item];
        }
      }
    }
    throw invalid([{ field: 'item', message: `There is no checklist item "${itemId}"` }, ...problems]);
  }

  function retag(list: Json, item: Json) {
    const late = item.due !== null && item.due.date < setup.today;
    if (item.status.status === 'not_applicable') item.tag = 'not_applicable';
    else if (item.status.status === 'done' && !item.recurring) item.tag = 'done';
    else if (late) item.tag = 'overdue';
    else item.tag = item.status.status === 'done' ? 'done' : 'to_do';
    const all = list.sections.flatMap((s: Json) => s.items);
    const total = all.filter((i: Json) => i.tag !== 'not_applicable').length;
    const done = all.filter((i: Json) => i.tag === 'done').length;
    list.progress = { done, total, text: `${done} of ${total} done` };
    return list;
  }

  /** "2026-3-1" or "2026-03-01" → "2026-03-01", or null when it is not a real date. */
  function isoDate(text: string): string | null {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
    if (!m) return null;
    const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (date.getUTCMonth() !== Number(m[2]) - 1) return null;
    return date.toISOString().slice(0, 10);
  }

  /** Items recorded as done or not applicable no longer need doing. */
  function stillToDo(due: Json): boolean {
    const link = due.link;
    if (link.to !== 'person_checklist' && link.to !== 'employment_checklist') return true;
    const key = link.to === 'person_checklist' ? `person-${link.person_id}` : `employment-${link.employment_id}`;
    const list = (lists[key] ?? []).find((l: Json) => l.checklist_id === link.checklist_id);
    const item = list?.sections.flatMap((s: Json) => s.items).find((i: Json) => i.id === link.item_id);
    return !item || item.status.status === 'to_do' || item.recurring;
  }

  const fake = { exportProblem: null as string | null, printProblem: null as string | null };
  const withPdf = (path: string) => (path.toLowerCase().endsWith('.pdf') ? path : `${path}.pdf`);
  const printFolder = '/home/pat/.cache/dp-hub/documents';
  /** The PDF is made from what the core holds, so an unknown owner is refused, like a full disk. */
  function printed(owner: Json | null, answer: string): string {
    if (owner) owned(owner);
    if (fake.printProblem) throw { kind: 'storage', message: fake.printProblem, field: null, problems: [] };
    return answer;
  }

  const commands: Record<string, (args: Json) => Json> = {
    person_checklists: ({ person_id }) => owned({ kind: 'person', id: person_id }),
    employment_checklists: ({ employment_id }) => owned({ kind: 'employment', id: employment_id }),
    tick_checklist_item: ({ owner, item_id, done_on, done_by }) => {
      const problems: Problem[] = [];
      if (done_by.trim() === '') problems.push({ field: 'done_by', message: 'Enter who did it' });
      const on = done_on.trim() === '' ? setup.today : isoDate(done_on);
      if (on === null) problems.push({ field: 'done_on', message: 'Enter a real date, like 27 3 2026' });
      else if (on > setup.today) problems.push({ field: 'done_on', message: 'The date it was done cannot be in the future' });
      const [list, item] = find(owner, item_id, problems);
      item.status = { status: 'done', done_on: on, done_by: done_by.trim(), occurrence: item.recurring ? (item.due?.date ?? null) : null };
      return retag(list, item);
    },
    untick_checklist_item: ({ owner, item_id }) => {
      const [list, item] = find(owner, item_id, []);
      item.status = { status: 'to_do' };
      return retag(list, item);
    },
    checklist_item_not_applicable: ({ owner, item_id, reason }) => {
      const problems: Problem[] = reason.trim() === '' ? [{ field: 'reason', message: 'Say why this does not apply' }] : [];
      const [list, item] = find(owner, item_id, problems);
      item.status = { status: 'not_applicable', reason: reason.trim() };
      return retag(list, item);
    },
    set_checklist_note: ({ owner, item_id, note }) => {
      const [list, item] = find(owner, item_id, []);
      item.note = note.trim();
      return list;
    },
    what_needs_doing: ({ days, person_id }) =>
      setup.empty
        ? []
        : (setup.due[String(days)] ?? []).filter((d: Json) => (person_id === null || d.person_id === person_id) && stillToDo(d)),
    export_due_calendar: ({ days, person_id }) => {
      if (fake.exportProblem) throw { kind: 'storage', message: fake.exportProblem, field: null, problems: [] };
      return commands.what_needs_doing({ days, person_id }).length;
    },
    save_checklists_pdf: ({ owner, path }) => printed(owner, withPdf(path)),
    open_checklists_pdf: ({ owner }) =>
      printed(owner, `${printFolder}/checklists-${owner.kind === 'person' ? 'person' : 'pa'}-${owner.id}.pdf`),
    save_due_pdf: ({ path }) => printed(null, withPdf(path)),
    open_due_pdf: ({ person_id }) =>
      printed(null, `${printFolder}/what-needs-doing${person_id === null ? '' : `-person-${person_id}`}.pdf`),
  };

  const calls: { cmd: string; args: Json }[] = [];
  win.__checklistsBackend = Object.assign(fake, { calls, lists });

  internals.invoke = async (cmd: string, args: Json = {}, options?: Json) => {
    const command = commands[cmd];
    if (!command) return original(cmd, args, options);
    calls.push({ cmd, args: copy(args) });
    // Arguments and answers cross "IPC" as JSON, as they do in the app.
    return copy(await command(copy(args)));
  };
}

// ---- In the test: the fixture, and opening the app on all three fakes ----

export const CHECKLISTS: ChecklistsFixture = JSON.parse(
  readFileSync(new URL('./generated/checklists.json', import.meta.url), 'utf8'),
);

/** Opens DP Hub (on "What needs doing") with Zoë (1) employing Ann Lee (employment 1), and Arthur (2). */
export async function openAppWithChecklists(page: Page, options: { empty?: boolean } = {}): Promise<void> {
  const people = [
    { draft: draftOf({ full_name: 'Zoë Łukasiewicz', preferred_name: 'Zoë' }) },
    { draft: draftOf({ full_name: 'Arthur Pennington' }) },
  ];
  const contacts = [
    { draft: paDraftOf({ full_name: 'Ann Lee', phones: ['07700 900982'] }) },
    { draft: paDraftOf({ full_name: 'Bea Lindqvist', phones: ['07700 900123'] }) },
  ];
  const first = { today: TODAY, recordings: RECORDINGS, people, contacts, contactOptions: CONTACT_FORM_OPTIONS, saveDialogAnswer: '/home/pat/Documents/duties' };
  await page.addInitScript(installFakeBackend, first as Parameters<typeof installFakeBackend>[0]);
  const more: MoreSetup = {
    today: TODAY,
    contactOptions: CONTACT_FORM_OPTIONS,
    employmentOptions: EMPLOYMENT_FORM_OPTIONS,
    contacts,
    employments: [
      { person_id: 1, contact_id: 1, draft: employmentDraftOf({ start_date: '2026-03-16', pay_frequency: 'weekly' }) },
      { person_id: 2, contact_id: 2, draft: employmentDraftOf({ start_date: '2026-02-02', pay_frequency: 'weekly' }) },
    ],
  };
  await page.addInitScript(installMoreFakeBackend, more);
  await page.addInitScript(installChecklistsFakeBackend, { ...CHECKLISTS, empty: options.empty ?? false });
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
}
