// The administrator's pages in a real browser: after the mandatory TOTP enrollment, the
// operators list with its invitation form, the agencies page and the audit-log search pass axe, as do the
// "forgot password" and "choose password" pages (valid and invalid link).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_TIMEOUT, useBrowser, gotoOk, checkA11y, url, demoLogin, totp } from './lib.mjs';

const b = useBrowser();



test('administrator pages pass axe after TOTP enrollment', { timeout: TEST_TIMEOUT }, async () => {
  const { email, password } = demoLogin('administrator');
  const ctx = await b.newContext();
  const page = await ctx.newPage();
  try {
    await page.goto(url('/app/admin/users'));
    await page.fill('#email', email);
    await page.fill('#password', password);
    await page.click('button[type=submit]');
    await page.waitForURL('**/app/account/totp?next=*');
    const key = (await page.locator('[data-testid=totp-key]').textContent()).trim();
    await page.fill('#code', totp(key, Date.now() / 1000));
    await page.click('main button[type=submit]');
    await page.locator('[data-testid=recovery-codes]').waitFor();
    await page.click('main a.btn-primary');
    await page.waitForURL('**/app/admin/users');
    assert.match(await page.locator('main').textContent(), /Kovalenko/);
    await checkA11y(page, '/app/admin/users');
    // An invitation with every field wrong shows errors next to the fields.
    await page.fill('#email', 'not-an-email');
    await page.click('#invite ~ form button[type=submit]');
    await page.locator('#email-error').waitFor();
    await checkA11y(page, '/app/admin/users (invitation errors)');
    await page.getByRole('link', { name: 'Olena Kovalenko (demo)' }).click();
    await page.waitForURL('**/app/admin/users/*');
    assert.match(await page.locator('main').textContent(), /Mediazione/);
    await checkA11y(page, '/app/admin/users/{id}');
    await gotoOk(page, '/app/admin/agencies');
    assert.match(await page.locator('main').textContent(), /ASL Novara/);
    await checkA11y(page, '/app/admin/agencies');
    await page.fill('#region', '99');
    await page.click('#create ~ form button[type=submit]');
    await page.locator('#region-error').waitFor();
    await checkA11y(page, '/app/admin/agencies (errors)');
    await gotoOk(page, '/app/admin/audit?object_type=user');
    assert.match(await page.locator('main').textContent(), /identity\.login/);
    await checkA11y(page, '/app/admin/audit');
  } finally {
    await ctx.close();
  }
});

test('password pages pass axe', { timeout: TEST_TIMEOUT }, async () => {
  const ctx = await b.newContext();
  const page = await ctx.newPage();
  try {
    await gotoOk(page, '/app/password/forgot');
    await checkA11y(page, '/app/password/forgot');
    await page.fill('#email', 'nessuno@comune.example');
    await page.click('main button[type=submit]');
    await page.locator('[role=status]').waitFor();
    await checkA11y(page, '/app/password/forgot (sent)');
    await gotoOk(page, '/app/password/set/not-a-real-token', 404);
    await checkA11y(page, '/app/password/set (invalid link)');
  } finally {
    await ctx.close();
  }
});
