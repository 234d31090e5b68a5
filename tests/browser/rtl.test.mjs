// (b) Right-to-left languages get dir="rtl" on <html>, a right-to-left body and the RTL
// stylesheet; left-to-right languages get none of that.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGS, RTL_LANGS, TEST_TIMEOUT, useBrowser, gotoOk } from './lib.mjs';

const b = useBrowser();

async function direction(page) {
  return page.evaluate(() => ({
    dir: document.documentElement.getAttribute('dir'),
    bodyDirection: getComputedStyle(document.body).direction,
    rtlSheets: [...document.querySelectorAll('link[rel~="stylesheet"]')]
      .map((l) => l.getAttribute('href') ?? '')
      // "rtl" as a word of the file name (bootstrap-italia.rtl.min.css, rtl.css, app-rtl.css).
      .filter((h) => /(^|[/._-])rtl([/._-]|$)/i.test(h)),
  }));
}

for (const lang of ['ar', 'ur']) {
  test(`/${lang}/ is right-to-left`, { timeout: TEST_TIMEOUT }, async () => {
    const page = await b.newPage();
    try {
      await gotoOk(page, `/${lang}/`);
      const d = await direction(page);
      assert.equal(d.dir, 'rtl', `<html dir> on /${lang}/`);
      assert.equal(d.bodyDirection, 'rtl', `computed direction of <body> on /${lang}/`);
      assert.ok(d.rtlSheets.length > 0, `a <link rel=stylesheet> with "rtl" in its file name on /${lang}/`);
    } finally {
      await page.close();
    }
  });
}

// Every other language must be left-to-right and must not load the RTL stylesheet.
for (const lang of LANGS.filter((l) => !RTL_LANGS.has(l))) {
  test(`/${lang}/ is left-to-right`, { timeout: TEST_TIMEOUT }, async () => {
    const page = await b.newPage();
    try {
      await gotoOk(page, `/${lang}/`);
      const d = await direction(page);
      assert.equal(d.dir, 'ltr', `<html dir> on /${lang}/`);
      assert.equal(d.bodyDirection, 'ltr', `computed direction of <body> on /${lang}/`);
      assert.deepEqual(d.rtlSheets, [], `no RTL stylesheet on /${lang}/`);
    } finally {
      await page.close();
    }
  });
}
