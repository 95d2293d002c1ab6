// The real DP Hub over WebDriver: open a person, see what their PA costs and whether the direct
// payment covers the support plan; then the calculator, with one figure's working opened.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { cliBinary, launchApp, tempDb } from './driver.mjs';
import { ui } from './ui.mjs';

const cli = (db, ...args) => execFileSync(cliBinary, [...args, '--db', db], { encoding: 'utf8' });

test("a person's PA costs and the plan's shortfall, then the calculator's working", async () => {
  const db = tempDb();
  cli(db, 'person', 'add', '--full-name', 'Margaret Hale', '--dob', '1/2/1950', '--council', 'Hampshire County Council',
    '--type', 'adult-service-user', '--managed-by', 'themself', '--gross', '1250.00', '--period', 'four-weekly',
    '--contribution', '180.40', '--start', '2026-01-05');
  cli(db, 'pa', 'add', '--name', 'Zoë Łukasiewicz', '--dob', '1990-05-01');
  cli(db, 'employ', 'add', '--person', '1', '--pa', '1', '--start', '2026-05-04', '--rate', '13.50', '--hours', '16',
    '--pattern', 'Monday to Thursday, 8am to noon', '--pay-frequency', 'weekly', '--first-payday', '2026-05-08');
  cli(db, 'plan', 'add-line', '--person', '1', '--kind', 'agency-hours', '--description', 'Agency, Tuesday mornings',
    '--quantity', '4', '--cost', '25.50', '--per', 'week');

  const app = await launchApp(db);
  try {
    const u = ui(app.browser);
    await u.click('#nav-people');
    await u.click('#person-link-1');
    await u.click('#costs-link');
    // £218.88 a week for Zoë (16 × £13.50, pension £2.88, NI covered by the allowance) and £102 a week
    // of agency hours, against £1,069.60 every 4 weeks: a shortfall of £2,780.96 a year.
    await u.waitForText('#plan-verdict', '£2,780.96');
    assert.match(await u.textOf('#plan-verdict'), /shortfall/i);
    await u.waitForText('#pa-costs', 'Zoë Łukasiewicz');
    assert.equal(await u.textOf('#pa-costs-pa-0-total-year-amount'), '£11,381.76');
    await u.waitForText('#spend-chart', 'Agency care hours');
    await u.screenshot('20-costs-plan');
    await (await u.el('#spend-chart')).scrollIntoView({ block: 'start' });
    await u.screenshot('20b-costs-plan-chart');

    await u.click('#nav-cost-calculator');
    await u.type('#age', '30');
    await u.type('#hourly_rate', '£12.71');
    await u.type('#hours', '20');
    await u.click('#calculate');
    await u.waitForText('#result-pa-0-employer_nic-period-amount', '£23.73');
    await u.click('#result-pa-0-employer_nic-period-how summary');
    await u.waitForText('#result-pa-0-employer_nic-period-how', '15% of £158.20 (pay £254.20 above the £96.00 weekly secondary threshold) = £23.73');
    await (await u.el('#result-pa-0-employer_nic-period-how')).scrollIntoView({ block: 'center' });
    await u.screenshot('21-costs-calculator-explained');
  } finally {
    await app.stop();
  }
});
