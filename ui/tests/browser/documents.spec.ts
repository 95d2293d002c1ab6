// The Documents screen: the agreement preselected and previewed, what a PA's written statement
// lacks with links to the exact field, signing on the pad (pointer) and with a typed name, removing
// a signature, saving as PDF, and a council template refused with its line; axe scans throughout.
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yProblems, screenshot, test } from './fixtures';
import { DOCUMENTS, openDocuments } from './fake-backend-documents';

async function calls(page: Page): Promise<{ cmd: string; args: Record<string, unknown> }[]> {
  return page.evaluate(() => (window as unknown as { __documentsBackend: { calls: never[] } }).__documentsBackend.calls);
}

const PERSON_ROLE = 'The person receiving the direct payment';

test('the agreement that fits is previewed, signed on the pad, saved as PDF and the signature removed', async ({ page }) => {
  await openDocuments(page);
  await expect(page.locator('#document-variant')).toHaveValue('agreement_self');
  await expect(page.locator('#doc-title')).toHaveText(DOCUMENTS.agreement.title);
  await expect(page.locator('#document-preview')).toContainText('Zoë Łukasiewicz');
  await expect(page.locator('#save-pdf')).toBeEnabled();
  await expectNoSeriousA11yProblems(page);
  await screenshot(page, 'documents-agreement');

  // Sign on screen with the pointer.
  await page.getByRole('button', { name: `Sign on screen as ${PERSON_ROLE}` }).click();
  const dialog = page.locator('dialog.dp-sign');
  await expect(dialog).toBeVisible();
  await expect(page.locator('#sign-signed_by')).toHaveValue('Zoë Łukasiewicz');
  await page.locator('#sign-save').click();
  await expect(page.locator('#sign-problem')).toContainText('Sign in the box');
  await expectNoSeriousA11yProblems(page);
  await page.locator('#sign-strokes').scrollIntoViewIfNeeded();
  const box = (await page.locator('#sign-strokes').boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + box.height * 0.7);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.2, { steps: 5 });
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.8, { steps: 5 });
  await page.mouse.up();
  await expect(page.locator('#sign-pad-status')).toHaveText('1 stroke drawn.');
  await page.locator('#sign-save').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('#documents-done')).toContainText('signed by Zoë Łukasiewicz');
  const signed = page.getByRole('region', { name: `Signature: ${PERSON_ROLE}` });
  await expect(signed).toContainText(/Signed by Zoë Łukasiewicz on \d{1,2} [A-Z][a-z]+ \d{4}/);
  const sign = (await calls(page)).filter((c) => c.cmd === 'sign_document').at(-1)!;
  const request = sign.args.request as { strokes: [number, number][][]; typed: boolean };
  expect(request.typed).toBe(false);
  expect(request.strokes[0].length).toBeGreaterThan(5);
  for (const [x, y] of request.strokes[0]) {
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x).toBeLessThanOrEqual(1000);
    expect(y).toBeLessThanOrEqual(300);
  }

  // Saved as PDF, with the extension added.
  await page.locator('#large-print').check();
  await page.locator('#save-pdf').click();
  await expect(page.locator('#documents-done')).toHaveText('Saved as /home/pat/Documents/agreement.pdf');
  const save = (await calls(page)).find((c) => c.cmd === 'save_document_pdf')!;
  expect(save.args.large_print).toBe(true);

  await signed.getByRole('button', { name: /Remove signature/ }).click();
  await expect(signed).toContainText('Not signed');
});

test('a keyboard user signs with a typed name', async ({ page }) => {
  await openDocuments(page);
  await page.getByRole('button', { name: `Sign on screen as ${PERSON_ROLE}` }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#sign-signed_by')).toBeVisible();
  await page.locator('#sign-typed').check();
  await expect(page.locator('#sign-strokes')).toHaveCount(0);
  await expectNoSeriousA11yProblems(page);
  await page.locator('#sign-save').click();
  await expect(page.getByRole('region', { name: `Signature: ${PERSON_ROLE}` })).toContainText('(typed name)');
});

test("a PA's written statement lists what is missing, with links to the field, and cannot be generated", async ({ page }) => {
  await openDocuments(page);
  await page.locator('#document-sort').selectOption('particulars');
  await expect(page.locator('#document-pa')).toHaveValue('1');
  const missing = page.locator('#missing');
  await expect(missing.locator('li')).toHaveCount(DOCUMENTS.particulars_missing.length);
  await expect(page.locator('#save-pdf')).toBeDisabled();
  await expect(page.locator('#blocked-because')).toContainText('missing');
  await expect(page.locator('#document-preview')).toHaveCount(0);
  await expectNoSeriousA11yProblems(page);
  await screenshot(page, 'documents-missing');
  const place = DOCUMENTS.particulars_missing.find((m) => m.fix.field === 'place_of_work')!;
  await missing.getByRole('link', { name: place.what }).click();
  await expect(page.locator('#place_of_work')).toBeFocused();
});

test('a council template with a mistake is refused with its line', async ({ page }) => {
  await openDocuments(page);
  await page.locator('#council-templates summary').click();
  await page.locator('#template-kind').selectOption('particulars');
  await page.locator('#load-template').click();
  await expect(page.locator('#template-problem')).toContainText('Line 5');
  await expectNoSeriousA11yProblems(page);
});

test("a PA's timesheet can carry the dates of a pay period; half a date waits, and an unreal one is refused at the field", async ({ page }) => {
  await openDocuments(page);
  await page.locator('#document-sort').selectOption('timesheet');
  await expect(page.locator('#save-pdf')).toBeEnabled();
  const undated = (await calls(page)).filter((c) => c.cmd === 'document_preview').at(-1)!;
  expect(undated.args.choice).toMatchObject({ kind: 'timesheet', employment_id: 1, timesheet_period_of: '' });

  await page.locator('#timesheet_period_of').fill('31');
  await page.locator('#timesheet_period_of-month').fill('2');
  await expect(page.locator('#blocked-because')).toContainText('Finish the date');
  await expect(page.locator('#save-pdf')).toBeDisabled();
  await page.locator('#timesheet_period_of-year').fill('2027');
  await expect(page.locator('#timesheet_period_of-error')).toContainText('Enter a real date');
  await expect(page.locator('#blocked-because')).toContainText('Correct the date above');
  await expect(page.locator('#save-pdf')).toBeDisabled();
  await expectNoSeriousA11yProblems(page);
  await screenshot(page, 'documents-timesheet-date');

  await page.locator('#timesheet_period_of').fill('1');
  await page.locator('#timesheet_period_of-month').fill('3');
  await expect(page.locator('#timesheet_period_of-error')).toHaveCount(0);
  await expect(page.locator('#save-pdf')).toBeEnabled();
  await page.locator('#save-pdf').click();
  await expect(page.locator('#documents-done')).toContainText('Saved as');
  const save = (await calls(page)).filter((c) => c.cmd === 'save_document_pdf').at(-1)!;
  expect(save.args.choice).toMatchObject({ kind: 'timesheet', timesheet_period_of: '2027-3-1' });

  // Another document never carries the timesheet's day.
  await page.locator('#document-sort').selectOption('agreement');
  const agreement = (await calls(page)).filter((c) => c.cmd === 'document_preview').at(-1)!;
  expect(agreement.args.choice).toMatchObject({ kind: 'agreement_self', timesheet_period_of: '' });
});
