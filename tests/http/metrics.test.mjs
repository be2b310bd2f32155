// metrics.test.mjs - the server's response times per route
// (/intern/messwerte and /api/v1/metrics, src/web/metrics.c): only
// administrators see them, a request is counted under its route pattern
// (never with its query), refused requests are not, and a reset empties
// them (form with CSRF token, or DELETE with the X-CSRF-Token header).
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, login } from './server.mjs';

let srv;
// with the processor time per request (off by default)
process.env.LOTSE_TIMING_CPU = '1';
before(async () => { srv = await startServer(); });
after(async () => { assert.equal(await srv.stop(), 0); });

const ADMIN = ['admin@ahrwald.example', 'Ahrwald-Demo-IT-2026'];
const COORDINATION = ['koordination@ahrwald.example', 'Ahrwald-Demo-Netzwerk-2026'];
const PARTNER = ['partner@ahrwald.example', 'Ahrwald-Demo-Familie-2026'];

/** The JSON metrics as the admin session sees them. */
async function metrics(admin, query = '') {
  const res = await admin.get('/api/v1/metrics' + query);
  assert.equal(res.status, 200);
  return res.json();
}

describe('metrics', () => {
  test('anonymous visitors are sent to sign in, the API answers 401', async () => {
    const page = await fetch(srv.url + '/intern/messwerte', { redirect: 'manual' });
    assert.equal(page.status, 303);
    assert.match(page.headers.get('location'), /^\/anmelden/);
    const api = await fetch(srv.url + '/api/v1/metrics');
    assert.equal(api.status, 401);
    assert.ok((await api.json()).error);
  });

  test('partners and the coordination office get 403', async () => {
    for (const who of [PARTNER, COORDINATION]) {
      const s = await login(srv, ...who);
      assert.equal(s.status, 303);
      const page = await s.get('/intern/messwerte');
      assert.equal(page.status, 403);
      await page.arrayBuffer();
      const api = await s.get('/api/v1/metrics');
      assert.equal(api.status, 403);
      await api.arrayBuffer();
      const reset = await s.post('/intern/messwerte/zuruecksetzen');
      assert.equal(reset.status, 403);
      await reset.arrayBuffer();
    }
  });

  test('a search is counted under its route, with percentiles', async () => {
    const admin = await login(srv, ...ADMIN);
    assert.equal(admin.status, 303);
    const before = (await metrics(admin)).items
      .find((i) => i.route === '/angebote' && i.method === 'GET');
    const n0 = before ? before.count : 0;
    for (const q of ['Hebamme', 'Kita', 'Beratung']) {
      const res = await fetch(srv.url + '/angebote?q=' + encodeURIComponent(q));
      assert.equal(res.status, 200);
      await res.arrayBuffer();
    }
    const m = await metrics(admin);
    assert.equal(m.page, 1);
    assert.equal(m.total, m.items.length);
    assert.match(m.since, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const row = m.items.find((i) => i.route === '/angebote' && i.method === 'GET');
    assert.ok(row, 'GET /angebote is listed');
    assert.equal(row.count, n0 + 3);
    assert.equal(row.name, 'page_search');
    assert.ok(row.p50_us > 0);
    assert.ok(row.p50_us <= row.p90_us && row.p90_us <= row.p99_us);
    assert.ok(row.p99_us <= row.max_us);
    // the processor time of the same requests: no more than the wall clock
    assert.ok(row.cpu_p50_us <= row.cpu_p99_us && row.cpu_p99_us <= row.cpu_max_us);
    assert.ok(row.cpu_max_us <= row.max_us + 1000);
    assert.ok(row.cpu_max_us > 0);
    // only the pattern, never a query or a search word
    assert.doesNotMatch(JSON.stringify(m), /Hebamme|q=/);
    // filtered to one route
    const only = await metrics(admin, '?route=' + encodeURIComponent('/angebote'));
    assert.ok(only.items.length >= 1);
    assert.ok(only.items.every((i) => i.route === '/angebote'));
    const bad = await admin.get('/api/v1/metrics?gibts=nicht');
    assert.equal(bad.status, 400);
    await bad.arrayBuffer();
  });

  test('requests refused for lack of rights are not counted', async () => {
    const admin = await login(srv, ...ADMIN);
    const count = async () => ((await metrics(admin)).items
      .find((i) => i.route === '/intern/benutzer' && i.method === 'GET') || { count: 0 }).count;
    const n0 = await count();
    const res = await fetch(srv.url + '/intern/benutzer', { redirect: 'manual' });
    assert.equal(res.status, 303); // to the sign-in page
    await res.arrayBuffer();
    assert.equal(await count(), n0);
    const ok = await admin.get('/intern/benutzer');
    assert.equal(ok.status, 200);
    await ok.arrayBuffer();
    assert.equal(await count(), n0 + 1);
  });

  test('the page shows a table with a header per column and the route', async () => {
    const admin = await login(srv, ...ADMIN);
    const s = await fetch(srv.url + '/angebote/1');
    await s.arrayBuffer();
    const res = await admin.get('/intern/messwerte');
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /<h1[^>]*>Messwerte<\/h1>/);
    assert.match(html, /<caption[^>]*>Antwortzeiten je Route in Mikrosekunden<\/caption>/);
    for (const h of ['Route', 'Anfragen', 'p50', 'p90', 'p99', 'Maximum', 'CPU p50', 'CPU p99'])
      assert.match(html, new RegExp(`<th scope="col"[^>]*>${h}</th>`));
    assert.match(html, /<th scope="row"[^>]*><code>GET \/angebote\/\{id\}<\/code><\/th>/);
    assert.match(html, /action="\/intern\/messwerte\/zuruecksetzen"/);
    assert.match(html, /href="\/intern\/messwerte"/); // in the navigation
  });

  test('reset: the form needs the CSRF token, then every count is zero', async () => {
    const admin = await login(srv, ...ADMIN);
    const page = await admin.get('/intern/messwerte');
    const csrf = /action="\/intern\/messwerte\/zuruecksetzen"[\s\S]*?name="csrf" value="([^"]+)"/
      .exec(await page.text())?.[1];
    assert.ok(csrf);
    const forged = await admin.post('/intern/messwerte/zuruecksetzen', {}, { csrf: 'falsch' });
    assert.equal(forged.status, 403);
    await forged.arrayBuffer();
    assert.ok((await metrics(admin)).total > 1);
    const res = await admin.post('/intern/messwerte/zuruecksetzen', {}, { csrf });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/intern/messwerte?zurueckgesetzt=1');
    await res.arrayBuffer();
    const m = await metrics(admin);
    // only the reset itself is left (it is timed when its handler ends)
    assert.deepEqual(m.items.map((i) => [i.method, i.route, i.count]),
      [['POST', '/intern/messwerte/zuruecksetzen', 1]]);
    const after = await admin.get('/intern/messwerte?zurueckgesetzt=1');
    assert.match(await after.text(), /Die Messwerte sind zurückgesetzt/);
  });

  test('reset over the API: DELETE with the X-CSRF-Token header', async () => {
    const admin = await login(srv, ...ADMIN);
    const page = await admin.get('/intern/messwerte');
    const csrf = /name="csrf" value="([^"]+)"/.exec(await page.text())?.[1];
    const without = await admin.get('/api/v1/metrics', { method: 'DELETE' });
    assert.equal(without.status, 403);
    await without.arrayBuffer();
    const res = await admin.get('/api/v1/metrics', {
      method: 'DELETE', headers: { 'X-CSRF-Token': csrf },
    });
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { reset: true });
    const m = await metrics(admin);
    assert.deepEqual(m.items.map((i) => [i.method, i.route, i.count]),
      [['DELETE', '/api/v1/metrics', 1]]);
  });
});
