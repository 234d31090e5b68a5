// Training, the whole way on a 360 px phone: an operator enrols in an open
// edition of the demo programme, checks in at each session by the code on
// the trainer's screen (read from the page, as the phone would scan it), the
// trainer marks completion, the operator finds and downloads the
// certificate, and an anonymous visitor verifies it (in Italian, English
// and Arabic). Every page axe-clean, none scrolling sideways.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_TIMEOUT, checkA11y, gotoOk, loginAndEnroll, url, useBrowser } from './lib.mjs';

const b = useBrowser();

async function noSideways(page, label) {
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(sideways, false, `${label}: no sideways scrolling at 360 px`);
}

async function signedIn(who) {
  const ctx = await b.newContext({ viewport: { width: 360, height: 800 } });
  const page = await ctx.newPage();
  await page.goto(url('/app/'));
  await loginAndEnroll(page, who);
  return page;
}

test('an operator enrols, checks in by QR, is certified and anyone verifies it', { timeout: TEST_TIMEOUT * 3 }, async () => {
  const trainer = await signedIn('formazione');
  const operator = await signedIn('sanitario');

  // The catalogue, and an open edition the operator is not in yet.
  await gotoOk(operator, '/app/training');
  await checkA11y(operator, '/app/training');
  await noSideways(operator, '/app/training');
  const open = await operator
    .locator('main li:has(> strong) > a[href^="/app/training/editions/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.ok(open.length > 0, 'the demo programme has open editions');
  let edition = null;
  for (const href of open) {
    await gotoOk(operator, href);
    if (await operator.locator('form[action$="/enrol"]').count()) {
      edition = href;
      break;
    }
  }
  assert.ok(edition, 'an open edition to enrol in');
  await checkA11y(operator, 'edition page');
  await operator.click('form[action$="/enrol"] button');
  await operator.locator('#enrol-notice').waitFor();
  assert.match(await operator.textContent('[data-testid=standing]'), /iscritt/);
  await checkA11y(operator, 'edition page (enrolled)');
  await noSideways(operator, 'edition page');

  // The trainer's screen of each session: the operator checks in with the code.
  await gotoOk(trainer, edition);
  const sessions = await trainer
    .locator('main a[href$="/checkin"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.ok(sessions.length > 0);
  for (const screen of sessions) {
    await gotoOk(trainer, screen);
    const code = (await trainer.textContent('[data-testid=checkin-code]')).trim();
    const session = screen.split('/')[4];
    await gotoOk(operator, `/app/training/checkin?session=${session}&code=${code}`);
    await operator.click('main form button[type=submit]');
    await operator.locator('.alert-success').waitFor();
  }
  await checkA11y(operator, '/app/training/checkin (done)');

  // The register shows the operator present; the trainer marks completion.
  await gotoOk(trainer, sessions[0].replace(/\/checkin$/, ''));
  await checkA11y(trainer, 'register');
  await noSideways(trainer, 'register');
  await gotoOk(trainer, edition);
  for (const box of await trainer.locator('#participants ~ form input[name=marked]').all()) {
    if (!(await box.isChecked())) await box.check();
  }
  await trainer.click('#participants ~ form button[type=submit]');
  await trainer.waitForURL(/#participants$/);
  await checkA11y(trainer, 'edition page (trainer)');

  // The operator's record: the certificate, as a PDF.
  await gotoOk(operator, '/app/training/mine');
  await checkA11y(operator, '/app/training/mine');
  await noSideways(operator, '/app/training/mine');
  const latest = operator.locator('[data-testid=certificates] li').first();
  const pdfHref = await latest.locator('a[href$="/pdf"]').getAttribute('href');
  const pdf = await operator.request.get(url(pdfHref));
  assert.equal(pdf.status(), 200);
  assert.equal(pdf.headers()['content-type'], 'application/pdf');
  assert.equal((await pdf.body()).subarray(0, 4).toString(), '%PDF');
  const code = (await latest.locator('bdi').textContent()).trim();
  assert.match(code, /^[0-9A-Z]{5}-[0-9A-Z]{5}$/);

  // Anyone verifies it, without signing in.
  const visitor = await (await b.newContext({ viewport: { width: 360, height: 800 } })).newPage();
  for (const lang of ['it', 'en', 'ar']) {
    await gotoOk(visitor, `/${lang}/verify/${code}`);
    assert.ok(await visitor.isVisible('.alert-success, [data-testid=verified]'), `verified (${lang})`);
    await checkA11y(visitor, `/${lang}/verify/{code}`);
    await noSideways(visitor, `/${lang}/verify/{code}`);
  }
});
