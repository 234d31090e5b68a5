// Operator login in a real browser: the login page passes axe in Italian and English, a demo
// operator (login read from the demo server's output) logs in, sees the workspace and their
// sessions (axe clean), and logs out.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TEST_TIMEOUT, useBrowser, gotoOk, checkA11y, url } from './lib.mjs';

const b = useBrowser();

/** A demo login printed by `crocevia serve --demo` (scripts/test passes its output file). */
function demoLogin(profession) {
  const log = process.env.CROCEVIA_SERVER_LOG;
  assert.ok(log, 'CROCEVIA_SERVER_LOG must name the demo server output (scripts/test sets it)');
  const line = readFileSync(log, 'utf8')
    .split('\n')
    .find((l) => l.trim().startsWith(`${profession} `));
  assert.ok(line, `no ${profession} demo login in ${log}`);
  const [, email, password] = line.trim().split(/\s+/);
  return { email, password };
}

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

test('a demo operator logs in, lists sessions and logs out', { timeout: TEST_TIMEOUT }, async () => {
  const { email, password } = demoLogin('front_office');
  const ctx = await b.newContext();
  const page = await ctx.newPage();
  try {
    await page.goto(url('/app/account/sessions'));
    assert.ok(page.url().includes('/app/login?next='), `redirected to login, at ${page.url()}`);
    await page.fill('#email', email);
    await page.fill('#password', password);
    await page.click('button[type=submit]');
    await page.waitForURL('**/app/account/sessions');
    assert.match(await page.locator('main').textContent(), /Questa sessione/);
    await checkA11y(page, '/app/account/sessions');
    await gotoOk(page, '/app/');
    assert.match(await page.locator('main').textContent(), /Sara Bianchi/);
    await checkA11y(page, '/app/');
    await page.click('header button[type=submit]');
    await page.waitForURL('**/app/login');
    await page.goto(url('/app/'));
    assert.ok(page.url().includes('/app/login'), 'logged out');
  } finally {
    await ctx.close();
  }
});
