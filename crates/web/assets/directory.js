// Crocevia services directory: the map and "use my location". Both are
// enhancements: without JavaScript the list, the filters and the service pages
// work the same.
(function () {
  'use strict';

  // "Use my location": shown only where the browser can tell it; the position is
  // sent with the filters (never stored) to sort services by distance.
  var button = document.getElementById('use-location');
  var form = document.getElementById('dir-filters');
  if (button && form && 'geolocation' in navigator) {
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.geolocation.getCurrentPosition(function (pos) {
        document.getElementById('lat').value = pos.coords.latitude.toFixed(5);
        document.getElementById('lon').value = pos.coords.longitude.toFixed(5);
        document.getElementById('place').value = '';
        form.submit();
      });
    });
  }

  var box = document.getElementById('services-map');
  if (!box || typeof window.L === 'undefined') {
    return;
  }
  var items = Array.prototype.slice.call(document.querySelectorAll('[data-lat]'));
  if (items.length === 0) {
    box.hidden = true;
    return;
  }
  var map = window.L.map(box, { scrollWheelZoom: false });
  var tiles = box.getAttribute('data-tiles');
  if (tiles) {
    window.L.tileLayer(tiles, {
      maxZoom: 19,
      attribution: box.getAttribute('data-attribution') || ''
    }).addTo(map);
    // The tile server's credit is written in English, whatever the page's language.
    var credit = box.querySelector('.leaflet-control-attribution');
    if (credit) credit.lang = 'en';
  }
  var group = typeof window.L.markerClusterGroup === 'function'
    ? window.L.markerClusterGroup()
    : window.L.featureGroup();
  var bounds = [];
  items.forEach(function (el) {
    var lat = parseFloat(el.getAttribute('data-lat'));
    var lon = parseFloat(el.getAttribute('data-lon'));
    if (isNaN(lat) || isNaN(lon)) {
      return;
    }
    var name = el.getAttribute('data-name') || '';
    var marker = window.L.marker([lat, lon], { title: name, alt: name });
    var href = el.getAttribute('data-href');
    var popup = document.createElement(href ? 'a' : 'span');
    popup.textContent = name;
    if (href) {
      popup.href = href;
    }
    marker.bindPopup(popup);
    group.addLayer(marker);
    bounds.push([lat, lon]);
  });
  group.addTo(map);
  map.fitBounds(bounds, { padding: [24, 24], maxZoom: 15 });
})();
