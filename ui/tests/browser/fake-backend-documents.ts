// A fifth fake backend, for the Documents screen. Installed over the people and employment fakes
// (fake-backend.ts, fake-backend-more.ts), it answers the nine document commands and passes the
// rest down.
//
// The documents are real: generated/documents.json is what the core built on 1 March 2026
// (src-tauri/core/tests/ui_fixtures_documents.rs): Zoë Łukasiewicz's self-managed agreement, and
// what Ann Lee's written statement still lacks. The previews, what is missing and signing replay
// the real app's answers (generated/ipc-documents.json, from requests/documents.json, recorded with
// the same people on 1 March 2026), looked up with the first fake's replay: the specs pin the
// browser's clock to that day, since the signing dialog dates a signature with it.
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
  const custom: string[] = [];
  /** The real app's answer (or refusal), recorded from requests/documents.json (the first fake's replay). */
  const recorded = (cmd: string) => (args: Json) => win.__fakeBackend.answer(win.__fakeBackend.replay(cmd, args));

  const commands: Record<string, (args: Json) => unknown> = {
    document_options: () => ({
      agreements: setup.agreements,
      default_agreement: 'agreement_self',
      kinds: setup.kinds,
      custom_templates: custom,
    }),
    document_missing: recorded('document_missing'),
    document_preview: recorded('document_preview'),
    sign_document: recorded('sign_document'),
    remove_document_signature: recorded('remove_document_signature'),
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
    employments: [{ person_id: 1, contact_id: 1, draft: employmentDraftOf({ start_date: '2026-03-16', pay_frequency: 'weekly', first_payday: '2026-03-20' }) }],
  };
  await page.addInitScript(installMoreFakeBackend, more);
  await page.addInitScript(installDocumentsFakeBackend, { ...DOCUMENTS, today: TODAY });
  // The signing dialog dates a signature with the browser's today: make it the recordings' today.
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  await page.locator('#nav-people').click();
  await page.locator('tr[data-person-name="Zoë Łukasiewicz"] a').click();
  await page.locator('#documents-link').click();
  await expect(page.locator('h1')).toHaveText('Documents for Zoë Łukasiewicz');
}
