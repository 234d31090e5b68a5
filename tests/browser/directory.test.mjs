// The services directory in a real browser: find a service that speaks Arabic near
// Turin, open it, in Italian, English and Arabic; the list, the filters with errors
// and the service page pass axe; the map draws the listed services.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_TIMEOUT, useBrowser, gotoOk, checkA11y } from './lib.mjs';

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
