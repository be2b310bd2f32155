// join.test.mjs - joining the network (src/web/join.c, src/domain/join.c)
// against the real server with the demo database: the public form
// /mitmachen and its spam protection (honeypot, signed time token, rate
// limit per address, CSRF), validation with German messages (422, values
// kept, nothing stored), the coordination office's inbox, accepting
// (organisation, contact, partner account, one-time link and the e-mail in
// the outbox, all at once) and declining (e-mail with the message), and the
// one-time link that sets the password: works once, expires.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';

import { login, startServer } from './server.mjs';
import { assertGermanPage, assertNoInjection } from './checks.mjs';

const run = promisify(execFile);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A browser without JavaScript: keeps cookies, reads the CSRF token. */
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
      opts.body = new URLSearchParams(form).toString();
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
}

let srv;
let coordination;
let partner;
const visitor = { csrf: null, t: null };
let b; // the visitor's browser

before(async () => {
  srv = await startServer();
  coordination = await login(srv, 'koordination@ahrwald.example', 'Ahrwald-Demo-Netzwerk-2026');
  partner = await login(srv, 'partner@ahrwald.example', 'Ahrwald-Demo-Familie-2026');
  b = new Browser(srv.url);
  const res = await b.get('/mitmachen');
  visitor.csrf = /name="csrf" value="([^"]+)"/.exec(res.body)[1];
  visitor.t = /name="t" value="([^"]+)"/.exec(res.body)[1];
});
after(async () => { assert.equal(await srv.stop(), 0); });

async function sql(query) {
  const { stdout } = await run('sqlite3', ['-json', path.join(srv.dir, 'lotse.db'), query]);
  return stdout.trim() ? JSON.parse(stdout) : [];
}
const count = async (table, where = '1') => (await sql(`SELECT count(*) AS n FROM ${table} WHERE ${where}`))[0].n;

function fieldError(html, field) {
  const m = new RegExp(`id="${field}-error"><span[^>]*></span><span class="kern-body">([^<]+)<`).exec(html);
  return m ? m[1] : null;
}

const valid = (over = {}) => ({
  org_name: 'Familienbüro Wiesental', sector: 'familienzentrum', street: 'Lindenweg 3',
  postcode: '', city: 'Wiesental', web: 'www.familienbuero-wiesental.example',
  contact_name: 'Henrike Olbrich', contact_email: 'h.olbrich@familienbuero.example',
  contact_phone: '0 1234 5678', message: 'Wir möchten mitmachen.', consent: '1', homepage: '',
  ...over,
});
const submit = (fields, token = visitor.t) => b.post('/mitmachen', { csrf: visitor.csrf, t: token, ...fields });

describe('the public form /mitmachen', () => {
  it('has the fields, the consent with a link to the privacy page, and a hidden honeypot', async () => {
    const res = await b.get('/mitmachen');
    assert.equal(res.status, 200);
    assertGermanPage(res.body);
    for (const f of ['org_name', 'sector', 'street', 'postcode', 'city', 'web', 'contact_name',
      'contact_email', 'contact_phone', 'message'])
      assert.match(res.body, new RegExp(`name="${f}"`), f);
    assert.match(res.body, /<option value="familienzentrum">Familienzentren und Familienbildung<\/option>/);
    assert.match(res.body, /<fieldset class="kern-fieldset" id="consent"[^>]*><legend/);
    assert.match(res.body, /name="consent" value="1"/);
    assert.match(res.body, /href="\/datenschutz"/);
    assert.match(res.body, /<div class="kern-sr-only" aria-hidden="true"><label for="homepage">Bitte leer lassen<\/label><input type="text" id="homepage" name="homepage" value="" tabindex="-1" autocomplete="off">/);
    assert.match(res.body, /name="t" value="\d+\.[0-9a-f]{64}"/);
  });

  it('refuses a form sent too fast, with a German message, storing nothing', async () => {
    const fresh = /name="t" value="([^"]+)"/.exec((await b.get('/mitmachen')).body)[1];
    const before = await count('join_request');
    const res = await submit(valid(), fresh);
    assert.equal(res.status, 422);
    assert.match(res.body, /Das ging sehr schnell/);
    assert.match(res.body, /value="Familienbüro Wiesental"/, 'values kept');
    assert.equal(await count('join_request'), before);
  });

  it('refuses a forged or missing time token', async () => {
    const before = await count('join_request');
    const t = visitor.t.replace(/^\d+/, (s) => String(Number(s) - 100));
    for (const token of [t, '', 'abc']) {
      const res = await submit(valid(), token);
      assert.equal(res.status, 422);
      assert.match(res.body, /Das Formular ist abgelaufen/);
    }
    assert.equal(await count('join_request'), before);
  });

  it('refuses a filled honeypot without storing anything', async () => {
    await sleep(3200); // the time token is valid from 3 seconds on
    const before = await count('join_request');
    const res = await submit(valid({ homepage: 'http://spam.example' }));
    assert.equal(res.status, 422);
    assert.match(res.body, /konnte nicht angenommen werden/);
    assert.equal(await count('join_request'), before);
  });

  it('answers 422 with messages next to the fields and keeps the values', async () => {
    const before = await count('join_request');
    const noConsent = valid();
    delete noConsent.consent;
    let res = await submit(noConsent);
    assert.equal(res.status, 422);
    assert.match(fieldError(res.body, 'consent'), /stimmen Sie zu/);
    assert.match(res.body, /value="h\.olbrich@familienbuero\.example"/);
    assert.match(res.body, />Wir möchten mitmachen\.<\/textarea>/);
    res = await submit(valid({ contact_email: 'keine-adresse', sector: 'zirkus', org_name: '', postcode: '123' }));
    assert.equal(res.status, 422);
    for (const f of ['contact_email', 'sector', 'org_name', 'postcode'])
      assert.ok(fieldError(res.body, f), `message for ${f}`);
    res = await submit(valid({ message: 'x'.repeat(2001) }));
    assert.equal(res.status, 422);
    assert.ok(fieldError(res.body, 'message'));
    assert.equal(await count('join_request'), before);
  });

  it('refuses a POST without the CSRF token', async () => {
    const before = await count('join_request');
    const res = await b.post('/mitmachen', { t: visitor.t, ...valid() });
    assert.equal(res.status, 403);
    assert.equal(await count('join_request'), before);
  });

  it('stores a good request and thanks the visitor', async () => {
    const res = await submit(valid({ org_name: 'Familienbüro <b>Wiesental</b>' }));
    assert.equal(res.status, 303, res.body.slice(0, 500));
    assert.equal(res.headers.get('location'), '/mitmachen/danke');
    const thanks = await b.get('/mitmachen/danke');
    assert.match(thanks.body, /Vielen Dank/);
    assert.match(thanks.body, /Die Koordinierungsstelle meldet sich/);
    const [row] = await sql("SELECT * FROM join_request WHERE org_name LIKE 'Familienbüro%'");
    assert.equal(row.status, 'new');
    assert.equal(row.web, 'https://www.familienbuero-wiesental.example');
    assert.equal(row.contact_email, 'h.olbrich@familienbuero.example');
    assert.ok(row.consent_at);
  });
});

describe('the inbox /intern/anfragen', () => {
  it('is for the coordination office only', async () => {
    assert.equal((await fetch(`${srv.url}/intern/anfragen`, { redirect: 'manual' })).status, 303);
    assert.equal((await partner.get('/intern/anfragen')).status, 403);
    assert.equal((await partner.get('/intern/anfragen/1')).status, 403);
    const res = await partner.post('/intern/anfragen/1/annehmen');
    assert.equal(res.status, 403);
    assert.equal((await partner.post('/intern/anfragen/1/ablehnen', { message: 'Nein' })).status, 403);
    const visits = await login(srv, 'besuche@ahrwald.example', 'Ahrwald-Demo-Willkommen-2026');
    assert.equal((await visits.get('/intern/anfragen')).status, 403);
    const admin = await login(srv, 'admin@ahrwald.example', 'Ahrwald-Demo-IT-2026');
    assert.equal((await admin.get('/intern/anfragen')).status, 200);
    assert.equal((await coordination.get('/intern/anfragen/999999')).status, 404);
    assert.equal((await sql('SELECT status FROM join_request WHERE id = 1'))[0].status, 'new');
  });

  it('lists new, accepted and declined requests with their counts', async () => {
    const res = await coordination.get('/intern/anfragen');
    const body = await res.text();
    assert.equal(res.status, 200);
    assertNoInjection(body);
    const n = await count('join_request', "status = 'new'");
    assert.match(body, new RegExp(`Neu \\(${n}\\)</a>`));
    assert.match(body, /Familienbüro &lt;b&gt;Wiesental&lt;\/b&gt;/);
    const acc = await (await coordination.get('/intern/anfragen?stand=angenommen')).text();
    assert.match(acc, /Tagespflege Kleine Strolche/);
    const dec = await (await coordination.get('/intern/anfragen?stand=abgelehnt')).text();
    assert.match(dec, /Onlineshop Babyglück/);
  });
});

let token; // the one-time link of the accepted request
describe('accepting and declining', () => {
  it('accepting creates organisation, contact, account, link and e-mail in one go', async () => {
    const [req] = await sql("SELECT id FROM join_request WHERE org_name LIKE 'Familienbüro%'");
    const page = await coordination.get(`/intern/anfragen/${req.id}`);
    assert.equal(page.status, 200);
    const res = await coordination.post(`/intern/anfragen/${req.id}/annehmen`);
    assert.equal(res.status, 303);
    const [j] = await sql(`SELECT status, organisation_id, decided_by FROM join_request WHERE id = ${req.id}`);
    assert.equal(j.status, 'accepted');
    assert.equal(j.decided_by, 'koordination@ahrwald.example');
    const [org] = await sql(`SELECT name, sector, membership, member_since, web FROM organisation WHERE id = ${j.organisation_id}`);
    assert.equal(org.membership, 'member');
    assert.equal(org.member_since, new Date().toISOString().slice(0, 10));
    assert.equal(org.sector, 'familienzentrum');
    const [c] = await sql(`SELECT name, email, role FROM contact WHERE organisation_id = ${j.organisation_id}`);
    assert.deepEqual(c, { name: 'Henrike Olbrich', email: 'h.olbrich@familienbuero.example', role: 'ansprechperson' });
    const [u] = await sql("SELECT id, role, organisation_id, must_change_password FROM app_user WHERE email = 'h.olbrich@familienbuero.example'");
    assert.equal(u.role, 'partner');
    assert.equal(u.organisation_id, j.organisation_id);
    const [mail] = await sql(`SELECT recipient, subject, body_text, status FROM outbox WHERE kind = 'join' AND ref_id = ${req.id}`);
    assert.equal(mail.recipient, 'h.olbrich@familienbuero.example');
    assert.match(mail.subject, /Willkommen/);
    const m = /\/konto\/einrichten\/([A-Za-z0-9_-]+)/.exec(mail.body_text);
    assert.ok(m, mail.body_text);
    token = m[1];
    assert.match(mail.body_text, /gilt 7 Tage und nur einmal/);
    // only the hash of the token is stored
    const [t] = await sql(`SELECT token_hash, expires_at FROM account_token WHERE user_id = ${u.id}`);
    assert.notEqual(t.token_hash, token);
    assert.ok(t.expires_at > new Date(Date.now() + 6 * 864e5).toISOString());
    assert.ok(!(await sql('SELECT body_text FROM outbox')).some((r) => /Passwort:/.test(r.body_text)));
    const audit = await sql(`SELECT action FROM audit_log WHERE entity = 'join_request' AND entity_id = ${req.id}`);
    assert.ok(audit.some((a) => a.action === 'accept'));
    // decided once
    const again = await coordination.post(`/intern/anfragen/${req.id}/annehmen`);
    assert.equal(again.status, 409);
  });

  it('refuses to accept when the address has an account already, changing nothing', async () => {
    const res = await submit(valid({ org_name: 'Doppelt GmbH', contact_email: 'partner@ahrwald.example' }));
    assert.equal(res.status, 303);
    const [req] = await sql("SELECT id FROM join_request WHERE org_name = 'Doppelt GmbH'");
    const orgs = await count('organisation');
    const acc = await coordination.post(`/intern/anfragen/${req.id}/annehmen`);
    assert.equal(acc.status, 409);
    assert.match(await acc.text(), /gibt es schon ein Konto/);
    assert.equal(await count('organisation'), orgs);
    assert.equal((await sql(`SELECT status FROM join_request WHERE id = ${req.id}`))[0].status, 'new');
  });

  it('declining needs a message and e-mails it', async () => {
    const [req] = await sql("SELECT id FROM join_request WHERE org_name = 'Doppelt GmbH'");
    let res = await coordination.post(`/intern/anfragen/${req.id}/ablehnen`, { message: '  ' });
    assert.equal(res.status, 422);
    assert.ok(fieldError(await res.text(), 'message'));
    res = await coordination.post(`/intern/anfragen/${req.id}/ablehnen`, { message: 'Sie sind schon Partner.' });
    assert.equal(res.status, 303);
    const [j] = await sql(`SELECT status, decision_message FROM join_request WHERE id = ${req.id}`);
    assert.deepEqual(j, { status: 'declined', decision_message: 'Sie sind schon Partner.' });
    const [mail] = await sql(`SELECT recipient, body_text FROM outbox WHERE kind = 'join' AND ref_id = ${req.id}`);
    assert.equal(mail.recipient, 'partner@ahrwald.example');
    assert.match(mail.body_text, /Sie sind schon Partner\./);
    const page = await (await coordination.get(`/intern/anfragen/${req.id}`)).text();
    assert.match(page, /Abgelehnt am/);
    assert.doesNotMatch(page, /annehmen/);
  });
});

describe('the one-time link /konto/einrichten/{token}', () => {
  it('sets the password once; then the person signs in', async () => {
    const v = new Browser(srv.url);
    let res = await v.get(`/konto/einrichten/${token}`);
    assert.equal(res.status, 200);
    assert.match(res.body, /h\.olbrich@familienbuero\.example/);
    const csrf = /name="csrf" value="([^"]+)"/.exec(res.body)[1];
    res = await v.post(`/konto/einrichten/${token}`, { csrf, password: 'Lindenweg-Sommer-2026', password2: 'Lindenweg-Sommer-2027' });
    assert.equal(res.status, 422);
    assert.ok(fieldError(res.body, 'password2'));
    res = await v.post(`/konto/einrichten/${token}`, { csrf, password: 'kurz', password2: 'kurz' });
    assert.equal(res.status, 422);
    assert.match(fieldError(res.body, 'password'), /12 Zeichen/);
    res = await v.post(`/konto/einrichten/${token}`, { csrf, password: 'Lindenweg-Sommer-2026', password2: 'Lindenweg-Sommer-2026' });
    assert.equal(res.status, 200);
    assert.match(res.body, /Ihr Zugang ist eingerichtet/);
    // once only
    res = await v.get(`/konto/einrichten/${token}`);
    assert.equal(res.status, 410);
    assert.match(res.body, /gilt nicht mehr/);
    res = await v.post(`/konto/einrichten/${token}`, { csrf, password: 'Noch-ein-Passwort-2026', password2: 'Noch-ein-Passwort-2026' });
    assert.equal(res.status, 410);
    const s = await login(srv, 'h.olbrich@familienbuero.example', 'Lindenweg-Sommer-2026');
    assert.equal(s.status, 303);
    const intern = await s.get('/intern');
    assert.equal(intern.status, 200);
    const [acc] = await sql("SELECT id FROM join_request WHERE org_name LIKE 'Familienbüro%'");
    const re = await coordination.post(`/intern/anfragen/${acc.id}/erneut-einladen`);
    assert.equal(re.status, 409);
    assert.match(await re.text(), /schon eingerichtet/);
    // the token is never written to the log
    assert.ok(!srv.logs().includes(token), 'token in the log');
  });

  it('expires, and unknown tokens are refused', async () => {
    const res = await submit(valid({ org_name: 'Spätstarter e. V.', contact_email: 'spaet@starter.example' }));
    assert.equal(res.status, 303);
    const [req] = await sql("SELECT id FROM join_request WHERE org_name = 'Spätstarter e. V.'");
    assert.equal((await coordination.post(`/intern/anfragen/${req.id}/annehmen`)).status, 303);
    const [mail] = await sql(`SELECT body_text FROM outbox WHERE kind = 'join' AND ref_id = ${req.id}`);
    const t = /\/konto\/einrichten\/([A-Za-z0-9_-]+)/.exec(mail.body_text)[1];
    const v = new Browser(srv.url);
    assert.equal((await v.get(`/konto/einrichten/${t}`)).status, 200);
    await sql("UPDATE account_token SET expires_at = '2000-01-01T00:00:00Z' WHERE used_at IS NULL");
    const r2 = await v.get(`/konto/einrichten/${t}`);
    assert.equal(r2.status, 410);
    assert.match(r2.body, /abgelaufen/);
    // the coordination office sends a new link; the old one is gone
    const again = await coordination.post(`/intern/anfragen/${req.id}/erneut-einladen`);
    assert.equal(again.status, 303);
    assert.match(await (await coordination.get(again.headers.get('location').replace(srv.url, ''))).text(), /Der neue Link ist unterwegs/);
    const mails = await sql(`SELECT body_text FROM outbox WHERE kind = 'join' AND ref_id = ${req.id} ORDER BY id`);
    assert.equal(mails.length, 2);
    const t2 = /\/konto\/einrichten\/([A-Za-z0-9_-]+)/.exec(mails[1].body_text)[1];
    assert.equal((await v.get(`/konto/einrichten/${t}`)).status, 404);
    assert.equal((await v.get(`/konto/einrichten/${t2}`)).status, 200);
    assert.equal((await partner.post(`/intern/anfragen/${req.id}/erneut-einladen`)).status, 403);
    assert.equal((await v.get('/konto/einrichten/nicht-ausgestellt-aber-lang-genug')).status, 404);
  });
});

describe('rate limit', () => {
  it('takes at most 5 requests an hour from one address', async () => {
    const used = await count('join_attempt');
    let ok = 0;
    let last;
    for (let i = 0; i < 6; i++) {
      last = await submit(valid({ org_name: `Serienanfrage ${i}` }));
      if (last.status === 303) ok++;
      else break;
    }
    assert.equal(ok, 5 - used);
    assert.equal(last.status, 429);
    assert.match(last.body, /mehrere Anfragen/);
    assert.equal(await count('join_request', "org_name LIKE 'Serienanfrage%'"), ok);
  });
});
