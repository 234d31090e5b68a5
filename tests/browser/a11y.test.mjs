// (a) axe-core finds zero WCAG 2.1 A/AA violations on the public pages, in every language:
// home, accessibility declaration, privacy policy, and the localized 404 page.
// One browser and one shared context for the whole file; a fresh tab per page.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGS, TEST_TIMEOUT, useBrowser, gotoOk, checkA11y } from './lib.mjs';

const b = useBrowser();

const PAGES = [
  { name: 'home', path: (l) => `/${l}/`, status: 200 },
  { name: 'accessibility', path: (l) => `/${l}/accessibility`, status: 200 },
  { name: 'privacy', path: (l) => `/${l}/privacy`, status: 200 },
  { name: '404', path: (l) => `/${l}/no-such-page`, status: 404 },
];

for (const lang of LANGS) {
  for (const p of PAGES) {
    const path = p.path(lang);
    test(`axe WCAG 2.1 AA: ${p.name} ${path}`, { timeout: TEST_TIMEOUT }, async () => {
      const page = await b.newPage();
      try {
        await gotoOk(page, path, p.status);
        // Sanity checks that make the axe run meaningful: right page, right language.
        const htmlLang = await page.getAttribute('html', 'lang');
        assert.equal(htmlLang, lang, `<html lang> on ${path}`);
        assert.equal(await page.locator('main#main').count(), 1, `exactly one <main id="main"> on ${path}`);
        await checkA11y(page, path);
      } finally {
        await page.close();
      }
    });
  }
}
