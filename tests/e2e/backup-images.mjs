// Screenshots for the docs (scripts/backup-images.sh runs it under Xvfb): the unlock screen at start
// (docs/passphrase.png), and a backup checked before restoring, with its date and counts
// (docs/restore-verified.png), which is then restored in the running app. argv: the database, the
// backup file, its passphrase.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchApp } from './driver.mjs';

const docs = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs');
const [db, backupFile, backupPassphrase] = process.argv.slice(2);

// Started without DPHUB_PASSPHRASE: the app asks for it, as at every start.
{
  const { browser, stop } = await launchApp(db, { DPHUB_PASSPHRASE: '' });
  try {
    await browser.setWindowSize(1100, 760);
    const field = await browser.$('#passphrase');
    await field.waitForDisplayed({ timeout: 20_000 });
    await browser.pause(300);
    await browser.saveScreenshot(path.join(docs, 'passphrase.png'));
  } finally {
    await stop();
  }
}

// Unlocked; the Open dialog answers the backup file (DPHUB_E2E_SAVE_PATH, as the e2e tests do).
{
  const { browser, stop } = await launchApp(db, { DPHUB_E2E_SAVE_PATH: backupFile });
  try {
    await browser.setWindowSize(1100, 1400);
    await browser.execute(() => { location.hash = '#/data'; });
    const choose = await browser.$('#choose-backup');
    await choose.waitForDisplayed({ timeout: 20_000 });
    await choose.click();
    const field = await browser.$('#restore_passphrase');
    await field.waitForDisplayed({ timeout: 10_000 });
    await field.setValue(backupPassphrase);
    await (await browser.$('#check-backup')).click();
    const check = await browser.$('#restore-check');
    await check.waitForDisplayed({ timeout: 60_000 });
    await browser.execute(() => {
      document.getElementById('restore-heading').scrollIntoView({ block: 'start' });
      window.scrollBy(0, -20);
      document.activeElement?.blur();
    });
    await browser.pause(400);
    await browser.saveScreenshot(path.join(docs, 'restore-verified.png'));
    // Then restored, in the running app: the success message, and the data still there.
    await (await browser.$('#restore-button')).click();
    const banner = await browser.$('#restored-banner');
    await banner.waitForDisplayed({ timeout: 60_000 });
    const said = await banner.getText();
    if (!said.includes('has been restored')) throw new Error(`restore said: ${said}`);
    await browser.execute(() => { location.hash = '#/people'; });
    const person = await browser.$('=Margaret Ellis');
    await person.waitForDisplayed({ timeout: 20_000 });
    console.log('restored in the app:', said.split('\n').join(' '));
  } finally {
    await stop();
  }
}
