// Procedure guides and the glossary in a real browser, in Italian, English and Arabic:
// the list, a guide with its glossary terms (a real link, with the definition shown on
// keyboard focus and dismissed with Escape), the glossary and a concept all pass axe.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_TIMEOUT, useBrowser, gotoOk, checkA11y } from './lib.mjs';

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
      const term = page.locator('a.glossary-term').first();
      await term.focus();
      const tip = page.locator('#glossary-tip[role=tooltip]');
      await tip.waitFor();
      assert.ok((await tip.textContent()).length > 10, 'the definition is shown');
      assert.equal(await term.getAttribute('aria-describedby'), 'glossary-tip');
      await checkA11y(page, `/${lang}/guides/{slug} (definition shown)`);
      await page.keyboard.press('Escape');
      await tip.waitFor({ state: 'detached' });
      await term.click();
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
