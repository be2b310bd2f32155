// projects.test.mjs - the partners' projects (src/web/projects.c,
// src/api/projects.c, src/domain/project.c) against the real server with
// the demo database: the public list and page show public projects only,
// filters and paging, the internal list with the internal ones, who may
// create, change and delete (a partner only the projects its organisation
// leads, the coordination office all), validation with German messages
// next to the fields (422, values kept), and the JSON API.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';

import { login, startServer } from './server.mjs';
import { assertGermanPage, assertNoInjection } from './checks.mjs';

const run = promisify(execFile);

const ACCOUNTS = {
  admin: ['admin@ahrwald.example', 'Ahrwald-Demo-IT-2026'],
  coordination: ['koordination@ahrwald.example', 'Ahrwald-Demo-Netzwerk-2026'],
  partner: ['partner@ahrwald.example', 'Ahrwald-Demo-Familie-2026'],
  partner2: ['partner2@ahrwald.example', 'Ahrwald-Demo-Hebamme-2026'],
  visits: ['besuche@ahrwald.example', 'Ahrwald-Demo-Willkommen-2026'],
};

let srv;
const as = {};

before(async () => {
  srv = await startServer();
  for (const [who, creds] of Object.entries(ACCOUNTS)) {
    as[who] = await login(srv, ...creds);
    assert.equal(as[who].status, 303, `${who} can sign in`);
  }
});
after(async () => { assert.equal(await srv.stop(), 0); });

const anon = (p, init) => fetch(srv.url + p, { redirect: 'manual', ...init });

async function sql(query) {
  const { stdout } = await run('sqlite3', ['-json', path.join(srv.dir, 'lotse.db'), query]);
  return stdout.trim() ? JSON.parse(stdout) : [];
}

/** Form fields with lists ({needs: ['a', 'b']}) as pairs for a POST body. */
function pairs(fields) {
  const out = [];
  for (const [k, v] of Object.entries(fields))
    for (const x of Array.isArray(v) ? v : [v]) out.push([k, String(x)]);
  return out;
}
const post = (s, p, fields = {}, opts) => s.post(p, pairs(fields), opts);

async function text(res, status = 200) {
  const body = await res.text();
  assert.equal(res.status, status, body.slice(0, 1500));
  return body;
}

/** The message next to a field (KERN error under its label or legend). */
function fieldError(html, field) {
  const m = new RegExp(`id="${field}-error"><span[^>]*></span><span class="kern-body">([^<]+)<`).exec(html);
  return m ? m[1] : null;
}

async function orgOf(email) {
  const [row] = await sql(`SELECT organisation_id AS id FROM app_user WHERE email = '${email}'`);
  return row.id;
}

describe('public pages', () => {
  it('/projekte lists the public projects only, with filters and paging', async () => {
    const [{ n }] = await sql('SELECT count(*) AS n FROM project WHERE public = 1');
    const [{ hidden }] = await sql('SELECT title AS hidden FROM project WHERE public = 0 ORDER BY id LIMIT 1');
    assert.ok(n >= 30, `public projects: ${n}`);
    const body = await text(await anon('/projekte'));
    assertGermanPage(body, '/projekte');
    assert.match(body, new RegExp(`<strong>${n} Projekte</strong>`));
    assert.match(body, /href="\/mitmachen"/);
    assert.match(body, /Seite 1 von \d+/);
    // every page together has every public project and no internal one
    const pages = Math.ceil(n / 20);
    let titles = [];
    for (let p = 1; p <= pages; p++) {
      const page = await text(await anon(`/projekte?seite=${p}`));
      titles = titles.concat([...page.matchAll(/href="\/projekte\/\d+">([^<]+)</g)].map((m) => m[1]));
    }
    assert.equal(titles.length, n);
    const last = await text(await anon('/projekte?seite=999'));
    assert.match(last, new RegExp(`Seite ${pages} von ${pages}`));
    assert.ok(!titles.includes(hidden.replaceAll('&', '&amp;')), 'no internal project');
  });

  it('filters by status, need, age, municipality and words', async () => {
    const [{ n }] = await sql("SELECT count(*) AS n FROM project WHERE public = 1 AND status = 'abgeschlossen'");
    const body = await text(await anon('/projekte?stand=abgeschlossen'));
    assert.match(body, new RegExp(`<strong>${n} Projekt`));
    const [{ k }] = await sql(`SELECT count(*) AS k FROM project p WHERE public = 1 AND
      EXISTS (SELECT 1 FROM project_need WHERE project_id = p.id AND need = 'kinderschutz') AND
      EXISTS (SELECT 1 FROM project_age WHERE project_id = p.id AND age = '0-1')`);
    const b2 = await text(await anon('/projekte?bedarf=kinderschutz&alter=0-1'));
    assert.match(b2, k ? new RegExp(`<strong>${k} Projekt`) : /kein Projekt gefunden/);
    const [town] = await sql(`SELECT r.slug, count(*) AS c FROM project_region x JOIN region r ON r.id = x.region_id
      JOIN project p ON p.id = x.project_id WHERE p.public = 1 GROUP BY r.slug ORDER BY c DESC LIMIT 1`);
    const b3 = await text(await anon(`/projekte?gemeinde=${town.slug}`));
    const [{ c }] = await sql(`SELECT count(*) AS c FROM project p WHERE public = 1 AND EXISTS (SELECT 1 FROM
      project_region x JOIN region r ON r.id = x.region_id WHERE x.project_id = p.id AND r.slug = '${town.slug}')`);
    assert.match(b3, new RegExp(`<strong>${c} Projekt`));
    const [one] = await sql("SELECT title FROM project WHERE public = 1 AND title LIKE 'Familienpatenschaften %' LIMIT 1");
    const words = one.title.split(' ');
    const b4 = await text(await anon(`/projekte?q=${encodeURIComponent(`${words[1]} ${words[0].toLowerCase()}`)}`));
    assert.match(b4, /<strong>1 Projekt<\/strong>/);
    assert.ok(b4.includes(`>${one.title}</a>`));
    // LIKE wildcards are taken literally
    const b5 = await text(await anon('/projekte?q=%25'));
    assert.match(b5, /kein Projekt gefunden/);
  });

  it('answers 400 with the message next to the field for an unknown filter value', async () => {
    for (const [q, field] of [['bedarf=gibtsnicht', 'bedarf'], ['alter=99', 'alter'],
      ['gemeinde=atlantis', 'gemeinde'], ['stand=fertig', 'stand']]) {
      const body = await text(await anon(`/projekte?${q}`), 400);
      assert.ok(fieldError(body, field), `message for ${field}`);
    }
  });

  it('/projekte/{id} shows a public project and hides an internal one', async () => {
    const [pub] = await sql(`SELECT p.id, p.title, o.name FROM project p JOIN organisation o ON o.id = p.lead_org_id
      WHERE public = 1 AND EXISTS (SELECT 1 FROM project_partner WHERE project_id = p.id) ORDER BY p.id LIMIT 1`);
    const body = await text(await anon(`/projekte/${pub.id}`));
    assertGermanPage(body);
    assert.match(body, /<dt class="kern-description-list-item__key">Leitung<\/dt>/);
    assert.match(body, /<dt class="kern-description-list-item__key">Partner<\/dt>/);
    const [hid] = await sql('SELECT id FROM project WHERE public = 0 LIMIT 1');
    await text(await anon(`/projekte/${hid.id}`), 404);
    await text(await anon('/projekte/999999'), 404);
    // the public page of the lead organisation lists it
    const [lead] = await sql(`SELECT p.id, p.lead_org_id FROM project p JOIN organisation o ON o.id = p.lead_org_id
      WHERE p.public = 1 AND o.archived = 0 AND o.membership <> 'left' LIMIT 1`);
    const org = await text(await anon(`/partner/${lead.lead_org_id}`));
    assert.match(org, /<h2 id="projekte" class="kern-heading-medium">Projekte<\/h2>/);
    assert.match(org, new RegExp(`href="/projekte/${lead.id}"`));
    await text(await anon('/projekte/abc'), 404);
  });
});

describe('internal pages: who may do what', () => {
  it('needs a sign-in', async () => {
    for (const p of ['/intern/projekte', '/intern/projekte/neu', '/intern/projekte/1']) {
      const res = await anon(p);
      assert.equal(res.status, 303, p);
      assert.match(res.headers.get('location'), /\/anmelden/);
    }
    const res = await anon('/intern/projekte/neu', { method: 'POST', body: 'title=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    assert.ok([303, 401, 403].includes(res.status), `anonymous POST: ${res.status}`);
    assert.deepEqual(await sql("SELECT id FROM project WHERE title = 'x'"), []);
  });

  it('lists the internal projects too, marked "Nur intern"', async () => {
    const [{ n }] = await sql('SELECT count(*) AS n FROM project');
    for (const who of ['partner', 'visits', 'coordination', 'admin']) {
      const body = await text(await as[who].get('/intern/projekte'));
      assert.match(body, new RegExp(`<strong>${n} Projekte</strong>`), who);
    }
    const body = await text(await as.partner.get('/intern/projekte?sichtbarkeit=intern'));
    const [{ k }] = await sql('SELECT count(*) AS k FROM project WHERE public = 0');
    assert.match(body, new RegExp(`<strong>${k} Projekt`));
    assert.match(body, /Nur intern/);
  });

  let own; // a project of the partner's organisation
  it('a partner creates a project led by its own organisation', async () => {
    const orgA = await orgOf('partner@ahrwald.example');
    const orgB = await orgOf('partner2@ahrwald.example');
    const [town] = await sql("SELECT id FROM region WHERE kind = 'municipality' ORDER BY name LIMIT 1");
    const form = await text(await as.partner.get('/intern/projekte/neu'));
    assert.doesNotMatch(form, /name="lead_org_id"/, 'a partner does not choose the lead');
    assert.match(form, /Bundesstiftung Frühe Hilfen/);
    const res = await post(as.partner, '/intern/projekte/neu', {
      title: 'Eltern-Kind-Turnen <script>alert(1)</script>', lead_org_id: orgB, partners: [orgB],
      needs: ['begegnung', 'gesundheit-entwicklung'], ages: ['1-3', '3-6'], regions: [town.id],
      funding: 'Eigenmittel', status: 'geplant', starts_on: '2027-01-01', ends_on: '2027-12-31',
      description: 'Jeden Dienstag.', results: '', public: '1',
    });
    assert.equal(res.status, 303, await res.text());
    own = /\/intern\/projekte\/(\d+)/.exec(res.headers.get('location'))[1];
    const [row] = await sql(`SELECT lead_org_id, status, public, starts_on FROM project WHERE id = ${own}`);
    assert.deepEqual(row, { lead_org_id: orgA, status: 'geplant', public: 1, starts_on: '2027-01-01' });
    const lists = await sql(`SELECT (SELECT group_concat(need) FROM (SELECT need FROM project_need WHERE project_id = ${own} ORDER BY need)) AS needs,
      (SELECT count(*) FROM project_partner WHERE project_id = ${own}) AS partners,
      (SELECT count(*) FROM project_region WHERE project_id = ${own}) AS regions`);
    assert.deepEqual(lists[0], { needs: 'begegnung,gesundheit-entwicklung', partners: 1, regions: 1 });
    const [audit] = await sql(`SELECT actor FROM audit_log WHERE entity = 'project' AND entity_id = ${own}`);
    assert.equal(audit.actor, 'partner@ahrwald.example');
    const page = await text(await anon(`/projekte/${own}`));
    assertNoInjection(page);
  });

  it('another partner sees it but may not change or delete it', async () => {
    const body = await text(await as.partner2.get(`/intern/projekte/${own}`));
    assert.doesNotMatch(body, /name="title"/);
    const res = await post(as.partner2, `/intern/projekte/${own}`, { title: 'Übernommen', status: 'laufend' });
    assert.equal(res.status, 403);
    const del = await post(as.partner2, `/intern/projekte/${own}/loeschen`);
    assert.equal(del.status, 403);
    const [row] = await sql(`SELECT title FROM project WHERE id = ${own}`);
    assert.match(row.title, /^Eltern-Kind-Turnen/);
  });

  it('a partner may not change projects of other organisations, nor hand over the lead', async () => {
    const orgA = await orgOf('partner@ahrwald.example');
    const [other] = await sql(`SELECT id FROM project WHERE lead_org_id <> ${orgA} LIMIT 1`);
    const res = await post(as.partner, `/intern/projekte/${other.id}`, { title: 'Gekapert', status: 'laufend' });
    assert.equal(res.status, 403);
    // the lead of its own project stays its organisation
    const r2 = await post(as.partner, `/intern/projekte/${own}`, {
      title: 'Eltern-Kind-Turnen', lead_org_id: 1, status: 'laufend', public: '1' });
    assert.equal(r2.status, 303);
    const [row] = await sql(`SELECT lead_org_id, title, status FROM project WHERE id = ${own}`);
    assert.deepEqual(row, { lead_org_id: orgA, title: 'Eltern-Kind-Turnen', status: 'laufend' });
  });

  it('validates with German messages next to the fields and keeps the values', async () => {
    const res = await post(as.partner, `/intern/projekte/${own}`, {
      title: '', status: 'vielleicht', starts_on: '2027-05-01', ends_on: '2027-01-01',
      needs: ['unbekannt'], description: 'Bleibt stehen', public: '1' });
    const body = await text(res, 422);
    assert.match(fieldError(body, 'title'), /Titel/);
    assert.match(fieldError(body, 'status'), /Stand/);
    assert.match(fieldError(body, 'ends_on'), /vor dem Beginn/);
    assert.match(fieldError(body, 'needs'), /Bedarfe/);
    assert.match(body, />Bleibt stehen<\/textarea>/);
    const r2 = await text(await post(as.partner, '/intern/projekte/neu', { title: 'X', status: 'laufend', starts_on: '2027-02-30' }), 422);
    assert.match(fieldError(r2, 'starts_on'), /Datum/);
  });

  it('the coordination office changes any project, sets the lead and deletes', async () => {
    const orgB = await orgOf('partner2@ahrwald.example');
    const res = await post(as.coordination, `/intern/projekte/${own}`, {
      title: 'Eltern-Kind-Turnen', lead_org_id: orgB, status: 'abgeschlossen',
      starts_on: '2025-01-01', ends_on: '2025-12-31', results: 'Gut besucht.' });
    assert.equal(res.status, 303, await res.text());
    const [row] = await sql(`SELECT lead_org_id, public FROM project WHERE id = ${own}`);
    assert.deepEqual(row, { lead_org_id: orgB, public: 0 });
    await text(await anon(`/projekte/${own}`), 404);
    // now partner2's organisation leads it: partner2 may delete it
    const del = await post(as.partner2, `/intern/projekte/${own}/loeschen`);
    assert.equal(del.status, 303);
    assert.deepEqual(await sql(`SELECT id FROM project WHERE id = ${own}`), []);
    await text(await as.partner.get(`/intern/projekte/${own}`), 404);
  });

  it('refuses a POST without the CSRF token', async () => {
    const res = await post(as.coordination, '/intern/projekte/neu', { title: 'Ohne Token', status: 'laufend' }, { csrf: null });
    assert.equal(res.status, 403);
    assert.deepEqual(await sql("SELECT id FROM project WHERE title = 'Ohne Token'"), []);
  });
});

describe('JSON API /api/v1/projects', () => {
  it('lists public projects for anonymous callers and all for signed-in ones', async () => {
    const [{ pub, all }] = await sql('SELECT sum(public) AS pub, count(*) AS "all" FROM project');
    const res = await anon('/api/v1/projects?per_page=100');
    assert.equal(res.status, 200);
    const j = await res.json();
    assert.equal(j.total, pub);
    assert.equal(j.items.length, Math.min(pub, 100));
    assert.ok(j.items.every((p) => p.public === true));
    const k = await (await as.partner.get('/api/v1/projects?per_page=1')).json();
    assert.equal(k.total, all);
    assert.equal(k.per_page, 1);
    assert.deepEqual(Object.keys(k.items[0]).sort(), ['ends_on', 'funding', 'id', 'lead_organisation', 'public',
      'starts_on', 'status', 'status_label', 'title']);
  });

  it('filters by need, age, municipality and status', async () => {
    const [town] = await sql("SELECT r.id, r.slug FROM region r WHERE kind = 'municipality' ORDER BY name LIMIT 1");
    const [{ n }] = await sql(`SELECT count(*) AS n FROM project p WHERE public = 1 AND status = 'laufend' AND
      EXISTS (SELECT 1 FROM project_region WHERE project_id = p.id AND region_id = ${town.id})`);
    for (const m of [town.id, town.slug]) {
      const j = await (await anon(`/api/v1/projects?status=laufend&municipality=${m}`)).json();
      assert.equal(j.total, n);
    }
    const [{ c }] = await sql(`SELECT count(*) AS c FROM project p WHERE public = 1 AND EXISTS
      (SELECT 1 FROM project_need WHERE project_id = p.id AND need = 'migration-sprache') AND EXISTS
      (SELECT 1 FROM project_age WHERE project_id = p.id AND age = '1-3')`);
    const j = await (await anon('/api/v1/projects?need=migration-sprache&age=1-3')).json();
    assert.equal(j.total, c);
  });

  it('answers 400 for unknown parameters and values, naming the field', async () => {
    for (const [q, field] of [['need=xyz', 'need'], ['age=5', 'age'], ['status=done', 'status'],
      ['municipality=atlantis', 'municipality'], ['page=0', 'page'], ['colour=red', 'colour']]) {
      const res = await anon(`/api/v1/projects?${q}`);
      assert.equal(res.status, 400, q);
      const j = await res.json();
      assert.ok(j.error, q);
      if (field !== 'colour') assert.equal(j.field, field, q);
    }
  });

  it('gives one project with its lists; internal ones only to signed-in callers', async () => {
    const [pub] = await sql('SELECT id FROM project WHERE public = 1 ORDER BY id LIMIT 1');
    const j = await (await anon(`/api/v1/projects/${pub.id}`)).json();
    for (const k of ['description', 'results', 'partners', 'needs', 'ages', 'municipalities', 'lead_organisation'])
      assert.ok(k in j, k);
    const [hid] = await sql('SELECT id FROM project WHERE public = 0 LIMIT 1');
    assert.equal((await anon(`/api/v1/projects/${hid.id}`)).status, 404);
    assert.equal((await as.partner.get(`/api/v1/projects/${hid.id}`)).status, 200);
    assert.equal((await anon('/api/v1/projects/0')).status, 404);
  });
});

describe('routes × roles', () => {
  it('answers every GET route of projects and joining as the role allows', async () => {
    const [{ id }] = await sql('SELECT id FROM project WHERE public = 1 ORDER BY id LIMIT 1');
    const [{ rid }] = await sql('SELECT id AS rid FROM join_request ORDER BY id LIMIT 1');
    // anonymous, partner, visits, coordination, admin
    const table = [
      ['/projekte', [200, 200, 200, 200, 200]],
      [`/projekte/${id}`, [200, 200, 200, 200, 200]],
      ['/intern/projekte', [303, 200, 200, 200, 200]],
      ['/intern/projekte/neu', [303, 200, 200, 200, 200]],
      [`/intern/projekte/${id}`, [303, 200, 200, 200, 200]],
      ['/mitmachen', [200, 200, 200, 200, 200]],
      ['/mitmachen/danke', [200, 200, 200, 200, 200]],
      ['/intern/anfragen', [303, 403, 403, 200, 200]],
      [`/intern/anfragen/${rid}`, [303, 403, 403, 200, 200]],
      ['/konto/einrichten/gibt-es-nicht-und-ist-lang-genug', [404, 404, 404, 404, 404]],
      ['/api/v1/projects', [200, 200, 200, 200, 200]],
      [`/api/v1/projects/${id}`, [200, 200, 200, 200, 200]],
    ];
    const who = ['partner', 'visits', 'coordination', 'admin'];
    for (const [p, expected] of table) {
      const got = [(await anon(p)).status];
      for (const w of who) got.push((await as[w].get(p)).status);
      assert.deepEqual(got, expected, p);
    }
  });
});
