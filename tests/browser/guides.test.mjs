// Procedure guides and the glossary in a real browser, in Italian, English and Arabic:
// the list, a guide with its glossary terms (the definition opens in place on a tap or Enter,
// closes with Escape, and links to the concept), the glossary and a concept all pass axe.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_TIMEOUT, useBrowser, gotoOk, checkA11y, url, demoLogin } from './lib.mjs';

const b = useBrowser();

for (const lang of ['it', 'en', 'ar']) {
  test(`read the permit renewal guide and its glossary (${lang})`, { timeout: TEST_TIMEOUT }, async () => {
    const ctx = await b.newContext();
    const page = await ctx.newPage();
    try {
      await gotoOk(page, `/${lang}/guides`);
      assert.equal(await page.getAttribute('html', 'dir'), lang === 'ar' ? 'rtl' : 'ltr');
      assert.equal(await page.locator(`main a[href^="/${lang}/guides/"]`).count(), 14);
      await checkA11y(page, `/${lang}/guides`);
      await page.click(`main a[href="/${lang}/guides/rinnovo-permesso-di-soggiorno"]`);
      await page.waitForURL(`**/${lang}/guides/rinnovo-permesso-di-soggiorno`);
      assert.ok((await page.locator('ol.guide-steps > li').count()) >= 4, 'steps in order');
      if (lang === 'ar') {
        assert.equal(await page.locator('#translation-notice').count(), 1, 'machine translation is announced');
      }
      // A term's definition opens in place, with the keyboard as with a tap, and closes with
      // Escape; its link leads to the concept's page.
      const term = page.locator('button.glossary-term').first();
      const pop = page.locator(`#${await term.getAttribute('popovertarget')}`);
      assert.equal(await pop.isVisible(), false);
      await term.focus();
      await page.keyboard.press('Enter');
      await pop.waitFor({ state: 'visible' });
      assert.ok((await pop.textContent()).length > 10, 'the definition is shown');
      assert.equal(page.url().endsWith('/guides/rinnovo-permesso-di-soggiorno'), true, 'on the same page');
      await checkA11y(page, `/${lang}/guides/{slug} (definition shown)`);
      await page.keyboard.press('Escape');
      await pop.waitFor({ state: 'hidden' });
      await term.click();
      await pop.locator('a').click();
      await page.waitForURL(new RegExp(`/${lang}/glossary/[a-z0-9-]+$`));
      await checkA11y(page, `/${lang}/glossary/{slug}`);
      await gotoOk(page, `/${lang}/glossary`);
      assert.ok((await page.locator('dl.glossary dt').count()) >= 80);
      await checkA11y(page, `/${lang}/glossary`);
    } finally {
      await ctx.close();
    }
  });
}

test('the bilingual print page passes axe (Arabic and Italian side by side)', { timeout: TEST_TIMEOUT }, async () => {
  const ctx = await b.newContext();
  const page = await ctx.newPage();
  try {
    await gotoOk(page, '/ar/guides/rinnovo-permesso-di-soggiorno');
    await page.click('main a[href="/ar/guides/rinnovo-permesso-di-soggiorno/print"]');
    await page.waitForURL('**/print');
    assert.equal(await page.locator('.guide-body[lang=ar][dir=rtl]').count(), 1);
    assert.equal(await page.locator('.guide-body[lang=it][dir=ltr]').count(), 1);
    assert.ok(await page.locator('img[src^="data:image/svg+xml"]').isVisible(), 'QR code');
    await checkA11y(page, '/ar/guides/{slug}/print');
    // The same as a PDF, linked from the print page.
    const pdf = page.locator('main a[type="application/pdf"]');
    const response = await page.request.get(url(await pdf.getAttribute('href')));
    assert.equal(response.status(), 200);
    assert.equal(response.headers()['content-type'], 'application/pdf');
    assert.equal((await response.body()).subarray(0, 5).toString(), '%PDF-');
  } finally {
    await ctx.close();
  }
});

test('an editor changes a guide and a translator reviews it (axe)', { timeout: TEST_TIMEOUT }, async () => {
  const login = async (page, who, path) => {
    const { email, password } = demoLogin(who);
    await page.goto(url(path));
    await page.fill('#email', email);
    await page.fill('#password', password);
    await page.click('button[type=submit]');
    await page.waitForURL(`**${path}`);
  };
  const ctx = await b.newContext();
  const page = await ctx.newPage();
  try {
    await login(page, 'editor', '/app/guides');
    await checkA11y(page, '/app/guides');
    await page.locator('main table a').first().click();
    await page.waitForURL('**/app/guides/*');
    await checkA11y(page, '/app/guides/{id}');
    await page.fill('#title', '');
    await page.fill('#step-1-services', 'nowhere');
    await page.click('main form:not([action$="/status"]) button[type=submit]');
    await page.locator('#title-error').waitFor();
    await page.locator('#step-1-error').waitFor();
    await checkA11y(page, '/app/guides/{id} (errors)');
    await page.goto(url('/app/guides'));
    await page.locator('main table a').first().click();
    await page.waitForURL('**/app/guides/*');
    await page.click('main a[href$="/revisions"]');
    await page.waitForURL('**/revisions');
    await page.locator('main table a').first().click();
    await page.waitForURL('**/revisions?diff=*');
    await checkA11y(page, '/app/guides/{id}/revisions');
    await page.goto(url('/app/glossary'));
    await checkA11y(page, '/app/glossary');
    await page.locator('main table a').first().click();
    await page.waitForURL('**/app/glossary/*');
    await page.fill('#related', 'not-a-word');
    await page.click('main form button[type=submit]');
    await page.locator('#related-error').waitFor();
    await checkA11y(page, '/app/glossary/{id} (errors)');
  } finally {
    await ctx.close();
  }
  const ctx2 = await b.newContext();
  const page2 = await ctx2.newPage();
  try {
    await login(page2, 'translator', '/app/translate');
    await page2.selectOption('#lang', 'ar');
    await page2.click('main form[method=get] button[type=submit]');
    await page2.waitForURL('**lang=ar*');
    await checkA11y(page2, '/app/translate');
    await page2.locator('main table a').first().click();
    await page2.waitForURL('**/app/translate/*/*/ar');
    assert.equal(await page2.locator('textarea[dir=rtl]').first().getAttribute('lang'), 'ar');
    await checkA11y(page2, '/app/translate/{kind}/{id}/ar');
    await page2.click('label[for="r-1"]');
    await page2.click('main form button[type=submit]');
    await page2.waitForURL('**saved=1');
    assert.equal(await page2.locator('[role=status]').count(), 1);
  } finally {
    await ctx2.close();
  }
});
