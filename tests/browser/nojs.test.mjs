// (f) Pages are server-rendered and usable without JavaScript: the main menu is there and
// visible with scripting disabled.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_TIMEOUT, useBrowser, gotoOk, pathOf } from './lib.mjs';

const b = useBrowser();

const MENU_IT = ['Guide', 'Servizi', 'Glossario', 'Cerca'];

test('without JavaScript /it/ still shows the main menu', { timeout: TEST_TIMEOUT }, async () => {
  const ctx = await b.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await gotoOk(page, '/it/');
  const missing = [];
  for (const name of MENU_IT) {
    const link = page.getByRole('link', { name, exact: true }).first();
    if ((await link.count()) === 0 || !(await link.isVisible())) {
      missing.push(name);
      continue;
    }
    const href = pathOf(await link.getAttribute('href'));
    assert.ok(href.startsWith('/it/'), `menu link "${name}" should stay in Italian, points at ${href}`);
  }
  assert.deepEqual(missing, [], 'main menu links not visible with JavaScript disabled');
  assert.equal(await page.locator('main#main').count(), 1);
  await page.close();
});

test('without JavaScript /ar/ shows at least four visible links in the header navigation', { timeout: TEST_TIMEOUT }, async () => {
  const ctx = await b.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await gotoOk(page, '/ar/');
  const visible = await page.locator('header nav a[href^="/ar/"]').evaluateAll(
    (as) => as.filter((a) => a.getClientRects().length > 0 && getComputedStyle(a).visibility !== 'hidden').length,
  );
  assert.ok(visible >= 4, `visible /ar/ links inside header nav: ${visible}`);
  await page.close();
});
