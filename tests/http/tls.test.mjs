// tls.test.mjs - `lotse serve --tls-cert F --tls-key F` serves HTTPS
// (libmicrohttpd with GnuTLS) and then sends Strict-Transport-Security.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startServer } from './server.mjs';

const run = promisify(execFile);
let srv;
let certDir;

function get(port, pathname) {
  return new Promise((resolve, reject) => {
    const req = https.request(
      { host: '127.0.0.1', port, path: pathname, method: 'GET', rejectUnauthorized: false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => { body += d; });
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

before(async () => {
  certDir = await mkdtemp(path.join(os.tmpdir(), 'lotse-tls-'));
  const key = path.join(certDir, 'key.pem');
  const cert = path.join(certDir, 'cert.pem');
  await run('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key,
    '-out', cert, '-days', '1', '-subj', '/CN=localhost']);
  srv = await startServer({ extraArgs: ['--tls-cert', cert, '--tls-key', key] });
});

after(async () => {
  if (srv) assert.equal(await srv.stop(), 0);
  await rm(certDir, { recursive: true, force: true });
});

test('the server says it speaks https', () => {
  assert.match(srv.logs(), /läuft auf https:\/\/127\.0\.0\.1:\d+\//);
});

test('pages come over TLS with HSTS', async () => {
  const res = await get(srv.port, '/');
  assert.equal(res.status, 200);
  assert.match(res.body, /<html lang="de">/);
  assert.match(res.headers['strict-transport-security'], /max-age=\d+/);
});

test('the anonymous CSRF cookie is Secure over TLS', async () => {
  const res = await get(srv.port, '/anmelden');
  assert.equal(res.status, 200);
  const cookies = [].concat(res.headers['set-cookie'] || []);
  const csrf = cookies.find((c) => c.startsWith('lotse_csrf='));
  assert.ok(csrf, 'a CSRF cookie is set');
  assert.match(csrf, /; Secure/);
  assert.match(csrf, /HttpOnly/);
});

test('plain HTTP on the TLS port gets no page', async () => {
  const text = await srv.raw('GET / HTTP/1.1\r\nHost: x\r\n\r\n', { idleMs: 1000 });
  assert.doesNotMatch(text, /<html/);
});
