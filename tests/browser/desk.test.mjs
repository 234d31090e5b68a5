// The one-stop desk as a front-office operator: after the mandatory TOTP enrollment, register a
// person, then find them again by typing their name with another spelling and the year of birth,
// record a visit in one screen, open a case and add an assessment, see the permit deadlines — axe
// on every page.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_TIMEOUT, useBrowser, checkA11y, url, loginAndEnroll } from './lib.mjs';

const b = useBrowser();

test('front office: find a person despite the spelling, visit, case, assessment', { timeout: TEST_TIMEOUT }, async () => {
  const ctx = await b.newContext();
  const page = await ctx.newPage();
  try {
    await page.goto(url('/app/desk'));
    await loginAndEnroll(page, 'front_office');
    await page.waitForURL('**/app/desk');
    await checkA11y(page, '/app/desk');

    // A person registered earlier (with an invalid tax code first: the error is on the field).
    await page.click('main a[href^="/app/desk/people/new"]');
    await page.waitForURL('**/app/desk/people/new*');
    await checkA11y(page, '/app/desk/people/new');
    await page.fill('#given_name', 'Mohamed');
    await page.fill('#family_name', 'Benali');
    await page.fill('#birth', '17/05/1990');
    await page.fill('#citizenships', 'MA');
    await page.fill('#cf', 'BNLMMD90E17Z330A');
    await page.click('main form[novalidate] button[type=submit]');
    await page.locator('#cf-error').waitFor();
    await checkA11y(page, '/app/desk/people (errors)');
    await page.fill('#cf', '');
    await page.click('main form[novalidate] button[type=submit]');
    await page.waitForLoadState();
    if (!/\/app\/desk\/people\/[0-9a-f-]{36}/.test(page.url())) {
      // Registered by an earlier run on this server: say it is someone else.
      await page.click('main input[name=confirm] ~ button');
    }
    await page.waitForURL(/\/app\/desk\/people\/[0-9a-f-]{36}/);

    // Found again with another spelling and only the year of birth.
    await page.goto(url('/app/desk'));
    await page.fill('#q', 'Muhammad Ben Ali 1990');
    await page.click('main form[role=search] button[type=submit]');
    await page.waitForURL('**/app/desk?q=*');
    const row = page.locator('main table tbody tr').first();
    assert.match(await row.textContent(), /Mohamed Benali/);
    assert.match(await row.textContent(), /nome simile scritto diversamente/);
    await checkA11y(page, '/app/desk?q= (results)');
    await row.locator('a').click();
    await page.waitForURL(/\/app\/desk\/people\/[0-9a-f-]{36}$/);
    await checkA11y(page, '/app/desk/people/{id}');

    // A visit in one screen.
    await page.click('label[for=reason-permit]');
    await page.click('label[for=outcome-information]');
    await page.fill('#visit-lang', 'ar');
    await page.click('label[for=mediator]');
    await page.click('form[action$="/visits"] button[type=submit]');
    await page.waitForURL('**?visit=1*');
    assert.match(await page.locator('#visits + div table').textContent(), /Permesso di soggiorno/);

    // A case and its first assessment.
    await page.click('form[action$="/cases"] button[type=submit]');
    await page.waitForURL(/\/app\/desk\/cases\/[0-9a-f-]{36}$/);
    await checkA11y(page, '/app/desk/cases/{id}');
    await page.selectOption('#dimension', 'housing');
    await page.selectOption('#level', 'high');
    await page.fill('#assess-notes', 'Ospite da un amico, senza contratto');
    await page.click('#assess button[type=submit]');
    await page.waitForURL('**?saved=1*');
    assert.match(await page.locator('main table').first().textContent(), /alto/);
    await checkA11y(page, '/app/desk/cases/{id} (assessed)');

    // The permit deadlines of the desk.
    await page.goto(url('/app/desk/deadlines'));
    await checkA11y(page, '/app/desk/deadlines');
  } finally {
    await ctx.close();
  }
});
