// A third fake backend, for the costs screens. It is installed after the first two (fake-backend.ts,
// fake-backend-more.ts) and wraps their window.__TAURI_INTERNALS__.invoke: the eight costs commands
// are answered here, everything else by the fakes beneath.
//
// Every figure and every refusal is the real core's: generated/ipc-costs.json holds what the app
// answered to requests/costs.json on the tests' today (tests/ipc_recordings.rs records it), looked
// up with the first fake's replay. Zoë Łukasiewicz (person 1) employs Amara Okafor (16 hours a week
// at £13.50) and Bea Lindqvist (irregular hours, not yet costed), with a home care agency line in
// her 2026-27 plan. The fake keeps only each person's costs as last answered: a change (settings,
// a PA's costing details, a plan line) answers the whole view again.
//
// installCostsFakeBackend is serialised into the page by page.addInitScript, so it must not use
// anything from outside its own body.
import type { Page } from '@playwright/test';
import type { PersonDraft } from '../../src/lib/bindings/PersonDraft';
import { installFakeBackend } from './fake-backend';
import { CONTACT_FORM_OPTIONS, EMPLOYMENT_FORM_OPTIONS, installMoreFakeBackend, type MoreSetup } from './fake-backend-more';
import { startOnPeople, TODAY, RECORDINGS } from './fixtures';

export function installCostsFakeBackend(): void {
  type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

  const win = window as Json;
  const internals = win.__TAURI_INTERNALS__;
  const original: (cmd: string, args?: Json, options?: Json) => Promise<Json> = internals.invoke;
  const copy = (value: unknown) => (value === undefined ? null : JSON.parse(JSON.stringify(value)));
  /** The recorded answer to this command with these arguments, or its recorded refusal thrown. */
  const recorded = (cmd: string, args: Json): Json => win.__fakeBackend.answer(win.__fakeBackend.replay(cmd, args));

  /** Each person's costs, as last answered. */
  const views = new Map<number, Json>();
  const keep = (view: Json) => {
    views.set(view.person_id, view);
    return view;
  };

  const commands: Record<string, (args: Json) => Json> = {
    cost_form_options: (args) => recorded('cost_form_options', args),
    calculate_pa_cost: (args) => recorded('calculate_pa_cost', args),
    person_costs: (args) => views.get(args.person_id) ?? keep(recorded('person_costs', args)),
    save_cost_settings: (args) => keep(recorded('save_cost_settings', args)),
    save_employment_cost_terms: (args) => keep(recorded('save_employment_cost_terms', args)),
    add_plan_line: (args) => keep(recorded('add_plan_line', args)),
    remove_plan_line: (args) => keep(recorded('remove_plan_line', args)),
    plan_what_if: (args) => recorded('plan_what_if', args),
  };

  const calls: { cmd: string; args: Json }[] = [];
  win.__costsBackend = { calls, views };

  internals.invoke = async (cmd: string, args: Json = {}, options?: Json) => {
    const command = commands[cmd];
    if (!command) return original(cmd, args, options);
    calls.push({ cmd, args: copy(args) });
    // Arguments and answers cross "IPC" as JSON, as they do in the app.
    return copy(command(copy(args)));
  };
}

/** Opens DP Hub on the people fake, the employments fake and the costs fake; Zoë is person 1. */
export async function openAppWithCosts(
  page: Page,
  people: { draft: PersonDraft; archived?: boolean }[],
): Promise<void> {
  const first = { today: TODAY, recordings: RECORDINGS, people, contactOptions: CONTACT_FORM_OPTIONS };
  await page.addInitScript(installFakeBackend, first as Parameters<typeof installFakeBackend>[0]);
  const more: MoreSetup = { today: TODAY, contactOptions: CONTACT_FORM_OPTIONS, employmentOptions: EMPLOYMENT_FORM_OPTIONS };
  await page.addInitScript(installMoreFakeBackend, more);
  await page.addInitScript(installCostsFakeBackend);
  await page.goto('/');
  await startOnPeople(page);
}
