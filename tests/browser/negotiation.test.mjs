// (c) `/` redirects to /{lang}/, chosen by the crocevia_lang cookie, then Accept-Language,
// then Italian.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_TIMEOUT, url, pathOf, useBrowser } from './lib.mjs';

const b = useBrowser();
const REDIRECTS = [301, 302, 303, 307, 308];

/** GET / without following redirects; returns [status, location path]. */
async function rootRedirect(headers) {
  const res = await fetch(url('/'), { redirect: 'manual', headers });
  const location = res.headers.get('location');
  return [res.status, location === null ? null : pathOf(location)];
}

test('GET / with Accept-Language "ar,en;q=0.5" redirects to /ar/', { timeout: TEST_TIMEOUT }, async () => {
  const [status, location] = await rootRedirect({ 'accept-language': 'ar,en;q=0.5' });
  assert.ok(REDIRECTS.includes(status), `expected a redirect status, got ${status}`);
  assert.equal(location, '/ar/');
});

test('GET / with Accept-Language "en-GB,en;q=0.8" redirects to /en/', { timeout: TEST_TIMEOUT }, async () => {
  const [status, location] = await rootRedirect({ 'accept-language': 'en-GB,en;q=0.8' });
  assert.ok(REDIRECTS.includes(status), `expected a redirect status, got ${status}`);
  assert.equal(location, '/en/');
});

test('GET / with an unsupported language falls back to /it/', { timeout: TEST_TIMEOUT }, async () => {
  const [status, location] = await rootRedirect({ 'accept-language': 'de-DE,de;q=0.9' });
  assert.ok(REDIRECTS.includes(status), `expected a redirect status, got ${status}`);
  assert.equal(location, '/it/');
});

test('the crocevia_lang cookie beats Accept-Language', { timeout: TEST_TIMEOUT }, async () => {
  const [status, location] = await rootRedirect({
    'accept-language': 'ar,en;q=0.5',
    cookie: 'crocevia_lang=fr',
  });
  assert.ok(REDIRECTS.includes(status), `expected a redirect status, got ${status}`);
  assert.equal(location, '/fr/');
});

test('a browser opening / lands on its language, and the cookie wins over it', { timeout: TEST_TIMEOUT }, async () => {
  const ctx = await b.newContext({ locale: 'ar', extraHTTPHeaders: { 'accept-language': 'ar,en;q=0.5' } });
  const page = await ctx.newPage();
  await page.goto(url('/'));
  assert.equal(pathOf(page.url()), '/ar/');
  assert.equal(await page.getAttribute('html', 'lang'), 'ar');

  await ctx.addCookies([{ name: 'crocevia_lang', value: 'en', url: url('/') }]);
  await page.goto(url('/'));
  assert.equal(pathOf(page.url()), '/en/');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.close();
});
