// A referral from the municipal desk (Comune di Torino) to the job centre (CPI di Genova): the
// social worker registers a person, is refused without a legal basis, records the consent, sends
// the minimum package; the job centre's case worker is notified, reads the package (in English)
// and accepts; the sender sees the acceptance — axe on every page.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_TIMEOUT, useBrowser, checkA11y, url, loginAndEnroll } from './lib.mjs';

const b = useBrowser();

test('referral from a municipal desk to a job centre, and its acceptance', { timeout: TEST_TIMEOUT }, async () => {
  const sender = await b.newContext();
  const receiver = await b.newContext();
  try {
    const page = await sender.newPage();
    await page.goto(url('/app/desk'));
    await loginAndEnroll(page, 'sociale');
    await page.waitForURL('**/app/desk');

    // A person of the municipal desk (a new name on every run).
    const family = `Haddad${Date.now().toString(36)}`;
    await page.goto(url('/app/desk/people/new'));
    await page.fill('#given_name', 'Amina');
    await page.fill('#family_name', family);
    await page.fill('#citizenships', 'MA');
    await page.selectOption('#lang1', 'ar');
    await page.click('main form[novalidate] button[type=submit]');
    await page.waitForLoadState();
    if (!/\/app\/desk\/people\/[0-9a-f-]{36}/.test(page.url())) {
      await page.click('main input[name=confirm] ~ button');
    }
    await page.waitForURL(/\/app\/desk\/people\/[0-9a-f-]{36}/);
    const personPath = new URL(page.url()).pathname;
    await page.click('main a[href$="/sharing"]');
    await page.waitForURL(/\/sharing$/);
    await checkA11y(page, '/app/desk/people/{id}/sharing');

    // No basis yet: refused, the reason typed is kept.
    const cpi = page.locator('#to option', { hasText: "Centro per l'impiego di Genova" });
    await page.selectOption('#to', await cpi.getAttribute('value'));
    await page.selectOption('#referral_purpose', 'employment');
    await page.fill('#reason', 'Orientamento al lavoro: sarta con esperienza');
    await page.click('form[action$="/referrals"] button[type=submit]');
    await page.locator('#to-error').waitFor();
    assert.match(await page.locator('#to-error').textContent(), /Nessuna base giuridica/);
    assert.equal(await page.inputValue('#reason'), 'Orientamento al lavoro: sarta con esperienza');
    await checkA11y(page, '/app/desk/people/{id}/referrals (refused)');

    // The consent, signed on paper, for any job centre.
    await page.selectOption('#recipient', 'kind:cpi');
    await page.selectOption('#purpose', 'employment');
    await page.selectOption('#basis', 'consent');
    await page.selectOption('#evidence', 'paper_signed');
    await page.click('form[action$="/bases"] button[type=submit]');
    await page.waitForURL('**/sharing?saved=1*');
    assert.match(await page.locator('#bases + div table').textContent(), /Consenso della persona/);
    await checkA11y(page, '/app/desk/people/{id}/sharing (consent recorded)');

    // The referral with the minimum package (identity and languages, chosen by default).
    await page.selectOption('#to', await cpi.getAttribute('value'));
    await page.selectOption('#referral_purpose', 'employment');
    await page.selectOption('#urgency', 'priority');
    await page.fill('#reason', 'Orientamento al lavoro: sarta con esperienza');
    await page.click('form[action$="/referrals"] button[type=submit]');
    await page.waitForURL(/\/app\/desk\/referrals\/[0-9a-f-]{36}\?sent=1$/);
    const referralUrl = page.url().split('?')[0];
    assert.match(await page.locator('main dl').textContent(), /In attesa/);
    await checkA11y(page, '/app/desk/referrals/{id} (sent)');

    // The job centre: told, reads the package only, in English, and accepts.
    const other = await receiver.newPage();
    await other.goto(url('/app/'));
    await loginAndEnroll(other, 'lavoro');
    await other.goto(url('/app/account/sessions'));
    await other.selectOption('#lang', 'en');
    await other.click('form[action="/app/account/language"] button[type=submit]');
    await other.waitForURL('**/app/account/sessions?language=1');
    const bell = other.locator('header a[href="/app/notifications"]');
    assert.match(await bell.textContent(), /Notifications \(\u2068?\d+\u2069?\)/);
    await bell.click();
    await other.waitForURL('**/app/notifications');
    await checkA11y(other, '/app/notifications (en)');
    await other.click(`main a[href="${new URL(referralUrl).pathname}"]`);
    await other.waitForURL(referralUrl);
    const text = await other.locator('main').textContent();
    assert.match(text, new RegExp(`Amina ${family}`));
    assert.match(text, /Data sent/);
    await checkA11y(other, '/app/desk/referrals/{id} (received, en)');
    // The record itself stays closed to the job centre.
    const denied = await other.request.get(url(personPath));
    assert.equal(denied.status(), 404);
    await other.fill('#decision-reason', 'Interview booked for Monday');
    await other.click('button[name=decision][value=accept]');
    await other.waitForURL('**?saved=1');
    assert.match(await other.locator('main dl').textContent(), /Accepted/);
    await checkA11y(other, '/app/desk/referrals/{id} (accepted, en)');

    // The sender sees it accepted, with the reason.
    await page.goto(referralUrl);
    const seen = await page.locator('main dl').textContent();
    assert.match(seen, /Accettato/);
    assert.match(seen, /Interview booked for Monday/);
    await page.goto(url('/app/desk/referrals'));
    await checkA11y(page, '/app/desk/referrals');
  } finally {
    await sender.close();
    await receiver.close();
  }
});
