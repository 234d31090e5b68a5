// /status answers 200 with a JSON health document (ModI-style health endpoint).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_TIMEOUT, url } from './lib.mjs';

test('GET /status is 200 JSON with status, version and database', { timeout: TEST_TIMEOUT }, async () => {
  const res = await fetch(url('/status'));
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /json/, 'content-type');
  const body = await res.json();
  for (const key of ['status', 'version', 'database']) {
    assert.ok(key in body, `key "${key}" in ${JSON.stringify(body)}`);
  }
});

test('an unknown page answers 404 in the requested language', { timeout: TEST_TIMEOUT }, async () => {
  const res = await fetch(url('/en/no-such-page'));
  assert.equal(res.status, 404);
  assert.match(res.headers.get('content-type') ?? '', /text\/html/, 'content-type');
  assert.match(await res.text(), /<html[^>]*\blang="en"/, '<html lang="en"> on the 404 page');
});
