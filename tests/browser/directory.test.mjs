// The services directory in a real browser: find a service that speaks Arabic near
// Turin, open it, in Italian, English and Arabic; the list, the filters with errors
// and the service page pass axe; the map draws the listed services.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_TIMEOUT, useBrowser, gotoOk, checkA11y, url, demoLogin } from './lib.mjs';

const b = useBrowser();

for (const lang of ['it', 'en', 'ar']) {
  test(`find an Arabic-speaking service near Turin and open it (${lang})`, { timeout: TEST_TIMEOUT }, async () => {
    const ctx = await b.newContext();
    const page = await ctx.newPage();
    try {
      await gotoOk(page, `/${lang}/services`);
      assert.equal(await page.getAttribute('html', 'dir'), lang === 'ar' ? 'rtl' : 'ltr');
      await checkA11y(page, `/${lang}/services`);
      await page.fill('#place', 'Torino');
      await page.selectOption('#language', 'ar');
      await page.click('#dir-filters button[type=submit]');
      await page.waitForURL(/place=Torino/);
      const cards = page.locator('.dir-results > li');
      assert.ok((await cards.count()) >= 5, 'several services speak Arabic in Turin');
      assert.match(await cards.first().textContent(), /العربية/);
      // The map is drawn from the list (Leaflet adds its panes).
      await page.locator('#services-map .leaflet-marker-pane, #services-map .leaflet-pane').first().waitFor({ state: 'attached' });
      await checkA11y(page, `/${lang}/services (Arabic near Turin)`);
      await cards.first().locator('h2 a').click();
      await page.waitForURL(new RegExp(`/${lang}/services/[0-9a-f-]+$`));
      const main = await page.locator('main').textContent();
      assert.match(main, /\(demo\)/);
      assert.ok((await page.locator('a[href^="tel:"]').count()) >= 1, 'phones are tel: links');
      await checkA11y(page, `/${lang}/services/{id}`);
    } finally {
      await ctx.close();
    }
  });
}

test('an unknown municipality is shown next to the field and passes axe', { timeout: TEST_TIMEOUT }, async () => {
  const ctx = await b.newContext();
  const page = await ctx.newPage();
  try {
    await gotoOk(page, '/it/services?place=Atlantide');
    await page.locator('#place-error').waitFor();
    assert.equal(await page.getAttribute('#place', 'aria-invalid'), 'true');
    await checkA11y(page, '/it/services (unknown municipality)');
  } finally {
    await ctx.close();
  }
});

test('without JavaScript the list and the filters still work', { timeout: TEST_TIMEOUT }, async () => {
  const ctx = await b.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  try {
    await gotoOk(page, '/it/services?place=Genova&category=legal-permits');
    assert.ok((await page.locator('.dir-results > li').count()) >= 1);
    assert.equal(await page.locator('#use-location').isHidden(), true, 'no location button without JS');
  } finally {
    await ctx.close();
  }
});

test('an editor flags unchecked services, edits one with errors, verifies it (axe)', { timeout: TEST_TIMEOUT }, async () => {
  const { email, password } = demoLogin('editor');
  const ctx = await b.newContext();
  const page = await ctx.newPage();
  try {
    await page.goto(url('/app/directory'));
    await page.fill('#email', email);
    await page.fill('#password', password);
    await page.click('button[type=submit]');
    await page.waitForURL('**/app/directory');
    assert.match(await page.locator('main').textContent(), /12 mesi/);
    await checkA11y(page, '/app/directory');
    await page.locator('main table a').first().click();
    await page.waitForURL('**/app/directory/services/*');
    await checkA11y(page, '/app/directory/services/{id}');
    await page.fill('#latitude', '95');
    await page.fill('#opens-0', '13:00');
    await page.fill('#closes-0', '09:00');
    await page.fill('#exc-from-0', '2026-08-20');
    await page.fill('#exc-to-0', '2026-08-10');
    await page.click('form[action^="/app/directory/services/"]:not([action$="/verify"]):not([action$="/translations"]) button[type=submit]');
    await page.locator('#latitude-error').waitFor();
    await page.locator('#hours-0-error').waitFor();
    await page.locator('#exception-0-error').waitFor();
    await checkA11y(page, '/app/directory/services/{id} (errors)');
    await gotoOk(page, '/app/directory');
    await page.locator('main table a').first().click();
    await page.waitForURL('**/app/directory/services/*');
    await page.click('form[action$="/verify"] button');
    await page.waitForURL('**?verified=1');
    assert.match(await page.locator('[role=status]').textContent(), /verificato/);

    // Organizations and their places have pages of their own.
    await gotoOk(page, '/app/directory/organizations');
    await checkA11y(page, '/app/directory/organizations');
    await page.locator('main table a').first().click();
    await page.waitForURL('**/app/directory/organizations/*');
    await checkA11y(page, '/app/directory/organizations/{id}');
    await page.locator('main a[href^="/app/directory/locations/"]').first().click();
    await page.waitForURL('**/app/directory/locations/*');
    await page.fill('#latitude', '95');
    await page.click('main form button[type=submit]');
    await page.locator('#latitude-error').waitFor();
    await checkA11y(page, '/app/directory/locations/{id} (errors)');
  } finally {
    await ctx.close();
  }
});
