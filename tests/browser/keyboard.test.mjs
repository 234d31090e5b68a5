// (e) The skip link is the first Tab stop and takes keyboard users past the header to <main>.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_TIMEOUT, useBrowser, gotoOk } from './lib.mjs';

const b = useBrowser();

for (const lang of ['it', 'en', 'ar']) {
  test(`skip link on /${lang}/ is the first Tab stop and moves focus to main`, { timeout: TEST_TIMEOUT }, async () => {
    const page = await b.newPage();
    try {
      await gotoOk(page, `/${lang}/`);
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => {
        const el = document.activeElement;
        const r = el?.getBoundingClientRect();
        return {
          tag: el?.tagName.toLowerCase(),
          cls: el?.getAttribute('class') ?? '',
          href: el?.getAttribute('href') ?? '',
          text: el?.textContent?.trim() ?? '',
          visible: !!r && r.width > 1 && r.height > 1,
        };
      });
      const isSkipLink =
        first.tag === 'a' && first.cls.split(/\s+/).includes('visually-hidden-focusable') && first.href === '#main';
      assert.ok(
        isSkipLink,
        `first Tab stop should be <a class="visually-hidden-focusable" href="#main">, got ${JSON.stringify(first)}`,
      );
      assert.ok(first.text.length > 0, 'skip link has text');
      assert.ok(first.visible, `skip link is visible while focused: ${JSON.stringify(first)}`);

      await page.keyboard.press('Enter');
      // The fragment navigation completes asynchronously: wait for it rather than race it.
      await page.waitForURL(/#main$/, { timeout: 5000 }).catch(() => {});
      assert.ok(page.url().endsWith('#main'), `URL after activating the skip link: ${page.url()}`);
      // Focus is in <main> (main has tabindex=-1, or the target is focusable), or at least the
      // next Tab stop is inside/after <main>, never back in the header.
      let where = await page.evaluate(() => {
        const main = document.getElementById('main');
        const el = document.activeElement;
        return main && el && (main === el || main.contains(el)) ? 'in-main' : el?.tagName.toLowerCase();
      });
      if (where !== 'in-main') {
        await page.keyboard.press('Tab');
        where = await page.evaluate(() => {
          const main = document.getElementById('main');
          const el = document.activeElement;
          if (!main || !el || el === document.body) return 'nowhere';
          if (main.contains(el)) return 'in-main';
          return main.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING
            ? 'after-main'
            : `before-main: <${el.tagName.toLowerCase()}> ${el.textContent.trim().slice(0, 40)}`;
        });
      }
      assert.ok(where === 'in-main' || where === 'after-main', `focus after the skip link: ${where}`);
    } finally {
      await page.close();
    }
  });
}
