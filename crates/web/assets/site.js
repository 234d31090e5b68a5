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
