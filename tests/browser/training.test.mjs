// Training, the whole way on a 360 px phone. A coordinator writes and
// publishes a needs survey, an operator answers it in the workspace and
// partner bodies by its public link (English, Arabic), and the coordinator
// reads the results. Then an operator enrols in an open
// edition of the demo programme, checks in at each session by the code on
// the trainer's screen (read from the page, as the phone would scan it), the
// trainer marks completion, the operator finds and downloads the
// certificate, and an anonymous visitor verifies it (in Italian, English
// and Arabic). A coordinator changes a course, translates it into Arabic
// and an operator reading in English finds it translated; the set-up shows
// the projects funding the programme. Every page axe-clean, none scrolling
// sideways.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_TIMEOUT, checkA11y, gotoOk, loginAndEnroll, romeDay, url, useBrowser } from './lib.mjs';

const b = useBrowser();

async function noSideways(page, label) {
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(sideways, false, `${label}: no sideways scrolling at 360 px`);
}

// One signed-in phone per demo operator for the whole file: the second
// factor is enrolled once per server.
const phones = new Map();
async function signedIn(who) {
  if (!phones.has(who)) {
    const ctx = await b.newContext({ viewport: { width: 360, height: 800 } });
    const page = await ctx.newPage();
    await page.goto(url('/app/'));
    await loginAndEnroll(page, who);
    phones.set(who, page);
  }
  return phones.get(who);
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

test('a coordinator publishes a needs survey, operators and partner bodies answer it on a phone', { timeout: TEST_TIMEOUT * 3 }, async () => {
  const coordinator = await signedIn('formazione');
  const operator = await signedIn('legale');

  // The coordinator writes the survey.
  await gotoOk(coordinator, '/app/training/surveys');
  await checkA11y(coordinator, '/app/training/surveys');
  await noSideways(coordinator, '/app/training/surveys');
  await coordinator.fill('#title', 'Bisogni del territorio (prova)');
  await coordinator.fill('#description', 'Per programmare i corsi del prossimo anno.');
  await coordinator.click('form[action="/app/training/surveys"] button[type=submit]');
  await coordinator.waitForURL(/\/app\/training\/surveys\/[0-9a-f-]+$/);
  const survey = new URL(coordinator.url()).pathname;
  const add = async (kind, label, choices = '', refused = false) => {
    await coordinator.selectOption('#kind', kind);
    await coordinator.fill('#label_it', label);
    await coordinator.fill('#choices_it', choices);
    await coordinator.click('label[for=required]');
    await coordinator.click(`form[action="${survey}/questions"] button[type=submit]`);
    if (refused) await coordinator.locator('#questions-error').waitFor();
    else await coordinator.waitForURL(/#questions$/);
  };
  // A choice question without its choices is refused beside its form.
  await add('single', 'In quale servizio lavori?', '', true);
  await checkA11y(coordinator, 'survey page (refused question)');
  await gotoOk(coordinator, survey);
  await add('single', 'In quale servizio lavori?', 'Sanità\nScuola\nLavoro');
  await add('scale', 'Quanto ti serve una formazione sui permessi di soggiorno?');
  await add('ranking', 'Metti in ordine le linee tematiche');
  await coordinator.fill('#opens', romeDay(0));
  await coordinator.fill('#closes', romeDay(7));
  await coordinator.click('label[for=public]');
  await coordinator.click(`form[action="${survey}/open"] button[type=submit]`);
  await coordinator.waitForURL(/#opening$/);
  await checkA11y(coordinator, 'survey page');
  await noSideways(coordinator, 'survey page');
  const link = await coordinator.inputValue('[data-testid=public-link]');
  const token = new URL(link, url('/')).pathname.split('/').pop();

  // The operator finds it waiting and answers on the phone.
  await gotoOk(operator, '/app/training');
  await operator.click(`[data-testid=surveys-waiting] a[href="${survey}/answer"]`);
  await operator.waitForURL(`**${survey}/answer`);
  await checkA11y(operator, 'survey answer');
  await noSideways(operator, 'survey answer');
  await operator.click('main form button[type=submit]');
  assert.equal(await operator.locator('main .alert-danger li').count(), 3, 'each question says why');
  await checkA11y(operator, 'survey answer (refused)');
  const answer = async (page) => {
    // (Bootstrap Italia draws the radios on their labels.)
    await page.click('label[for="q-q1-c1"]');
    await page.click('label[for="q-q2-4"]');
    const places = page.locator('main select.survey-place');
    const n = await places.count();
    for (let i = 0; i < n; i += 1) await places.nth(i).selectOption(String(n - i));
  };
  await answer(operator);
  await operator.click('main form button[type=submit]');
  await operator.locator('main .alert-success').waitFor();

  // Partner bodies by the public link, in English and in Arabic.
  const visitor = await (await b.newContext({ viewport: { width: 360, height: 800 } })).newPage();
  for (const lang of ['en', 'ar']) {
    await gotoOk(visitor, `/${lang}/survey/${token}`);
    await checkA11y(visitor, `/${lang}/survey/{token}`);
    await noSideways(visitor, `/${lang}/survey/{token}`);
    await visitor.click('main form button[type=submit]');
    assert.ok((await visitor.locator('main .alert-danger li').count()) >= 5, `refused (${lang})`);
    await checkA11y(visitor, `/${lang}/survey/{token} (refused)`);
    await noSideways(visitor, `/${lang}/survey/{token} (refused)`);
    await visitor.selectOption('#agency_kind', 'school');
    await visitor.selectOption('#profession', 'other');
    await visitor.fill('#province', 'CN');
    await answer(visitor);
    await visitor.click('main form button[type=submit]');
    await visitor.locator('main .alert-success').waitFor();
    await checkA11y(visitor, `/${lang}/survey/{token} (thanks)`);
  }

  // The results: three people, by province and by profession.
  await gotoOk(coordinator, `${survey}/results`);
  assert.match(await coordinator.textContent('[data-testid=respondents]'), /\b3\u2069? persone/);
  await checkA11y(coordinator, 'survey results');
  await noSideways(coordinator, 'survey results');
  await gotoOk(coordinator, `${survey}/results?by=profession`);
  await checkA11y(coordinator, 'survey results by profession');
});

test('a coordinator changes a course and translates it; the projects are set up', { timeout: TEST_TIMEOUT * 2 }, async () => {
  const coordinator = await signedIn('formazione');

  // The set-up: areas, lines and the two demo projects with their funding.
  await gotoOk(coordinator, '/app/training/setup');
  assert.equal(await coordinator.inputValue('#project-code-1'), 'sofia2');
  assert.match(await coordinator.inputValue('#project-funding-2'), /SOG\.NI cofinanziato/);
  await checkA11y(coordinator, '/app/training/setup');
  await noSideways(coordinator, '/app/training/setup');

  // A course's form comes back filled in; a wrong duration is refused beside it.
  await gotoOk(coordinator, '/app/training');
  const course = await coordinator.locator('main h3 a[href^="/app/training/courses/"]').first().getAttribute('href');
  await gotoOk(coordinator, `${course}/edit`);
  await checkA11y(coordinator, 'course form (edit)');
  await noSideways(coordinator, 'course form (edit)');
  const title = await coordinator.inputValue('#title');
  await coordinator.fill('#hours', 'molte');
  await coordinator.click('main form button[type=submit]');
  await coordinator.locator('#hours-error').waitFor();
  await checkA11y(coordinator, 'course form (refused)');
  await coordinator.fill('#hours', '9');
  await coordinator.fill('#title', `${title} (nuova edizione)`);
  await coordinator.click('main form button[type=submit]');
  await coordinator.locator('main .alert-success').waitFor();
  assert.match(await coordinator.textContent('main h1'), /nuova edizione/);
  // The Italian changed: the English translation is to be updated.
  assert.match(await coordinator.textContent('[data-testid=translations]'), /English: da aggiornare/);
  await checkA11y(coordinator, 'course page (coordinator)');
  await noSideways(coordinator, 'course page (coordinator)');

  // Translated into Arabic beside the Italian, in the workspace's language.
  await coordinator.click('[data-testid=translations] a[lang=ar]');
  await coordinator.waitForURL('**/app/translate/course/*/ar');
  assert.equal(await coordinator.getAttribute('html', 'dir'), 'ltr');
  assert.equal(await coordinator.getAttribute('textarea[name="t:title"]', 'dir'), 'rtl');
  await checkA11y(coordinator, '/app/translate/course/{id}/ar');
  await noSideways(coordinator, '/app/translate/course/{id}/ar');
  await coordinator.fill('textarea[name="t:title"]', 'المدرسة الصيفية: الخدمات العامة والتعددية الثقافية');
  await coordinator.fill('textarea[name="t:description"]', 'ثلاثة أيام إقامة مع خبيرات وخبراء والشبكات المحلية.');
  await coordinator.click('main form button[type=submit]');
  await coordinator.locator('main .alert-success').waitFor();
  await gotoOk(coordinator, course);
  assert.match(await coordinator.textContent('[data-testid=translations]'), /العربية: automatica/);

  // An operator reading the workspace in English finds the courses in
  // English, the changed one in its new Italian (marked as Italian).
  const operator = await signedIn('sanitario');
  const language = async (lang) => {
    await gotoOk(operator, '/app/account/sessions');
    await operator.selectOption('#lang', lang);
    await operator.click('form[action="/app/account/language"] button[type=submit]');
    await operator.waitForURL('**/app/account/sessions?language=1');
  };
  await language('en');
  await gotoOk(operator, '/app/training');
  assert.ok(await operator.locator('main h3 a', { hasText: 'Migration and cultures: tools for welcoming' }).count());
  assert.match(await operator.locator(`main h3 a[href="${course}"]`).getAttribute('lang'), /^it$/);
  await checkA11y(operator, '/app/training (en)');
  await noSideways(operator, '/app/training (en)');
  await language('it');
});
