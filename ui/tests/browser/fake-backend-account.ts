// A fake backend for the account screens, installed after the first one (fake-backend.ts) and
// wrapping its window.__TAURI_INTERNALS__.invoke: the account commands (and the terms history) are
// answered here, everything else by the fake beneath.
//
// Every figure and refusal is the real core's: generated/ipc-account.json holds what the app
// answered to requests/account.json on the tests' today. A test follows one scenario in order: a
// change (adding, deleting, settling, reconciling) moves the fake on to that step of the scenario,
// and a question (the balance, the list) is answered as it was after the latest change before it.
//
// installAccountFakeBackend is serialised into the page by page.addInitScript, so it must not use
// anything from outside its own body.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { PersonDraft } from '../../src/lib/bindings/PersonDraft';
import { installFakeBackend } from './fake-backend';
import { CONTACT_OPTIONS, RECORDINGS, TODAY, expect } from './fixtures';

type AccountSetup = { recordings: unknown[] };

export function installAccountFakeBackend(setup: AccountSetup): void {
  type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
  type Recording = { cmd: string; args: Json; ok?: Json; error?: Json };

  const win = window as Json;
  const internals = win.__TAURI_INTERNALS__;
  const original: (cmd: string, args?: Json, options?: Json) => Promise<Json> = internals.invoke;
  const copy = (value: unknown) => (value === undefined ? null : JSON.parse(JSON.stringify(value)));
  const stable = (value: unknown): string =>
    JSON.stringify(value, (_key, v) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
    );

  const ANSWERED = new Set([
    'account_form_options', 'list_entries', 'add_entry', 'entry_draft', 'edit_entry', 'delete_entry', 'attach_receipt',
    'save_receipt', 'audit_trail', 'add_owed', 'list_owed', 'settle_owed', 'balance_on', 'excess_on', 'excess_chart',
    'expected_payments', 'reconcile', 'terms_history', 'add_terms_change',
    // The statement import and the monitoring return (requests/statement.json).
    'statement_form_options', 'preview_statement', 'plan_statement_import', 'import_statement', 'import_rules',
    'add_import_rule', 'delete_import_rule', 'return_settings', 'set_return_frequency', 'monitoring_return',
    'save_return_pdf', 'open_return_pdf', 'save_return_csv',
  ]);
  const CHANGES = new Set([
    'add_entry', 'edit_entry', 'delete_entry', 'attach_receipt', 'add_owed', 'settle_owed', 'reconcile', 'add_terms_change',
    'import_statement', 'add_import_rule', 'delete_import_rule', 'set_return_frequency',
  ]);
  /** Files are written by the app itself: the fake answers with the path it was given. */
  const SAVED = new Set(['save_receipt', 'save_return_pdf', 'save_return_csv']);
  const steps = setup.recordings as Recording[];
  // The test starts after the scenario's setup: its people and payments are already there.
  let position = Math.max(0, steps.findIndex((r, i) => i > 0 && !CHANGES.has(r.cmd)));
  const matches = (r: Recording, cmd: string, args: Json) => r.cmd === cmd && stable(r.args ?? {}) === stable(args);

  function find(cmd: string, args: Json): Recording | undefined {
    if (CHANGES.has(cmd)) {
      for (let i = position; i < steps.length; i++) {
        if (matches(steps[i], cmd, args)) {
          position = i + 1;
          return steps[i];
        }
      }
      return undefined;
    }
    for (let i = position; i < steps.length && !CHANGES.has(steps[i].cmd); i++) if (matches(steps[i], cmd, args)) return steps[i];
    for (let i = position - 1; i >= 0; i--) if (matches(steps[i], cmd, args)) return steps[i];
    return undefined;
  }

  const calls: { cmd: string; args: Json }[] = [];
  win.__accountBackend = { calls };

  internals.invoke = async (cmd: string, args: Json = {}, options?: Json) => {
    if (!ANSWERED.has(cmd)) return original(cmd, args, options);
    calls.push({ cmd, args: copy(args) });
    if (SAVED.has(cmd)) return copy(args.path);
    if (cmd === 'open_return_pdf') return '/tmp/dp-hub/documents/monitoring-return-person-1.pdf';
    const found = find(cmd, copy(args));
    if (!found) {
      const message = `No recorded answer for ${cmd} ${stable(args)}: add the request to tests/browser/requests/account.json (or statement.json) and run cargo test -p dp-hub --test ipc`;
      console.error(message);
      throw { kind: 'storage', message };
    }
    if (found.error) throw copy(found.error);
    return copy(found.ok);
  };
}

const REQUESTS = JSON.parse(readFileSync(new URL('./requests/account.json', import.meta.url), 'utf8'));
/** The person every account scenario starts with (person 1). */
export const ACCOUNT_PERSON: PersonDraft = REQUESTS.scenarios[0].steps[0].args.draft;

/** Opens DP Hub on the fakes, following one scenario of requests/account.json, at a screen's address. */
export async function openAccount(page: Page, scenario: string, address = '#/people/1/account'): Promise<void> {
  const recordings = (RECORDINGS as { scenario: string }[]).filter((r) => r.scenario === scenario);
  if (recordings.length === 0) throw new Error(`No recordings for the scenario "${scenario}"`);
  const first = { today: TODAY, recordings: RECORDINGS, people: [{ draft: ACCOUNT_PERSON }], contactOptions: CONTACT_OPTIONS };
  await page.addInitScript(installFakeBackend, first as Parameters<typeof installFakeBackend>[0]);
  await page.addInitScript(installAccountFakeBackend, { recordings });
  await page.goto(`/${address}`);
  await expect(page.locator('h1')).toBeVisible();
}
