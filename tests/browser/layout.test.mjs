// Layout at phone and tablet widths: nothing scrolls sideways and the header's brand is not
// covered by the main menu (Bootstrap Italia positions its own navbar wrapper specially below
// 992px; our no-JS menu must not inherit that).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_TIMEOUT, useBrowser, gotoOk } from './lib.mjs';

const b = useBrowser();

const WIDTHS = [360, 390, 768, 900];

for (const lang of ['it', 'ar', 'ur']) {
  for (const width of WIDTHS) {
    test(`/${lang}/ at ${width}px: no horizontal overflow, brand not covered`, { timeout: TEST_TIMEOUT }, async () => {
      const ctx = await b.newContext({ viewport: { width, height: 800 } });
      const page = await ctx.newPage();
      try {
        await gotoOk(page, `/${lang}/`);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        assert.ok(overflow <= 1, `page is ${overflow}px wider than the viewport`);
        const boxes = await page.evaluate(() => {
          const r = (el) => el && el.getBoundingClientRect();
          const brand = r(document.querySelector('.it-brand-title'));
          const menu = r(document.querySelector('nav.main-menu'));
          return { brand: brand && { top: brand.top, bottom: brand.bottom }, menu: menu && { top: menu.top } };
        });
        assert.ok(boxes.brand && boxes.menu, 'brand and main menu are present');
        assert.ok(
          boxes.menu.top >= boxes.brand.bottom - 1,
          `main menu (top ${boxes.menu.top}) overlaps the brand (bottom ${boxes.brand.bottom})`,
        );
      } finally {
        await ctx.close();
      }
    });
  }
}
