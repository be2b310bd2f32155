// search_synonyms.test.mjs - /intern/suche/synonyme: the coordination
// office's own synonym groups for the search (form with CSRF, saved and
// shown again, a line too long refused with the message at the field,
// only the coordination office and the administration may).
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';

const ACCOUNTS = {
  admin: ['admin@ahrwald.example', 'Ahrwald-Demo-IT-2026'],
  coordination: ['koordination@ahrwald.example', 'Ahrwald-Demo-Netzwerk-2026'],
  partner: ['partner@ahrwald.example', 'Ahrwald-Demo-Familie-2026'],
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
    return { status: res.status, headers: res.headers, body };
  }

  get(path, headers) { return this.request('GET', path, null, headers); }

  post(path, form, headers) { return this.request('POST', path, form, headers); }

  async csrf(path) {
    const res = await this.get(path);
    const m = /name="csrf" value="([^"]+)"/.exec(res.body);
    assert.ok(m, `a form with a CSRF token on ${path} (status ${res.status})`);
    return m[1];
  }

  async login(who) {
    const [email, password] = ACCOUNTS[who];
    const csrf = await this.csrf('/anmelden');
    return this.post('/anmelden', { csrf, email, password });
  }
}

const PAGE = '/intern/suche/synonyme';
let srv;
before(async () => { srv = await startServer(); });
after(async () => { assert.equal(await srv.stop(), 0); });

describe('synonyms of the search', () => {
  test('the coordination office sees the form and the built-in list', async () => {
    const b = new Browser(srv.url);
    await b.login('coordination');
    const res = await b.get(PAGE);
    assert.equal(res.status, 200);
    assert.match(res.body, /<h1[^>]*>Synonyme der Suche<\/h1>/);
    assert.match(res.body, /<label[^>]*for="synonyme"/);
    assert.match(res.body, /<textarea[^>]*name="synonyme"/);
    assert.match(res.body, /<details[^>]*>\s*<summary>Liste anzeigen<\/summary>/);
    assert.match(res.body, /kita, kindertagesstätte/);
  });

  test('saving keeps the groups and shows them again', async () => {
    const b = new Browser(srv.url);
    await b.login('coordination');
    const csrf = await b.csrf(PAGE);
    const res = await b.post(PAGE, { csrf, synonyme: 'Storch, Hebamme\n\nKrabbelstube, Krippe <b>\n' });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), `${PAGE}?gespeichert=1`);
    const page = await b.get(`${PAGE}?gespeichert=1`);
    assert.match(page.body, /Die Synonyme sind gespeichert/);
    assert.match(page.body, /Storch, Hebamme\nKrabbelstube, Krippe &lt;b&gt;/);
  });

  test('a line too long is refused with the message at the field', async () => {
    const b = new Browser(srv.url);
    await b.login('coordination');
    const csrf = await b.csrf(PAGE);
    const res = await b.post(PAGE, { csrf, synonyme: `Storch, Hebamme\n${'a'.repeat(400)}` });
    assert.equal(res.status, 422);
    assert.match(res.body, /Zeile 2 ist zu lang/);
    assert.match(res.body, /aaaaaaaa/); // the text is kept
    const again = await b.get(PAGE);
    assert.doesNotMatch(again.body, /aaaaaaaaaa/);
  });

  test('without the CSRF token nothing is saved', async () => {
    const b = new Browser(srv.url);
    await b.login('coordination');
    const res = await b.post(PAGE, { synonyme: 'Fuchs, Hase' });
    assert.equal(res.status, 403);
    const page = await b.get(PAGE);
    assert.doesNotMatch(page.body, /Fuchs, Hase/);
  });

  test('partners may not, the administration may', async () => {
    const p = new Browser(srv.url);
    await p.login('partner');
    assert.equal((await p.get(PAGE)).status, 403);
    const a = new Browser(srv.url);
    await a.login('admin');
    assert.equal((await a.get(PAGE)).status, 200);
    const anon = new Browser(srv.url);
    const res = await anon.get(PAGE);
    assert.ok([302, 303, 401, 403].includes(res.status), `status ${res.status}`);
  });
});
