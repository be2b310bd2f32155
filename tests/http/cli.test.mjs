// cli.test.mjs - `lotse user` against the database of a running server:
// accounts made on the command line can sign in, blocked ones cannot;
// exit status 0/1/2 with German messages; the password only on stdin.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { LOTSE_BIN, login, startServer } from './server.mjs';

let srv;
let db;
before(async () => {
  srv = await startServer();
  db = path.join(srv.dir, 'lotse.db');
});
after(async () => { assert.equal(await srv.stop(), 0); });

/** Runs lotse with args (and --db of the test server unless opts.db is
 * false), input on stdin; resolves with {code, stdout, stderr}. */
function lotse(args, input = '', opts = {}) {
  return new Promise((resolve, reject) => {
    const argv = opts.db === false ? args : [...args, '--db', db];
    const child = spawn(LOTSE_BIN, argv, { cwd: srv.dir });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const PW = 'Kommandozeile-Kennwort-2026';

/** Asserts exit status 1 with exactly one German line on stderr. */
function assertFailure(r, re) {
  assert.equal(r.code, 1, r.stderr);
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `one line, got:\n${r.stderr}`);
  assert.match(lines[0], /^lotse user \w+: /);
  assert.match(lines[0], re);
}

describe('lotse user', () => {
  it('add reads the password from stdin; the account can sign in', async () => {
    const r = await lotse(['user', 'add', '--email', 'Kim.Cli@Example.org', '--role', 'coordination',
      '--name', 'Kim Kommandozeile', '--password-stdin'], `${PW}\n`);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Konto kim\.cli@example\.org \(Kim Kommandozeile\) angelegt: Koordinierungsstelle/);
    assert.ok(!r.stdout.includes(PW) && !r.stderr.includes(PW), 'password echoed');
    const s = await login(srv, 'kim.cli@example.org', PW);
    assert.equal(s.status, 303);
    assert.equal(s.location, '/intern');
    // Made on the command line: no forced change of the password.
    const res = await s.get('/intern');
    assert.equal(res.status, 200);
    await res.arrayBuffer();
    assert.ok(!srv.logs().includes(PW), 'password in the server log');
  });

  it('add with --org; the name defaults to the part before the @', async () => {
    const r = await lotse(['user', 'add', '--email', 'lena@example.org', '--role', 'partner',
      '--org', '2', '--password-stdin'], `${PW}\r\n`);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Konto lena@example\.org \(lena\) angelegt: Partner, Familienzentrum Lindenhof/);
    assert.equal((await login(srv, 'lena@example.org', PW)).status, 303, 'CRLF is stripped');
  });

  it('list shows the accounts as a table', async () => {
    const r = await lotse(['user', 'list']);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.match(lines[0], /^Nr\.\s+E-Mail\s+Name\s+Rolle\s+Organisation\s+Aktiv\s+2FA\s+Letzte Anmeldung/);
    const kim = lines.find((l) => l.includes('kim.cli@example.org'));
    assert.ok(kim, r.stdout);
    assert.match(kim, /^\d+\s+kim\.cli@example\.org\s+Kim Kommandozeile\s+coordination\s+–\s+ja\s+aus\s+\d{4}-\d\d-\d\d \d\d:\d\d$/);
    assert.ok(lines.some((l) => /admin@ahrwald\.example\s+Svenja Demo-Admin\s+admin/.test(l)));
    assert.ok(lines.some((l) => /lena@example\.org\s+lena\s+partner\s+Familienzentrum Lindenhof\s+ja\s+aus\s+\d{4}-/.test(l)));
  });

  it('a wrong role: exit 1 with one German line, nothing created', async () => {
    const r = await lotse(['user', 'add', '--email', 'boss@example.org', '--role', 'chef',
      '--password-stdin'], `${PW}\n`);
    assertFailure(r, /unbekannte Rolle „chef“; möglich sind partner, visits, coordination und admin/);
    assert.ok(!(await lotse(['user', 'list'])).stdout.includes('boss@example.org'));
  });

  it('refusals of the domain layer: exit 1 with its message', async () => {
    assertFailure(await lotse(['user', 'add', '--email', 'kim.cli@example.org', '--role', 'admin',
      '--password-stdin'], `${PW}\n`), /Zu dieser E-Mail-Adresse gibt es schon ein Konto\./);
    assertFailure(await lotse(['user', 'add', '--email', 'kurz@example.org', '--role', 'admin',
      '--password-stdin'], 'kurz\n'), /mindestens 12 Zeichen/);
    assertFailure(await lotse(['user', 'add', '--email', 'p@example.org', '--role', 'partner',
      '--password-stdin'], `${PW}\n`), /gehören zu einer Organisation/);
    assertFailure(await lotse(['user', 'add', '--email', 'leer@example.org', '--role', 'admin',
      '--password-stdin'], ''), /kein Passwort/);
    assertFailure(await lotse(['user', 'disable', '--email', 'niemand@example.org']),
      /zu „niemand@example\.org“ gibt es kein Konto/);
    assertFailure(await lotse(['user', 'disable', '--email', 'admin@ahrwald.example']),
      /letzte aktive Administrationskonto/);
  });

  it('wrong usage: exit 2 with the usage', async () => {
    for (const args of [
      ['user', 'add', '--email', 'x@example.org', '--role', 'admin', '--password-stdin', '--geheim'],
      ['user', 'add', '--email', 'x@example.org', '--role', 'admin'],
      ['user', 'add', '--role', 'admin', '--password-stdin'],
      ['user', 'add', '--email', 'x@example.org', '--role', 'partner', '--org', 'zwei',
        '--password-stdin'],
      ['user', 'add', '--email', 'x@example.org', '--role', 'admin', '--password', PW],
      ['user', 'list', '--email', 'x@example.org'],
      ['user', 'frobnicate'],
      ['user'],
      ['user', 'disable'],
    ]) {
      const r = await lotse(args, `${PW}\n`);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /Aufruf: lotse user add --email/, args.join(' '));
      assert.equal(r.stdout, '');
    }
    assert.ok(!(await lotse(['user', 'list'])).stdout.includes('x@example.org'));
  });

  it('--help explains it, exit 0', async () => {
    const r = await lotse(['user', '--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Standardeingabe/);
    const h = await lotse(['help', 'user'], '', { db: false });
    assert.equal(h.code, 0);
    assert.match(h.stdout, /Aufruf: lotse user add/);
  });

  it('disable makes sign-in fail and ends the sessions; enable undoes it', async () => {
    const s = await login(srv, 'lena@example.org', PW);
    assert.equal(s.status, 303);
    let r = await lotse(['user', 'disable', '--email', 'lena@example.org']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Konto lena@example\.org gesperrt/);
    const res = await s.get('/intern');
    assert.equal(res.status, 303, 'the open session has ended');
    assert.match(res.headers.get('location'), /^\/anmelden/);
    assert.equal((await login(srv, 'lena@example.org', PW)).status, 401);
    assert.match((await lotse(['user', 'list'])).stdout, /lena@example\.org.*gesperrt/);

    r = await lotse(['user', 'enable', '--email', 'lena@example.org']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal((await login(srv, 'lena@example.org', PW)).status, 303);
  });

  it('passwd sets a new password that must be changed at the next sign-in', async () => {
    const NEW = 'Ganz-neues-Kennwort-77';
    const r = await lotse(['user', 'passwd', '--email', 'lena@example.org', '--password-stdin'],
      `${NEW}\n`);
    assert.equal(r.code, 0, r.stderr);
    assert.equal((await login(srv, 'lena@example.org', PW)).status, 401);
    const s = await login(srv, 'lena@example.org', NEW);
    assert.equal(s.status, 303);
    const res = await s.get('/intern');
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/intern/konto?hinweis=passwort');
  });

  it('role changes role and keeps the organisation without --org', async () => {
    let r = await lotse(['user', 'role', '--email', 'lena@example.org', '--role', 'visits']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /lena@example\.org hat jetzt die Rolle Willkommensbesuche, Familienzentrum Lindenhof/);
    r = await lotse(['user', 'role', '--email', 'lena@example.org', '--role', 'partner',
      '--org', '3']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Partner, Hebammenpraxis Kranichsee/);
    assertFailure(await lotse(['user', 'role', '--email', 'lena@example.org', '--role', 'partner',
      '--org', '999']), /Diese Organisation gibt es nicht/);
  });

  it('every change is in the audit log as "cli"', async () => {
    const admin = await login(srv, 'admin@ahrwald.example', 'Ahrwald-Demo-IT-2026');
    const body = await (await admin.get('/intern/protokoll?wer=cli')).text();
    for (const text of ['Konto kim.cli@example.org (Kim Kommandozeile) angelegt',
      'Konto lena@example.org gesperrt', 'Konto lena@example.org entsperrt',
      'Passwort neu gesetzt', 'Rolle von partner auf visits'])
      assert.ok(body.includes(text), text);
    assert.ok(!body.includes(PW), 'a password in the audit log');
  });

  it('a database that does not exist is not created: exit 1', async () => {
    const missing = path.join(srv.dir, 'gibt-es-nicht.db');
    const r = await lotse(['user', 'list', '--db', missing], '', { db: false });
    assert.equal(r.code, 1);
    assert.equal(r.stderr.trimEnd().split('\n').length, 1);
    assert.match(r.stderr, /gibt-es-nicht\.db/);
    assert.ok(!existsSync(missing), 'the file was created');
  });
});
