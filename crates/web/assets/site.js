// Crocevia: settings read by the vendored Bootstrap Italia bundle.
//
// Load this file BEFORE vendor/bootstrap-italia/js/bootstrap-italia.bundle.min.js
// (our Content-Security-Policy allows no inline <script>, so settings live here).
//
// Video.js, which Bootstrap Italia bundles, inserts a <style> element into <head> as
// soon as the bundle runs. `style-src 'self'` blocks it, so every page would log a CSP
// violation. This flag turns that off (players then size themselves through
// attributes instead).
//
// Web fonts are NOT loaded from here: bi-fonts.css declares them, so do not call
// bootstrap.loadFonts() (it injects an inline <style> too). See docs/assets.md.
window.VIDEOJS_NO_DYNAMIC_STYLE = true;

// The public portal as an app (see sw.js): nothing below sends anything to
// the server; the saved list lives in this browser only.
(function () {
  'use strict';
  if (!document.querySelector('link[rel="manifest"]')) return;
  const SAVED = 'crocevia-saved';
  const INDEX = 'crocevia-saved-index';
  const lang = document.documentElement.lang || 'it';

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).then(function () {
      // The offline page of this language, for pages never visited.
      if ('caches' in window) {
        caches.open(SAVED).then(function (c) { return c.add('/' + lang + '/offline'); })
          .catch(function () {});
      }
    }).catch(function () {});
  }

  function index() {
    try { return JSON.parse(localStorage.getItem(INDEX) || '[]'); } catch (e) { return []; }
  }
  function setIndex(items) { localStorage.setItem(INDEX, JSON.stringify(items)); }
  function here() { return location.pathname; }

  // Share links carry the page's full address even when the server does not
  // know its public URL.
  const absolute = location.origin + location.pathname;
  const shared = document.querySelector('[data-share-url]');
  const relative = shared && !/^https?:/.test(shared.value);
  if (relative) shared.value = absolute;
  document.querySelectorAll('[data-share-link]').forEach(function (a) {
    const url = shared;
    if (!relative) return;
    const title = document.title.split(' · ')[0];
    const text = encodeURIComponent(title + ' ' + url.value);
    a.href = a.dataset.shareLink === 'sms' ? 'sms:?&body=' + text : 'https://wa.me/?text=' + text;
  });
  document.querySelectorAll('[data-share-native]').forEach(function (b) {
    if (!navigator.share) return;
    b.hidden = false;
    b.addEventListener('click', function () {
      navigator.share({ title: b.dataset.title, url: absolute }).catch(function () {});
    });
  });
  document.querySelectorAll('[data-copy-link]').forEach(function (b) {
    if (!navigator.clipboard) return;
    b.hidden = false;
    b.addEventListener('click', function () {
      navigator.clipboard.writeText(absolute).then(function () { b.textContent = b.dataset.done; });
    });
  });

  // Save for offline: the page goes into the SAVED cache, its title into the
  // index the saved list shows.
  document.querySelectorAll('[data-save-offline]').forEach(function (b) {
    if (!('caches' in window)) return;
    const status = document.querySelector('[data-save-status]');
    const label = b.textContent;
    function show(saved) {
      b.textContent = saved ? b.dataset.remove : label;
      b.setAttribute('aria-pressed', saved ? 'true' : 'false');
      if (status) status.textContent = saved ? b.dataset.saved : '';
    }
    show(index().some(function (i) { return i.url === here(); }));
    b.hidden = false;
    b.addEventListener('click', function () {
      const saved = index().some(function (i) { return i.url === here(); });
      caches.open(SAVED).then(function (cache) {
        if (saved) {
          setIndex(index().filter(function (i) { return i.url !== here(); }));
          return cache.delete(here()).then(function () { show(false); });
        }
        return cache.add(here()).then(function () {
          setIndex(index().filter(function (i) { return i.url !== here(); }).concat([{
            url: here(), title: b.dataset.title, kind: b.dataset.kind, lang: lang,
            at: new Date().toISOString(),
          }]));
          show(true);
        });
      }).catch(function () {});
    });
  });

  // The saved list.
  const list = document.querySelector('[data-saved-list]');
  if (list) {
    const empty = document.querySelector('[data-saved-empty]');
    const render = function () {
      list.replaceChildren();
      const items = index();
      if (empty) empty.hidden = items.length > 0;
      items.slice().reverse().forEach(function (item) {
        const li = document.createElement('li');
        li.className = 'saved-item';
        const kind = document.createElement('span');
        kind.className = 'badge bg-secondary me-2';
        kind.textContent = list.dataset[item.kind] || '';
        const a = document.createElement('a');
        a.href = item.url;
        a.textContent = item.title;
        a.lang = item.lang;
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'btn btn-link btn-sm';
        remove.textContent = list.dataset.remove;
        remove.addEventListener('click', function () {
          setIndex(index().filter(function (i) { return i.url !== item.url; }));
          caches.open(SAVED).then(function (c) { return c.delete(item.url); }).finally(render);
        });
        li.append(kind, a, ' ', remove);
        list.append(li);
      });
    };
    render();
  }

  // Your city: the municipality chosen last is remembered on this device
  // only; the home page links to it.
  const CITY = 'crocevia-city';
  const here_city = document.querySelector('[data-city-code]');
  if (here_city) {
    try {
      localStorage.setItem(CITY, JSON.stringify({ code: here_city.dataset.cityCode, name: here_city.dataset.cityName }));
      const note = document.querySelector('[data-city-remembered]');
      if (note) note.hidden = false;
    } catch (e) { /* storage refused: nothing remembered */ }
  }
  const mine = document.querySelector('[data-my-city]');
  if (mine) {
    try {
      const city = JSON.parse(localStorage.getItem(CITY) || 'null');
      if (city && /^[0-9]{6}$/.test(city.code)) {
        mine.href = '/' + lang + '/city/' + city.code;
        mine.textContent = mine.dataset.yours + ' ';
        const name = document.createElement('span');
        name.lang = 'it';
        name.textContent = city.name;
        mine.append(name);
      }
    } catch (e) { /* nothing remembered */ }
  }
  const locate = document.querySelector('[data-city-locate]');
  if (locate && navigator.geolocation) {
    locate.hidden = false;
    locate.addEventListener('click', function () {
      navigator.geolocation.getCurrentPosition(function (p) {
        document.querySelector('[data-city-lat]').value = p.coords.latitude.toFixed(5);
        document.querySelector('[data-city-lon]').value = p.coords.longitude.toFixed(5);
        document.querySelector('#city-place').value = '';
        locate.form.submit();
      });
    });
  }

  // Read aloud with the browser's own voices, where one speaks the page's
  // language; the button stays hidden otherwise.
  const listen = document.querySelector('[data-listen]');
  if (listen && 'speechSynthesis' in window) {
    const body = document.querySelector(listen.dataset.listen);
    const voiceFor = function () {
      const want = (body && body.lang) || lang;
      const base = want.split('-')[0];
      return speechSynthesis.getVoices().find(function (v) {
        return v.lang.toLowerCase().split(/[-_]/)[0] === base;
      });
    };
    const label = listen.textContent;
    const ready = function () { if (voiceFor()) listen.hidden = false; };
    ready();
    speechSynthesis.addEventListener('voiceschanged', ready);
    listen.addEventListener('click', function () {
      if (speechSynthesis.speaking) {
        speechSynthesis.cancel();
        listen.textContent = label;
        return;
      }
      const u = new SpeechSynthesisUtterance(body ? body.innerText : document.title);
      u.voice = voiceFor();
      u.lang = u.voice ? u.voice.lang : lang;
      u.onend = function () { listen.textContent = label; };
      listen.textContent = listen.dataset.stop;
      speechSynthesis.speak(u);
    });
  }
})();
