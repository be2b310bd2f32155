// demo.test.mjs - `lotse demo`: the demo district's directory. Counts from
// the summary line and from the database (read with the sqlite3 command-
// line tool), every need and age group covered by public offers, the
// deliberate gaps of Moorhausen and Wiesental, every record saved through
// the domain layer (audited), the same district on every run, idempotence,
// --offers N and its wrong uses.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';

import { LOTSE_BIN } from './server.mjs';

const run = promisify(execFile);

// The fixed codes of DESIGN.md ("Fixed interfaces").
const NEEDS = [
  'schwangerschaft-geburt', 'gesundheit-entwicklung', 'schreien-schlafen-fuettern',
  'erziehung-bindung', 'begegnung', 'betreuung', 'geld-leistungen', 'alltag-haushalt',
  'migration-sprache', 'behinderung-fruehfoerderung', 'psyche-sucht', 'krise-gewalt',
  'kinderschutz',
];
const AGES = ['schwangerschaft', '0-1', '1-3', '3-6', '6-10', '10-14', '14-18'];
const SECTORS = [
  'jugendhilfe-oeffentlich', 'jugendhilfe-frei', 'hebammen', 'kinderaerzte', 'gynaekologie',
  'klinik', 'gesundheitsamt', 'fruehfoerderung', 'schwangerschaftsberatung', 'beratungsstelle',
  'kita', 'familienzentrum', 'schule', 'jobcenter', 'sozialamt', 'polizei-ordnung', 'ehrenamt',
  'sonstige',
];
const SUMMARY = /Demo-Landkreis Ahrwald angelegt: (\d+) Städte und Gemeinden, (\d+) Sozialräume, (\d+) Organisationen, (\d+) Ansprechpersonen, (\d+) Angebote, (\d+) Konten\./;

let dir;
before(async () => { dir = await mkdtemp(path.join(os.tmpdir(), 'lotse-demo-')); });
after(async () => { await rm(dir, { recursive: true, force: true }); });

/** Runs lotse; resolves with {code, stdout, stderr} (never rejects on
 * a non-zero exit). */
async function lotse(args) {
  try {
    const r = await run(LOTSE_BIN, args, { cwd: dir, maxBuffer: 1 << 24 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    if (typeof err.code !== 'number') throw err;
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** Runs SQL on a database with the sqlite3 tool; resolves with the rows. */
async function sql(db, query) {
  const r = await run('sqlite3', ['-json', '-readonly', db, query], { maxBuffer: 1 << 26 });
  return r.stdout.trim() ? JSON.parse(r.stdout) : [];
}

/** Makes a fresh demo database; resolves with its path and the counts of
 * the summary line. */
async function makeDemo(name, extra = []) {
  const db = path.join(dir, name);
  const r = await lotse(['demo', '--db', db, ...extra]);
  assert.equal(r.code, 0, r.stderr);
  const m = r.stdout.match(SUMMARY);
  assert.ok(m, `summary line missing:\n${r.stdout}`);
  const [towns, areas, orgs, contacts, offers, accounts] = m.slice(1).map(Number);
  return { db, stdout: r.stdout, counts: { towns, areas, orgs, contacts, offers, accounts } };
}

// Offers the public sees: published and valid today.
const PUBLIC = `o.status = 'published' AND (o.valid_from IS NULL OR o.valid_from <= date('now'))
  AND (o.valid_to IS NULL OR o.valid_to >= date('now'))`;

describe('lotse demo', () => {
  let demo;
  before(async () => { demo = await makeDemo('demo.db'); });

  it('prints the counts: 9 municipalities, about 300 organisations, 600 offers', async () => {
    const c = demo.counts;
    assert.equal(c.towns, 9);
    assert.equal(c.accounts, 5);
    assert.equal(c.offers, 600);
    assert.ok(c.orgs >= 280 && c.orgs <= 320, `organisations: ${c.orgs}`);
    assert.ok(c.contacts >= 300, `contacts: ${c.contacts}`);
    const [row] = await sql(demo.db, `SELECT (SELECT count(*) FROM organisation) AS orgs,
      (SELECT count(*) FROM contact) AS contacts, (SELECT count(*) FROM offer) AS offers`);
    assert.deepEqual(row, { orgs: c.orgs, contacts: c.contacts, offers: c.offers });
    assert.match(demo.stdout, /partner@ahrwald\.example\s+Ahrwald-Demo-Familie-2026/);
  });

  it('keeps the fixed organisations of the demo accounts first', async () => {
    const rows = await sql(demo.db, 'SELECT id, name FROM organisation WHERE id <= 4 ORDER BY id');
    assert.deepEqual(rows.map((r) => r.name), ['Jugendamt Landkreis Ahrwald',
      'Familienzentrum Lindenhof', 'Hebammenpraxis Kranichsee',
      'Erziehungsberatungsstelle Birkenfelde']);
    const [lindenhof] = await sql(demo.db, `SELECT count(*) AS n FROM offer
      WHERE organisation_id = 2 AND status = 'published'`);
    assert.ok(lindenhof.n >= 3, 'the partner account\'s organisation has offers');
  });

  it('covers every sector, every need and every age group with public offers', async () => {
    const sectors = (await sql(demo.db, 'SELECT DISTINCT sector FROM organisation')).map((r) => r.sector);
    assert.deepEqual([...sectors].sort(), [...SECTORS].sort());
    const needs = await sql(demo.db, `SELECT n.need, count(*) AS n FROM offer_need n
      JOIN offer o ON o.id = n.offer_id WHERE ${PUBLIC} GROUP BY n.need`);
    assert.deepEqual(needs.map((r) => r.need).sort(), [...NEEDS].sort());
    for (const r of needs) assert.ok(r.n >= 5, `need ${r.need}: only ${r.n} offers`);
    const ages = await sql(demo.db, `SELECT a.age, count(*) AS n FROM offer_age a
      JOIN offer o ON o.id = a.offer_id WHERE ${PUBLIC} GROUP BY a.age`);
    assert.deepEqual(ages.map((r) => r.age).sort(), [...AGES].sort());
    for (const r of ages) assert.ok(r.n >= 20, `age ${r.age}: only ${r.n} offers`);
    const costs = await sql(demo.db, 'SELECT DISTINCT cost FROM offer ORDER BY cost');
    assert.deepEqual(costs.map((r) => r.cost), ['beitrag', 'kassenleistung', 'kostenlos']);
    const access = await sql(demo.db, 'SELECT DISTINCT access FROM offer_access ORDER BY access');
    assert.deepEqual(access.map((r) => r.access), ['geh', 'komm', 'online', 'telefon']);
    const langs = await sql(demo.db, 'SELECT count(DISTINCT language) AS n FROM offer_language');
    assert.ok(langs[0].n >= 6, 'offers in several languages');
  });

  it('leaves Moorhausen and Wiesental without local offers on addiction and on migration', async () => {
    const rows = await sql(demo.db, `SELECT r.name, n.need FROM offer_location l
      JOIN region r ON r.id = l.region_id JOIN offer_need n ON n.offer_id = l.offer_id
      WHERE r.name IN ('Moorhausen', 'Wiesental')
        AND n.need IN ('psyche-sucht', 'migration-sprache')`);
    assert.deepEqual(rows, []);
    const served = await sql(demo.db, `SELECT count(*) AS n FROM offer_region x
      JOIN region r ON r.id = x.region_id JOIN offer_need n ON n.offer_id = x.offer_id
      WHERE r.name IN ('Moorhausen', 'Wiesental')
        AND n.need IN ('psyche-sucht', 'migration-sprache')`);
    assert.equal(served[0].n, 0, 'nor home visits there on those needs');
    // ... while they do have local offers of other needs.
    const other = await sql(demo.db, `SELECT r.name, count(*) AS n FROM offer_location l
      JOIN region r ON r.id = l.region_id WHERE r.name IN ('Moorhausen', 'Wiesental')
      GROUP BY r.name ORDER BY r.name`);
    assert.equal(other.length, 2);
    for (const r of other) assert.ok(r.n >= 5, `${r.name}: ${r.n} offers`);
  });

  it('has complete, valid offers: codes, location with municipality and coordinates, texts', async () => {
    const [bad] = await sql(demo.db, `SELECT
      (SELECT count(*) FROM offer o WHERE NOT EXISTS (SELECT 1 FROM offer_need x WHERE x.offer_id = o.id)) AS no_need,
      (SELECT count(*) FROM offer o WHERE NOT EXISTS (SELECT 1 FROM offer_age x WHERE x.offer_id = o.id)) AS no_age,
      (SELECT count(*) FROM offer o WHERE NOT EXISTS (SELECT 1 FROM offer_access x WHERE x.offer_id = o.id)) AS no_access,
      (SELECT count(*) FROM offer o WHERE NOT EXISTS (SELECT 1 FROM offer_language x WHERE x.offer_id = o.id AND x.language = 'de')) AS no_german,
      (SELECT count(*) FROM offer o WHERE NOT EXISTS (SELECT 1 FROM offer_location x WHERE x.offer_id = o.id
         AND x.region_id IS NOT NULL AND x.lat IS NOT NULL AND x.schedule <> '')) AS no_location,
      (SELECT count(*) FROM offer WHERE prevention = '' OR external_id NOT LIKE 'demo-%') AS no_code,
      (SELECT count(*) FROM offer WHERE cost = 'beitrag' AND cost_note = '') AS fee_without_note`);
    assert.deepEqual(bad, { no_need: 0, no_age: 0, no_access: 0, no_german: 0, no_location: 0,
      no_code: 0, fee_without_note: 0 });
    // Home visits say where.
    const [home] = await sql(demo.db, `SELECT count(*) AS n FROM offer o
      JOIN offer_access a ON a.offer_id = o.id AND a.access = 'geh'
      WHERE NOT EXISTS (SELECT 1 FROM offer_region x WHERE x.offer_id = o.id)`);
    assert.equal(home.n, 0);
    // Descriptions of two to five sentences; titles varied.
    const offers = await sql(demo.db, 'SELECT title, description FROM offer');
    for (const o of offers) {
      const sentences = o.description.split(/(?<=[.?!])\s+/).length;
      assert.ok(sentences >= 2 && sentences <= 5, `${sentences} sentences: ${o.description}`);
    }
    const titles = new Set(offers.map((o) => o.title));
    assert.ok(titles.size >= 200, `only ${titles.size} different titles`);
  });

  it('has the statuses and dates the pages have to handle', async () => {
    const rows = await sql(demo.db, `SELECT
      sum(status = 'published') AS published, sum(status = 'draft') AS draft,
      sum(status = 'archived') AS archived,
      sum(status = 'published' AND valid_to < date('now')) AS expired,
      sum(status = 'published' AND valid_from > date('now')) AS future,
      sum(verified_at < strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-365 days')) AS unverified
      FROM offer`);
    const s = rows[0];
    assert.ok(s.published >= 450, `published: ${s.published}`);
    for (const k of ['draft', 'archived', 'expired', 'future', 'unverified']) {
      assert.ok(s[k] >= 3, `${k}: ${s[k]}`);
    }
    const members = await sql(demo.db, `SELECT membership, count(*) AS n FROM organisation
      GROUP BY membership ORDER BY membership`);
    assert.deepEqual(members.map((r) => r.membership), ['interested', 'left', 'member']);
    const [contacts] = await sql(demo.db, `SELECT sum(public) AS public, sum(NOT public) AS private,
      sum(role = 'insoweit-erfahrene-fachkraft') AS ief FROM contact`);
    assert.ok(contacts.public > 50 && contacts.private > 50, JSON.stringify(contacts));
    assert.ok(contacts.ief >= 5, `insoweit erfahrene Fachkräfte: ${contacts.ief}`);
  });

  it('saved every record through the domain layer (each one audited as made by "cli")', async () => {
    // Contacts are audited in their organisation's history.
    const rows = await sql(demo.db, `SELECT CASE WHEN entity = 'organisation'
        AND summary LIKE 'Ansprechperson %' THEN 'contact' ELSE entity END AS entity,
      count(*) AS n FROM audit_log
      WHERE action = 'create' AND actor = 'cli' GROUP BY 1 ORDER BY 1`);
    const n = Object.fromEntries(rows.map((r) => [r.entity, r.n]));
    assert.equal(n.offer, demo.counts.offers);
    assert.equal(n.contact, demo.counts.contacts);
    assert.equal(n.organisation, demo.counts.orgs);
  });

  it('makes the same district every time', async () => {
    const again = await makeDemo('again.db');
    const q = `SELECT o.external_id, o.title, o.description, g.name, o.status
      FROM offer o JOIN organisation g ON g.id = o.organisation_id ORDER BY o.id`;
    assert.deepEqual(await sql(again.db, q), await sql(demo.db, q));
    const c = 'SELECT name, role, email, public FROM contact ORDER BY id';
    assert.deepEqual(await sql(again.db, c), await sql(demo.db, c));
  });

  it('does nothing on a second run', async () => {
    const r = await lotse(['demo', '--db', demo.db]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /enthält schon einen Landkreis \(Landkreis Ahrwald\); die Demo-Daten werden nicht noch einmal angelegt/);
    const [row] = await sql(demo.db, 'SELECT count(*) AS n FROM offer');
    assert.equal(row.n, 600);
  });
});

describe('lotse demo, all or nothing', () => {
  it('a failure half-way (an offer refused) leaves the database as it was, with one line on stderr', async () => {
    const db = path.join(dir, 'clash.db');
    assert.equal((await lotse(['init', '--db', db])).code, 0);
    // An offer that already has the external id of the 300th demo offer.
    const now = '2026-01-01T00:00:00Z';
    await run('sqlite3', [db, `INSERT INTO organisation (name, sector, created_at, updated_at)
      VALUES ('Schon da', 'sonstige', '${now}', '${now}');
      INSERT INTO offer (external_id, organisation_id, title, description, verified_at, created_at, updated_at)
      VALUES ('demo-0300', 1, 'Schon da', 'Schon da', '${now}', '${now}', '${now}');`]);
    const before = await sql(db, 'SELECT count(*) AS n FROM audit_log');
    const r = await lotse(['demo', '--db', db]);
    assert.equal(r.code, 1, r.stdout);
    assert.equal(r.stdout, '');
    const lines = r.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0], /^lotse demo: die Demo-Daten wurden nicht angelegt, nichts wurde geändert: .*external_id: Die externe Kennung „demo-0300“ gehört schon zu einem anderen Angebot\.$/);
    const [row] = await sql(db, `SELECT (SELECT count(*) FROM region) AS regions,
      (SELECT count(*) FROM organisation) AS orgs, (SELECT count(*) FROM contact) AS contacts,
      (SELECT count(*) FROM offer) AS offers, (SELECT count(*) FROM app_user) AS users,
      (SELECT count(*) FROM setting) AS settings, (SELECT count(*) FROM audit_log) AS audit`);
    assert.deepEqual(row, { regions: 0, orgs: 1, contacts: 0, offers: 1, users: 0, settings: 0,
      audit: before[0].n });
  });
});

describe('lotse demo --offers', () => {
  it('--offers 2000 makes 2000 offers, the extra ones as variations', async () => {
    const { db, counts } = await makeDemo('more.db', ['--offers', '2000']);
    assert.equal(counts.offers, 2000);
    const [row] = await sql(db, `SELECT count(*) AS n, count(DISTINCT external_id) AS ids,
      count(DISTINCT title) AS titles FROM offer`);
    assert.equal(row.n, 2000);
    assert.equal(row.ids, 2000);
    assert.ok(row.titles >= 1000, `only ${row.titles} different titles`);
  });

  it('--offers 0 makes the organisations only', async () => {
    const { counts } = await makeDemo('none.db', ['--offers', '0']);
    assert.equal(counts.offers, 0);
    assert.ok(counts.orgs >= 280);
  });

  for (const bad of ['abc', '-5', '1000001', '12x', '']) {
    it(`--offers "${bad}" is wrong usage (exit 2) and changes nothing`, async () => {
      const db = path.join(dir, `bad-${bad || 'empty'}.db`);
      const r = await lotse(['demo', '--db', db, '--offers', bad]);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /^lotse demo: --offers braucht eine ganze Zahl von 0 bis 1000000\n/);
      assert.match(r.stderr, /Aufruf: lotse demo \[--db DATEI\] \[--offers N\]/);
      assert.equal(r.stdout, '');
    });
  }

  it('lotse help demo explains --offers', async () => {
    const r = await lotse(['help', 'demo']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /--offers N legt N Angebote an statt 600/);
  });
});
