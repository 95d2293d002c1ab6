// What every end-to-end test does with the app's window: wait, click, type, choose, read, screenshot.
import assert from 'node:assert/strict';
import path from 'node:path';
import { artifacts } from './driver.mjs';

export const WAIT = { timeout: 20_000 };

/** Helpers bound to one browser session. */
export function ui(browser) {
  const el = (selector) => browser.$(selector);
  return {
    el,
    async click(selector) {
      const e = await el(selector);
      await e.waitForClickable(WAIT);
      await e.click();
    },
    async type(selector, text) {
      const e = await el(selector);
      await e.waitForDisplayed(WAIT);
      await e.clearValue();
      if (text) await e.setValue(text);
    },
    /** GOV.UK radios hide the input behind its label, so click the label as a person would. */
    async choose(name, value) {
      const input = await el(`input[name="${name}"][value="${value}"]`);
      await input.waitForExist(WAIT);
      const id = await input.getAttribute('id');
      await (await el(`label[for="${id}"]`)).click();
      assert.equal(await input.isSelected(), true, `${name} = ${value} is chosen`);
    },
    async date(fieldId, day, month, year) {
      await this.type(`#${fieldId}`, day);
      await this.type(`#${fieldId}-month`, month);
      await this.type(`#${fieldId}-year`, year);
    },
    async textOf(selector) {
      const e = await el(selector);
      await e.waitForDisplayed(WAIT);
      return e.getText();
    },
    async waitForText(selector, expected) {
      await browser.waitUntil(async () => (await (await el(selector)).getText()).includes(expected), {
        ...WAIT,
        timeoutMsg: `${selector} never showed "${expected}"`,
      });
    },
    async screenshot(name) {
      await browser.saveScreenshot(path.join(artifacts, `${name}.png`));
    },
  };
}

