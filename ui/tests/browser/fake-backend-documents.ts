// A fifth fake backend, for the Documents screen. Installed over the people and employment fakes
// (fake-backend.ts, fake-backend-more.ts), it answers the nine document commands and passes the
// rest down.
//
// The documents are real: generated/documents.json is what the core built on 1 March 2026
// (src-tauri/core/tests/ui_fixtures_documents.rs): Zoë Łukasiewicz's self-managed agreement, and
// what Ann Lee's written statement still lacks. Signing is worked out here, simply: the name must
// be given and something drawn (or the typed-name box ticked), then the party's block carries it.
//
// installDocumentsFakeBackend is serialised into the page by page.addInitScript, so it must not
// use anything from outside its own body.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Document } from '../../src/lib/bindings/Document';
import type { MissingItem } from '../../src/lib/bindings/MissingItem';
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

export type DocumentsFixture = {
  agreement: Document;
  particulars_missing: MissingItem[];
  agreements: { value: string; label: string; hint: string | null }[];
  kinds: { value: string; label: string; hint: string | null }[];
};

export function installDocumentsFakeBackend(setup: DocumentsFixture & { today: string }): void {
  type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
  const win = window as Json;
  const internals = win.__TAURI_INTERNALS__;
  const original: (cmd: string, args?: Json, options?: Json) => Promise<Json> = internals.invoke;
  const copy = (value: unknown) => (value === undefined ? null : JSON.parse(JSON.stringify(value)));
  const agreement = copy(setup.agreement);
  const custom: string[] = [];

  function parties(): Json[] {
    return agreement.blocks.filter((b: Json) => b.kind === 'signatures').flatMap((b: Json) => b.parties);
  }

  // As the core does: a timesheet's day, when given, must be a real date ("2027-2-31" is not).
  function refuseAnUnrealDay(choice: Json): void {
    const day = choice.timesheet_period_of ?? '';
    if (day === '') return;
    const [y, m, d] = day.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
      const message = 'Enter a real date, like 27 3 2026';
      throw { kind: 'validation', message, field: 'timesheet_period_of', problems: [{ field: 'timesheet_period_of', message }] };
    }
  }

  const commands: Record<string, (args: Json) => unknown> = {
    document_options: () => ({
      agreements: setup.agreements,
      default_agreement: 'agreement_self',
      kinds: setup.kinds,
      custom_templates: custom,
    }),
    document_missing: ({ choice }) => {
      refuseAnUnrealDay(choice);
      return choice.kind === 'particulars' ? setup.particulars_missing : [];
    },
    document_preview: ({ choice }) => {
      refuseAnUnrealDay(choice);
      if (choice.kind === 'particulars') {
        throw { kind: 'missing', message: 'Some details are missing', field: null, problems: [], missing: setup.particulars_missing };
      }
      return agreement;
    },
    sign_document: ({ request }) => {
      const problems: { field: string; message: string }[] = [];
      if (request.signed_by.trim() === '') problems.push({ field: 'signed_by', message: 'Enter the name of the person signing' });
      if (!/^\d{4}-\d{2}-\d{2}$/.test(request.signed_on)) problems.push({ field: 'signed_on', message: 'Enter the date signed' });
      if (!request.typed && request.strokes.length === 0) {
        problems.push({ field: 'strokes', message: 'Sign in the box, or type your name as your signature instead' });
      }
      if (problems.length > 0) {
        throw { kind: 'validation', message: problems.map((p) => p.message).join('; '), field: problems[0].field, problems };
      }
      const party = parties().find((p) => p.role === request.key.role);
      party.signature = { signed_by: request.signed_by.trim(), signed_on: request.signed_on, strokes: request.typed ? [] : request.strokes };
      return agreement;
    },
    remove_document_signature: ({ key }) => {
      const party = parties().find((p) => p.role === key.role);
      party.signature = null;
      return agreement;
    },
    save_document_pdf: ({ path }) => (path.toLowerCase().endsWith('.pdf') ? path : `${path}.pdf`),
    open_document_pdf: () => '/home/pat/.cache/dp-hub/documents/agreement-self-person-1.pdf',
    'plugin:dialog|open': () => '/home/pat/Documents/council-statement.md',
    load_document_template: () => {
      throw { kind: 'template', message: 'Line 5: unknown placeholder "no_such_thing"', field: null, problems: [], line: 5 };
    },
    reset_document_template: () => null,
  };

  const calls: { cmd: string; args: Json }[] = [];
  win.__documentsBackend = { calls };
  internals.invoke = async (cmd: string, args: Json = {}, options?: Json) => {
    const command = commands[cmd];
    if (!command) return original(cmd, args, options);
    calls.push({ cmd, args: copy(args) });
    return copy(await command(copy(args)));
  };
}

export const DOCUMENTS: DocumentsFixture = JSON.parse(
  readFileSync(new URL('./generated/documents.json', import.meta.url), 'utf8'),
);

/** Opens DP Hub with Zoë (1) employing Ann Lee (employment 1), on Zoë's Documents screen. */
export async function openDocuments(page: Page): Promise<void> {
  const people = [{ draft: draftOf({ full_name: 'Zoë Łukasiewicz', preferred_name: 'Zoë' }) }];
  const contacts = [{ draft: paDraftOf({ full_name: 'Ann Lee', phones: ['07700 900982'] }) }];
  const first = { today: TODAY, recordings: RECORDINGS, people, contacts, contactOptions: CONTACT_FORM_OPTIONS, saveDialogAnswer: '/home/pat/Documents/agreement' };
  await page.addInitScript(installFakeBackend, first as Parameters<typeof installFakeBackend>[0]);
  const more: MoreSetup = {
    today: TODAY,
    contactOptions: CONTACT_FORM_OPTIONS,
    employmentOptions: EMPLOYMENT_FORM_OPTIONS,
    contacts,
    employments: [{ person_id: 1, contact_id: 1, draft: employmentDraftOf({ start_date: '2026-03-16', pay_frequency: 'weekly' }) }],
  };
  await page.addInitScript(installMoreFakeBackend, more);
  await page.addInitScript(installDocumentsFakeBackend, { ...DOCUMENTS, today: TODAY });
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  await page.locator('#nav-people').click();
  await page.locator('tr[data-person-name="Zoë Łukasiewicz"] a').click();
  await page.locator('#documents-link').click();
  await expect(page.locator('h1')).toHaveText('Documents for Zoë Łukasiewicz');
}
