// The one-stop desk as a front-office operator: after the mandatory TOTP enrollment, register a
// person, then find them again by typing their name with another spelling and the year of birth,
// record a visit in one screen, open a case and add an assessment, work the case (team, plan,
// documents), book an appointment, open an outreach desk, see the calendar, the dashboard and the
// deadlines — axe on every page.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkA11y, loginAndEnroll, romeDay, TEST_TIMEOUT, url, useBrowser } from './lib.mjs';

const b = useBrowser();

test('front office: find a person despite the spelling, visit, case, assessment', { timeout: TEST_TIMEOUT }, async () => {
  const ctx = await b.newContext();
  const page = await ctx.newPage();
  try {
    await page.goto(url('/app/desk'));
    await loginAndEnroll(page, 'front_office');
    await page.waitForURL('**/app/desk');
    await checkA11y(page, '/app/desk');

    // A person registered earlier (with an invalid tax code first: the error is on the field).
    await page.click('main a[href^="/app/desk/people/new"]');
    await page.waitForURL('**/app/desk/people/new*');
    await checkA11y(page, '/app/desk/people/new');
    await page.fill('#given_name', 'Mohamed');
    await page.fill('#family_name', 'Benali');
    await page.fill('#birth', '17/05/1990');
    await page.fill('#citizenships', 'MA');
    await page.fill('#cf', 'BNLMMD90E17Z330A');
    await page.click('main form[novalidate] button[type=submit]');
    await page.locator('#cf-error').waitFor();
    await checkA11y(page, '/app/desk/people (errors)');
    await page.fill('#cf', '');
    await page.click('main form[novalidate] button[type=submit]');
    await page.waitForLoadState();
    if (!/\/app\/desk\/people\/[0-9a-f-]{36}/.test(page.url())) {
      // Registered by an earlier run on this server: say it is someone else.
      await page.click('main input[name=confirm] ~ button');
    }
    await page.waitForURL(/\/app\/desk\/people\/[0-9a-f-]{36}/);

    // Found again with another spelling and only the year of birth.
    await page.goto(url('/app/desk'));
    await page.fill('#q', 'Muhammad Ben Ali 1990');
    await page.click('main form[role=search] button[type=submit]');
    // By POST: the words searched never reach the address.
    await page.waitForURL('**/app/desk/search');
    assert.doesNotMatch(page.url(), /Muhammad|Ali/);
    const row = page.locator('main table tbody tr').first();
    assert.match(await row.textContent(), /Mohamed Benali/);
    assert.match(await row.textContent(), /nome simile scritto diversamente/);
    assert.equal(await page.inputValue('#q'), 'Muhammad Ben Ali 1990');
    await checkA11y(page, '/app/desk/search (results)');
    await row.locator('a').click();
    await page.waitForURL(/\/app\/desk\/people\/[0-9a-f-]{36}$/);
    await checkA11y(page, '/app/desk/people/{id}');

    // A visit in one screen.
    await page.click('label[for=reason-permit]');
    await page.click('label[for=outcome-information]');
    await page.selectOption('#visit-lang', 'ar');
    await page.click('label[for=mediator]');
    await page.click('form[action$="/visits"] button[type=submit]');
    await page.waitForURL('**?visit=1*');
    assert.match(await page.locator('#visits + div table').textContent(), /Permesso di soggiorno/);

    // A case and its first assessment.
    await page.click('form[action$="/cases"] button[type=submit]');
    await page.waitForURL(/\/app\/desk\/cases\/[0-9a-f-]{36}$/);
    await checkA11y(page, '/app/desk/cases/{id}');
    // Every area in one form, one save.
    await page.selectOption('#level-housing', 'high');
    await page.fill('#notes-housing', 'Ospite da un amico, senza contratto');
    await page.selectOption('#level-work', 'medium');
    await page.click('#assess button[type=submit]');
    await page.waitForURL('**?saved=1*');
    assert.equal(await page.locator('#level-housing').inputValue(), 'high');
    assert.equal(await page.locator('#level-work').inputValue(), 'medium', 'two areas saved at once');
    assert.match(await page.locator('table.assessment').textContent(), /Ospite da un amico/);
    await checkA11y(page, '/app/desk/cases/{id} (assessed)');

    // Working the case: the team, a goal and an action towards it, a document checked by its
    // content.
    const caseUrl = page.url().split('?')[0];
    await page.click('#team ~ form button[type=submit]');
    await page.waitForURL('**?saved=1*');
    await page.selectOption('#task-kind', 'goal');
    await page.fill('#task-title', 'Trovare un alloggio');
    await page.click('form[action$="/tasks"] button[type=submit]');
    await page.waitForURL('**?saved=1*');
    await page.selectOption('#task-kind', 'action');
    await page.selectOption('#task-goal', { label: 'Trovare un alloggio' });
    await page.fill('#task-title', 'Domanda di casa popolare');
    await page.fill('#task-due', '2026-01-10');
    await page.click('form[action$="/tasks"] button[type=submit]');
    await page.waitForURL('**?saved=1*');
    assert.match(await page.locator('#plan + div table').textContent(), /Domanda di casa popolare/);
    await page.setInputFiles('#document-file', {
      name: 'finto.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ not a pdf'),
    });
    await page.click('form[action$="/documents"] button[type=submit]');
    // Refused with the case page again (422), the reason shown.
    await page.waitForURL('**/documents');
    assert.match(await page.locator('#documents-error').textContent(), /non è un PDF/);
    assert.match(await page.getByRole('alert').textContent(), /non è un PDF/, 'also said at the top, linking to it');
    await page.setInputFiles('#document-file', {
      name: 'permesso.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
    });
    await page.click('form[action$="/documents"] button[type=submit]');
    await page.waitForURL('**?saved=1*');
    assert.match(await page.locator('#documents + ul').textContent(), /permesso\.pdf/);
    await checkA11y(page, '/app/desk/cases/{id} (team, plan, documents)');

    // An appointment from the person's page; the calendar, the outreach desks, the dashboard.
    await page.click('main a[href^="/app/desk/people/"]');
    await page.waitForURL(/\/app\/desk\/people\/[0-9a-f-]{36}$/);
    await page.click('#appointments ~ details summary');
    const today = romeDay();
    await page.fill('#book-day', today);
    await page.fill('#book-time', '10:30');
    await page.fill('#book-purpose', 'Rinnovo permesso');
    await page.click('#book button[type=submit]');
    await page.waitForURL('**?saved=1*');
    assert.match(await page.locator('#appointments + ul').textContent(), /Rinnovo permesso/);
    await page.fill('#link-q', 'Benali');
    await page.click('form[role=search][action*="#household"] button[type=submit]');
    await page.waitForURL('**link_q=*');
    await checkA11y(page, '/app/desk/people/{id} (appointment, household search)');
    await page.goto(url('/app/desk/calendar'));
    assert.match(await page.locator('main').textContent(), /Rinnovo permesso/);
    await checkA11y(page, '/app/desk/calendar');
    await page.goto(url('/app/desk/outreach'));
    await page.fill('#outreach-name', 'Sportello scuola Manzoni');
    await page.fill('#outreach-place', 'Scuola Manzoni');
    await page.fill('#outreach-from', today);
    await page.click('form[action="/app/desk/outreach"] button[type=submit]');
    await page.waitForURL('**?saved=1*');
    await checkA11y(page, '/app/desk/outreach');
    await page.goto(url('/app/desk/calendar?who=desk'));
    await checkA11y(page, '/app/desk/calendar?who=desk');
    await page.goto(url('/app/desk'));
    assert.match(await page.locator('#dash-today').locator('..').textContent(), /Rinnovo permesso/);
    await checkA11y(page, '/app/desk (dashboard)');

    // The deadlines of the desk: permits and actions due.
    await page.goto(url('/app/desk/deadlines'));
    assert.match(await page.locator('main').textContent(), /Domanda di casa popolare/);
    await checkA11y(page, '/app/desk/deadlines');
  } finally {
    await ctx.close();
  }
});
