// (g) The home page loads cleanly: no console errors, no uncaught exceptions, no failed or
// 4xx/5xx subresource requests (so every asset loads under the Content-Security-Policy).
// Chromium asks for the favicon only once per browser run, so the watcher ignores it and a
// separate test checks the icon deterministically.
// Also takes full-page screenshots of /it/ and /ar/ into test-results/ for humans.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_TIMEOUT, useBrowser, gotoOk, watchPage, resultPath, url, pathOf } from './lib.mjs';

const b = useBrowser();

for (const lang of ['it', 'en', 'ar']) {
  test(`/${lang}/ loads without console errors or failed requests`, { timeout: TEST_TIMEOUT }, async () => {
    const page = await b.newPage();
    try {
      const watch = watchPage(page);
      await gotoOk(page, `/${lang}/`);
      await page.waitForLoadState('networkidle');
      assert.deepEqual(watch.problems(), [], `problems while loading /${lang}/`);

      // Layout every public page shares.
      assert.ok((await page.locator('header').count()) >= 1, 'a <header>');
      assert.equal(await page.locator('[data-testid="lang-switcher"]').count(), 1, 'a language switcher');
      const footer = page.locator('footer');
      assert.ok((await footer.locator(`a[href="/${lang}/accessibility"], a[href="${url(`/${lang}/accessibility`)}"]`).count()) >= 1,
        `footer link to /${lang}/accessibility`);
      assert.ok((await footer.locator(`a[href="/${lang}/privacy"], a[href="${url(`/${lang}/privacy`)}"]`).count()) >= 1,
        `footer link to /${lang}/privacy`);

      if (lang === 'it' || lang === 'ar') {
        await page.screenshot({ path: resultPath(`home-${lang}.png`), fullPage: true });
      }
    } finally {
      await page.close();
    }
  });
}

test('the site icon loads (the <link rel=icon> of /it/, or /favicon.ico without one)', { timeout: TEST_TIMEOUT }, async () => {
  const page = await b.newPage();
  try {
    await gotoOk(page, '/it/');
    const declared = await page.evaluate(() => document.querySelector('link[rel~="icon"]')?.getAttribute('href') ?? null);
    const href = declared ?? '/favicon.ico';
    if (href.startsWith('data:')) return;
    const res = await page.request.get(url(pathOf(href)));
    assert.equal(res.status(), 200, `site icon ${href}: HTTP ${res.status()}`);
  } finally {
    await page.close();
  }
});
