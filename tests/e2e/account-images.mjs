// Screenshots of the account for the docs (scripts/account-images.sh runs it under Xvfb): the
// account page with its chart, and the excess explained with its working open.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchApp } from './driver.mjs';

const docs = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs');
const { browser, stop } = await launchApp(process.argv[2]);
try {
  await browser.setWindowSize(1280, 1560);
  await browser.execute(() => { location.hash = '#/people/1/account'; });
  const chart = await browser.$('#balance-chart');
  await chart.waitForDisplayed({ timeout: 20_000 });
  await browser.execute(() => document.getElementById('chart-heading').scrollIntoView({ block: 'start' }));
  await browser.pause(300);
  await browser.saveScreenshot(path.join(docs, 'account.png'));
  await browser.execute(() => {
    for (const id of ['excess-held-how', 'excess-amount-how']) document.getElementById(id).open = true;
    document.getElementById('balance-heading').scrollIntoView({ block: 'start' });
  });
  await browser.pause(300);
  await browser.saveScreenshot(path.join(docs, 'excess.png'));
} finally {
  await stop();
}
