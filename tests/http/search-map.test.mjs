// search-map.test.mjs - the map of the search results on /angebote: off by
// default (no map, no Leaflet, nothing from another host, the usual
// Content-Security-Policy); with a tile server in the setting map_tiles the
// page has the (hidden until JavaScript draws it) map figure with the
// places of the shown offers, and the CSP of /angebote - and only of
// /angebote - allows images from exactly that host. A template that is not
// an http(s) tile URL keeps the map off. The admin settings page lists the
// two settings. The setting is written with sqlite3 into the running
// server's database (settings are read on every request).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { startServer, login } from './server.mjs';

const run = promisify(execFile);

let srv;
before(async () => { srv = await startServer(); });
after(async () => { assert.equal(await srv.stop(), 0); });

async function get(p) {
  const res = await fetch(srv.url + p, { redirect: 'manual' });
  return { status: res.status, headers: res.headers, body: await res.text() };
}

/** Sets (or, with null, removes) a setting in the server's database. */
async function setSetting(key, value) {
  const db = path.join(srv.dir, 'lotse.db');
  const q = (s) => `'${s.replaceAll("'", "''")}'`;
  const sql = value === null
    ? `DELETE FROM setting WHERE key = ${q(key)};`
    : `INSERT INTO setting (key, value, updated_at) VALUES (${q(key)}, ${q(value)}, '2026-01-01T00:00:00Z') ` +
      `ON CONFLICT (key) DO UPDATE SET value = excluded.value;`;
  await run('sqlite3', ['-cmd', '.timeout 5000', db, sql]);
}

/** The img-src sources of a CSP. */
function imgSrc(csp) {
  const d = csp.split(';').map((s) => s.trim()).find((s) => s.startsWith('img-src '));
  return d ? d.split(/\s+/).slice(1) : [];
}

/** Every src/href value of a page. */
function references(body) {
  return [...body.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
}

test('without a tile server: no map, no Leaflet, nothing from another host', async () => {
  const home = await get('/');
  const res = await get('/angebote?q=Hebamme');
  assert.equal(res.status, 200);
  assert.doesNotMatch(res.body, /lotse-map|leaflet/i);
  assert.equal(res.headers.get('content-security-policy'), home.headers.get('content-security-policy'));
  assert.deepEqual(imgSrc(res.headers.get('content-security-policy')), ["'self'", 'data:']);
  const foreign = references(res.body).filter((u) => /^(https?:)?\/\//i.test(u));
  assert.deepEqual(foreign, [], 'no reference to another host');
  // live filtering is there anyway (a file of our own, no inline script)
  assert.match(res.body, /<script src="\/static\/search\.js\?v=[^"]+" defer><\/script>/);
  assert.doesNotMatch(res.body, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
  const js = await get('/static/search.js');
  assert.equal(js.status, 200);
  assert.match(js.headers.get('content-type'), /javascript/);
});

test('with a tile server: the map figure, the places and the CSP host', async () => {
  await setSetting('map_tiles', 'https://tiles.example.org/osm/{z}/{x}/{y}.png');
  await setSetting('map_attribution', '© Karten <Beispiel> & Co');
  try {
    const home = await get('/');
    const res = await get('/angebote?q=Hebamme');
    assert.equal(res.status, 200);
    const csp = res.headers.get('content-security-policy');
    assert.deepEqual(imgSrc(csp), ["'self'", 'data:', 'https://tiles.example.org']);
    // everything else of the policy is the usual one
    const usual = home.headers.get('content-security-policy');
    assert.equal(csp.replace(' https://tiles.example.org', ''), usual);
    assert.deepEqual(imgSrc(usual), ["'self'", 'data:'], 'other pages keep the usual policy');

    const fig = /<figure class="lotse-map" id="karte" hidden data-tiles="([^"]*)" data-attribution="([^"]*)">([\s\S]*?)<\/figure>/.exec(res.body);
    assert.ok(fig, 'the map figure');
    assert.equal(fig[1], 'https://tiles.example.org/osm/{z}/{x}/{y}.png');
    assert.equal(fig[2], '© Karten &lt;Beispiel&gt; &amp; Co', 'the attribution is escaped');
    assert.match(fig[3], /Karte der Ergebnisse; die Liste darunter enthält dieselben Angebote/);
    const points = [...fig[3].matchAll(/<li data-lat="(-?\d+\.\d+)" data-lon="(-?\d+\.\d+)" data-href="\/angebote\/(\d+)">/g)];
    assert.ok(points.length >= 1, 'the places of the hits');
    // only offers of the result list, all in the district (Lower Saxony)
    const list = /<ol class="lotse-results">([\s\S]*?)<\/ol>/.exec(res.body)[1];
    const shown = new Set([...list.matchAll(/href="\/angebote\/(\d+)"/g)].map((m) => m[1]));
    for (const [, lat, lon, id] of points) {
      assert.ok(shown.has(id), `marker ${id} is a shown offer`);
      assert.ok(Number(lat) > 51 && Number(lat) < 54 && Number(lon) > 8 && Number(lon) < 12, `${lat},${lon}`);
    }
    // the map comes before the list, which stays the primary content
    assert.ok(res.body.indexOf('id="karte"') < res.body.indexOf('class="lotse-results"'));
    assert.match(res.body, /<link rel="stylesheet" href="\/static\/leaflet\.css\?v=[^"]+">/);
    assert.match(res.body, /<script src="\/static\/leaflet\.js\?v=[^"]+" defer><\/script>\s*<script src="\/static\/search\.js/);
    const leaflet = await get('/static/leaflet.js');
    assert.equal(leaflet.status, 200);
    assert.match(leaflet.body, /Leaflet/);
    assert.equal((await get('/static/leaflet.css')).status, 200);

    // no hits: no figure, but the CSP still allows the host (harmless)
    const none = await get('/angebote?q=Xylophonbauanleitungen');
    assert.equal(none.status, 200);
    assert.doesNotMatch(none.body, /id="karte"/);
  } finally {
    await setSetting('map_tiles', null);
    await setSetting('map_attribution', null);
  }
  const after = await get('/angebote?q=Hebamme');
  assert.doesNotMatch(after.body, /lotse-map/);
  assert.deepEqual(imgSrc(after.headers.get('content-security-policy')), ["'self'", 'data:']);
});

test('a {s} subdomain template allows exactly the subdomains of its host', async () => {
  await setSetting('map_tiles', 'https://{s}.tile.example.net/{z}/{x}/{y}.png');
  try {
    const res = await get('/angebote?q=Hebamme');
    assert.deepEqual(imgSrc(res.headers.get('content-security-policy')), ["'self'", 'data:', 'https://*.tile.example.net']);
    assert.match(res.body, /id="karte"/);
  } finally {
    await setSetting('map_tiles', null);
  }
});

test('a template that is not an http(s) tile URL keeps the map off', async () => {
  for (const bad of [
    'javascript:alert(1)//{z}{x}{y}',
    'https://tiles.example.org/{z}/{x}.png',
    "https://tiles.example.org/{z}/{x}/{y}.png; script-src *",
    'https://tiles.example.org {z}/{x}/{y}',
    'https://"evil".example/{z}/{x}/{y}',
    'ftp://tiles.example.org/{z}/{x}/{y}.png',
    'https:///{z}/{x}/{y}.png',
  ]) {
    await setSetting('map_tiles', bad);
    const res = await get('/angebote?q=Hebamme');
    assert.equal(res.status, 200, bad);
    assert.doesNotMatch(res.body, /lotse-map|leaflet/i, bad);
    assert.deepEqual(imgSrc(res.headers.get('content-security-policy')), ["'self'", 'data:'], bad);
  }
  await setSetting('map_tiles', null);
});

test('the admin settings page lists the map settings', async () => {
  const s = await login(srv, 'admin@ahrwald.example', 'Ahrwald-Demo-IT-2026');
  const res = await s.get('/intern/einstellungen');
  assert.equal(res.status, 200);
  const body = await res.text();
  assert.match(body, /name="map_tiles"/);
  assert.match(body, /name="map_attribution"/);
  assert.match(body, /Kartenkacheln der Suchkarte/);
});
