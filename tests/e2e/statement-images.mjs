// The screenshot of the statement import for the docs (scripts/statement-images.sh runs it under
// Xvfb): a Lloyds statement recognised, with the lines to be added and how each will be filed.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchApp } from './driver.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.resolve(here, '../../docs');
const statement = path.resolve(here, '../../src-tauri/core/tests/fixtures/statements/lloyds.csv');
const { browser, stop } = await launchApp(process.argv[2]);
try {
  await browser.setWindowSize(1280, 1500);
  await browser.execute(() => { location.hash = '#/people/1/account/import'; });
  const file = await browser.$('#file');
  await file.waitForExist({ timeout: 20_000 });
  await file.setValue(statement);
  await (await browser.$('#file-chosen')).waitForDisplayed({ timeout: 20_000 });
  await (await browser.$('#continue')).click();
  await (await browser.$('#statement-to-add')).waitForDisplayed({ timeout: 20_000 });
  await browser.execute(() => window.scrollTo(0, 0));
  await browser.pause(300);
  await browser.saveScreenshot(path.join(docs, 'statement-import.png'));
} finally {
  await stop();
}
