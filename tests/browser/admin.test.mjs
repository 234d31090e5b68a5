// The administrator's pages in a real browser: after the mandatory TOTP enrollment, the
// operators list with its invitation form, an operator's page with a grant waiting for a second
// administrator, the agencies page, the audit-log search and the outgoing mail pass axe, as do the
// "forgot password" and "choose password" pages (valid and invalid link).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_TIMEOUT, useBrowser, gotoOk, checkA11y, url, loginAndEnroll } from './lib.mjs';

const b = useBrowser();



test('administrator pages pass axe after TOTP enrollment', { timeout: TEST_TIMEOUT }, async () => {
  const ctx = await b.newContext();
  const page = await ctx.newPage();
  try {
    await page.goto(url('/app/admin/users'));
    await loginAndEnroll(page, 'administrator');
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
    // Case-worker permissions the administrator does not hold: the grant waits, listed, for a
    // second administrator.
    await page.selectOption('#role', { label: 'Presa in carico' });
    await page.selectOption('#agency', { index: 1 });
    await page.selectOption('#scope', 'agency');
    await page.click('#grant ~ form button[type=submit]');
    await page.locator('#pending').waitFor();
    assert.match(await page.locator('main').textContent(), /Presa in carico/);
    await checkA11y(page, '/app/admin/users/{id} (pending grant)');
    await gotoOk(page, '/app/admin/agencies');
    assert.match(await page.locator('main').textContent(), /ASL Novara/);
    await checkA11y(page, '/app/admin/agencies');
    // A province outside the chosen region and an unknown municipality.
    await page.selectOption('#region', '07');
    await page.selectOption('#province', '004');
    await page.fill('#municipality', 'Atlantide');
    await page.click('#create ~ form button[type=submit]');
    await page.locator('#province-error').waitFor();
    await page.locator('#municipality-error').waitFor();
    await checkA11y(page, '/app/admin/agencies (errors)');
    // One agency's page: the municipality shown by name, editable.
    await page.getByRole('link', { name: /^Comune di Torino/ }).click();
    await page.waitForURL('**/app/admin/agencies/*');
    assert.equal(await page.inputValue('#municipality'), 'Torino');
    await checkA11y(page, '/app/admin/agencies/{id}');
    // Roles: the built-in ones, and a new role refused without permissions.
    await gotoOk(page, '/app/admin/roles');
    assert.match(await page.locator('main').textContent(), /Sportello/);
    await checkA11y(page, '/app/admin/roles');
    await page.fill('#name', 'Sportello scuole');
    await page.click('#create ~ form button[type=submit]');
    await page.locator('#permission-error').waitFor();
    await checkA11y(page, '/app/admin/roles (errors)');
    // Bootstrap Italia draws the checkbox on its label: click the label, as people do.
    await page.locator('label', { hasText: 'Registrare gli accessi allo sportello' }).click();
    assert.ok(await page.isChecked('input[value="desk.visit.write"]'));
    await page.click('#create ~ form button[type=submit]');
    await page.waitForURL('**/app/admin/roles?created=1');
    await page.getByRole('link', { name: 'Sportello scuole' }).click();
    await page.waitForURL('**/app/admin/roles/*');
    await checkA11y(page, '/app/admin/roles/{id}');
    await page.click('form[action$="/delete"] button');
    await page.waitForURL('**/app/admin/roles?deleted=1');
    // The operator's own page: sessions and interface language, then English.
    await gotoOk(page, '/app/account/sessions');
    await checkA11y(page, '/app/account/sessions');
    await page.selectOption('#lang', 'en');
    await page.click('#language ~ form button[type=submit]');
    await page.waitForURL('**/app/account/sessions?language=1');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await checkA11y(page, '/app/account/sessions (English)');
    await gotoOk(page, '/app/admin/agencies');
    await checkA11y(page, '/app/admin/agencies (English)');

    await gotoOk(page, '/app/admin/audit?object_type=user');
    assert.match(await page.locator('main').textContent(), /identity\.login/);
    await checkA11y(page, '/app/admin/audit (English)');
    // The outgoing mail, as an administrator sees it: counts and the mail not delivered.
    await gotoOk(page, '/app/admin/mail');
    assert.match(await page.locator('main h1').textContent(), /Outgoing mail/);
    await checkA11y(page, '/app/admin/mail (English)');
    await gotoOk(page, '/app/account/sessions');
    await page.selectOption('#lang', 'it');
    await page.click('#language ~ form button[type=submit]');
    await page.waitForURL('**/app/account/sessions?language=1');
    await gotoOk(page, '/app/admin/audit?object_type=user');
    assert.match(await page.locator('main').textContent(), /identity\.login/);
    await checkA11y(page, '/app/admin/audit');
    await gotoOk(page, '/app/admin/mail');
    assert.match(await page.locator('main h1').textContent(), /Posta in uscita/);
    await checkA11y(page, '/app/admin/mail');
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
