// Checklists and "What needs doing": the start screen across everyone (overdue and coming up, a
// filter by person and by how far ahead, the calendar export), a PA's and an employer's checklists
// as GOV.UK task lists (due dates with their rules, mark done, undo, not applicable, notes, problems
// by their field with nothing lost), printing either as PDF (saved or opened, large print too),
// with axe-core scans and screenshots of each screen.
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yProblems, screenshot, test } from './fixtures';
import { CHECKLISTS, openAppWithChecklists } from './fake-backend-checklists';

const STATEMENT = '#item-before-first-day-written-statement';

async function calls(page: Page): Promise<{ cmd: string; args: Record<string, unknown> }[]> {
  return page.evaluate(() => (window as unknown as { __checklistsBackend: { calls: never[] } }).__checklistsBackend.calls);
}

async function openAnnsChecklists(page: Page) {
  await openAppWithChecklists(page);
  await page.locator('#nav-people').click();
  await page.locator('tr[data-person-name="Zoë Łukasiewicz"] a').click();
  await page.locator('#employment-1-link').click();
  await page.getByRole('link', { name: 'Checklists for this PA' }).click();
  await expect(page.locator('h1')).toHaveText('Checklists for Ann Lee');
  await expect(page).toHaveTitle('Checklists for Ann Lee (Zoë Łukasiewicz) – DP Hub');
}

test('DP Hub opens on what needs doing: overdue, then the next 30 days, each with its rule and a link', async ({ page }) => {
  await openAppWithChecklists(page);
  await expect(page.locator('h1')).toHaveText('What needs doing');
  await expect(page).toHaveTitle('What needs doing – DP Hub');
  await expect(page.locator('#nav-home')).toHaveAttribute('aria-current', 'page');

  const due30 = CHECKLISTS.due['30'];
  const overdue = due30.filter((d) => d.overdue);
  const upcoming = due30.filter((d) => !d.overdue);
  expect(overdue.length).toBeGreaterThan(0);
  await expect(page.locator('#due-overdue tbody tr')).toHaveCount(overdue.length);
  await expect(page.locator('#due-upcoming tbody tr')).toHaveCount(upcoming.length);
  await expect(page.locator('#due-upcoming-heading')).toContainText('Next 30 days');

  // The written statement for Ann, due on her first day, with the rule that gave the date.
  const statement = due30.find((d) => d.link.to === 'employment_checklist' && d.link.item_id === 'written-statement')!;
  const row = page.locator(`tr[data-due-key="${statement.key}"]`);
  await expect(row).toContainText('16 March 2026');
  await expect(row).toContainText(statement.what);
  await expect(row).toContainText(statement.because.replace(/^16 March 2026: o/, 'O'));
  await expect(row).toContainText('Zoë Łukasiewicz, about Ann Lee (PA)');
  // Her DBS check reaching the 3-year limit, her training running out, and Arthur's review.
  await expect(page.locator('#due-upcoming')).toContainText('New DBS check for Ann Lee');
  await expect(page.locator('#due-upcoming')).toContainText('Moving and handling training for Ann Lee');
  await expect(page.locator('#due-upcoming')).toContainText("The council's review of the direct payment");
  await expectNoSeriousA11yProblems(page);
  await screenshot(page, 'checklists-home');

  // The link opens the PA's checklist at that item.
  await row.getByRole('link', { name: /Open the PA's checklist/ }).click();
  await expect(page.locator('h1')).toHaveText('Checklists for Ann Lee');
  await expect(page.locator(`${STATEMENT}-title`)).toBeFocused();
});

test('what needs doing can be narrowed to one person and looks further ahead when asked', async ({ page }) => {
  await openAppWithChecklists(page);
  await page.locator('#due-person').selectOption({ label: 'Arthur Pennington' });
  await expect(page.locator('#due-count')).toContainText('for Arthur Pennington');
  await expect(page.locator('tbody tr')).toHaveCount(CHECKLISTS.due['30'].filter((d) => Number(d.person_id) === 2).length);
  await expect(page.locator('#due-status')).toContainText('for Arthur Pennington');
  await expect(page.locator('main')).not.toContainText('Ann Lee');

  await page.locator('#due-person').selectOption({ label: 'Everyone' });
  await page.locator('#due-days').selectOption({ label: 'The next 90 days' });
  await expect(page.locator('tbody tr')).toHaveCount(CHECKLISTS.due['90'].length);
  await expect(page.locator('#due-upcoming-heading')).toContainText('Next 90 days');
  const sent = (await calls(page)).filter((c) => c.cmd === 'what_needs_doing').map((c) => c.args);
  expect(sent.at(-1)).toEqual({ days: 90, person_id: null });
  expect(sent).toContainEqual({ days: 30, person_id: 2 });
});

test('with nothing due, the start screen says so in plain words', async ({ page }) => {
  await openAppWithChecklists(page, { empty: true });
  await expect(page.locator('#nothing-due')).toContainText('Nothing needs doing for everyone right now.');
  await expect(page.locator('#nothing-due')).toContainText('nothing is due in the next 30 days');
  await expect(page.locator('#home-people-link')).toBeVisible();
  await expectNoSeriousA11yProblems(page);
});

test('the due dates are exported as a calendar file, with .ics added to the name', async ({ page }) => {
  await openAppWithChecklists(page);
  await page.getByRole('button', { name: 'Export to calendar (.ics)' }).click();
  await expect(page.locator('#export-result')).toBeFocused();
  const count = CHECKLISTS.due['30'].length;
  await expect(page.locator('#export-result')).toContainText(`${count} due dates saved to /home/pat/Documents/duties.ics`);
  const exported = (await calls(page)).find((c) => c.cmd === 'export_due_calendar');
  expect(exported?.args).toEqual({ days: 30, person_id: null, path: '/home/pat/Documents/duties.ics' });

  await page.evaluate(() => {
    (window as unknown as { __checklistsBackend: { exportProblem: string } }).__checklistsBackend.exportProblem =
      'The calendar could not be saved to /nowhere/duties.ics: No such file or directory';
  });
  await page.getByRole('button', { name: 'Export to calendar (.ics)' }).click();
  await expect(page.locator('#export-result')).toContainText('The calendar file could not be saved: The calendar could not be saved');
});

test("a PA's first-day list shows each date and its rule; marking done needs a name and keeps what was typed", async ({ page }) => {
  await openAnnsChecklists(page);
  const list = page.locator('#checklist-before-first-day');
  const before = CHECKLISTS.employment_checklists['1'].find((c) => c.checklist_id === 'before-first-day')!;
  await expect(list.locator('#progress-before-first-day')).toHaveText(before.progress.text);
  const item = page.locator(STATEMENT);
  await expect(item.locator(`${STATEMENT}-status`)).toHaveText('To do');
  await expect(item.locator(`${STATEMENT}-due`)).toContainText('Due: 16 March 2026');
  await expect(item).toContainText('Why: It is a legal right from day one.');
  await expect(item).toContainText('Source: Employment Rights Act 1996, section 1');
  await expectNoSeriousA11yProblems(page);
  await screenshot(page, 'checklists-pa');

  // No name, and a date in the future: both problems listed and shown by their fields; nothing lost.
  await item.getByRole('button', { name: /Mark as done/ }).click();
  await expect(page.locator('#done_on')).toBeFocused();
  await expect(page.locator('#done_on')).toHaveValue('1');
  await expect(page.locator('#done_on-month')).toHaveValue('3');
  await expect(page.locator('#done_on-year')).toHaveValue('2026');
  await page.locator('#done_on').fill('2');
  await page.getByRole('button', { name: 'Save as done' }).click();
  const summary = page.locator('#error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Enter who did it');
  await expect(summary).toContainText('The date it was done cannot be in the future');
  await expect(page.locator('#done_by-error')).toContainText('Enter who did it');
  await expect(page.locator('#done_on')).toHaveValue('2');
  await expect(item.locator(`${STATEMENT}-status`)).toHaveText('To do');
  await expectNoSeriousA11yProblems(page);
  await summary.getByRole('link', { name: 'Enter who did it' }).click();
  await expect(page.locator('#done_by')).toBeFocused();

  await page.locator('#done_on').fill('1');
  await page.locator('#done_by').fill('Zoë');
  await page.getByRole('button', { name: 'Save as done' }).click();
  await expect(item.locator(`${STATEMENT}-status`)).toHaveText('Done');
  await expect(item.locator(`${STATEMENT}-done`)).toHaveText('Done on 1 March 2026 by Zoë');
  await expect(page.locator('#error-summary')).toHaveCount(0);
  await expect(page.locator(`${STATEMENT}-title`)).toBeFocused();
  const after = `${before.progress.done + 1} of ${before.progress.total} done`;
  await expect(list.locator('#progress-before-first-day')).toHaveText(after);
  await expect(page.locator('#checklist-status')).toHaveText(
    `“Give the PA a written statement of employment particulars” is marked as done. Before the PA's first day: ${after}.`,
  );
  const tick = (await calls(page)).filter((c) => c.cmd === 'tick_checklist_item').at(-1);
  expect(tick?.args).toEqual({
    owner: { kind: 'employment', id: 1 },
    item_id: 'written-statement',
    done_on: '2026-3-1',
    done_by: 'Zoë',
  });

  // The start screen no longer lists it; undo puts it back.
  await page.locator('#nav-home').click();
  await expect(page.locator('h1')).toHaveText('What needs doing');
  await expect(page.locator('main')).not.toContainText('Give the PA a written statement');
  await openAnnsChecklistsAgain(page);
  await page.locator(STATEMENT).getByRole('button', { name: /Undo/ }).click();
  await expect(page.locator(`${STATEMENT}-status`)).toHaveText('To do');
  await expect(page.locator('#progress-before-first-day')).toHaveText(before.progress.text);
});

async function openAnnsChecklistsAgain(page: Page) {
  await page.locator('#nav-people').click();
  await page.locator('tr[data-person-name="Zoë Łukasiewicz"] a').click();
  await page.locator('#employment-1-link').click();
  await page.locator('#employment-checklists-link').click();
  await expect(page.locator('h1')).toHaveText('Checklists for Ann Lee');
}

test("the employer's checklists: what was recorded, not applicable with a reason, and a note", async ({ page }) => {
  await openAppWithChecklists(page);
  await page.locator('#nav-people').click();
  await page.locator('tr[data-person-name="Zoë Łukasiewicz"] a').click();
  await page.getByRole('link', { name: "Employer's checklists" }).click();
  await expect(page.locator('h1')).toHaveText("Employer's checklists");
  await expect(page).toHaveTitle("Employer's checklists for Zoë Łukasiewicz – DP Hub");
  await expect(page.locator('#checklist-contents')).toContainText('Becoming an employer');

  const done = page.locator('#item-becoming-an-employer-employed-or-self-employed');
  await expect(done.locator('.govuk-tag')).toHaveText('Done');
  await expect(done).toContainText('Done on 10 February 2026 by Zoë');
  const na = page.locator('#item-becoming-an-employer-budget-check');
  await expect(na.locator('.govuk-tag')).toHaveText('Not applicable');
  await expect(na).toContainText("Not applicable: The council's broker did it");
  await expect(page.locator('#item-becoming-an-employer-employers-liability-insurance')).toContainText(
    'Note: Quote from the broker in the blue folder',
  );
  await expectNoSeriousA11yProblems(page);
  await screenshot(page, 'checklists-employer');

  const hmrc = page.locator('#item-becoming-an-employer-register-with-hmrc');
  await hmrc.getByRole('button', { name: /Not applicable/ }).click();
  await expect(page.locator('#reason')).toBeFocused();
  await page.getByRole('button', { name: 'Save as not applicable' }).click();
  await expect(page.locator('#error-summary')).toContainText('Say why this does not apply');
  await expect(page.locator('#reason-error')).toContainText('Say why this does not apply');
  await page.locator('#reason').fill('The payroll service registered us');
  await page.getByRole('button', { name: 'Save as not applicable' }).click();
  await expect(hmrc.locator('.govuk-tag')).toHaveText('Not applicable');
  await expect(hmrc).toContainText('Not applicable: The payroll service registered us');

  await hmrc.getByRole('button', { name: /Add a note/ }).click();
  await page.locator('#note').fill('Reference 123/AB45678');
  await page.getByRole('button', { name: 'Save the note' }).click();
  await expect(hmrc).toContainText('Note: Reference 123/AB45678');
  await expect(hmrc.getByRole('button', { name: /Change the note/ })).toBeVisible();

  // Cancel closes the form and puts focus back on the item.
  await hmrc.getByRole('button', { name: /Change the note/ }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('#item-becoming-an-employer-register-with-hmrc-title')).toBeFocused();
});

async function dialogCalls(page: Page): Promise<{ cmd: string; args: { options: { defaultPath: string } } }[]> {
  return page.evaluate(() =>
    (window as unknown as { __fakeBackend: { calls: never[] } }).__fakeBackend.calls.filter(
      (c: { cmd: string }) => c.cmd === 'plugin:dialog|save',
    ),
  );
}

test('what needs doing prints as it is shown: saved as PDF, in large print, or opened to print', async ({ page }) => {
  await openAppWithChecklists(page);
  const panel = page.getByRole('region', { name: 'Print this list' });
  await expect(panel).toContainText('overdue and due in the next 30 days for everyone');
  await panel.getByLabel('Large print (16 point text)').check();
  await panel.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.locator('#print-due-result')).toBeFocused();
  await expect(page.locator('#print-due-result')).toHaveText('Saved as /home/pat/Documents/duties.pdf');
  expect((await dialogCalls(page)).at(-1)!.args.options.defaultPath).toBe('What needs doing - everyone.pdf');
  let printed = (await calls(page)).filter((c) => c.cmd === 'save_due_pdf').at(-1)!;
  expect(printed.args).toEqual({ days: 30, person_id: null, large_print: true, path: '/home/pat/Documents/duties' });
  await expectNoSeriousA11yProblems(page);

  // Narrowed to Arthur and 90 days ahead, then opened in the PDF viewer in normal print.
  await page.locator('#due-person').selectOption({ label: 'Arthur Pennington' });
  await page.locator('#due-days').selectOption('90');
  await expect(panel).toContainText('due in the next 90 days for Arthur Pennington');
  await panel.getByLabel('Large print (16 point text)').uncheck();
  await panel.getByRole('button', { name: 'Open to print' }).click();
  await expect(page.locator('#print-due-result')).toHaveText('The PDF has opened in your PDF viewer: print it from there.');
  printed = (await calls(page)).filter((c) => c.cmd === 'open_due_pdf').at(-1)!;
  expect(printed.args).toEqual({ days: 90, person_id: 2, large_print: false });

  // A problem writing the file is said in words, next to the buttons, and the buttons work again.
  await page.evaluate(() => {
    (window as unknown as { __checklistsBackend: { printProblem: string } }).__checklistsBackend.printProblem =
      'The PDF could not be saved to /home/pat/Documents/duties.pdf: No space left on device';
  });
  await panel.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.locator('#print-due-result')).toHaveText(
    'Error: The PDF could not be made: The PDF could not be saved to /home/pat/Documents/duties.pdf: No space left on device',
  );
  await expect(panel.getByRole('button', { name: 'Save as PDF…' })).toBeEnabled();
  await expectNoSeriousA11yProblems(page);
});

test("a PA's checklists print from their page, by keyboard", async ({ page }) => {
  await openAnnsChecklists(page);
  const panel = page.getByRole('region', { name: 'Print these checklists' });
  await panel.getByRole('button', { name: 'Open to print' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#print-checklists-result')).toBeFocused();
  await expect(page.locator('#print-checklists-result')).toContainText('opened in your PDF viewer');
  const opened = (await calls(page)).filter((c) => c.cmd === 'open_checklists_pdf').at(-1)!;
  expect(opened.args).toEqual({ owner: { kind: 'employment', id: 1 }, large_print: false });

  await panel.getByLabel('Large print (16 point text)').check();
  await panel.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.locator('#print-checklists-result')).toHaveText('Saved as /home/pat/Documents/duties.pdf');
  expect((await dialogCalls(page)).at(-1)!.args.options.defaultPath).toBe('Checklists for Ann Lee - Zoë Łukasiewicz.pdf');
  const saved = (await calls(page)).filter((c) => c.cmd === 'save_checklists_pdf').at(-1)!;
  expect(saved.args).toEqual({ owner: { kind: 'employment', id: 1 }, large_print: true, path: '/home/pat/Documents/duties' });
  await expectNoSeriousA11yProblems(page);
  await screenshot(page, 'checklists-print');
});

test("how long records are kept is set on the employer's checklists, with a number out of range refused by its field", async ({ page }) => {
  await openAppWithChecklists(page);
  await page.locator('#nav-people').click();
  await page.locator('tr[data-person-name="Zoë Łukasiewicz"] a').click();
  await page.getByRole('link', { name: "Employer's checklists" }).click();
  const years = page.getByLabel('How many years are records kept?');
  await expect(years).toHaveValue('6');
  await expect(page.locator('#item-yearly-clear-out-old-records')).toContainText('kept 6 years');

  await years.fill('2');
  await page.getByRole('button', { name: 'Save how long records are kept' }).click();
  await expect(page.locator('#keep_records_years-error')).toContainText('Enter a number of years from 3 to 20');
  await expect(years).toBeFocused();
  await expect(years).toHaveValue('2');

  await years.fill('8');
  await years.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved: records are kept for 8 years.');
  await expect(years).toHaveValue('8');
  await page.locator('#keep-records-title').scrollIntoViewIfNeeded();
  await screenshot(page, 'checklists-keep-records', false);
  await expectNoSeriousA11yProblems(page);
  const sent = (await calls(page)).filter((c) => c.cmd === 'set_keep_records_years').map((c) => c.args.years);
  expect(sent).toEqual(['2', '8']);
});
