// news.test.mjs - news to members (issue #6, N3): who may read and write
// /intern/neuigkeiten, a news item for a selection of organisations seen
// by the chosen partner (list, item, start page) and not by another, by
// e-mail into the outbox (once), validation with German messages, and
// the demo's news.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';

import { startServer } from './server.mjs';

const run = promisify(execFile);

const ACCOUNTS = {
  admin: ['admin@ahrwald.example', 'Ahrwald-Demo-IT-2026'],
  coordination: ['koordination@ahrwald.example', 'Ahrwald-Demo-Netzwerk-2026'],
  partner: ['partner@ahrwald.example', 'Ahrwald-Demo-Familie-2026'],
  partner2: ['partner2@ahrwald.example', 'Ahrwald-Demo-Hebamme-2026'],
  visits: ['besuche@ahrwald.example', 'Ahrwald-Demo-Willkommen-2026'],
};

/** A browser: keeps cookies, follows no redirects (from auth.test.mjs). */
class Browser {
  constructor(base) {
    this.base = base;
    this.cookies = new Map();
  }

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(method, p, form, headers = {}) {
    const opts = { method, redirect: 'manual', headers: { ...headers } };
    if (this.cookies.size) opts.headers.cookie = this.cookieHeader();
    if (form) {
      opts.body = (form instanceof URLSearchParams ? form : new URLSearchParams(form)).toString();
      opts.headers['content-type'] = 'application/x-www-form-urlencoded';
    }
    const res = await fetch(this.base + p, opts);
    for (const c of res.headers.getSetCookie()) {
      const [pair, ...attrs] = c.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i);
      const value = pair.slice(i + 1);
      if (attrs.some((a) => /max-age=0/i.test(a))) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const body = await res.text();
    return { status: res.status, headers: res.headers, body };
  }

  get(p, headers) { return this.request('GET', p, null, headers); }

  post(p, form, headers) { return this.request('POST', p, form, headers); }

  async csrf(p) {
    const res = await this.get(p);
    const m = /name="csrf" value="([^"]+)"/.exec(res.body);
    assert.ok(m, `a form with a CSRF token on ${p} (status ${res.status})`);
    return m[1];
  }

  async login(who) {
    const [email, password] = ACCOUNTS[who] || who;
    const csrf = await this.csrf('/anmelden');
    const res = await this.post('/anmelden', { csrf, email, password });
    assert.equal(res.status, 303, `${who} signs in`);
  }
}

let srv;
let dbPath;
const sql = async (q) => (await run('sqlite3', [dbPath, q])).stdout.trim();
const as = {};
let orgLindenhof;
let orgKranichsee;

before(async () => {
  srv = await startServer();
  dbPath = path.join(srv.dir, 'lotse.db');
  for (const who of Object.keys(ACCOUNTS)) {
    as[who] = new Browser(srv.url);
    await as[who].login(who);
  }
  orgLindenhof = await sql("SELECT organisation_id FROM app_user WHERE email = 'partner@ahrwald.example'");
  orgKranichsee = await sql("SELECT organisation_id FROM app_user WHERE email = 'partner2@ahrwald.example'");
  assert.ok(orgLindenhof && orgKranichsee && orgLindenhof !== orgKranichsee);
});
after(async () => { assert.equal(await srv.stop(), 0); });

describe('routes and roles', () => {
  test('without a session: the sign-in page', async () => {
    for (const p of ['/intern/neuigkeiten', '/intern/neuigkeiten/neu', '/intern/neuigkeiten/1']) {
      const res = await fetch(srv.url + p, { redirect: 'manual' });
      assert.equal(res.status, 303, p);
      assert.equal(res.headers.get('location'), `/anmelden?weiter=${encodeURIComponent(p)}`);
    }
  });

  test('partners read, only the coordination office writes and sends', async () => {
    for (const who of ['partner', 'partner2', 'visits']) {
      assert.equal((await as[who].get('/intern/neuigkeiten')).status, 200, who);
      assert.equal((await as[who].get('/intern/neuigkeiten/neu')).status, 403, who);
      const csrf = await as[who].csrf('/intern/konto');
      assert.equal((await as[who].post('/intern/neuigkeiten/neu', { csrf, titel: 'x', text: 'y', fuer: 'alle' })).status, 403, who);
      assert.equal((await as[who].post('/intern/neuigkeiten/1/senden', { csrf })).status, 403, who);
    }
    for (const who of ['coordination', 'admin']) {
      assert.equal((await as[who].get('/intern/neuigkeiten')).status, 200, who);
      const form = await as[who].get('/intern/neuigkeiten/neu');
      assert.equal(form.status, 200, who);
      assert.match(form.body, /<legend class="kern-label">Für wen\?/);
    }
  });

  test('the demo news are on the list; a selection reaches only the chosen', async () => {
    const p1 = await as.partner.get('/intern/neuigkeiten');
    assert.match(p1.body, /Neue Kooperationsvereinbarung beschlossen/);
    assert.match(p1.body, /Fortbildung: Kinderschutz in der Kita/); // family centres
    assert.doesNotMatch(p1.body, /Treffen der Hebammen/);
    const p2 = await as.partner2.get('/intern/neuigkeiten');
    assert.match(p2.body, /Treffen der Hebammen/);
    assert.doesNotMatch(p2.body, /Fortbildung: Kinderschutz in der Kita/);
    const c = await as.coordination.get('/intern/neuigkeiten');
    assert.match(c.body, /Treffen der Hebammen/);
    assert.match(c.body, /per E-Mail versandt am/);
    assert.equal(await sql("SELECT count(*) > 0 FROM outbox WHERE kind = 'news'"), '1');
  });
});

describe('writing news', () => {
  let id;
  test('validation: German messages next to the fields, nothing stored', async () => {
    const csrf = await as.coordination.csrf('/intern/neuigkeiten/neu');
    const n0 = await sql('SELECT count(*) FROM news');
    const res = await as.coordination.post('/intern/neuigkeiten/neu', { csrf, titel: '', text: '', fuer: 'auswahl' });
    assert.equal(res.status, 422);
    assert.match(res.body, /Bitte geben Sie eine Überschrift ein/);
    assert.match(res.body, /Bitte schreiben Sie einen Text/);
    assert.match(res.body, /Bitte wählen Sie mindestens eine Organisation/);
    const bad = await as.coordination.post('/intern/neuigkeiten/neu', { csrf, titel: 'T', text: 'x', fuer: 'auswahl', org: '99999999' });
    assert.equal(bad.status, 422);
    assert.match(bad.body, /Eine gewählte Organisation gibt es nicht/);
    assert.equal(await sql('SELECT count(*) FROM news'), n0);
  });

  test('a news item for one organisation: seen there, on its start page, and nowhere else', async () => {
    const csrf = await as.coordination.csrf('/intern/neuigkeiten/neu');
    const res = await as.coordination.post('/intern/neuigkeiten/neu', {
      csrf, titel: 'Nur für Lindenhof <b>fett</b>', text: 'Liebe Kolleginnen,\n\n**Wichtig:** <script>alert(1)</script> der Termin.', fuer: 'auswahl', org: orgLindenhof,
    });
    assert.equal(res.status, 303, res.body.slice(0, 2000));
    assert.equal(res.headers.get('location'), '/intern/neuigkeiten?gespeichert=1');
    id = await sql("SELECT max(id) FROM news");
    assert.equal(await sql(`SELECT organisation_id FROM news_recipient WHERE news_id = ${id}`), orgLindenhof);
    assert.equal(await sql(`SELECT count(*) FROM outbox WHERE kind = 'news' AND ref_id = ${id}`), '0');
    const item = await as.partner.get(`/intern/neuigkeiten/${id}`);
    assert.equal(item.status, 200);
    assert.ok(item.body.includes('Nur für Lindenhof &lt;b&gt;fett&lt;/b&gt;'));
    assert.match(item.body, /<strong>Wichtig:<\/strong>/);
    assert.ok(!item.body.includes('<script>alert(1)'));
    const start = await as.partner.get('/intern');
    assert.match(start.body, /<h2[^>]*id="neuigkeiten"[^>]*>Neuigkeiten<\/h2>/);
    assert.ok(start.body.includes(`href="/intern/neuigkeiten/${id}"`));
    // another partner: not on the list, not on the start page, 404
    assert.equal((await as.partner2.get(`/intern/neuigkeiten/${id}`)).status, 404);
    assert.ok(!(await as.partner2.get('/intern/neuigkeiten')).body.includes('Nur für Lindenhof'));
    assert.ok(!(await as.partner2.get('/intern')).body.includes(`/intern/neuigkeiten/${id}"`));
    // the coordination office sees who it is for
    const c = await as.coordination.get(`/intern/neuigkeiten/${id}`);
    assert.match(c.body, /Familienzentrum Lindenhof/);
    assert.match(c.body, /Noch nicht per E-Mail versandt/);
    assert.equal(await sql(`SELECT count(*) FROM audit_log WHERE entity = 'news' AND entity_id = ${id}`), '1');
  });

  test('"per E-Mail senden" queues a message to the organisation, once', async () => {
    await sql(`UPDATE organisation SET email = 'lindenhof@ahrwald.example' WHERE id = ${orgLindenhof}`);
    const csrf = await as.coordination.csrf(`/intern/neuigkeiten/${id}`);
    const res = await as.coordination.post(`/intern/neuigkeiten/${id}/senden`, { csrf });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/intern/neuigkeiten?versandt=1');
    assert.equal(await sql(`SELECT recipient || '|' || subject FROM outbox WHERE kind = 'news' AND ref_id = ${id}`),
      'lindenhof@ahrwald.example|Neuigkeit: Nur für Lindenhof <b>fett</b>');
    assert.notEqual(await sql(`SELECT coalesce(emailed_at, '') FROM news WHERE id = ${id}`), '');
    const again = await as.coordination.post(`/intern/neuigkeiten/${id}/senden`, { csrf });
    assert.equal(again.status, 409);
    assert.match(again.body, /schon per E-Mail versandt/);
    assert.equal(await sql(`SELECT count(*) FROM outbox WHERE kind = 'news' AND ref_id = ${id}`), '1');
    assert.equal((await as.coordination.post('/intern/neuigkeiten/99999/senden', { csrf })).status, 404);
  });

  test('news for all partners, sent at once: every member organisation with an address', async () => {
    const csrf = await as.coordination.csrf('/intern/neuigkeiten/neu');
    const res = await as.coordination.post('/intern/neuigkeiten/neu', { csrf, titel: 'An alle', text: 'Hallo zusammen.', fuer: 'alle', email: '1' });
    assert.equal(res.status, 303);
    const nid = await sql('SELECT max(id) FROM news');
    const expected = await sql("SELECT count(*) FROM organisation WHERE membership = 'member' AND archived = 0 AND email <> ''");
    assert.equal(await sql(`SELECT count(*) FROM outbox WHERE kind = 'news' AND ref_id = ${nid}`), expected);
    for (const who of ['partner', 'partner2', 'visits'])
      assert.match((await as[who].get('/intern/neuigkeiten')).body, /An alle/, who);
  });
});
