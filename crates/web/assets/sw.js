// Crocevia's service worker: the public portal read offline.
//
// - Public pages (/{lang}/…) go to the network first; each answer is kept
//   in PAGES, so a guide or service read once can be read again without a
//   connection. Without one, the kept copy is shown, then a page the person
//   saved (SAVED, written by site.js), then the offline page of the language.
// - Assets (/assets/…) are answered from the cache and refreshed behind.
// - Nothing else is touched: the operators' application (/app), the API,
//   sign-in and every non-GET request go to the network as if there were no
//   worker. Personal data never enters a cache.
'use strict';

const VERSION = 'v1';
const PAGES = 'crocevia-pages-' + VERSION;
const ASSETS = 'crocevia-assets-' + VERSION;
const SAVED = 'crocevia-saved';
const PAGES_KEPT = 40;

const SHELL = [
  '/assets/app.css',
  '/assets/fonts.css',
  '/assets/bi-fonts.css',
  '/assets/site.js',
  '/assets/favicon.svg',
];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(ASSETS).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting())
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(
        names
          .filter((n) => n.startsWith('crocevia-') && n !== SAVED && !n.endsWith('-' + VERSION))
          .map((n) => caches.delete(n))
      ))
      .then(() => self.clients.claim())
  );
});

/** The language segment of a public page's path, or null. */
function pageLang(path) {
  const m = /^\/([a-z]{2}(?:-[A-Za-z]{4})?)(?:\/|$)/.exec(path);
  return m ? m[1] : null;
}

function isPublicPage(url) {
  if (url.origin !== self.location.origin) return false;
  const lang = pageLang(url.pathname);
  return lang !== null && !url.pathname.includes('/manifest.webmanifest');
}

async function keep(cacheName, request, response) {
  const cache = await caches.open(cacheName);
  await cache.put(request, response);
  if (cacheName === PAGES) {
    const keys = await cache.keys();
    for (const old of keys.slice(0, Math.max(0, keys.length - PAGES_KEPT))) {
      await cache.delete(old);
    }
  }
}

async function page(request) {
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') {
      await keep(PAGES, request, response.clone());
    }
    return response;
  } catch (offline) {
    const kept = (await caches.match(request, { cacheName: PAGES, ignoreVary: true }))
      || (await caches.match(request, { cacheName: SAVED, ignoreVary: true }));
    if (kept) return kept;
    const lang = pageLang(new URL(request.url).pathname) || 'it';
    const fallback = await caches.match('/' + lang + '/offline', { ignoreVary: true });
    if (fallback) return fallback;
    throw offline;
  }
}

async function asset(request, event) {
  const cached = await caches.match(request, { ignoreVary: true });
  const fresh = fetch(request).then(async (response) => {
    if (response.ok) await keep(ASSETS, request, response.clone());
    return response;
  });
  if (cached) {
    event.waitUntil(fresh.catch(() => undefined));
    return cached;
  }
  return fresh;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/assets/')) {
    event.respondWith(asset(request, event));
  } else if (request.mode === 'navigate' && isPublicPage(url)) {
    event.respondWith(page(request));
  }
});
