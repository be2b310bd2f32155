// api.test.mjs - the JSON API v1 (src/api/, docs/api.md) against the real
// server with the demo database: regions, organisations, the offer search
// with every filter and paging, one offer, and the writes (POST, PUT,
// PATCH, DELETE) with an API key and with a session and its CSRF header;
// rights (anonymous, partner A vs partner B, coordination only for
// unpublished lists) and the error format and status of each bad input.
//
// The offers are created by the tests themselves through the API; their
// titles share the made-up word "Xylofonkurs", so that the demo's own
// offers never change the counts checked here. What the API cannot do
// (archive a partner, record a contact's consent) is written into the
// test database with the sqlite3 tool.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { login, parseRaw, startServer } from './server.mjs';

const ACCOUNTS = {
  admin: ['admin@ahrwald.example', 'Ahrwald-Demo-IT-2026'],
  coordination: ['koordination@ahrwald.example', 'Ahrwald-Demo-Netzwerk-2026'],
  partner: ['partner@ahrwald.example', 'Ahrwald-Demo-Familie-2026'],
  partner2: ['partner2@ahrwald.example', 'Ahrwald-Demo-Hebamme-2026'],
};
const LINDENHOF = 'Familienzentrum Lindenhof';
const KRANICHSEE = 'Hebammenpraxis Kranichsee';
const WORD = 'Xylofonkurs';

let srv;
const sessions = {};
const keys = {};
const orgs = {}; // name -> id

/**
 * One API call. opts: body (sent as JSON), raw (a string sent as is),
 * type (content type, default application/json), key (API key), session
 * (from login(); sends its cookie and, unless csrf is false, its token).
 * Resolves with {status, headers, json, text}.
 */
async function api(method, path, opts = {}) {
  const headers = {};
  if (opts.key) headers.authorization = `Bearer ${opts.key}`;
  if (opts.session) {
    Object.assign(headers, opts.session.headers());
    if (opts.csrf !== false) headers['x-csrf-token'] = opts.session.csrf;
  }
  let payload;
  if (opts.raw !== undefined) payload = opts.raw;
  else if (opts.body !== undefined) payload = JSON.stringify(opts.body);
  if (payload !== undefined) headers['content-type'] = opts.type ?? 'application/json';
  const res = await fetch(srv.url + path, { method, headers, body: payload, redirect: 'manual' });
  const text = await res.text();
  let json = null;
  try { json = JSON.parse(text); } catch { /* not JSON: json stays null */ }
  return { status: res.status, headers: res.headers, json, text };
}

/** Asserts a JSON error answer: status, German message, field. */
function assertError(res, status, field, what) {
  assert.equal(res.status, status, `${what}: ${res.text}`);
  assert.equal(res.headers.get('content-type'), 'application/json', what);
  assert.equal(typeof res.json?.error, 'string', `${what}: an "error" message`);
  assert.ok(res.json.error.length > 5, what);
  if (field !== undefined) assert.equal(res.json.field, field, `${what}: field`);
}

/** Creates an API key as admin; resolves with the key. */
async function createKey(name, role, org) {
  const res = await sessions.admin.post('/intern/api-schluessel', { name, role, org: org ?? '' });
  assert.equal(res.status, 200, `API key ${name}`);
  const key = /id="neuer-schluessel">(lotse_[A-Za-z0-9_-]+)</.exec(await res.text())?.[1];
  assert.ok(key, `the new key ${name} is shown`);
  return key;
}

/** A complete offer body of Lindenhof; fields override. */
function offerBody(fields = {}) {
  return {
    organisation: { id: orgs[LINDENHOF] },
    title: `${WORD} Muster`,
    description: 'Ein Kurs zum Ausprobieren.',
    needs: ['erziehung-bindung'],
    ages: ['0-1'],
    access: ['komm'],
    languages: ['de'],
    cost: 'kostenlos',
    status: 'published',
    ...fields,
  };
}

const created = {}; // label -> stored offer

/** Runs sql with the sqlite3 tool on the test server's database (WAL mode
 * lets it write beside the running server). */
function sqlite(sql) {
  return new Promise((resolve, reject) => {
    const child = spawn('sqlite3', ['-bail', '-cmd', '.timeout 10000', path.join(srv.dir, 'lotse.db')]);
    let err = '';
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 && !err ? resolve() : reject(new Error(`sqlite3: ${code} ${err}`))));
    child.stdin.end(sql);
  });
}

// What the public must not see, written straight into the database (the
// API has no way to archive a partner or to record a contact's consent):
// partner 91001 with a public and a non-public contact person, 91002
// archived, 91003 left the network. Their offers are made by the API.
const HIDDEN = { archived: 91002, left: 91003 };
const PUBLIC_CONTACT = 'Petra Offen-Test';
const SECRET_CONTACT = 'Norbert Verborgen-Test';
const FIXTURE_SQL = `BEGIN;
INSERT INTO organisation (id, name, sector, street, postcode, city, phone, email, web,
  membership, created_at, updated_at, description, archived) VALUES
  (91001, 'Testhaus Quitte', 'familienzentrum', 'Testweg 1', '29664', 'Ahrwald', '', '', '',
   'member', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '', 0),
  (91002, 'Testhaus Archiv', 'familienzentrum', 'Testweg 2', '29664', 'Ahrwald', '', '', '',
   'member', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '', 0),
  (91003, 'Testhaus Ausgetreten', 'familienzentrum', 'Testweg 3', '29664', 'Ahrwald', '', '', '',
   'member', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '', 0);
INSERT INTO contact (id, organisation_id, name, role, job_title, phone, email, public,
  consent_at, created_at, updated_at) VALUES
  (91001, 91001, '${PUBLIC_CONTACT}', 'familienhebamme', 'Familienhebamme', '0170 1234567',
   'petra@quitte.example', 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
  (91002, 91001, '${SECRET_CONTACT}', 'insoweit-erfahrene-fachkraft', '', '0170 7654321',
   'norbert@quitte.example', 0, NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
COMMIT;`;

/** Every item of a list, page by page. */
async function allItems(path) {
  const items = [];
  for (let page = 1; ; page++) {
    const sep = path.includes('?') ? '&' : '?';
    const res = await api('GET', `${path}${sep}per_page=100&page=${page}`);
    assert.equal(res.status, 200, `${path}: ${res.text}`);
    items.push(...res.json.items);
    if (res.json.items.length === 0 || items.length >= res.json.total) return items;
  }
}

before(async () => {
  srv = await startServer();
  for (const [who, [email, password]] of Object.entries(ACCOUNTS)) {
    sessions[who] = await login(srv, email, password);
    assert.equal(sessions[who].status, 303, `${who} signs in`);
    assert.ok(sessions[who].csrf, `${who} has a CSRF token`);
  }
  for (const o of await allItems('/api/v1/organisations')) orgs[o.name] = o.id;
  assert.ok(orgs[LINDENHOF] && orgs[KRANICHSEE], 'the demo partners are listed');
  keys.partner = await createKey('Lindenhof-Schnittstelle', 'partner', orgs[LINDENHOF]);
  keys.coordination = await createKey('Netzwerk-Export', 'coordination');

  // The offers the search tests look for (sorted by title: Alpha, Beta,
  // Delta, Gamma; Epsilon is a draft).
  const make = async (label, fields, opts = { key: keys.partner }) => {
    const res = await api('POST', '/api/v1/offers', { ...opts, body: offerBody(fields) });
    assert.equal(res.status, 201, `${label}: ${res.text}`);
    created[label] = res.json;
  };
  await make('alpha', {
    title: `${WORD} Alpha`, external_id: 'lindenhof-alpha',
    needs: ['erziehung-bindung'], ages: ['0-1'], languages: ['de', 'tr'],
    locations: [{ name: 'Familienzentrum', street: 'Lindenhofweg 4', postcode: '29664', city: 'Ahrwald', schedule: 'Mo 9–11 Uhr' }],
  });
  await make('beta', {
    title: `${WORD} Beta`, needs: ['begegnung'], ages: ['1-3'], cost: 'beitrag',
    locations: [{ street: 'Heideweg 9', postcode: '29614', city: 'Birkenfelde' }],
  });
  await make('gamma', {
    title: `${WORD} Gamma`, needs: ['geld-leistungen'], ages: ['3-6'],
    cost: 'kassenleistung', access: ['telefon'],
  });
  await make('delta', {
    title: `${WORD} Delta`, needs: ['schwangerschaft-geburt'], ages: ['schwangerschaft'],
    access: ['geh'], locations: [{ postcode: '29633', city: 'Moorhausen' }],
  });
  await make('epsilon', { title: `${WORD} Epsilon`, status: 'draft' });
  await sqlite(FIXTURE_SQL);
  const coordination = { key: keys.coordination };
  await make('withPublicContact', { organisation: { id: 91001 }, title: 'Quittenbrot offen', contact_id: 91001 }, coordination);
  await make('withSecretContact', { organisation: { id: 91001 }, title: 'Quittenbrot still', contact_id: 91002 }, coordination);
  await make('ofArchived', { organisation: { id: HIDDEN.archived }, title: 'Quittenbrot Archiv' }, coordination);
  await make('ofLeft', { organisation: { id: HIDDEN.left }, title: 'Quittenbrot Ausgetreten' }, coordination);
  await sqlite(`UPDATE organisation SET archived = 1 WHERE id = ${HIDDEN.archived};
    UPDATE organisation SET membership = 'left' WHERE id = ${HIDDEN.left};`);
  await make('hebamme', {
    organisation: { id: orgs[KRANICHSEE] }, title: 'Quendel-Sprechstunde Kranichsee',
    needs: ['schwangerschaft-geburt'], ages: ['schwangerschaft', '0-1'],
  }, { session: sessions.partner2 });
});
after(async () => { assert.equal(await srv.stop(), 0); });

describe('GET /api/v1/regions', () => {
  it('lists the district, its municipalities with key, postcodes and slug, and the social areas', async () => {
    const res = await api('GET', '/api/v1/regions');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/json');
    const { total, page, per_page: per, items } = res.json;
    assert.equal(page, 1);
    assert.equal(per, 100);
    assert.equal(total, items.length);
    const district = items.filter((r) => r.kind === 'district');
    assert.equal(district.length, 1);
    assert.equal(district[0].name, 'Landkreis Ahrwald');
    assert.equal(district[0].parent_id, null);
    assert.equal(items[0].kind, 'district', 'the district comes first');
    const munis = items.filter((r) => r.kind === 'municipality');
    assert.equal(munis.length, 9);
    for (const m of munis) {
      assert.equal(m.parent_id, district[0].id);
      assert.match(m.ags, /^03999\d{3}$/);
      assert.match(m.slug, /^[a-z-]+$/);
      assert.ok(m.postcodes.length >= 1 && m.postcodes.every((p) => /^\d{5}$/.test(p)));
    }
    const brakenstedt = munis.find((m) => m.slug === 'brakenstedt');
    assert.deepEqual(brakenstedt.postcodes, ['29690', '29693']);
    const areas = items.filter((r) => r.kind === 'social_area');
    assert.ok(areas.length >= 9);
    const ids = new Set(munis.map((m) => m.id));
    for (const a of areas) assert.ok(ids.has(a.parent_id), `${a.name} lies in a municipality`);
    assert.deepEqual(Object.keys(items[1]).sort(),
      ['ags', 'id', 'kind', 'name', 'parent_id', 'postcodes', 'slug']);
  });

  it('filters by kind and pages', async () => {
    const res = await api('GET', '/api/v1/regions?kind=municipality&per_page=4&page=3');
    assert.equal(res.status, 200);
    assert.equal(res.json.total, 9);
    assert.equal(res.json.items.length, 1);
    assert.equal(res.json.items[0].kind, 'municipality');
  });

  it('refuses an unknown kind, unknown parameters and bad paging', async () => {
    assertError(await api('GET', '/api/v1/regions?kind=land'), 400, 'kind', 'kind=land');
    assertError(await api('GET', '/api/v1/regions?typ=x'), 400, 'typ', 'unknown parameter');
    assertError(await api('GET', '/api/v1/regions?per_page=101'), 400, 'per_page', 'per_page=101');
  });
});

describe('GET /api/v1/organisations', () => {
  it('lists the active partners with their public fields', async () => {
    const res = await api('GET', '/api/v1/organisations');
    assert.equal(res.status, 200);
    const { total, page, per_page: per, items } = res.json;
    assert.equal(page, 1);
    assert.equal(per, 20);
    assert.ok(total >= 4);
    assert.equal(items.length, Math.min(total, 20));
    for (const o of items) assert.equal(o.active, true);
    const lindenhof = (await allItems('/api/v1/organisations')).find((o) => o.name === LINDENHOF);
    assert.equal(lindenhof.sector, 'familienzentrum');
    assert.equal(lindenhof.sector_label, 'Familienzentren und Familienbildung');
    assert.equal(lindenhof.active, true);
    assert.equal(lindenhof.postcode, '29664');
    for (const key of ['id', 'name', 'sector', 'street', 'postcode', 'city', 'phone', 'email', 'web', 'membership'])
      assert.ok(key in lindenhof, `item has ${key}`);
  });

  it('pages: the total stays, the pages differ', async () => {
    const p1 = (await api('GET', '/api/v1/organisations?per_page=1&page=1')).json;
    const p2 = (await api('GET', '/api/v1/organisations?per_page=1&page=2')).json;
    assert.equal(p1.total, p2.total);
    assert.equal(p1.items.length, 1);
    assert.equal(p2.items.length, 1);
    assert.notEqual(p1.items[0].id, p2.items[0].id);
    assert.equal(p2.page, 2);
    assert.equal(p2.per_page, 1);
    const beyond = (await api('GET', `/api/v1/organisations?page=${p1.total + 1}&per_page=1`)).json;
    assert.equal(beyond.total, p1.total);
    assert.deepEqual(beyond.items, []);
  });

  it('filters by sector and by municipality (slug or id)', async () => {
    const midwives = await allItems('/api/v1/organisations?sector=hebammen');
    assert.ok(midwives.length >= 1);
    assert.ok(midwives.every((o) => o.sector === 'hebammen'));
    assert.ok(midwives.some((o) => o.name === KRANICHSEE));
    const bySlug = await allItems('/api/v1/organisations?municipality=birkenfelde');
    const names = bySlug.map((o) => o.name);
    assert.ok(names.includes('Erziehungsberatungsstelle Birkenfelde'), names.join());
    assert.ok(!names.includes(LINDENHOF), 'Lindenhof is in Ahrwald');
    const regions = (await api('GET', '/api/v1/regions?kind=municipality')).json.items;
    const birkenfelde = regions.find((m) => m.slug === 'birkenfelde').id;
    assert.deepEqual(await allItems(`/api/v1/organisations?municipality=${birkenfelde}`), bySlug);
  });

  it('refuses an unknown sector or municipality and bad paging with 400', async () => {
    assertError(await api('GET', '/api/v1/organisations?sector=zoo'), 400, 'sector', 'sector=zoo');
    assertError(await api('GET', '/api/v1/organisations?municipality=atlantis'), 400, 'municipality', 'slug');
    assertError(await api('GET', '/api/v1/organisations?municipality=99999'), 400, 'municipality', 'id');
    assertError(await api('GET', '/api/v1/organisations?page=0'), 400, 'page', 'page=0');
    assertError(await api('GET', '/api/v1/organisations?per_page=0'), 400, 'per_page', 'per_page=0');
    assertError(await api('GET', '/api/v1/organisations?bereich=x'), 400, 'bereich', 'unknown');
  });

  it('GET /api/v1/organisations/{id}: public fields and public contacts only', async () => {
    const res = await api('GET', `/api/v1/organisations/${orgs[LINDENHOF]}`);
    assert.equal(res.status, 200);
    const o = res.json;
    assert.equal(o.id, orgs[LINDENHOF]);
    assert.equal(o.name, LINDENHOF);
    assert.equal(o.city, 'Ahrwald');
    assert.ok(Array.isArray(o.regions));
    assert.ok(Array.isArray(o.contacts));
    for (const c of o.contacts)
      assert.deepEqual(Object.keys(c).sort(), ['email', 'id', 'job_title', 'name', 'phone', 'role', 'role_label']);
  });

  it('unknown or malformed ids are a JSON 404', async () => {
    assertError(await api('GET', '/api/v1/organisations/99999'), 404, undefined, 'unknown');
    assertError(await api('GET', '/api/v1/organisations/abc'), 404, undefined, 'abc');
    assertError(await api('GET', '/api/v1/organisations/0'), 404, undefined, 'zero');
  });
});

describe('GET /api/v1/offers', () => {
  const search = async (query, opts) => {
    const res = await api('GET', `/api/v1/offers?${query}`, opts);
    assert.equal(res.status, 200, `${query}: ${res.text}`);
    return res.json;
  };
  // The titles without the common word, sorted: the order of the hits is
  // the ranking's business, not this test's.
  const titles = (json) => json.items.map((i) => i.title.replace(`${WORD} `, '')).sort();

  it('answers total, page, per_page and items with the agreed fields', async () => {
    const res = await search(`q=${WORD}`);
    assert.equal(res.total, 4, 'the draft is not public');
    assert.equal(res.page, 1);
    assert.equal(res.per_page, 20);
    assert.deepEqual(titles(res), ['Alpha', 'Beta', 'Delta', 'Gamma']);
    const alpha = res.items.find((i) => i.id === created.alpha.id);
    assert.deepEqual(Object.keys(alpha).sort(),
      ['distance_km', 'external_id', 'id', 'organisation', 'reasons', 'score', 'title']);
    assert.equal(alpha.id, created.alpha.id);
    assert.equal(alpha.external_id, 'lindenhof-alpha');
    assert.equal(alpha.organisation, LINDENHOF);
    assert.equal(typeof alpha.score, 'number');
    assert.equal(alpha.distance_km, null, 'no postcode: no distance');
    assert.ok(Array.isArray(alpha.reasons));
    assert.equal(res.items.find((i) => i.id === created.beta.id).external_id, null);
  });

  it('pages: the total stays, the pages differ', async () => {
    const p1 = await search(`q=${WORD}&per_page=2&page=1`);
    const p2 = await search(`q=${WORD}&per_page=2&page=2`);
    const p3 = await search(`q=${WORD}&per_page=2&page=3`);
    assert.deepEqual([p1.total, p2.total, p3.total], [4, 4, 4]);
    assert.equal(p1.items.length, 2);
    assert.equal(p2.items.length, 2);
    assert.deepEqual([...titles(p1), ...titles(p2)].sort(), ['Alpha', 'Beta', 'Delta', 'Gamma'],
      'the two pages differ and together hold every hit');
    assert.deepEqual(p3.items, []);
    assert.equal(p2.page, 2);
    assert.equal(p2.per_page, 2);
  });

  it('need: repeatable and comma-separated, with the reason', async () => {
    const a = await search(`q=${WORD}&need=erziehung-bindung,begegnung`);
    const b = await search(`q=${WORD}&need=erziehung-bindung&need=begegnung`);
    assert.deepEqual(titles(a), ['Alpha', 'Beta']);
    assert.deepEqual(b, a);
    const alpha = a.items.find((i) => i.id === created.alpha.id);
    assert.ok(alpha.reasons.some((r) => /Erziehung und Bindung/.test(r)), alpha.reasons.join('|'));
  });

  it('age, cost, language, access and organisation filter', async () => {
    assert.deepEqual(titles(await search(`q=${WORD}&age=schwangerschaft`)), ['Delta']);
    assert.deepEqual(titles(await search(`q=${WORD}&age=1-3,3-6`)), ['Beta', 'Gamma']);
    assert.deepEqual(titles(await search(`q=${WORD}&cost=beitrag`)), ['Beta']);
    assert.deepEqual(titles(await search(`q=${WORD}&language=tr`)), ['Alpha']);
    assert.deepEqual(titles(await search(`q=${WORD}&access=telefon`)), ['Gamma']);
    const heb = await search(`organisation=${orgs[KRANICHSEE]}&q=Quendel`);
    assert.deepEqual(heb.items.map((i) => i.id), [created.hebamme.id]);
    assert.equal(heb.items[0].organisation, KRANICHSEE);
    assert.equal((await search(`organisation=${orgs[LINDENHOF]}&q=Quendel`)).total, 0);
  });

  it('postcode gives distances; radius_km leaves out what is too far (unless it comes to you)', async () => {
    const all = await search(`q=${WORD}&postcode=29614`);
    const beta = all.items.find((i) => i.title.endsWith('Beta'));
    assert.equal(beta.distance_km, 0);
    const alpha = all.items.find((i) => i.title.endsWith('Alpha'));
    assert.ok(alpha.distance_km > 10, `Alpha is ${alpha.distance_km} km away`);
    assert.equal(all.items.find((i) => i.title.endsWith('Gamma')).distance_km, null, 'no location');
    const near = await search(`q=${WORD}&postcode=29614&radius_km=5`);
    assert.ok(!titles(near).includes('Alpha'), titles(near).join());
    assert.ok(titles(near).includes('Beta'));
    assert.ok(titles(near).includes('Gamma'), 'by phone: no distance limit');
    assert.ok(near.items.find((i) => i.title.endsWith('Beta')).reasons.some((r) => /km entfernt/.test(r)));
  });

  it('municipality by slug or id', async () => {
    const bySlug = await search(`q=${WORD}&municipality=birkenfelde`);
    assert.deepEqual(titles(bySlug), ['Beta']);
    const regions = (await api('GET', '/api/v1/regions?kind=municipality')).json.items;
    const id = regions.find((m) => m.slug === 'birkenfelde').id;
    assert.deepEqual(await search(`q=${WORD}&municipality=${id}`), bySlug);
  });

  it('status=all shows drafts to the coordination office only', async () => {
    const res = await search(`q=${WORD}&status=all`, { session: sessions.coordination });
    assert.equal(res.total, 5);
    assert.ok(titles(res).includes('Epsilon'));
    const viaKey = await search(`q=${WORD}&status=all`, { key: keys.coordination });
    assert.equal(viaKey.total, 5);
    assert.equal((await search(`q=${WORD}`, { session: sessions.coordination })).total, 4,
      'without status=all: public offers');
    assertError(await api('GET', `/api/v1/offers?q=${WORD}&status=all`, { session: sessions.partner }),
      403, 'status', 'partner');
    assertError(await api('GET', `/api/v1/offers?status=all`), 403, 'status', 'anonymous');
    assertError(await api('GET', `/api/v1/offers?status=draft`, { session: sessions.coordination }),
      400, 'status', 'status=draft');
  });

  for (const [query, field, what] of [
    ['need=wunder', 'need', 'unknown need code'],
    ['need=begegnung,wunder', 'need', 'unknown code in a list'],
    ['age=2-4', 'age', 'unknown age group'],
    ['cost=gratis', 'cost', 'unknown cost'],
    ['language=deutsch', 'language', 'unknown language'],
    ['access=brief', 'access', 'unknown access'],
    ['per_page=0', 'per_page', 'per_page 0'],
    ['per_page=1000', 'per_page', 'per_page 1000'],
    ['per_page=zehn', 'per_page', 'per_page not a number'],
    ['page=0', 'page', 'page 0'],
    ['page=-1', 'page', 'page negative'],
    ['page=1.5', 'page', 'page not whole'],
    ['page=abc', 'page', 'page not a number'],
    ['radius_km=10', 'radius_km', 'radius without postcode'],
    ['postcode=29614&radius_km=zehn', 'radius_km', 'radius not a number'],
    ['postcode=29614&radius_km=0', 'radius_km', 'radius 0'],
    ['postcode=00000', 'postcode', 'unknown postcode'],
    ['postcode=2961', 'postcode', 'postcode with four digits'],
    ['postcode=abcde', 'postcode', 'postcode not digits'],
    ['municipality=atlantis', 'municipality', 'unknown municipality'],
    ['organisation=lindenhof', 'organisation', 'organisation not an id'],
    ['cost=kostenlos&cost=beitrag', 'cost', 'a single parameter twice'],
    ['bedarf=begegnung', 'bedarf', 'unknown parameter'],
    [`q=${'a'.repeat(201)}`, 'q', 'q too long'],
  ]) {
    it(`400 with field "${field}": ${what}`, async () => {
      assertError(await api('GET', `/api/v1/offers?${query}`), 400, field, what);
    });
  }

  it('empty values count as not given', async () => {
    const res = await search(`q=${WORD}&need=&cost=&postcode=`);
    assert.equal(res.total, 4);
  });
});

describe('GET /api/v1/offers/{id}', () => {
  it('the whole offer: every field, lists as codes, locations with coordinates, the organisation', async () => {
    const res = await api('GET', `/api/v1/offers/${created.alpha.id}`);
    assert.equal(res.status, 200);
    const o = res.json;
    assert.deepEqual(Object.keys(o).sort(), [
      'access', 'accessibility_note', 'accessible', 'ages', 'contact', 'contact_id',
      'copied_from', 'cost', 'cost_note', 'created_at', 'description', 'eligibility',
      'email', 'external_id', 'id', 'languages', 'locations', 'needs', 'organisation',
      'phone', 'prevention', 'public', 'regions', 'registration_note',
      'registration_required', 'status', 'title', 'updated_at', 'valid_from', 'valid_to',
      'verification_due', 'verified_at', 'waiting_list', 'web',
    ]);
    assert.deepEqual(o.organisation, { id: orgs[LINDENHOF], name: LINDENHOF });
    assert.equal(o.title, `${WORD} Alpha`);
    assert.deepEqual(o.needs, ['erziehung-bindung']);
    assert.deepEqual(o.ages, ['0-1']);
    assert.deepEqual(o.languages.sort(), ['de', 'tr']);
    assert.deepEqual(o.access, ['komm']);
    assert.equal(o.cost, 'kostenlos');
    assert.equal(o.status, 'published');
    assert.equal(o.public, true);
    assert.equal(o.verification_due, false);
    assert.equal(o.accessible, null);
    assert.equal(o.valid_from, null);
    assert.match(o.created_at, /^\d{4}-\d\d-\d\dT/);
    assert.equal(o.locations.length, 1);
    const l = o.locations[0];
    assert.deepEqual(Object.keys(l).sort(),
      ['city', 'lat', 'lon', 'municipality', 'name', 'postcode', 'schedule', 'street']);
    assert.equal(l.postcode, '29664');
    assert.equal(l.street, 'Lindenhofweg 4');
    assert.equal(l.schedule, 'Mo 9–11 Uhr');
    assert.equal(typeof l.lat, 'number');
    assert.equal(typeof l.lon, 'number');
    assert.ok(l.lat > 52 && l.lat < 53.5 && l.lon > 9 && l.lon < 10.5, `${l.lat}, ${l.lon}`);
    assert.equal(l.municipality.name, 'Ahrwald');
    assert.deepEqual(o, created.alpha, 'the same as the answer to POST');
  });

  it('a draft is 404 for the public and other partners, shown to its own organisation', async () => {
    const path = `/api/v1/offers/${created.epsilon.id}`;
    assertError(await api('GET', path), 404, undefined, 'anonymous');
    assertError(await api('GET', path, { session: sessions.partner2 }), 404, undefined, 'partner B');
    const own = await api('GET', path, { session: sessions.partner });
    assert.equal(own.status, 200);
    assert.equal(own.json.status, 'draft');
    assert.equal(own.json.public, false);
    assert.equal((await api('GET', path, { key: keys.coordination })).status, 200);
  });

  it('unknown or malformed ids are a JSON 404', async () => {
    assertError(await api('GET', '/api/v1/offers/999999'), 404, undefined, 'unknown');
    assertError(await api('GET', '/api/v1/offers/x1'), 404, undefined, 'not a number');
  });
});

describe('what the public does not see', () => {
  it('archived and departed partners: not listed, 404 for the public, shown to signed-in callers', async () => {
    const anon = (await allItems('/api/v1/organisations')).map((o) => o.id);
    assert.ok(anon.includes(91001));
    assert.ok(!anon.includes(HIDDEN.archived) && !anon.includes(HIDDEN.left), 'inactive partners listed');
    for (const id of Object.values(HIDDEN))
      assertError(await api('GET', `/api/v1/organisations/${id}`), 404, undefined, `organisation ${id}`);
    const res = await api('GET', `/api/v1/organisations/${HIDDEN.archived}`, { key: keys.coordination });
    assert.equal(res.status, 200);
    assert.equal(res.json.active, false);
    const left = await api('GET', `/api/v1/organisations/${HIDDEN.left}`, { session: sessions.partner });
    assert.equal(left.json.membership, 'left');
    assert.equal(left.json.active, false);
  });

  it('an organisation shows only the contacts who agreed to be shown', async () => {
    for (const opts of [{}, { key: keys.coordination }]) {
      const res = await api('GET', '/api/v1/organisations/91001', opts);
      assert.equal(res.status, 200);
      assert.deepEqual(res.json.contacts.map((c) => c.name), [PUBLIC_CONTACT]);
      assert.equal(res.json.contacts[0].role, 'familienhebamme');
      assert.equal(res.json.contacts[0].role_label, 'Familienhebamme / FGKiKP');
      assert.ok(!res.text.includes(SECRET_CONTACT));
    }
  });

  it('an offer shows its contact person only with consent, or to who may edit it', async () => {
    const open = await api('GET', `/api/v1/offers/${created.withPublicContact.id}`);
    assert.equal(open.json.contact_id, 91001);
    assert.equal(open.json.contact.name, PUBLIC_CONTACT);
    const path = `/api/v1/offers/${created.withSecretContact.id}`;
    for (const opts of [{}, { session: sessions.partner }]) {
      const res = await api('GET', path, opts);
      assert.equal(res.status, 200);
      assert.equal(res.json.contact, null);
      assert.equal(res.json.contact_id, null);
      assert.ok(!res.text.includes(SECRET_CONTACT));
    }
    const editor = await api('GET', path, { key: keys.coordination });
    assert.equal(editor.json.contact.name, SECRET_CONTACT);
  });

  it('offers of archived or departed partners are 404 for the public', async () => {
    for (const label of ['ofArchived', 'ofLeft']) {
      const path = `/api/v1/offers/${created[label].id}`;
      assertError(await api('GET', path), 404, undefined, label);
      assertError(await api('GET', path, { session: sessions.partner }), 404, undefined, `${label}, partner`);
      const res = await api('GET', path, { key: keys.coordination });
      assert.equal(res.status, 200);
      assert.equal(res.json.status, 'published');
      assert.equal(res.json.public, false);
    }
  });

  it('JSON carries texts as they are: markup is data, not escaped HTML', async () => {
    const title = 'Krabbeltreff <script>alert(1)</script> & "mehr"';
    const res = await api('PATCH', `/api/v1/offers/${created.gamma.id}`, { key: keys.partner, body: { title } });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.title, title);
    assert.equal(res.headers.get('content-type'), 'application/json');
    const back = await api('PATCH', `/api/v1/offers/${created.gamma.id}`, { key: keys.partner, body: { title: `${WORD} Gamma` } });
    assert.equal(back.status, 200);
  });
});

describe('writes', () => {
  it('anonymous writes are 401 and change nothing', async () => {
    const before = await api('GET', `/api/v1/offers/${created.beta.id}`);
    assertError(await api('POST', '/api/v1/offers', { body: offerBody() }), 401, undefined, 'POST');
    assertError(await api('PUT', `/api/v1/offers/${created.beta.id}`, { body: offerBody() }), 401, undefined, 'PUT');
    assertError(await api('PATCH', `/api/v1/offers/${created.beta.id}`, { body: { title: 'x' } }), 401, undefined, 'PATCH');
    assertError(await api('DELETE', `/api/v1/offers/${created.beta.id}`), 401, undefined, 'DELETE');
    assertError(await api('POST', '/api/v1/offers', { body: offerBody(), key: 'lotse_falsch' }), 401, undefined, 'bad key');
    assert.deepEqual((await api('GET', `/api/v1/offers/${created.beta.id}`)).json, before.json);
  });

  it('with a session and the X-CSRF-Token header: 201, Location, the stored offer', async () => {
    const res = await api('POST', '/api/v1/offers', {
      session: sessions.partner,
      body: { title: `${WORD} Sitzung`, description: 'Über die Sitzung angelegt.', status: 'draft' },
    });
    assert.equal(res.status, 201, res.text);
    assert.equal(res.headers.get('location'), `/api/v1/offers/${res.json.id}`);
    assert.deepEqual(res.json.organisation, { id: orgs[LINDENHOF], name: LINDENHOF },
      'without "organisation": the partner\'s own');
    assert.equal(res.json.cost, 'kostenlos', 'defaults for what is not given');
    assert.equal(res.json.status, 'draft');
    const get = await api('GET', res.headers.get('location'), { session: sessions.partner });
    assert.deepEqual(get.json, res.json);
  });

  it('a session without the CSRF header: 403, nothing stored', async () => {
    const count = async () => (await api('GET', `/api/v1/offers?q=Ohnetoken&status=all`, { key: keys.coordination })).json.total;
    assert.equal(await count(), 0);
    const res = await api('POST', '/api/v1/offers', {
      session: sessions.partner, csrf: false,
      body: offerBody({ title: 'Ohnetoken', status: 'draft' }),
    });
    assertError(res, 403, undefined, 'no CSRF');
    const wrong = await api('POST', '/api/v1/offers', {
      session: { ...sessions.partner, csrf: 'x'.repeat(43) },
      body: offerBody({ title: 'Ohnetoken', status: 'draft' }),
    });
    assertError(wrong, 403, undefined, 'wrong CSRF');
    assertError(await api('PATCH', `/api/v1/offers/${created.beta.id}`, {
      session: sessions.partner, csrf: false, body: { title: 'Ohnetoken' },
    }), 403, undefined, 'PATCH without CSRF');
    assert.equal(await count(), 0);
  });

  it('an API key needs no CSRF header; a coordination key may write for any partner', async () => {
    const res = await api('POST', '/api/v1/offers', {
      key: keys.coordination,
      body: offerBody({ organisation: { id: orgs[KRANICHSEE] }, title: `${WORD} Koordination`, status: 'draft' }),
    });
    assert.equal(res.status, 201, res.text);
    assert.equal(res.json.organisation.name, KRANICHSEE);
    const del = await api('DELETE', `/api/v1/offers/${res.json.id}`, { key: keys.coordination });
    assert.equal(del.status, 200);
  });

  it('partner A cannot write partner B\'s offer: 403, unchanged', async () => {
    const path = `/api/v1/offers/${created.hebamme.id}`;
    const before = (await api('GET', path)).json;
    for (const opts of [{ session: sessions.partner }, { key: keys.partner }]) {
      assertError(await api('PATCH', path, { ...opts, body: { title: 'Übernommen' } }), 403, undefined, 'PATCH');
      assertError(await api('PUT', path, { ...opts, body: offerBody({ title: 'Übernommen' }) }), 403, undefined, 'PUT');
      assertError(await api('DELETE', path, opts), 403, undefined, 'DELETE');
    }
    // Nor create an offer for B, nor move an own offer to B.
    assertError(await api('POST', '/api/v1/offers', {
      key: keys.partner, body: offerBody({ organisation: { id: orgs[KRANICHSEE] } }),
    }), 403, 'organisation', 'POST for B');
    assertError(await api('PATCH', `/api/v1/offers/${created.gamma.id}`, {
      key: keys.partner, body: { organisation: { id: orgs[KRANICHSEE] } },
    }), 403, 'organisation', 'move to B');
    assert.deepEqual((await api('GET', path)).json, before);
    assert.equal((await api('GET', `/api/v1/offers/${created.gamma.id}`)).json.organisation.id, orgs[LINDENHOF]);
    // B itself may.
    const own = await api('PATCH', path, { session: sessions.partner2, body: { waiting_list: true } });
    assert.equal(own.status, 200, own.text);
    assert.equal(own.json.waiting_list, true);
  });

  it('PATCH changes only the given fields', async () => {
    const path = `/api/v1/offers/${created.alpha.id}`;
    const before = (await api('GET', path)).json;
    const res = await api('PATCH', path, {
      key: keys.partner,
      body: { title: `${WORD} Alpha neu`, ages: ['0-1', '1-3'], accessible: true },
    });
    assert.equal(res.status, 200, res.text);
    const after = (await api('GET', path)).json;
    assert.deepEqual(res.json, after);
    assert.equal(after.title, `${WORD} Alpha neu`);
    assert.deepEqual(after.ages.sort(), ['0-1', '1-3']);
    assert.equal(after.accessible, true);
    for (const key of Object.keys(before)) {
      if (['title', 'ages', 'accessible', 'updated_at'].includes(key)) continue;
      assert.deepEqual(after[key], before[key], `${key} unchanged`);
    }
    // Sending back what GET gave (read-only fields included) is accepted.
    const back = await api('PATCH', path, { key: keys.partner, body: { ...after, title: `${WORD} Alpha` } });
    assert.equal(back.status, 200, back.text);
    assert.equal(back.json.title, `${WORD} Alpha`);
    assert.deepEqual(back.json.locations, before.locations);
  });

  it('PUT replaces the whole offer: what is not sent gets its default', async () => {
    const made = await api('POST', '/api/v1/offers', {
      key: keys.partner,
      body: offerBody({ title: `${WORD} Ersetzen`, status: 'draft', phone: '05161 1234', waiting_list: true, needs: ['begegnung'] }),
    });
    assert.equal(made.status, 201);
    const path = `/api/v1/offers/${made.json.id}`;
    const res = await api('PUT', path, {
      key: keys.partner,
      body: { title: `${WORD} Ersetzt`, description: 'Neu beschrieben.', status: 'draft' },
    });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.title, `${WORD} Ersetzt`);
    assert.equal(res.json.phone, '');
    assert.equal(res.json.waiting_list, false);
    assert.deepEqual(res.json.needs, []);
    assert.equal(res.json.organisation.id, orgs[LINDENHOF], 'the organisation stays');
    assert.equal(res.json.created_at, made.json.created_at);
    assert.equal(res.json.verified_at, made.json.verified_at);
    // An id in the body must be the one of the address.
    assertError(await api('PUT', path, { key: keys.partner, body: { ...res.json, id: created.beta.id } }), 422, 'id', 'other id');
  });

  it('validation errors: 422 with the first field and all errors; nothing stored', async () => {
    const res = await api('POST', '/api/v1/offers', {
      key: keys.partner,
      body: offerBody({ title: '', needs: ['wunder'], email: 'keine-adresse', locations: [{ postcode: '00000' }] }),
    });
    assertError(res, 422, 'title', 'invalid offer');
    assert.ok(Array.isArray(res.json.errors));
    const fields = res.json.errors.map((e) => e.field);
    for (const f of ['title', 'needs', 'email', 'locations']) assert.ok(fields.includes(f), `${f} in ${fields}`);
    for (const e of res.json.errors) assert.equal(typeof e.error, 'string');
    assert.match(res.json.errors.find((e) => e.field === 'needs').error, /wunder/);
  });

  for (const [body, field, what] of [
    [{ title: 42 }, 'title', 'a number for a text'],
    [{ needs: 'begegnung' }, 'needs', 'a text for a list'],
    [{ needs: [1] }, 'needs', 'a number in a list of codes'],
    [{ waiting_list: 'ja' }, 'waiting_list', 'a text for a boolean'],
    [{ accessible: 1 }, 'accessible', 'a number for true/false/null'],
    [{ organisation: 'Lindenhof' }, 'organisation', 'a name for the organisation'],
    [{ regions: ['birkenfelde'] }, 'regions', 'a slug for a region id'],
    [{ regions: [999999] }, 'regions', 'an unknown region'],
    [{ locations: [{ postcode: '29614', floor: 2 }] }, 'locations', 'an unknown field of a location'],
    [{ locations: {} }, 'locations', 'an object for the list'],
    [{ farbe: 'blau' }, 'farbe', 'an unknown field'],
    [{ cost: 'gratis' }, 'cost', 'an unknown cost'],
    [{ status: 'fertig' }, 'status', 'an unknown status'],
    [{ valid_from: '2026-02-30' }, 'valid_from', 'no such day'],
    [{ valid_from: '2026-05-01', valid_to: '2026-04-01' }, 'valid_to', 'end before start'],
    [{ contact_id: 999999 }, 'contact_id', 'an unknown contact'],
  ]) {
    it(`422 with field "${field}": ${what}`, async () => {
      const res = await api('PATCH', `/api/v1/offers/${created.delta.id}`, { key: keys.partner, body });
      assertError(res, 422, field, what);
    });
  }

  it('the delta offer is unchanged by all the refused writes', async () => {
    const now = (await api('GET', `/api/v1/offers/${created.delta.id}`)).json;
    assert.deepEqual(now, created.delta);
  });

  it('malformed JSON, not an object, an empty body: 400; another content type: 415', async () => {
    const path = `/api/v1/offers/${created.delta.id}`;
    assertError(await api('PATCH', path, { key: keys.partner, raw: '{"title": "x",' }), 400, undefined, 'malformed');
    assertError(await api('PATCH', path, { key: keys.partner, raw: '{"title": "a", "title": "b"}' }), 400, undefined, 'duplicate key');
    assertError(await api('PATCH', path, { key: keys.partner, raw: '[1, 2]' }), 400, undefined, 'array');
    assertError(await api('PATCH', path, { key: keys.partner, raw: '' }), 400, undefined, 'empty');
    assertError(await api('POST', '/api/v1/offers', { key: keys.partner, raw: 'title=x', type: 'application/x-www-form-urlencoded' }), 415, undefined, 'form');
    assertError(await api('POST', '/api/v1/offers', { key: keys.partner, raw: '{}', type: 'text/plain' }), 415, undefined, 'text/plain');
    const ok = await api('PATCH', path, { key: keys.partner, raw: '{}', type: 'application/json; charset=utf-8' });
    assert.equal(ok.status, 200, 'with a charset parameter');
  });

  it('a body over the limit: 413 before it is read', async () => {
    const text = await srv.raw(
      `POST /api/v1/offers HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${keys.partner}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${200 * 1024}\r\n\r\n`, { idleMs: 5000 });
    const r = parseRaw(text);
    assert.equal(r.status, 413, text.slice(0, 200));
    assert.equal(r.headers['content-type'], 'application/json');
    assert.ok(JSON.parse(r.body).error);
  });

  it('an external_id that belongs to another offer: 409', async () => {
    const res = await api('POST', '/api/v1/offers', {
      key: keys.partner, body: offerBody({ external_id: 'lindenhof-alpha' }),
    });
    assertError(res, 409, 'external_id', 'taken');
    // Its own external id again is fine.
    const same = await api('PATCH', `/api/v1/offers/${created.alpha.id}`, {
      key: keys.partner, body: { external_id: 'lindenhof-alpha' },
    });
    assert.equal(same.status, 200, same.text);
  });

  it('unknown offers: 404 for PUT, PATCH and DELETE', async () => {
    assertError(await api('PATCH', '/api/v1/offers/999999', { key: keys.partner, body: {} }), 404, undefined, 'PATCH');
    assertError(await api('PUT', '/api/v1/offers/999999', { key: keys.partner, body: offerBody() }), 404, undefined, 'PUT');
    assertError(await api('DELETE', '/api/v1/offers/999999', { key: keys.partner }), 404, undefined, 'DELETE');
  });

  it('DELETE archives: the offer leaves the public lists, its organisation still sees it', async () => {
    const path = `/api/v1/offers/${created.beta.id}`;
    const res = await api('DELETE', path, { session: sessions.partner });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.status, 'archived');
    assert.equal(res.json.public, false);
    const list = await api('GET', `/api/v1/offers?q=${WORD}`);
    assert.ok(!list.json.items.some((i) => i.id === created.beta.id));
    assert.equal(list.json.total, 3);
    assertError(await api('GET', path), 404, undefined, 'archived, anonymous');
    const own = await api('GET', path, { key: keys.partner });
    assert.equal(own.status, 200);
    assert.equal(own.json.status, 'archived');
    // Publishing again brings it back.
    const back = await api('PATCH', path, { key: keys.partner, body: { status: 'published' } });
    assert.equal(back.status, 200);
    assert.equal((await api('GET', `/api/v1/offers?q=${WORD}`)).json.total, 4);
  });
});
