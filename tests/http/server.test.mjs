// server.test.mjs - the server as a process: the access log, keep-alive and
// pipelining, and many requests at once.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';

import { parseRaw, startServer } from './server.mjs';

let srv;
before(async () => { srv = await startServer(); });
after(async () => { assert.equal(await srv.stop(), 0); });

const get = (path, init) => fetch(srv.url + path, { redirect: 'manual', ...init });

const ACCESS = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ) access (\S+) (\S+) (\d{3}) (\d+) (\d+)us( aborted)?$/;

function accessLines() {
  return srv.logs().split('\n').filter((l) => / access /.test(l));
}

/** Waits until the access log has a line matching re (it is written after
 * the response, so it may lag behind fetch() by a moment). */
async function waitForAccess(re, timeoutMs = 5000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const line = accessLines().find((l) => re.test(l));
    if (line) return line;
    if (Date.now() > end) assert.fail(`no access line ${re} in:\n${accessLines().join('\n')}`);
    await sleep(20);
  }
}

describe('access log', () => {
  it('logs one line per request: time, method, path, status, bytes, duration', async () => {
    const res = await get('/impressum');
    const body = Buffer.from(await res.arrayBuffer());
    const line = await waitForAccess(/ access GET \/impressum 200 /);
    const m = ACCESS.exec(line);
    assert.ok(m, `unexpected format: ${line}`);
    assert.equal(Number(m[5]), body.length);
    assert.ok(Math.abs(Date.parse(m[1]) - Date.now()) < 60000, 'time is off');
  });

  it('never logs the query string', async () => {
    const urls = [
      '/?geheim=123', '/impressum?suche=geheim', '/nope?geheim=456',
      '/api/v1/x?token=geheim', '/static/lotse.css?v=geheim', '/healthz?geheim',
      '/?q=%zz&geheim=1', '/?geheim=%FF', '/impressum?name=Wertvoll',
    ];
    for (const u of urls) await (await get(u)).arrayBuffer();
    const raw = await srv.raw('GET /?geheim=raw HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    assert.match(raw, /^HTTP\/1\.1 200 /);
    await waitForAccess(/ access GET \/healthz 200 /);
    await waitForAccess(/ access GET \/ 400 /);
    await sleep(100);
    const logs = srv.logs();
    assert.ok(!logs.includes('geheim'), `query in log:\n${logs}`);
    assert.ok(!logs.includes('Wertvoll'), 'query value in log');
    for (const line of accessLines()) assert.ok(!line.includes('?'), `a "?" in ${line}`);
    assert.match(logs, / access GET \/ 200 /);
    assert.match(logs, / access GET \/nope 404 /);
    assert.match(logs, / access GET \/api\/v1\/x 404 /);
  });

  it('logs HEAD and unknown methods', async () => {
    await (await get('/datenschutz', { method: 'HEAD' })).arrayBuffer();
    await (await get('/datenschutz', { method: 'DELETE' })).arrayBuffer();
    await waitForAccess(/ access HEAD \/datenschutz 200 /);
    await waitForAccess(/ access DELETE \/datenschutz 405 /);
  });

  it('every access line has the documented format', async () => {
    await sleep(50);
    const lines = accessLines();
    assert.ok(lines.length > 10);
    for (const l of lines) assert.match(l, ACCESS);
  });
});

describe('connections', () => {
  it('keep-alive: several requests on one connection', async () => {
    const text = await srv.raw(
      'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n' +
      'GET /nope HTTP/1.1\r\nHost: x\r\n\r\n' +
      'HEAD / HTTP/1.1\r\nHost: x\r\n\r\n' +
      'GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    const statuses = [...text.matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((m) => Number(m[1]));
    assert.deepEqual(statuses, [200, 404, 200, 200]);
    assert.ok(text.endsWith('ok\n'));
  });

  it('HTTP/1.0 is answered and the connection closed', async () => {
    const { text, closed } = await srv.raw('GET /healthz HTTP/1.0\r\n\r\n', { detail: true });
    const r = parseRaw(text);
    assert.equal(r.status, 200);
    assert.equal(r.body, 'ok\n');
    assert.ok(closed);
  });

  it('50 parallel fetches all succeed', async () => {
    const paths = ['/', '/impressum', '/datenschutz', '/barrierefreiheit', '/healthz',
      '/static/lotse.css', '/static/kern/kern.min.css', '/nope', '/api/v1/x', '/static/favicon.svg'];
    const expected = { '/nope': 404, '/api/v1/x': 404 };
    const jobs = Array.from({ length: 50 }, (_, i) => paths[i % paths.length]);
    const results = await Promise.all(jobs.map(async (p) => {
      const res = await get(p);
      const body = Buffer.from(await res.arrayBuffer());
      return { p, status: res.status, len: body.length, cl: Number(res.headers.get('content-length')) };
    }));
    for (const r of results) {
      assert.equal(r.status, expected[r.p] ?? 200, r.p);
      assert.equal(r.len, r.cl, `${r.p}: truncated body`);
    }
  });

  it('200 requests from 50 parallel clients all succeed with the same page', async () => {
    const first = await (await get('/')).text();
    const bodies = await Promise.all(Array.from({ length: 50 }, async () => {
      const out = [];
      for (let k = 0; k < 4; k++) {
        const res = await get('/');
        assert.equal(res.status, 200);
        out.push(await res.text());
      }
      return out;
    }));
    for (const b of bodies.flat()) assert.equal(b, first);
  });

  it('parallel raw connections with malformed and good requests do not disturb each other', async () => {
    const good = 'GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n';
    const bad = 'GET /%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n';
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) =>
      srv.raw(i % 2 ? bad : good).then((t) => [i, parseRaw(t)])));
    for (const [i, r] of results) assert.equal(r.status, i % 2 ? 400 : 200, `request ${i}`);
  });
});
