// The search in a real browser: typed in the header box in Arabic and in Chinese, the
// results page (right to left for Arabic) and a result opened; the zero-result page;
// every page passes axe.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_TIMEOUT, useBrowser, gotoOk, checkA11y } from './lib.mjs';

const b = useBrowser();

const cases = [
  { lang: 'ar', q: 'تجديد الإقامة', expect: '/ar/guides/rinnovo-permesso-di-soggiorno' },
  { lang: 'zh-Hans', q: '办居留', expect: '/zh-Hans/glossary/permesso-di-soggiorno' },
];

for (const { lang, q, expect } of cases) {
  test(`search from the header box and open a result (${lang})`, { timeout: TEST_TIMEOUT }, async () => {
    const ctx = await b.newContext();
    const page = await ctx.newPage();
    try {
      await gotoOk(page, `/${lang}/`);
      await page.fill('#header-q', q);
      await page.press('#header-q', 'Enter');
      await page.waitForURL(`**/${lang}/search?q=*`);
      assert.equal(await page.getAttribute('html', 'dir'), lang === 'ar' ? 'rtl' : 'ltr');
      assert.equal(await page.inputValue('#search-q'), q);
      await page.locator('#search-summary').waitFor();
      const result = page.locator(`ol.search-results a[href="${expect}"]`);
      assert.equal(await result.count(), 1, `${expect} is among the results`);
      assert.ok((await page.locator('ol.search-results mark').count()) > 0, 'matched words are highlighted');
      await checkA11y(page, `/${lang}/search?q=…`);
      await result.click();
      await page.waitForURL(`**${expect}`);
      await checkA11y(page, expect);
    } finally {
      await ctx.close();
    }
  });
}

test('a search that finds nothing helps (it), filters by kind (en)', { timeout: TEST_TIMEOUT }, async () => {
  const ctx = await b.newContext();
  const page = await ctx.newPage();
  try {
    await gotoOk(page, '/it/search?q=xqzvwk');
    assert.ok(await page.locator('main a[href="/it/glossary"]').isVisible());
    assert.ok((await page.locator('main a[href^="/it/guides/"]').count()) > 0, 'suggested guides');
    await checkA11y(page, '/it/search (nothing found)');
    await gotoOk(page, '/en/search?q=job%20centre');
    await page.click('nav a[href$="&kind=service"]');
    await page.waitForURL('**kind=service');
    const kinds = await page.locator('li.search-result').evaluateAll((items) => items.map((i) => i.dataset.kind));
    assert.ok(kinds.length > 0 && kinds.every((k) => k === 'service'), kinds.join());
    await checkA11y(page, '/en/search?kind=service');
  } finally {
    await ctx.close();
  }
});
