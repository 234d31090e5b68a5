import { chromium } from 'playwright-core';
import { foreign } from '/tmp/foreign.mjs';
const base = 'http://127.0.0.1:18600';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage();
const svc = process.argv[2];
for (const lang of ['ar', 'uk', 'zh-Hans']) {
  for (const path of ['/', '/guides', '/guides/rinnovo-permesso-di-soggiorno', '/guides/rinnovo-permesso-di-soggiorno/print', '/services', svc, '/glossary', '/search?q=permesso', '/privacy', '/saved', '/offline']) {
    await page.goto(`${base}/${lang}${path}`);
    const p = await page.evaluate(foreign);
    console.log(`${lang}${path}: ${p.length}`);
    for (const x of p.slice(0, 8)) console.log('   ', x);
  }
}
await browser.close();
