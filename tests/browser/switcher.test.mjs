// (d) The language switcher links every page to the same page in the other languages.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_LANGS, TEST_TIMEOUT, useBrowser, gotoOk, pathOf } from './lib.mjs';

const b = useBrowser();

test('switcher on /it/privacy links to /en/privacy, which is in English', { timeout: TEST_TIMEOUT }, async () => {
  const page = await b.newPage();
  try {
    await gotoOk(page, '/it/privacy');
    const switcher = page.locator('[data-testid="lang-switcher"]');
    assert.equal(await switcher.count(), 1, 'exactly one [data-testid=lang-switcher]');

    const en = switcher.locator('a[hreflang="en"]');
    assert.equal(await en.count(), 1, 'one English link (a[hreflang=en]) in the switcher');
    assert.equal(pathOf(await en.getAttribute('href')), '/en/privacy');

    // The English link may sit in a dropdown: open it first if it is hidden.
    if (!(await en.isVisible())) {
      await switcher.locator('button, [role=button], summary, a[data-bs-toggle]').first().click();
    }
    await Promise.all([page.waitForURL('**/en/privacy'), en.click()]);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.locator('html[lang="en"]').count(), 1);
  } finally {
    await page.close();
  }
});

test('every switcher link points at the same page in its own language', { timeout: TEST_TIMEOUT }, async () => {
  const page = await b.newPage();
  try {
    await gotoOk(page, '/it/privacy');
    const links = await page
      .locator('[data-testid="lang-switcher"] a[hreflang]')
      .evaluateAll((as) => as.map((a) => ({ hreflang: a.getAttribute('hreflang'), href: a.getAttribute('href') })));
    const wrong = links.filter((l) => pathOf(l.href) !== `/${l.hreflang}/privacy`);
    assert.deepEqual(wrong, [], 'switcher links whose href is not /{hreflang}/privacy');
    const offered = new Set(links.map((l) => l.hreflang));
    const missing = ALL_LANGS.filter((l) => l !== 'it' && !offered.has(l));
    assert.deepEqual(missing, [], 'languages missing from the switcher on /it/privacy');
  } finally {
    await page.close();
  }
});
