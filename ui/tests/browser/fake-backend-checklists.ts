// A fourth fake backend, for the checklist screens and "What needs doing". It is installed after
// the people and employment fakes (fake-backend.ts, fake-backend-more.ts) and wraps their
// window.__TAURI_INTERNALS__.invoke: the fourteen checklist commands (printing too) are answered here, everything
// else by the fakes beneath.
//
// The checklists are real: generated/checklists.json is what the core worked out on 1 March 2026
// (src-tauri/core/tests/ui_fixtures_checklists.rs) for Zoë Łukasiewicz employing Ann Lee from
// 16 March 2026 (weekly pay; a DBS check from 10 March 2023; training running out on 20 March) and
// Arthur Pennington (a review on 20 March) employing Bea Lindqvist since 2 February, with some of
// her first-day list and his own never ticked, so overdue. Ticking, undoing, "not applicable" and
// notes are the real app's answers too (generated/ipc-checklists.json, from requests/checklists.json):
// the changed checklist replaces the one shown. Only "what needs doing" is filtered here: an item
// recorded as done or not applicable leaves it.
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

  const win = window as Json;
  const internals = win.__TAURI_INTERNALS__;
  const original: (cmd: string, args?: Json, options?: Json) => Promise<Json> = internals.invoke;
  const copy = (value: unknown) => (value === undefined ? null : JSON.parse(JSON.stringify(value)));
  const lists: Record<string, Json[]> = {};
  for (const [id, views] of Object.entries(setup.person_checklists)) lists[`person-${id}`] = copy(views);
  for (const [id, views] of Object.entries(setup.employment_checklists)) lists[`employment-${id}`] = copy(views);

  const notFound = (message: string) => ({ kind: 'not_found', message, field: null, problems: [] });

  function owned(owner: Json): Json[] {
    const found = lists[`${owner.kind}-${owner.id}`];
    if (!found) throw notFound(`There is no ${owner.kind} ${owner.id}`);
    return found;
  }

  /**
   * A change to an item, as the core answered it (generated/ipc-checklists.json, looked up with the
   * first fake's replay): the checklist after the change, shown in place of the one before.
   */
  function changed(cmd: string, args: Json): Json {
    const list = win.__fakeBackend.answer(win.__fakeBackend.replay(cmd, args));
    const held = owned(args.owner);
    const at = held.findIndex((l: Json) => l.checklist_id === list.checklist_id);
    if (at >= 0) held[at] = list;
    else held.push(list);
    return list;
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
    tick_checklist_item: (args) => changed('tick_checklist_item', args),
    untick_checklist_item: (args) => changed('untick_checklist_item', args),
    checklist_item_not_applicable: (args) => changed('checklist_item_not_applicable', args),
    set_checklist_note: (args) => changed('set_checklist_note', args),
    keep_records_years: (args) => win.__fakeBackend.answer(win.__fakeBackend.replay('keep_records_years', args)),
    set_keep_records_years: (args) => win.__fakeBackend.answer(win.__fakeBackend.replay('set_keep_records_years', args)),
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
      { person_id: 1, contact_id: 1, draft: employmentDraftOf({ start_date: '2026-03-16', pay_frequency: 'weekly', first_payday: '2026-03-20' }) },
      { person_id: 2, contact_id: 2, draft: employmentDraftOf({ start_date: '2026-02-02', pay_frequency: 'weekly', first_payday: '2026-02-06' }) },
    ],
  };
  await page.addInitScript(installMoreFakeBackend, more);
  await page.addInitScript(installChecklistsFakeBackend, { ...CHECKLISTS, empty: options.empty ?? false });
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
}
