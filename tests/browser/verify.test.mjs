// The public verification of a training certificate (/{lang}/verify): the
// form, a code that is not one (the field marked, what was typed kept) and a
// code of no certificate, axe-clean in Italian, English and Arabic (right to
// left, the code kept left to right), without sideways scrolling at 360 px.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_TIMEOUT, checkA11y, gotoOk, url, useBrowser } from './lib.mjs';

const b = useBrowser();

for (const lang of ['it', 'en', 'ar']) {
  test(`verify a certificate code (${lang})`, { timeout: TEST_TIMEOUT }, async () => {
    const ctx = await b.newContext({ viewport: { width: 360, height: 800 } });
    const page = await ctx.newPage();
    await gotoOk(page, `/${lang}/verify`);
    assert.equal(await page.getAttribute('html', 'dir'), lang === 'ar' ? 'rtl' : 'ltr');
    await checkA11y(page, `/${lang}/verify`);
    // Not a code: the page again, the field marked and what was typed kept.
    await page.fill('#verify-code', 'abc');
    await Promise.all([page.waitForURL(`**/${lang}/verify?code=abc`), page.click('form[action$="/verify"] button[type=submit]')]);
    assert.equal(await page.inputValue('#verify-code'), 'abc');
    assert.equal(await page.getAttribute('#verify-code', 'aria-invalid'), 'true');
    assert.ok(await page.isVisible('#verify-code-error'));
    await checkA11y(page, `/${lang}/verify (malformed)`);
    // A code typed from paper, of no certificate: read back and said so.
    await page.fill('#verify-code', 'zzzzz zzzzz');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url() === url(`/${lang}/verify/ZZZZZ-ZZZZZ`)),
      page.click('form[action$="/verify"] button[type=submit]'),
    ]);
    assert.equal(response.status(), 404);
    assert.ok(await page.isVisible('.alert-warning'));
    assert.equal(await page.inputValue('#verify-code'), 'ZZZZZ-ZZZZZ');
    await checkA11y(page, `/${lang}/verify/ZZZZZ-ZZZZZ`);
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    assert.equal(sideways, false, 'no sideways scrolling at 360 px');
  });
}
