/*
 * search.js - progressive enhancement of the public search page /angebote:
 *
 * 1. Live filtering: when a filter (checkbox, radio button, select) of the
 *    search form changes, the form is sent with fetch() and the results
 *    region is replaced by the new one, the counts of the filter values are
 *    updated in place (so the focus stays where it was), the new number of
 *    offers is announced in a polite live region, and the address follows
 *    with history.replaceState. The page works fully without JavaScript:
 *    the form is an ordinary GET form with a submit button.
 * 2. The map: when the server wrote a map figure (only when the operator
 *    configured a tile server), it is shown and drawn with Leaflet, one
 *    circle marker per place of the shown offers, each with a link to the
 *    offer. The list of results stays the primary content.
 *
 * No inline script, no eval, nothing from another host but the configured
 * map tiles (the Content-Security-Policy allows exactly that host).
 */
(function () {
  'use strict';

  var map = null; // the Leaflet map of the current results

  /* Draws the map of the results region, when there is one. */
  function drawMap() {
    if (map) {
      map.remove();
      map = null;
    }
    var fig = document.getElementById('karte');
    if (!fig || typeof window.L === 'undefined') return;
    var canvas = fig.querySelector('.lotse-map__canvas');
    var items = fig.querySelectorAll('.lotse-map__points li');
    var tiles = fig.getAttribute('data-tiles');
    if (!canvas || !items.length || !tiles) return;
    fig.hidden = false;
    var L = window.L;
    map = L.map(canvas, {
      scrollWheelZoom: false,
      keyboard: false,
      zoomControl: false,
      attributionControl: false,
    });
    L.control.zoom({ zoomInTitle: 'Vergrößern', zoomOutTitle: 'Verkleinern' }).addTo(map);
    var attribution = fig.getAttribute('data-attribution') || '';
    L.control.attribution({ prefix: false }).addAttribution(escapeHtml(attribution)).addTo(map);
    L.tileLayer(tiles, { maxZoom: 18, attribution: '' }).addTo(map);
    var bounds = [];
    Array.prototype.forEach.call(items, function (li) {
      var lat = parseFloat(li.getAttribute('data-lat'));
      var lon = parseFloat(li.getAttribute('data-lon'));
      if (!isFinite(lat) || !isFinite(lon)) return;
      var link = document.createElement('a');
      link.className = 'kern-link';
      link.href = li.getAttribute('data-href');
      link.textContent = li.textContent;
      L.circleMarker([lat, lon], {
        radius: 8,
        weight: 2,
        color: '#ffffff',
        fillColor: '#0b5bb0',
        fillOpacity: 0.9,
        className: 'lotse-map__marker',
      }).bindPopup(link).addTo(map);
      bounds.push([lat, lon]);
    });
    if (bounds.length === 1) map.setView(bounds[0], 13);
    else if (bounds.length > 1) map.fitBounds(bounds, { padding: [24, 24], maxZoom: 14 });
  }

  function escapeHtml(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;');
  }

  /* The address of the search the form describes now (first page, no
   * empty values). */
  function formUrl(form) {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (typeof value === 'string' && value !== '' && name !== 'seite') params.append(name, value);
    });
    var qs = params.toString();
    return form.getAttribute('action') + (qs ? '?' + qs : '');
  }

  /* Takes the counts and the muted/disabled state of every filter value
   * from the new page, keeping the user's choices and focus. */
  function updateFacets(form, doc) {
    var fresh = doc.querySelectorAll('.lotse-search__filters .kern-form-check');
    Array.prototype.forEach.call(fresh, function (wrap) {
      var input = wrap.querySelector('input');
      if (!input || !input.id) return;
      var mine = document.getElementById(input.id);
      if (!mine || !form.contains(mine)) return;
      var myWrap = mine.closest('.kern-form-check');
      var label = wrap.querySelector('label');
      var myLabel = myWrap && myWrap.querySelector('label');
      if (myWrap) myWrap.className = wrap.className;
      if (label && myLabel) myLabel.replaceChildren.apply(myLabel,
        Array.prototype.map.call(label.childNodes, function (n) { return document.importNode(n, true); }));
      mine.disabled = input.disabled && mine !== document.activeElement && !mine.checked;
    });
  }

  function init() {
    var form = document.querySelector('form.lotse-search');
    if (!form || !window.fetch || !window.DOMParser || !window.URLSearchParams) {
      drawMap();
      return;
    }
    var live = document.createElement('p');
    live.className = 'kern-sr-only';
    live.id = 'lotse-live';
    live.setAttribute('aria-live', 'polite');
    form.appendChild(live);

    var pending = null;
    function refresh() {
      var url = formUrl(form);
      if (pending) pending.abort();
      var ctrl = window.AbortController ? new AbortController() : null;
      pending = ctrl;
      form.setAttribute('aria-busy', 'true');
      fetch(url, { headers: { Accept: 'text/html' }, credentials: 'same-origin', signal: ctrl ? ctrl.signal : undefined })
        .then(function (res) {
          if (res.status !== 200) throw new Error('status ' + res.status);
          return res.text();
        })
        .then(function (text) {
          var doc = new DOMParser().parseFromString(text, 'text/html');
          var fresh = doc.querySelector('.lotse-search__results');
          var old = form.querySelector('.lotse-search__results');
          if (!fresh || !old) throw new Error('no results region');
          if (map) {
            map.remove();
            map = null;
          }
          old.replaceWith(document.importNode(fresh, true));
          updateFacets(form, doc);
          if (window.history && history.replaceState) history.replaceState(null, '', url);
          var heading = document.getElementById('ergebnis');
          // One announcement: the live region says the new number, so the
          // new heading is no status of its own.
          if (heading) heading.removeAttribute('role');
          live.textContent = heading ? heading.textContent : '';
          form.removeAttribute('aria-busy');
          pending = null;
          drawMap();
        })
        .catch(function (err) {
          if (err && err.name === 'AbortError') return;
          // Anything unexpected: the ordinary way, a whole page.
          form.removeAttribute('aria-busy');
          window.location.assign(url);
        });
    }

    form.addEventListener('change', function (ev) {
      var t = ev.target;
      if (!t || !t.closest('.lotse-search__filters')) return;
      var type = (t.getAttribute('type') || '').toLowerCase();
      if (type === 'checkbox' || type === 'radio' || t.tagName === 'SELECT') refresh();
    });
    drawMap();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
