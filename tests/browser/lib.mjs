// Shared helpers for Crocevia's browser tests (node:test + playwright-core + axe-core).
//
// The tests drive Debian's Chromium (/usr/bin/chromium) through playwright-core; no browser is
// ever downloaded. The server under test is given by CROCEVIA_BASE_URL (scripts/test starts
// `crocevia serve --demo` and sets it).
//
// Environment:
//   CROCEVIA_BASE_URL   base URL of the running server (default http://127.0.0.1:8080)
//   CROCEVIA_CHROMIUM   browser executable (default /usr/bin/chromium)
//   CROCEVIA_LANGS      optional comma-separated subset of languages for the per-language loops
//   CROCEVIA_HEADED=1   show the browser window (needs a display), for debugging

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHmac } from 'node:crypto';
import { before, after } from 'node:test';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

/** Base URL of the server under test, without a trailing slash. */
export const BASE_URL = (process.env.CROCEVIA_BASE_URL ?? 'http://127.0.0.1:8080').replace(/\/+$/, '');

/** The first-tier languages (DESIGN.md, "Languages"). */
export const ALL_LANGS = ['it', 'en', 'fr', 'ar', 'es', 'uk', 'sq', 'zh-Hans', 'bn', 'ur'];

/** Languages the per-language loops cover: all of them unless CROCEVIA_LANGS narrows it. */
export const LANGS = process.env.CROCEVIA_LANGS
  ? process.env.CROCEVIA_LANGS.split(',').map((s) => s.trim()).filter(Boolean)
  : ALL_LANGS;

/** Languages written right to left. */
export const RTL_LANGS = new Set(['ar', 'ur', 'fa', 'ps']);

/** The WCAG 2.1 A + AA rule tags axe runs. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Where screenshots and other artefacts for humans go (git-ignored). */
export const RESULTS_DIR = fileURLToPath(new URL('./test-results/', import.meta.url));

/** Per-test timeout for node:test, so a hung page cannot eat the CI budget. */
export const TEST_TIMEOUT = 60_000;

// Without these flags Chromium keeps trying to reach Google services, which this network
// refuses (log spam, slow starts). --no-sandbox because CI runs as root.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Absolute URL for a path on the server under test. */
export function url(path) {
  return new URL(path, BASE_URL + '/').href;
}

/** Path (plus query) of an absolute or relative URL, resolved against the server. */
export function pathOf(href) {
  const u = new URL(href, BASE_URL + '/');
  return u.pathname + u.search;
}

/**
 * Launch one Chromium for the whole test file (node:test `before`/`after` hooks) and return a
 * handle whose `.browser` is set once the hook has run. Call at the top level of a test file.
 *
 *   const b = useBrowser();
 *   test('...', async () => { const page = await b.newPage(); ... });
 *
 * `b.context()` returns a shared default context (created lazily, reused across tests, closed
 * in `after`); `b.newContext(opts)` makes an extra one that the handle closes too.
 */
export function useBrowser() {
  const handle = {
    browser: null,
    _shared: null,
    _contexts: [],
    async newContext(options = {}) {
      if (!this.browser) throw new Error('browser not launched yet: use it inside a test');
      const ctx = await this.browser.newContext({
        viewport: { width: 1280, height: 900 },
        ...options,
      });
      ctx.setDefaultTimeout(15_000);
      ctx.setDefaultNavigationTimeout(30_000);
      this._contexts.push(ctx);
      return ctx;
    },
    async context() {
      this._shared ??= await this.newContext();
      return this._shared;
    },
    async newPage() {
      return (await this.context()).newPage();
    },
  };
  before(async () => {
    handle.browser = await chromium.launch({
      executablePath: process.env.CROCEVIA_CHROMIUM ?? '/usr/bin/chromium',
      headless: process.env.CROCEVIA_HEADED !== '1',
      args: CHROMIUM_ARGS,
    });
  });
  after(async () => {
    for (const ctx of handle._contexts) await ctx.close().catch(() => {});
    await handle.browser?.close();
  });
  return handle;
}

/**
 * Navigate and assert the HTTP status of the main document. Returns the response.
 * `expectStatus` may be a number or an array of acceptable numbers.
 */
export async function gotoOk(page, path, expectStatus = 200) {
  const response = await page.goto(url(path), { waitUntil: 'load' });
  if (!response) throw new Error(`no response for ${path}`);
  const ok = Array.isArray(expectStatus) ? expectStatus : [expectStatus];
  if (!ok.includes(response.status())) {
    const body = (await response.text().catch(() => '')).slice(0, 500);
    throw new Error(
      `GET ${path}: expected status ${ok.join(' or ')}, got ${response.status()} ` +
        `(final URL ${page.url()})\n--- body (first 500 chars) ---\n${body}`,
    );
  }
  return response;
}

/** Human-readable report of axe violations: rule id, impact, help, help URL, target selectors. */
export function formatViolations(violations, { maxNodes = 8 } = {}) {
  const lines = [];
  for (const v of violations) {
    lines.push(`- ${v.id} [${v.impact ?? 'no impact'}] ${v.help}`);
    lines.push(`    ${v.helpUrl}`);
    const nodes = v.nodes ?? [];
    for (const n of nodes.slice(0, maxNodes)) {
      const target = (n.target ?? []).map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' | ');
      lines.push(`    * ${target}`);
      if (n.html) lines.push(`      html: ${oneLine(n.html, 200)}`);
      if (n.failureSummary) lines.push(`      ${oneLine(n.failureSummary, 300)}`);
    }
    if (nodes.length > maxNodes) lines.push(`    … and ${nodes.length - maxNodes} more element(s)`);
  }
  return lines.join('\n');
}

function oneLine(s, max) {
  const t = String(s).replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

/**
 * Run axe (WCAG 2.1 A/AA tags) on the current page and throw with a readable list of
 * violations if there are any. `label` names the page in the message (defaults to its path).
 * `disableRules` is only for third-party markup we cannot change (see apidocs.test.mjs).
 */
export async function checkA11y(page, label = pathOf(page.url()), { disableRules = [] } = {}) {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (disableRules.length > 0) builder = builder.disableRules(disableRules);
  const results = await builder.analyze();
  const violations = results.violations ?? [];
  if (violations.length > 0) {
    const count = violations.reduce((n, v) => n + (v.nodes?.length ?? 0), 0);
    const msg =
      `axe: ${violations.length} WCAG 2.1 AA rule(s) violated on ${label} ` +
      `(${count} element(s)):\n${formatViolations(violations)}`;
    const err = new Error(msg);
    // Keep the raw results for callers, but out of the reporter's dump of the error object.
    Object.defineProperty(err, 'violations', { value: violations, enumerable: false });
    throw err;
  }
  return results;
}

/**
 * Record everything that went wrong while a page loaded: console errors, uncaught exceptions,
 * requests that failed at the network level (including ones blocked by the CSP) and responses
 * with status >= 400. Attach before navigating; read `problems()` afterwards.
 */
export function watchPage(page, { ignoreFavicon = true } = {}) {
  const problems = [];
  // Chromium requests /favicon.ico on its own, once per browser run, so whether it shows up
  // depends on test order; home.test.mjs checks the icon separately.
  const push = (text) => {
    if (!(ignoreFavicon && /\/favicon\.ico\b/.test(text))) problems.push(text);
  };
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const loc = msg.location();
      const where = loc?.url ? ` (${pathOf(loc.url)}:${loc.lineNumber ?? '?'})` : '';
      push(`console error: ${msg.text()}${where}`);
    }
  });
  page.on('pageerror', (err) => push(`uncaught exception: ${err.message}`));
  page.on('requestfailed', (req) =>
    push(`request failed: ${req.method()} ${req.url()} — ${req.failure()?.errorText ?? '?'}`),
  );
  page.on('response', (res) => {
    if (res.status() >= 400) {
      push(`HTTP ${res.status()}: ${res.request().method()} ${res.url()} (${res.request().resourceType()})`);
    }
  });
  return { problems: () => [...problems] };
}

/** Make sure the results directory exists and return the path of a file inside it. */
export function resultPath(name) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  return RESULTS_DIR + name;
}

/**
 * A demo login printed by `crocevia serve --demo` (scripts/test passes its output file): the
 * first operator of a profession (`front_office`), or the one whose email starts with `who@`.
 */
export function demoLogin(who) {
  const log = process.env.CROCEVIA_SERVER_LOG;
  assert.ok(log, 'CROCEVIA_SERVER_LOG must name the demo server output (scripts/test sets it)');
  const line = readFileSync(log, 'utf8')
    .split('\n')
    .find((l) => {
      const [profession, email] = l.trim().split(/\s+/);
      return profession === who || (email ?? '').startsWith(`${who}@`);
    });
  assert.ok(line, `no ${who} demo login in ${log}`);
  const [, email, password] = line.trim().split(/\s+/);
  return { email, password };
}

/** RFC 6238 code (SHA-1, 6 digits, 30 s) of a base32 secret at `unixSeconds`. */
export function totp(base32, unixSeconds) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const ch of base32.replace(/\s+/g, '').toUpperCase()) {
    bits += alphabet.indexOf(ch).toString(2).padStart(5, '0');
  }
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(unixSeconds / 30)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(value).padStart(6, '0');
}

/**
 * Log in as a demo operator from the login page `page` is on, enroll the mandatory TOTP second
 * factor and continue past the recovery codes; returns the TOTP key.
 */
export async function loginAndEnroll(page, who) {
  const { email, password } = demoLogin(who);
  await page.fill('#email', email);
  await page.fill('#password', password);
  await page.click('button[type=submit]');
  await page.waitForURL('**/app/account/totp?next=*');
  const key = (await page.locator('[data-testid=totp-key]').textContent()).trim();
  await page.fill('#code', totp(key, Date.now() / 1000));
  await page.click('main button[type=submit]');
  await page.locator('[data-testid=recovery-codes]').waitFor();
  await page.click('main a.btn-primary');
  return key;
}

/** The day in Italy (`YYYY-MM-DD`), `days` from today: the server's dates are Rome's. */
export function romeDay(days = 0) {
  const at = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(at);
}
