// Handing over a person's records: saving a bundle from the person's page (passphrase twice, the
// Save dialog, then where it went and what it holds), and importing one from the people list
// (choose the file, passphrase, preview, import, then the person). The answers are the real app's,
// recorded by tests/ipc_handover.rs (generated/ipc-handover.json); axe scans each step.
import type { Page } from '@playwright/test';
import type { PersonDraft } from '../../src/lib/bindings/PersonDraft';
import { installFakeBackend } from './fake-backend';
import {
  CONTACT_OPTIONS,
  expect,
  expectNoSeriousA11yProblems,
  RECORDINGS,
  screenshot,
  SOME_PEOPLE,
  startOnPeople,
  test,
  TODAY,
} from './fixtures';

/** What the fake Save and Open dialogs answer (the recordings were made with this path). */
const BUNDLE = '/home/pat/Documents/zoe-lukasiewicz.dphub-handover';
const PASS = 'four words you remember';

/**
 * Answers the handover commands with the recorded answers, over the first fake. An import adds the
 * person it answers to the fake's people, as the first fake's add_person recording has them.
 */
function installHandoverFake(setup: { bundle: string; imported: PersonDraft }): void {
  type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
  const win = window as Json;
  const internals = win.__TAURI_INTERNALS__;
  const original: (cmd: string, args?: Json, options?: Json) => Promise<Json> = internals.invoke;
  const fake = () => win.__fakeBackend;
  const recorded = (cmd: string) => (args: Json) => fake().answer(fake().replay(cmd, args));
  const commands: Record<string, (args: Json) => unknown> = {
    export_handover: recorded('export_handover'),
    preview_handover: recorded('preview_handover'),
    import_handover: (args: Json) => {
      const done = recorded('import_handover')(args);
      const person = fake().replay('add_person', { draft: setup.imported });
      fake().people.set(done.person_id, { id: done.person_id, archived: false, view: person.ok, draft: person.draft });
      return done;
    },
    'plugin:dialog|open': () => setup.bundle,
  };
  internals.invoke = async (cmd: string, args: Json = {}, options?: Json) => {
    const command = commands[cmd];
    if (!command) return original(cmd, args, options);
    fake().calls.push({ cmd, args: JSON.parse(JSON.stringify(args)) });
    return JSON.parse(JSON.stringify(await command(JSON.parse(JSON.stringify(args)))));
  };
}

async function open(page: Page, people: typeof SOME_PEOPLE, bundle = BUNDLE): Promise<void> {
  const first = {
    today: TODAY,
    contactOptions: CONTACT_OPTIONS,
    recordings: RECORDINGS,
    people,
    // The Save dialog answers without the extension, as it does on Linux.
    saveDialogAnswer: BUNDLE.replace(/\.dphub-handover$/, ''),
  };
  await page.addInitScript(installFakeBackend, first);
  await page.addInitScript(installHandoverFake, { bundle, imported: SOME_PEOPLE[0].draft });
  await page.goto('/');
  if (people.length > 0) await startOnPeople(page);
  else await expect(page.locator('#first-run')).toBeVisible();
}

test("a person's records are handed over: passphrase twice, then where they were saved and what they hold", async ({ page }) => {
  await open(page, [SOME_PEOPLE[0]]);
  await page.locator('tr[data-person-name="Zoë Łukasiewicz"] a').click();
  await page.locator('#handover-link').click();
  await expect(page.locator('h1')).toHaveText("Hand over this person's records");
  await expect(page).toHaveTitle(/Hand over Zoë Łukasiewicz's records/);
  await expectNoSeriousA11yProblems(page);

  await page.getByLabel('Choose a passphrase for the file').fill(PASS);
  await page.getByLabel('Type the passphrase again').fill('four words you forgot');
  await page.locator('#handover-save').click();
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toContainText('The two passphrases are not the same');
  await expect(page.locator('#passphrase_again-error')).toContainText('not the same');
  await expectNoSeriousA11yProblems(page);

  await page.getByLabel('Type the passphrase again').fill(PASS);
  await page.getByLabel('Type the passphrase again').press('Enter');
  await expect(page.locator('#handover-saved')).toBeFocused();
  await expect(page.locator('#handover-path')).toHaveText(BUNDLE);
  await expect(page.locator('#handover-saved-counts')).toContainText('Employments');
  await expect(page.locator('#handover-saved-counts')).toContainText('PAs (contact records)');
  await expect(summary).toHaveCount(0);
  await expectNoSeriousA11yProblems(page);
  await screenshot(page, 'handover-saved');
});

test('a handover bundle is chosen, opened with its passphrase, previewed and imported, then the person opens', async ({ page }) => {
  await open(page, []);
  // With nobody here yet, the welcome screen offers it.
  await page.locator('#first-run-import-handover').click();
  await expect(page.locator('h1')).toHaveText('Import a handover bundle');
  await expectNoSeriousA11yProblems(page);

  // Nothing chosen yet.
  await page.locator('#handover-open').click();
  await expect(page.locator('.govuk-error-summary')).toContainText('Choose the handover bundle file');

  await page.locator('#file').click();
  await expect(page.locator('#file-chosen')).toHaveText('zoe-lukasiewicz.dphub-handover');
  await page.getByLabel("The bundle's passphrase").fill('not the passphrase');
  await page.locator('#handover-open').click();
  await expect(page.locator('#passphrase-error')).toContainText('does not open this file');
  await expect(page.locator('#handover-preview-heading')).toHaveCount(0);
  await expectNoSeriousA11yProblems(page);

  await page.getByLabel("The bundle's passphrase").fill(PASS);
  await page.locator('#handover-open').click();
  await expect(page.locator('#handover-preview-heading')).toBeFocused();
  await expect(page.locator('#handover-preview-heading')).toHaveText('Records of Zoë Łukasiewicz');
  await expect(page.locator('#handover-counts')).toContainText('Employments');
  await expect(page.locator('#handover-pas')).toContainText('Ann Lee: new, added to your contact book');
  await expect(page.locator('#handover-already-here')).toHaveCount(0);
  await expectNoSeriousA11yProblems(page);
  await screenshot(page, 'handover-preview');

  await page.locator('#handover-import').click();
  await expect(page.locator('h1')).toHaveText('Zoë Łukasiewicz');
  const sent = await page.evaluate(() =>
    (window as unknown as { __fakeBackend: { calls: { cmd: string; args: unknown }[] } }).__fakeBackend.calls.find((c) => c.cmd === 'import_handover'),
  );
  expect(sent?.args).toEqual({ path: BUNDLE, passphrase: PASS, choices: { matched_pas: 'reuse', as_separate_person: false } });
});

test('the people list offers importing a handover bundle', async ({ page }) => {
  await open(page, SOME_PEOPLE);
  await page.locator('#import-handover').click();
  await expect(page.locator('h1')).toHaveText('Import a handover bundle');
  await page.locator('#back-to-people').click();
  await expect(page.locator('h1')).toHaveText('People');
});

test('a person and a PA already here: the import is refused until the importer chooses', async ({ page }) => {
  await open(page, [SOME_PEOPLE[0]], '/home/pat/Documents/zoe-again.dphub-handover');
  await page.locator('#import-handover').click();
  await page.locator('#file').click();
  await page.getByLabel("The bundle's passphrase").fill(PASS);
  await page.getByRole('button', { name: 'Open the bundle' }).click();
  await expect(page.locator('#handover-already-here')).toContainText('Zoë Łukasiewicz, born');
  await expect(page.locator('#handover-already-here')).toContainText('seems to be here already');
  await expect(page.locator('#handover-pas')).toContainText('Ann Lee: already in your contact book as Ann Lee. Same phone number as Ann Lee.');
  await expect(page.getByRole('group', { name: 'One PA is already in your contact book' })).toBeVisible();
  await expect(page.getByLabel('Use the contact already here')).toBeChecked();
  await expectNoSeriousA11yProblems(page);
  await screenshot(page, 'handover-already-here');

  await page.locator('#handover-import').click();
  await expect(page.locator('.govuk-error-summary')).toContainText('seems to be here already');
  await expect(page.locator('#as_separate_person-error')).toContainText('import them as a separate person');
  await expectNoSeriousA11yProblems(page);

  await page.getByLabel('Add them as a new contact').check();
  await page.getByLabel('Import them as a separate person').check();
  await page.locator('#handover-import').click();
  await expect(page.locator('h1')).toHaveText('Zoë Łukasiewicz');
  const sent = await page.evaluate(() =>
    (window as unknown as { __fakeBackend: { calls: { cmd: string; args: { choices?: unknown } }[] } }).__fakeBackend.calls
      .filter((c) => c.cmd === 'import_handover')
      .map((c) => c.args.choices),
  );
  expect(sent).toEqual([
    { matched_pas: 'reuse', as_separate_person: false },
    { matched_pas: 'add_new', as_separate_person: true },
  ]);
});
