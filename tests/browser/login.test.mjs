// Operator login in a real browser: the login page passes axe in Italian and English; a demo
// operator (login read from the demo server's output) logs in, enrolls the mandatory TOTP second
// factor, sees their sessions, logs out, logs in again with password and code, and logs out.
// Every page on the way passes axe.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_TIMEOUT, useBrowser, gotoOk, checkA11y, url, demoLogin, totp } from './lib.mjs';

const b = useBrowser();


for (const [lang, title] of [['it', 'Accesso operatori'], ['en', 'Operator login']]) {
  test(`login page in ${lang} passes axe`, { timeout: TEST_TIMEOUT }, async () => {
    const ctx = await b.newContext({ locale: lang, extraHTTPHeaders: { 'Accept-Language': lang } });
    const page = await ctx.newPage();
    try {
      await gotoOk(page, '/app/login');
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.equal((await page.locator('h1').textContent()).trim(), title);
      await checkA11y(page, `/app/login (${lang})`);
      // A failed attempt shows errors next to the fields, also accessible.
      await page.fill('#email', 'not-an-email');
      await page.click('button[type=submit]');
      await page.locator('#email-error').waitFor();
      await checkA11y(page, `/app/login with errors (${lang})`);
    } finally {
      await ctx.close();
    }
  });
}


test('a demo operator logs in, enrolls TOTP, logs in again with a code, and logs out', { timeout: TEST_TIMEOUT }, async () => {
  const { email, password } = demoLogin('mediator');
  const ctx = await b.newContext();
  const page = await ctx.newPage();
  const logIn = async () => {
    await page.fill('#email', email);
    await page.fill('#password', password);
    await page.click('button[type=submit]');
  };
  try {
    await page.goto(url('/app/account/sessions'));
    assert.ok(page.url().includes('/app/login?next='), `redirected to login, at ${page.url()}`);
    await logIn();
    // Mediators record visits (personal data): the second factor is mandatory.
    await page.waitForURL('**/app/account/totp?next=*');
    await checkA11y(page, '/app/account/totp (enrollment)');
    const key = (await page.locator('[data-testid=totp-key]').textContent()).trim();
    const now = Date.now() / 1000;
    await page.fill('#code', totp(key, now));
    await page.click('main button[type=submit]');
    await page.locator('[data-testid=recovery-codes]').waitFor();
    assert.equal(await page.locator('[data-testid=recovery-codes] li').count(), 10);
    await checkA11y(page, '/app/account/totp (recovery codes)');
    await page.click('main a.btn-primary');
    await page.waitForURL('**/app/account/sessions');
    assert.match(await page.locator('main').textContent(), /Questa sessione/);
    await checkA11y(page, '/app/account/sessions');

    // Log out, log in again: password, then a code (the next step: the one just used
    // for enrollment is never accepted twice).
    await page.click('header button[type=submit]');
    await page.waitForURL('**/app/login');
    await page.goto(url('/app/'));
    await logIn();
    await page.waitForURL('**/app/login/totp?next=*');
    await checkA11y(page, '/app/login/totp');
    await page.fill('#code', totp(key, now + 30));
    await page.click('main form button[type=submit] >> nth=0');
    await page.waitForURL('**/app/');
    assert.match(await page.locator('main').textContent(), /Olena Kovalenko/);
    await checkA11y(page, '/app/');
    await page.click('header button[type=submit]');
    await page.waitForURL('**/app/login');
  } finally {
    await ctx.close();
  }
});
