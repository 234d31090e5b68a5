// The portal as a newcomer's app (issue 20): installable (a valid manifest in the reader's
// language, icons that load, a service worker that controls the page), a guide saved while
// online read with the network off, a page never visited answered by the offline page, the
// saved list, a service's Call / WhatsApp / Directions links, share links and QR, read aloud
// where the browser has a voice (and no button where it has none), and what a first visit to a
// guide costs on a slow connection.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_TIMEOUT, useBrowser, gotoOk, checkA11y, url } from './lib.mjs';

const b = useBrowser();

const GUIDE = '/ar/guides/rinnovo-permesso-di-soggiorno';

test('the manifest is valid, in the reader\'s language, and its icons load', { timeout: TEST_TIMEOUT }, async () => {
  const ctx = await b.newContext();
  const page = await ctx.newPage();
  await gotoOk(page, GUIDE);
  const href = await page.getAttribute('link[rel=manifest]', 'href');
  assert.equal(href, '/ar/manifest.webmanifest');
  const response = await ctx.request.get(url(href));
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-type'], /application\/manifest\+json/);
  const m = await response.json();
  assert.equal(m.lang, 'ar');
  assert.equal(m.dir, 'rtl');
  assert.equal(m.start_url, '/ar/');
  assert.equal(m.display, 'standalone');
  assert.ok(m.name && m.short_name && m.short_name.length <= 12, JSON.stringify(m));
  for (const size of ['192x192', '512x512']) {
    const icon = m.icons.find((i) => i.sizes === size && i.type === 'image/png' && !i.purpose);
    assert.ok(icon, `a ${size} PNG icon`);
    const png = await ctx.request.get(url(icon.src));
    assert.equal(png.status(), 200);
    const bytes = await png.body();
    assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
    assert.equal(bytes.readUInt32BE(16), Number(size.split('x')[0]), 'the PNG is as wide as it says');
  }
  assert.ok(m.icons.some((i) => i.purpose === 'maskable'), 'a maskable icon');
  await ctx.close();
});

test('a saved guide and a visited service are read offline; a new page says it is offline', { timeout: TEST_TIMEOUT * 2 }, async () => {
  const ctx = await b.newContext({ viewport: { width: 360, height: 740 } });
  const page = await ctx.newPage();
  await gotoOk(page, GUIDE);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the service worker controls the page');
  const title = (await page.locator('main h1').textContent()).trim();

  const save = page.locator('[data-save-offline]');
  await save.waitFor({ state: 'visible' });
  await save.click();
  await page.waitForFunction(() => document.querySelector('[data-save-offline]').getAttribute('aria-pressed') === 'true');
  assert.match(await page.locator('[data-save-status]').textContent(), /\S/, 'the saving is announced');

  await gotoOk(page, '/ar/services');
  const service = await page.locator('main a[href*="/ar/services/"]').first().getAttribute('href');
  await gotoOk(page, service);
  const serviceName = (await page.locator('main h1').textContent()).trim();

  await ctx.setOffline(true);
  try {
    await page.goto(url(GUIDE));
    assert.equal((await page.locator('main h1').textContent()).trim(), title, 'the saved guide is read offline');
    assert.ok((await page.locator('ol.guide-steps > li').count()) >= 4, 'with its steps');
    await page.goto(url(service));
    assert.equal((await page.locator('main h1').textContent()).trim(), serviceName, 'a visited service too');
    await page.goto(url('/ar/guides/iscrizione-anagrafica'));
    assert.ok(page.url().endsWith('/ar/guides/iscrizione-anagrafica'));
    assert.equal(await page.locator('main a[href="/ar/saved"]').count(), 1, 'the offline page points to the saved pages');
    await page.goto(url('/ar/saved'));
    const saved = page.locator('[data-saved-list] a');
    await saved.first().waitFor();
    assert.deepEqual(await saved.allTextContents(), [title]);
  } finally {
    await ctx.setOffline(false);
  }
  await gotoOk(page, '/ar/saved');
  await checkA11y(page, '/ar/saved');
  await page.locator('[data-saved-list] button').click();
  await page.locator('[data-saved-empty]').waitFor({ state: 'visible' });
  await gotoOk(page, '/ar/offline');
  await checkA11y(page, '/ar/offline');
  await ctx.close();
});

test('a service offers Call, WhatsApp and Directions that open the phone\'s apps, and share links', { timeout: TEST_TIMEOUT }, async () => {
  const ctx = await b.newContext({ viewport: { width: 360, height: 740 } });
  const page = await ctx.newPage();
  await gotoOk(page, '/it/services');
  const hrefs = await page.locator('main a[href*="/it/services/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  let checked = false;
  for (const href of hrefs.slice(0, 12)) {
    await gotoOk(page, href);
    if ((await page.locator('[data-act=whatsapp]').count()) === 0) continue;
    const call = await page.getAttribute('[data-act=call]', 'href');
    assert.match(call, /^tel:\+39\d{6,}$/);
    const shown = (await page.locator('[data-act=call] bdi').textContent()).replace(/\D/g, '');
    assert.equal(call.replace(/\D/g, ''), shown, 'the number dialled is the one shown');
    assert.match(await page.getAttribute('[data-act=whatsapp]', 'href'), /^https:\/\/wa\.me\/393\d{8,}$/);
    assert.match(await page.getAttribute('[data-act=directions]', 'href'), /^geo:\d+\.\d{5},\d+\.\d{5}\?q=/);
    assert.match(await page.getAttribute('[data-act=map]', 'href'), /^https:\/\/www\.openstreetmap\.org\/\?mlat=/);
    const box = await page.locator('[data-act=call]').boundingBox();
    assert.ok(box.height >= 44, `a big button (${box.height} px)`);
    const share = await page.getAttribute('[data-share-link=whatsapp]', 'href');
    const text = decodeURIComponent(new URL(share).searchParams.get('text'));
    assert.ok(text.endsWith(new URL(page.url()).pathname), `the page's address is shared: ${text}`);
    assert.match(await page.getAttribute('[data-share-link=sms]', 'href'), /^sms:\?&body=/);
    await page.locator('.share-qr summary').click();
    assert.equal(await page.locator('.share-qr svg').count(), 1, 'a QR code is shown');
    await checkA11y(page, `${href} (QR shown)`);
    checked = true;
    break;
  }
  assert.ok(checked, 'a demo service with WhatsApp among the first twelve');
  await ctx.close();
});

test('read aloud starts where the browser has a voice, and is not offered where it has none', { timeout: TEST_TIMEOUT }, async () => {
  const stub = (voices) => {
    const spoken = [];
    window.__spoken = spoken;
    const synth = {
      speaking: false,
      getVoices: () => voices.map((lang) => ({ lang, name: lang, default: false })),
      speak(u) { spoken.push({ text: u.text, lang: u.lang }); this.speaking = true; },
      cancel() { this.speaking = false; },
      addEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    // The real utterance accepts only the browser's own voice objects.
    window.SpeechSynthesisUtterance = class {
      constructor(text) { this.text = text; this.voice = null; this.lang = ''; }
    };
  };
  const ctx = await b.newContext();
  await ctx.addInitScript(stub, ['ar-SA', 'it-IT']);
  const page = await ctx.newPage();
  await gotoOk(page, GUIDE);
  const listen = page.locator('[data-listen]');
  await listen.waitFor({ state: 'visible' });
  await listen.click();
  const spoken = await page.evaluate(() => window.__spoken);
  assert.equal(spoken.length, 1);
  assert.equal(spoken[0].lang, 'ar-SA');
  assert.ok(spoken[0].text.includes((await page.locator('main h1').textContent()).trim()), 'the guide is read');
  await ctx.close();

  const mute = await b.newContext();
  await mute.addInitScript(stub, ['en-US']);
  const other = await mute.newPage();
  await gotoOk(other, GUIDE);
  await other.waitForTimeout(300);
  assert.equal(await other.locator('[data-listen]').isVisible(), false, 'no Arabic voice: no button');
  await mute.close();
});

test('a first visit to a guide on a phone transfers under 150 KB besides fonts', { timeout: TEST_TIMEOUT }, async () => {
  const ctx = await b.newContext({ viewport: { width: 360, height: 740 } });
  const page = await ctx.newPage();
  const sizes = [];
  page.on('requestfinished', async (request) => {
    const s = await request.sizes().catch(() => null);
    if (s) sizes.push({ url: request.url(), type: request.resourceType(), bytes: s.responseBodySize + s.responseHeadersSize });
  });
  await page.goto(url(GUIDE), { waitUntil: 'networkidle' });
  const counted = sizes.filter((s) => s.type !== 'font');
  const total = counted.reduce((sum, s) => sum + s.bytes, 0);
  console.log(`first visit to ${GUIDE}: ${total} bytes besides fonts in ${counted.length} requests`);
  for (const s of counted.sort((x, y) => y.bytes - x.bytes).slice(0, 6)) console.log(`  ${s.bytes}\t${s.url}`);
  assert.ok(total < 150 * 1024, `${total} bytes`);
  await ctx.close();
});

test('a reader says a guide was useful and reports wrong information, in Arabic', { timeout: TEST_TIMEOUT }, async () => {
  const ctx = await b.newContext({ viewport: { width: 360, height: 740 } });
  const page = await ctx.newPage();
  await gotoOk(page, GUIDE);
  const feedback = page.locator('[data-testid=feedback]');
  await feedback.locator('button[name=useful][value=yes]').click();
  await page.waitForURL(/\?feedback=thanks#feedback$/);
  assert.equal(await feedback.locator('[role=status]').isVisible(), true, 'thanked');
  await gotoOk(page, GUIDE);
  await feedback.locator('summary').click();
  await page.fill('#feedback-report', 'رقم الهاتف تغيّر');
  await checkA11y(page, `${GUIDE} (report form open)`);
  await feedback.locator('details button[type=submit]').click();
  await page.waitForURL(/\?feedback=thanks#feedback$/);
  assert.equal(await feedback.locator('[role=status]').isVisible(), true);
  await ctx.close();
});

test('your city: chosen by name, remembered on the phone, linked from the home page', { timeout: TEST_TIMEOUT }, async () => {
  const ctx = await b.newContext({ viewport: { width: 360, height: 740 } });
  const page = await ctx.newPage();
  await gotoOk(page, '/uk/');
  const link = page.locator('[data-my-city]');
  await link.click();
  await page.waitForURL('**/uk/city');
  await checkA11y(page, '/uk/city');
  await page.fill('#city-place', 'Torino');
  await page.locator('[data-testid=city-choose] button[type=submit]').click();
  await page.waitForURL('**/uk/city/001272');
  await page.locator('[data-city-remembered]').waitFor({ state: 'visible' });
  await checkA11y(page, '/uk/city/001272');
  await gotoOk(page, '/uk/');
  assert.equal(await link.getAttribute('href'), '/uk/city/001272', 'the home page links to the city chosen');
  assert.match(await link.textContent(), /Torino/);
  await ctx.close();
});
