// admin.test.mjs - the administration pages (src/web/admin.c) against the
// real server with the demo database: who may see them, creating and
// changing accounts, CSRF, form errors, API keys, the audit log and the
// settings.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { login, startServer } from './server.mjs';
import { HTML, assertGermanPage, assertNoInjection } from './checks.mjs';

const ADMIN = ['admin@ahrwald.example', 'Ahrwald-Demo-IT-2026'];
const COORDINATION = ['koordination@ahrwald.example', 'Ahrwald-Demo-Netzwerk-2026'];
const PARTNER = ['partner@ahrwald.example', 'Ahrwald-Demo-Familie-2026'];
const VISITS = ['besuche@ahrwald.example', 'Ahrwald-Demo-Willkommen-2026'];

const ADMIN_GET = [
  '/intern/benutzer', '/intern/benutzer/neu', '/intern/benutzer/1',
  '/intern/api-schluessel', '/intern/protokoll', '/intern/einstellungen',
];
const ADMIN_POST = [
  '/intern/benutzer', '/intern/benutzer/1/name', '/intern/benutzer/1/rolle',
  '/intern/benutzer/1/passwort', '/intern/benutzer/1/sperren',
  '/intern/benutzer/1/entsperren', '/intern/benutzer/1/2fa-zuruecksetzen',
  '/intern/api-schluessel', '/intern/api-schluessel/1/widerrufen',
  '/intern/einstellungen',
];

let srv;
let admin;
before(async () => {
  srv = await startServer();
  admin = await login(srv, ...ADMIN);
  assert.equal(admin.status, 303, 'the demo admin can sign in');
  assert.ok(admin.csrf, 'CSRF token of the admin session');
});
after(async () => { assert.equal(await srv.stop(), 0); });

const get = (path, init) => fetch(srv.url + path, { redirect: 'manual', ...init });

/** The id of an organisation from the options of a select. */
function orgId(html, name) {
  const m = new RegExp(`<option value="(\\d+)"[^>]*>${name}</option>`).exec(html);
  assert.ok(m, `no option for ${name}`);
  return m[1];
}

/** The message shown next to a field (the KERN error under its label). */
function fieldError(html, field) {
  const m = new RegExp(
    `<p class="kern-error" id="${field}-error">.*?<span class="kern-body">([^<]*)</span>`, 's',
  ).exec(html);
  return m ? m[1] : null;
}

/** The account id from a redirect to its details page. */
function idFrom(location) {
  const m = /^\/intern\/benutzer\/(\d+)\?/.exec(location ?? '');
  assert.ok(m, `not a details page: ${location}`);
  return m[1];
}

/** Creates an account as admin; resolves with its id. */
async function createUser(fields) {
  const form = await (await admin.get('/intern/benutzer/neu')).text();
  const res = await admin.post('/intern/benutzer', {
    role: 'partner',
    org: orgId(form, 'Familienzentrum Lindenhof'),
    password: 'Anfangs-Kennwort-4711',
    password2: 'Anfangs-Kennwort-4711',
    ...fields,
  });
  assert.equal(res.status, 303, await res.text());
  return idFrom(res.headers.get('location'));
}

describe('who may see the administration', () => {
  for (const path of ADMIN_GET) {
    it(`anonymous GET ${path} is sent to the sign-in (303)`, async () => {
      const res = await get(path);
      assert.equal(res.status, 303);
      assert.equal(res.headers.get('location'), `/anmelden?weiter=${encodeURIComponent(path)}`);
    });
  }

  for (const [who, creds] of [['partner', PARTNER], ['visits', VISITS],
    ['coordination', COORDINATION]]) {
    it(`${who} gets 403 on every admin page and form`, async () => {
      const s = await login(srv, ...creds);
      assert.equal(s.status, 303);
      assert.ok(s.csrf);
      for (const path of ADMIN_GET) {
        const res = await s.get(path);
        assert.equal(res.status, 403, `GET ${path}`);
        const body = await res.text();
        assertGermanPage(body, path);
        assert.match(body, /Dafür fehlen Ihnen die Rechte/);
      }
      for (const path of ADMIN_POST) {
        const res = await s.post(path, { name: 'Übernommen', role: 'admin', org: '' });
        assert.equal(res.status, 403, `POST ${path}`);
        await res.arrayBuffer();
      }
    });
  }

  it('nothing was changed by the refused requests', async () => {
    const page = await (await admin.get('/intern/benutzer/1')).text();
    assert.match(page, /<h1[^>]*>Svenja Demo-Admin<\/h1>/);
    assert.doesNotMatch(page, /Übernommen/);
    const keys = await (await admin.get('/intern/api-schluessel')).text();
    assert.match(keys, /Es gibt noch keine API-Schlüssel/);
  });

  it('the admin sees the pages, in German, with one h1', async () => {
    for (const path of ADMIN_GET) {
      const res = await admin.get(path);
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get('content-type'), HTML);
      const body = await res.text();
      assertGermanPage(body, path);
      assert.equal(body.match(/<h1[ >]/g)?.length, 1, `${path}: one h1`);
      for (const id of body.matchAll(/<(?:input|select|textarea)[^>]* id="([^"]+)"/g))
        assert.ok(body.includes(`<label class="kern-label" for="${id[1]}"`),
          `${path}: field ${id[1]} without a label`);
      for (const th of body.matchAll(/<th [^>]*>/g))
        assert.match(th[0], /scope="(col|row)"/, `${path}: th without scope`);
    }
  });
});

describe('accounts', () => {
  it('lists the demo accounts with role, organisation and status', async () => {
    const res = await admin.get('/intern/benutzer');
    assert.equal(res.status, 200);
    const body = await res.text();
    for (const name of ['Svenja Demo-Admin', 'Konrad Demo-Koordination',
      'Paula Demo-Partnerin', 'Bea Demo-Besuchsdienst', 'Hanna Demo-Hebamme'])
      assert.ok(body.includes(name), name);
    assert.match(body, /partner@ahrwald\.example<\/td><td class="kern-table__cell">Partner<\/td><td class="kern-table__cell">Familienzentrum Lindenhof<\/td>/);
    assert.match(body, /kern-badge--success"><span class="kern-label">Aktiv/);
    assert.match(body, /href="\/intern\/benutzer\/neu"/);
    assert.match(body, /5 Konten/);
  });

  it('filters by role and by name or e-mail', async () => {
    let body = await (await admin.get('/intern/benutzer?rolle=partner')).text();
    assert.match(body, /2 Konten/);
    assert.ok(body.includes('Paula Demo-Partnerin') && body.includes('Hanna Demo-Hebamme'));
    assert.ok(!body.includes('">Svenja Demo-Admin</a>'), 'the admin is no partner');
    assert.match(body, /<option value="partner" selected>/);
    body = await (await admin.get('/intern/benutzer?q=HEBAMME')).text();
    assert.match(body, /1 Konto</);
    assert.ok(body.includes('Hanna Demo-Hebamme'));
    body = await (await admin.get('/intern/benutzer?q=koordination%40')).text();
    assert.ok(body.includes('Konrad Demo-Koordination'));
    assert.match(body, /value="koordination@"/);
  });

  it('creates an account; the person signs in and must set a password first', async () => {
    const id = await createUser({ email: 'Neu.Person@Example.org', name: 'Nele Neu' });
    const page = await admin.get(`/intern/benutzer/${id}?angelegt=1`);
    const body = await page.text();
    assert.match(body, /<h1[^>]*>Nele Neu<\/h1>/);
    assert.match(body, /Das Konto ist angelegt/);
    assert.ok(body.includes('neu.person@example.org'), 'address stored lower-case');
    assert.ok(body.includes('Familienzentrum Lindenhof'));
    assert.match(body, /vorläufig/);
    // In the list, too.
    assert.ok((await (await admin.get('/intern/benutzer')).text()).includes('Nele Neu'));

    const s = await login(srv, 'neu.person@example.org', 'Anfangs-Kennwort-4711');
    assert.equal(s.status, 303);
    assert.equal(s.location, '/intern');
    const res = await s.get('/intern');
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/intern/konto?hinweis=passwort');
    await res.arrayBuffer();
  });

  it('without or with a wrong CSRF token: 403 and nothing is created', async () => {
    const form = await (await admin.get('/intern/benutzer/neu')).text();
    const fields = {
      email: 'csrf@example.org', name: 'Carla Csrf', role: 'admin', org: '',
      password: 'Anfangs-Kennwort-4711', password2: 'Anfangs-Kennwort-4711',
    };
    assert.ok(form.includes(`name="csrf" value="${admin.csrf}"`));
    for (const csrf of [null, '', 'falsch', admin.csrf.slice(0, -1) + 'x']) {
      const res = await admin.post('/intern/benutzer', fields, { csrf });
      assert.equal(res.status, 403, `csrf ${csrf}`);
      assert.match(await res.text(), /Das Formular ist abgelaufen oder ungültig/);
    }
    const list = await (await admin.get('/intern/benutzer?q=csrf')).text();
    assert.match(list, /0 Konten/);
  });

  it('refused input: 422, the German message next to the field, values kept', async () => {
    let res = await admin.post('/intern/benutzer', {
      email: 'kaputt', name: 'Anna "<b>" Test', role: 'coordination', org: '',
      password: 'Anfangs-Kennwort-4711', password2: 'anders',
    });
    assert.equal(res.status, 422);
    let body = await res.text();
    assertGermanPage(body, '422');
    assertNoInjection(body, '422');
    assert.equal(fieldError(body, 'email'),
      'Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de.');
    assert.equal(fieldError(body, 'password2'), 'Die beiden Passwörter stimmen nicht überein.');
    assert.match(body, /<a class="kern-link" href="#email">/, 'summary links to the field');
    assert.match(body, /id="email" name="email" type="email" value="kaputt"/);
    assert.match(body, /id="name" name="name" type="text" value="Anna &quot;&lt;b&gt;&quot; Test"/);
    assert.match(body, /<option value="coordination" selected>/);
    assert.ok(!/type="password" value=/.test(body), 'passwords are never sent back');

    // Partner without organisation; the message comes from the domain layer.
    res = await admin.post('/intern/benutzer', {
      email: 'ohne.org@example.org', name: 'Otto Ohne', role: 'partner', org: '',
      password: 'Anfangs-Kennwort-4711', password2: 'Anfangs-Kennwort-4711',
    });
    assert.equal(res.status, 422);
    body = await res.text();
    assert.match(fieldError(body, 'org'), /gehören zu einer Organisation/);
    assert.match(body, /value="ohne\.org@example\.org"/);

    // An address that has an account; a weak password.
    res = await admin.post('/intern/benutzer', {
      email: 'PARTNER@ahrwald.example', name: 'Doppelt', role: 'admin', org: '',
      password: 'Anfangs-Kennwort-4711', password2: 'Anfangs-Kennwort-4711',
    });
    assert.equal(res.status, 422);
    assert.equal(fieldError(await res.text(), 'email'),
      'Zu dieser E-Mail-Adresse gibt es schon ein Konto.');
    res = await admin.post('/intern/benutzer', {
      email: 'kurz@example.org', name: 'Kurt Kurz', role: 'admin', org: '',
      password: 'kurz', password2: 'kurz',
    });
    assert.equal(res.status, 422);
    assert.match(fieldError(await res.text(), 'password'), /mindestens 12 Zeichen/);

    const list = await (await admin.get('/intern/benutzer')).text();
    for (const name of ['Otto Ohne', 'Doppelt', 'Kurt Kurz'])
      assert.ok(!list.includes(name), `${name} was created`);
  });

  it('renames, changes the role, blocks and unblocks an account', async () => {
    const id = await createUser({ email: 'wechsel@example.org', name: 'Willi Wechsel' });
    const base = `/intern/benutzer/${id}`;

    let res = await admin.post(`${base}/name`, { name: 'Willi Gewechselt' });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), `${base}?gespeichert=1`);
    let body = await (await admin.get(`${base}?gespeichert=1`)).text();
    assert.match(body, /<h1[^>]*>Willi Gewechselt<\/h1>/);
    assert.match(body, /kern-alert--success[^]*Die Änderung ist gespeichert/);

    res = await admin.post(`${base}/name`, { name: '' });
    assert.equal(res.status, 422);
    assert.equal(fieldError(await res.text(), 'name'), 'Bitte geben Sie einen Namen ein.');

    res = await admin.post(`${base}/rolle`, { role: 'coordination', org: '' });
    assert.equal(res.status, 303);
    body = await (await admin.get(base)).text();
    assert.match(body, /Koordinierungsstelle/);
    assert.match(body, /<option value="coordination" selected>/);

    res = await admin.post(`${base}/rolle`, { role: 'chef', org: '' });
    assert.equal(res.status, 422);
    assert.equal(fieldError(await res.text(), 'role'), 'Bitte wählen Sie eine Rolle.');

    // A new password, set by the admin: sign-in works, then it must change.
    res = await admin.post(`${base}/passwort`, {
      password: 'Zweites-Kennwort-0815', password2: 'Zweites-Kennwort-0815',
    });
    assert.equal(res.status, 303);
    res = await admin.post(`${base}/passwort`, { password: 'abc', password2: 'abd' });
    assert.equal(res.status, 422);
    assert.match(fieldError(await res.text(), 'password2'), /stimmen nicht überein/);
    let s = await login(srv, 'wechsel@example.org', 'Zweites-Kennwort-0815');
    assert.equal(s.status, 303);

    res = await admin.post(`${base}/sperren`);
    assert.equal(res.status, 303);
    body = await (await admin.get(base)).text();
    assert.match(body, /gesperrt/);
    assert.match(body, /action="\/intern\/benutzer\/\d+\/entsperren"/);
    // The open session has ended, and signing in fails.
    res = await s.get('/intern/konto');
    assert.equal(res.status, 303);
    assert.match(res.headers.get('location'), /^\/anmelden/);
    s = await login(srv, 'wechsel@example.org', 'Zweites-Kennwort-0815');
    assert.equal(s.status, 401);
    const list = await (await admin.get('/intern/benutzer?q=wechsel')).text();
    assert.match(list, /kern-badge--danger"><span class="kern-label">Gesperrt/);

    res = await admin.post(`${base}/entsperren`);
    assert.equal(res.status, 303);
    s = await login(srv, 'wechsel@example.org', 'Zweites-Kennwort-0815');
    assert.equal(s.status, 303);

    // Resetting a second factor that is off changes nothing.
    res = await admin.post(`${base}/2fa-zuruecksetzen`);
    assert.equal(res.status, 303);
  });

  it('the last active administrator can be neither blocked nor demoted', async () => {
    let res = await admin.post('/intern/benutzer/1/sperren');
    assert.equal(res.status, 422);
    assert.match(await res.text(),
      /Das letzte aktive Administrationskonto kann nicht gesperrt werden/);
    res = await admin.post('/intern/benutzer/1/rolle', { role: 'partner', org: '1' });
    assert.equal(res.status, 422);
    assert.match(fieldError(await res.text(), 'role'), /letzte aktive Administrationskonto/);
  });

  it('an unknown account is 404', async () => {
    for (const path of ['/intern/benutzer/9999', '/intern/benutzer/abc', '/intern/benutzer/0']) {
      const res = await admin.get(path);
      assert.equal(res.status, 404, path);
      await res.arrayBuffer();
    }
    const res = await admin.post('/intern/benutzer/9999/sperren');
    assert.equal(res.status, 404);
    await res.arrayBuffer();
  });
});

describe('API keys', () => {
  let key;

  it('a new key is shown once, with a warning', async () => {
    const res = await admin.post('/intern/api-schluessel', {
      name: 'Statistik-Export', role: 'admin', org: '',
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const body = await res.text();
    key = /id="neuer-schluessel">(lotse_[A-Za-z0-9_-]+)</.exec(body)?.[1];
    assert.ok(key, 'the key is on the page');
    assert.match(body, /Er wird nicht noch einmal angezeigt/);
    assert.match(body, /Statistik-Export/);
    const list = await (await admin.get('/intern/api-schluessel')).text();
    assert.ok(!list.includes(key), 'the key is not shown again');
    assert.ok(list.includes(`${key.slice(0, 10)}…`), 'the prefix is listed');
    assert.match(list, /Gültig/);
  });

  it('Authorization: Bearer with an admin key reaches an admin page', async () => {
    const res = await get('/intern/protokoll', { headers: { authorization: `Bearer ${key}` } });
    assert.equal(res.status, 200);
    assert.match(await res.text(), /<h1[^>]*>Protokoll<\/h1>/);
  });

  it('a partner key does not', async () => {
    const form = await (await admin.get('/intern/api-schluessel')).text();
    const res = await admin.post('/intern/api-schluessel', {
      name: 'Partner-Schnittstelle', role: 'partner',
      org: orgId(form, 'Hebammenpraxis Kranichsee'),
    });
    assert.equal(res.status, 200);
    const partnerKey = /id="neuer-schluessel">([^<]+)</.exec(await res.text())[1];
    const r2 = await get('/intern/protokoll', { headers: { authorization: `Bearer ${partnerKey}` } });
    assert.equal(r2.status, 403);
    await r2.arrayBuffer();
  });

  it('refused input is 422 with the message next to the field', async () => {
    let res = await admin.post('/intern/api-schluessel', { name: '', role: 'admin', org: '' });
    assert.equal(res.status, 422);
    assert.match(fieldError(await res.text(), 'name'), /Bitte geben Sie einen Namen/);
    res = await admin.post('/intern/api-schluessel', { name: 'Ohne Org', role: 'partner', org: '' });
    assert.equal(res.status, 422);
    const body = await res.text();
    assert.match(fieldError(body, 'org'), /gehört zu einer Organisation/);
    assert.match(body, /value="Ohne Org"/);
  });

  it('a revoked key no longer works', async () => {
    const list = await (await admin.get('/intern/api-schluessel')).text();
    const row = list.split('<tr').find((r) => r.includes('Statistik-Export'));
    const action = /action="(\/intern\/api-schluessel\/\d+\/widerrufen)"/.exec(row)[1];
    let res = await admin.post(action);
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/intern/api-schluessel?widerrufen=1');
    const after = await (await admin.get('/intern/api-schluessel?widerrufen=1')).text();
    assert.match(after, /Der Schlüssel ist widerrufen/);
    assert.match(after, /Widerrufen<\/span><\/span> am/);
    res = await get('/intern/protokoll', { headers: { authorization: `Bearer ${key}` } });
    assert.notEqual(res.status, 200);
    assert.equal(res.status, 303, 'treated as anonymous: sign in');
    // Revoking twice is 404.
    res = await admin.post(action);
    assert.equal(res.status, 404);
    await res.arrayBuffer();
  });
});

describe('audit log', () => {
  it('lists the sign-in of the admin, newest first, with German labels', async () => {
    const res = await admin.get('/intern/protokoll?aktion=login&wer=admin%40ahrwald');
    assert.equal(res.status, 200);
    const body = await res.text();
    assert.match(body, /<td class="kern-table__cell">admin@ahrwald\.example<\/td><td class="kern-table__cell">Anmeldung<\/td>/);
    assert.match(body, /Angemeldet/);
    assert.match(body, /<option value="login" selected>Anmeldung<\/option>/);
    const all = await (await admin.get('/intern/protokoll')).text();
    const times = [...all.matchAll(/<time datetime="([^"]+)"/g)].map((m) => m[1]);
    assert.ok(times.length > 5);
    assert.deepEqual(times, [...times].sort().reverse(), 'newest first');
    for (const label of ['Angelegt', 'Gesperrt', 'Entsperrt', 'Rolle', 'Widerrufen',
      'Anmeldung fehlgeschlagen'])
      assert.ok(all.includes(`<td class="kern-table__cell">${label}</td>`), label);
  });

  it('filters by area and by date; a wrong date is refused in German', async () => {
    let body = await (await admin.get('/intern/protokoll?bereich=api_key')).text();
    assert.match(body, /API-Schlüssel „Statistik-Export“/);
    assert.ok(!body.includes('<td class="kern-table__cell">Angemeldet</td>'));
    body = await (await admin.get('/intern/protokoll?von=2000-01-01&bis=2000-12-31')).text();
    assert.match(body, /0 Einträge/);
    const today = new Date().toISOString().slice(0, 10);
    body = await (await admin.get(`/intern/protokoll?von=${today}&bis=${today}&aktion=login`)).text();
    assert.match(body, /admin@ahrwald\.example/);
    for (const [q, field] of [['von=2026-02-30', 'von'], ['bis=31.01.2026', 'bis'],
      ['von=2026-03-01&bis=2026-02-01', 'bis'], ['bereich=geheim', 'bereich'],
      ['aktion=drop', 'aktion']]) {
      const res = await admin.get(`/intern/protokoll?${q}`);
      assert.equal(res.status, 400, q);
      const page = await res.text();
      assert.ok(fieldError(page, field), `${q}: no message at ${field}`);
    }
  });

  it('shows 50 entries per page with links to the others', async () => {
    // Each saved change of the settings is one entry.
    for (let i = 0; i < 51; i++) {
      const res = await admin.post('/intern/einstellungen', {
        ...(await currentSettings()), header_line: `Kopfzeile ${i}`,
      });
      assert.equal(res.status, 303);
    }
    let body = await (await admin.get('/intern/protokoll?bereich=setting')).text();
    assert.match(body, /51 Einträge, Seite 1 von 2/);
    assert.equal(body.match(/<time /g).length, 50);
    const next = /<a class="kern-link" rel="next" href="([^"]+)"/.exec(body)[1].replaceAll('&amp;', '&');
    assert.match(next, /bereich=setting/);
    assert.match(next, /seite=2/);
    body = await (await admin.get(next)).text();
    assert.match(body, /Seite 2 von 2/);
    assert.equal(body.match(/<time /g).length, 1);
    assert.match(body, /rel="prev"/);
    assert.match(body, /Einstellungen geändert: header_line/);
  });
});

/** The values of the settings form as the admin sees them. */
async function currentSettings() {
  const body = await (await admin.get('/intern/einstellungen')).text();
  const v = {};
  for (const m of body.matchAll(/<input [^>]*name="([a-z_0-9]+)" type="[a-z]+"(?: value="([^"]*)")?/g))
    if (m[1] !== 'csrf') v[m[1]] = unescape(m[2] ?? '');
  for (const m of body.matchAll(/<textarea [^>]*name="([a-z_]+)"[^>]*>([^<]*)<\/textarea>/g))
    v[m[1]] = unescape(m[2]);
  const sel = /<select [^>]*name="require_2fa"[^]*?<option value="([^"]*)" selected>/.exec(body);
  v.require_2fa = sel ? sel[1] : '';
  return v;
}

function unescape(s) {
  return s.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}

describe('settings', () => {
  it('shows every setting; require_2fa has the three choices', async () => {
    const res = await admin.get('/intern/einstellungen');
    const body = await res.text();
    for (const key of ['network_name', 'district_name', 'header_line', 'contact_phone',
      'contact_email'])
      assert.match(body, new RegExp(`<input [^>]*name="${key}"`), key);
    assert.match(body, /<textarea [^>]*name="impressum"[^>]*>Landkreis Ahrwald/);
    assert.match(body, /<textarea [^>]*name="datenschutz"/);
    const opts = [...body.matchAll(/<select [^>]*name="require_2fa"[^]*?<\/select>/g)][0][0];
    assert.deepEqual([...opts.matchAll(/<option value="([^"]*)"[^>]*>([^<]*)</g)].map((m) => [m[1], m[2]]), [
      ['', 'niemand'], ['admin', 'Administration'],
      ['coordination,admin', 'Koordinierungsstelle und Administration'],
    ]);
  });

  it('a new network name shows on the home page, and in the audit log', async () => {
    const v = await currentSettings();
    const res = await admin.post('/intern/einstellungen', {
      ...v, network_name: 'Netzwerk Frühe Hilfen <Test> & Co',
    });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/intern/einstellungen?gespeichert=1');
    const saved = await (await admin.get('/intern/einstellungen?gespeichert=1')).text();
    assert.match(saved, /Die Einstellungen sind gespeichert/);
    const home = await (await get('/')).text();
    assert.match(home, /<h1[^>]*>Netzwerk Frühe Hilfen &lt;Test&gt; &amp; Co<\/h1>/);
    const log = await (await admin.get('/intern/protokoll?bereich=setting')).text();
    assert.match(log, /Einstellungen geändert: network_name</);
    // Put it back for the other tests of this server.
    const back = await admin.post('/intern/einstellungen', v);
    assert.equal(back.status, 303);
    assert.match(await (await get('/')).text(), /Netzwerk Frühe Hilfen und Kinderschutz Ahrwald/);
  });

  it('refused values: 422, messages next to the fields, nothing saved', async () => {
    const v = await currentSettings();
    const res = await admin.post('/intern/einstellungen', {
      ...v, network_name: '', contact_email: 'keine-adresse', require_2fa: 'alle',
      district_name: 'Kreis Neu',
    });
    assert.equal(res.status, 422);
    const body = await res.text();
    assert.equal(fieldError(body, 'network_name'), 'Bitte geben Sie den Namen des Netzwerks ein.');
    assert.match(fieldError(body, 'contact_email'), /gültige E-Mail-Adresse/);
    assert.ok(fieldError(body, 'require_2fa'));
    assert.match(body, /name="district_name" type="text" value="Kreis Neu"/);
    const home = await (await get('/')).text();
    assert.ok(!home.includes('Kreis Neu'), 'nothing saved');
  });
});
