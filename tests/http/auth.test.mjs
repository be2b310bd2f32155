// auth.test.mjs - sign-in, sessions, CSRF, throttling and rights, against
// the real server with the demo accounts.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';

const ACCOUNTS = {
  admin: ['admin@ahrwald.example', 'Ahrwald-Demo-IT-2026'],
  coordination: ['koordination@ahrwald.example', 'Ahrwald-Demo-Netzwerk-2026'],
  partner: ['partner@ahrwald.example', 'Ahrwald-Demo-Familie-2026'],
  visits: ['besuche@ahrwald.example', 'Ahrwald-Demo-Willkommen-2026'],
  partner2: ['partner2@ahrwald.example', 'Ahrwald-Demo-Hebamme-2026'],
};

/** A browser: keeps cookies, follows no redirects. */
class Browser {
  constructor(base) {
    this.base = base;
    this.cookies = new Map();
  }

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(method, path, form, headers = {}) {
    const opts = { method, redirect: 'manual', headers: { ...headers } };
    if (this.cookies.size) opts.headers.cookie = this.cookieHeader();
    if (form) {
      opts.body = new URLSearchParams(form).toString();
      opts.headers['content-type'] = 'application/x-www-form-urlencoded';
    }
    const res = await fetch(this.base + path, opts);
    for (const c of res.headers.getSetCookie()) {
      const [pair, ...attrs] = c.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i);
      const value = pair.slice(i + 1);
      if (attrs.some((a) => /max-age=0/i.test(a))) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const body = await res.text();
    return { status: res.status, headers: res.headers, body, setCookies: res.headers.getSetCookie() };
  }

  get(path, headers) { return this.request('GET', path, null, headers); }

  post(path, form, headers) { return this.request('POST', path, form, headers); }

  /** The CSRF token of the first form on a page. */
  async csrf(path) {
    const res = await this.get(path);
    const m = /name="csrf" value="([^"]+)"/.exec(res.body);
    assert.ok(m, `a form with a CSRF token on ${path} (status ${res.status})`);
    return m[1];
  }

  async login(who) {
    const [email, password] = ACCOUNTS[who] || who;
    const csrf = await this.csrf('/anmelden');
    return this.post('/anmelden', { csrf, email, password });
  }
}

let srv;
before(async () => { srv = await startServer(); });
after(async () => { assert.equal(await srv.stop(), 0); });

describe('sign-in', () => {
  test('the form has e-mail, password and a CSRF token bound to a cookie', async () => {
    const b = new Browser(srv.url);
    const res = await b.get('/anmelden');
    assert.equal(res.status, 200);
    assert.match(res.body, /<input[^>]*name="email"/);
    assert.match(res.body, /<input[^>]*name="password"[^>]*type="password"/);
    const cookie = res.setCookies.find((c) => c.startsWith('lotse_csrf='));
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    const token = /name="csrf" value="([^"]+)"/.exec(res.body)[1];
    assert.equal(cookie.split(';')[0], `lotse_csrf=${token}`);
  });

  test('without or with a wrong CSRF token: 403, no session', async () => {
    const b = new Browser(srv.url);
    await b.get('/anmelden');
    const [email, password] = ACCOUNTS.partner;
    let res = await b.post('/anmelden', { email, password });
    assert.equal(res.status, 403);
    res = await b.post('/anmelden', { csrf: 'x'.repeat(43), email, password });
    assert.equal(res.status, 403);
    assert.ok(!b.cookies.has('lotse_session'));
  });

  test('a wrong password and an unknown address get the same answer', async () => {
    const b = new Browser(srv.url);
    let csrf = await b.csrf('/anmelden');
    const wrong = await b.post('/anmelden', { csrf, email: 'partner2@ahrwald.example', password: 'falsch-aber-lang-genug' });
    csrf = await b.csrf('/anmelden');
    const unknown = await b.post('/anmelden', { csrf, email: 'niemand@ahrwald.example', password: 'falsch-aber-lang-genug' });
    assert.equal(wrong.status, 401);
    assert.equal(unknown.status, 401);
    const msg = /E-Mail-Adresse oder Passwort stimmen nicht/;
    assert.match(wrong.body, msg);
    assert.match(unknown.body, msg);
    const strip = (s) => s.replace(/value="[^"]*"/g, '');
    assert.equal(strip(wrong.body), strip(unknown.body));
    assert.doesNotMatch(wrong.body, /falsch-aber-lang-genug/, 'the password is never echoed');
    assert.ok(!b.cookies.has('lotse_session'));
  });

  test('the right password signs in with a new session id (no fixation)', async () => {
    const b = new Browser(srv.url);
    b.cookies.set('lotse_session', 'A'.repeat(43)); // planted by an attacker
    const res = await b.login('partner');
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/intern');
    const cookie = res.setCookies.find((c) => c.startsWith('lotse_session='));
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    assert.doesNotMatch(cookie, /Secure/, 'plain HTTP on loopback');
    assert.notEqual(b.cookies.get('lotse_session'), 'A'.repeat(43));
    assert.equal(b.cookies.get('lotse_session').length, 43);
    const page = await b.get('/intern');
    assert.equal(page.status, 200);
    assert.match(page.body, /Paula Demo-Partnerin/);
    // a second sign-in gets yet another id
    const first = b.cookies.get('lotse_session');
    await b.post('/abmelden', { csrf: /name="csrf" value="([^"]+)"/.exec(page.body)[1] });
    await b.login('partner');
    assert.notEqual(b.cookies.get('lotse_session'), first);
  });

  test('after sign-in the browser returns to the page it wanted', async () => {
    const b = new Browser(srv.url);
    const res = await b.get('/intern/konto');
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/anmelden?weiter=%2Fintern%2Fkonto');
    const csrf = await b.csrf('/anmelden?weiter=%2Fintern%2Fkonto');
    const [email, password] = ACCOUNTS.partner;
    const login = await b.post('/anmelden', { csrf, email, password, weiter: '/intern/konto' });
    assert.equal(login.headers.get('location'), '/intern/konto');
    // but never to another site
    const b2 = new Browser(srv.url);
    const csrf2 = await b2.csrf('/anmelden');
    const evil = await b2.post('/anmelden', { csrf: csrf2, email, password, weiter: '//evil.example/intern' });
    assert.equal(evil.headers.get('location'), '/intern');
  });

  test('sign-out ends the session on the server', async () => {
    const b = new Browser(srv.url);
    await b.login('partner');
    const stolen = b.cookies.get('lotse_session');
    const csrf = await b.csrf('/intern/konto');
    const res = await b.post('/abmelden', { csrf });
    assert.equal(res.status, 303);
    assert.ok(!b.cookies.has('lotse_session'));
    const thief = new Browser(srv.url);
    thief.cookies.set('lotse_session', stolen);
    const again = await thief.get('/intern');
    assert.equal(again.status, 303);
    assert.match(again.headers.get('location'), /^\/anmelden/);
  });
});

describe('CSRF on internal forms', () => {
  test('missing, wrong or another session\'s token: 403 and nothing changes', async () => {
    const a = new Browser(srv.url);
    await a.login('partner');
    const other = new Browser(srv.url);
    await other.login('partner2');
    const otherToken = await other.csrf('/intern/konto');
    for (const csrf of [undefined, 'falsch', otherToken]) {
      const form = { name: 'Gehackt' };
      if (csrf) form.csrf = csrf;
      const res = await a.post('/intern/konto/name', form);
      assert.equal(res.status, 403, `token ${csrf}`);
    }
    const page = await a.get('/intern/konto');
    assert.doesNotMatch(page.body, /Gehackt/);
    // the header works as well as the form field
    const token = /name="csrf" value="([^"]+)"/.exec(page.body)[1];
    const ok = await a.post('/intern/konto/name', { name: 'Paula Demo-Partnerin' }, { 'x-csrf-token': token });
    assert.equal(ok.status, 303);
  });
});

describe('rights', () => {
  test('a partner cannot read or change another partner\'s organisation', async () => {
    const a = new Browser(srv.url);
    await a.login('partner'); // Familienzentrum Lindenhof
    const own = await a.get('/intern');
    const ownId = /\/intern\/organisation\/(\d+)\/bearbeiten/.exec(own.body)[1];
    const b = new Browser(srv.url);
    await b.login('partner2'); // Hebammenpraxis Kranichsee
    const other = await b.get('/intern');
    const otherId = /\/intern\/organisation\/(\d+)\/bearbeiten/.exec(other.body)[1];
    assert.notEqual(ownId, otherId);

    assert.equal((await a.get(`/intern/organisation/${otherId}/bearbeiten`)).status, 403);
    const csrf = await a.csrf(`/intern/organisation/${ownId}/bearbeiten`);
    const res = await a.post(`/intern/organisation/${otherId}/bearbeiten`, {
      csrf, name: 'Übernommen', phone: '0000',
    });
    assert.equal(res.status, 403);
    const check = await b.get(`/intern/organisation/${otherId}/bearbeiten`);
    assert.doesNotMatch(check.body, /Übernommen/);
    assert.match(check.body, /Hebammenpraxis Kranichsee/);

    // the own organisation can be changed, and the change is audited
    const ok = await a.post(`/intern/organisation/${ownId}/bearbeiten`, {
      csrf, name: 'Familienzentrum Lindenhof', phone: '05161 4711', street: 'Lindenweg 3',
      postcode: '29664', city: 'Ahrwald', email: '', web: '',
    });
    assert.equal(ok.status, 303);
    const admin = new Browser(srv.url);
    await admin.login('admin');
    const log = await admin.get('/intern/protokoll');
    assert.match(log.body, /Telefon/);
  });

  test('bad input is refused next to the field and changes nothing', async () => {
    const a = new Browser(srv.url);
    await a.login('partner');
    const own = await a.get('/intern');
    const id = /\/intern\/organisation\/(\d+)\/bearbeiten/.exec(own.body)[1];
    const csrf = await a.csrf(`/intern/organisation/${id}/bearbeiten`);
    const res = await a.post(`/intern/organisation/${id}/bearbeiten`, {
      csrf, name: 'Familienzentrum Lindenhof', postcode: '12', city: 'Ahrwald',
    });
    assert.equal(res.status, 422);
    assert.match(res.body, /Die Postleitzahl hat fünf Ziffern/);
    assert.match(res.body, /id="postcode"[^>]*value="12"|value="12"[^>]*id="postcode"/);
  });

  test('each role sees the internal start page; only admins the admin pages', async () => {
    for (const who of ['partner', 'visits', 'coordination', 'admin']) {
      const b = new Browser(srv.url);
      await b.login(who);
      assert.equal((await b.get('/intern')).status, 200, who);
      assert.equal((await b.get('/intern/konto')).status, 200, who);
      const admin = await b.get('/intern/benutzer');
      assert.equal(admin.status, who === 'admin' ? 200 : 403, who);
    }
  });
});

describe('throttling', () => {
  test('after 5 failures one account waits, others do not', async () => {
    const b = new Browser(srv.url);
    const [email, password] = ACCOUNTS.visits;
    for (let i = 0; i < 5; i++) {
      const csrf = await b.csrf('/anmelden');
      const res = await b.post('/anmelden', { csrf, email, password: `falsch-${i}-falsch-falsch` });
      assert.equal(res.status, 401);
    }
    const csrf = await b.csrf('/anmelden');
    const res = await b.post('/anmelden', { csrf, email, password });
    assert.equal(res.status, 429, 'even the right password waits');
    assert.match(res.body, /Bitte warten Sie \d+ Minute/);
    assert.ok(Number(res.headers.get('retry-after')) > 0);
    const other = new Browser(srv.url);
    assert.equal((await other.login('coordination')).status, 303);
  });
});

describe('password change', () => {
  test('ends the other sessions, keeps this browser signed in', async () => {
    const here = new Browser(srv.url);
    const there = new Browser(srv.url);
    await here.login('coordination');
    await there.login('coordination');
    const csrf = await here.csrf('/intern/konto');
    const [, password] = ACCOUNTS.coordination;
    let res = await here.post('/intern/konto/passwort', {
      csrf, old_password: password, password: 'kurz', password2: 'kurz',
    });
    assert.equal(res.status, 422);
    assert.match(res.body, /mindestens 12 Zeichen/);
    res = await here.post('/intern/konto/passwort', {
      csrf, old_password: password, password: 'Neuer-Deich-am-Moor-2026', password2: 'Neuer-Deich-am-Moor-2026',
    });
    assert.equal(res.status, 303);
    assert.equal((await here.get('/intern/konto')).status, 200);
    assert.equal((await there.get('/intern/konto')).status, 303);
    // change it back for the other tests
    const csrf2 = await here.csrf('/intern/konto');
    res = await here.post('/intern/konto/passwort', {
      csrf: csrf2, old_password: 'Neuer-Deich-am-Moor-2026', password, password2: password,
    });
    assert.equal(res.status, 303);
  });
});

describe('second factor required by the settings', () => {
  test('an admin without TOTP is sent to set it up first', async () => {
    const admin = new Browser(srv.url);
    await admin.login('admin');
    const page = await admin.get('/intern/einstellungen');
    const unescape = (t) => t.replaceAll('&quot;', '"').replaceAll('&#39;', "'")
      .replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
    const form = {};
    for (const m of page.body.matchAll(/<input [^>]*name="([a-z_0-9]+)" type="[a-z]+"(?: value="([^"]*)")?/g))
      form[m[1]] = unescape(m[2] ?? '');
    for (const m of page.body.matchAll(/<textarea [^>]*name="([a-z_]+)"[^>]*>([^<]*)<\/textarea>/g))
      form[m[1]] = unescape(m[2]);
    form.csrf = /name="csrf" value="([^"]+)"/.exec(page.body)[1];
    form.require_2fa = 'admin';
    const saved = await admin.post('/intern/einstellungen', form);
    assert.equal(saved.status, 303);
    const res = await admin.get('/intern/benutzer');
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/intern/konto/2fa?hinweis=pflicht');
    const setup = await admin.get('/intern/konto/2fa?hinweis=pflicht');
    assert.equal(setup.status, 200);
    assert.match(setup.body, /vorgeschrieben/);
    // other roles are not affected
    const partner = new Browser(srv.url);
    await partner.login('partner');
    assert.equal((await partner.get('/intern')).status, 200);
    // not even the settings can be changed before the admin has enrolled
    form.require_2fa = '';
    const off = await admin.post('/intern/einstellungen', form);
    assert.equal(off.status, 303);
    assert.equal(off.headers.get('location'), '/intern/konto/2fa?hinweis=pflicht');
  });
});

describe('session expiry', () => {
  let short;
  before(async () => {
    process.env.LOTSE_SESSION_IDLE = '2';
    short = await startServer();
    delete process.env.LOTSE_SESSION_IDLE;
  });
  after(async () => { assert.equal(await short.stop(), 0); });

  test('an idle session ends', async () => {
    const b = new Browser(short.url);
    await b.login('partner');
    assert.equal((await b.get('/intern')).status, 200);
    await new Promise((r) => setTimeout(r, 3500));
    const res = await b.get('/intern');
    assert.equal(res.status, 303);
    assert.match(res.headers.get('location'), /^\/anmelden/);
  });
});

export { Browser, ACCOUNTS };
