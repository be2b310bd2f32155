// public-data.mjs - test data for the public directory pages (HTTP tests
// in public.test.mjs, browser tests in ../e2e/public.spec.mjs): written
// with the sqlite3 command-line tool straight into the database of a
// running test server (server.dir/lotse.db; WAL mode allows it), with ids
// from 90001 on so that they never meet the demo district's records.
//
// Organisation 90001 is an active partner with a public and a non-public
// contact person; 90002 is archived, 90003 has left the network, 90004
// has markup in its name and texts that must come out escaped. Offer
// 90001 is a complete public one; 90002 (draft), 90003 (archived), 90004
// (expired), 90005 (starts in the future), 90007 and 90008 (of the
// archived and the departed organisation) must never be shown; 90006 is
// public but names the contact person who did not agree to be shown, and
// was last confirmed long ago; 90009 carries markup.
import { spawn } from 'node:child_process';
import path from 'node:path';

export const ORG = {
  id: 90001,
  name: 'Familienzentrum Am Sonnenhang',
  phone: '+49 (5161) 12-34',
  tel: '+4951611234',
  email: 'hallo@sonnenhang.example',
  web: 'https://sonnenhang.example/eltern?a=1&b=2',
};
export const OFFER = {
  id: 90001,
  title: 'Elterncafé mit Krabbelecke',
  lat: 52.91234,
  lon: 10.45678,
  verified: '2026-03-05T10:00:00Z',
};
/** An organisation and an offer whose texts carry markup. */
export const EVIL = {
  org: 90004,
  orgName: 'Testhaus "><img src=x onerror=alert(1)> Sonne & Mond',
  offer: 90009,
  title: 'Krabbeltreff <script>alert(1)</script> & mehr',
  web: 'javascript:alert(1)',
};
/** Titles that must never appear on a public page. */
export const HIDDEN_OFFERS = {
  90002: 'Entwurf Geheimangebot',
  90003: 'Archiviertes Altangebot',
  90004: 'Abgelaufenes Angebot',
  90005: 'Zukünftiges Angebot',
  90007: 'Angebot des archivierten Partners',
  90008: 'Angebot des ausgetretenen Partners',
};
export const HIDDEN_ORGS = {
  90002: 'Archivierte Einrichtung Zebra',
  90003: 'Ausgetretene Einrichtung Yak',
};
export const PUBLIC_CONTACT = 'Petra Sommerfeld';
export const SECRET_CONTACT = 'Norbert Verborgen-Test';

const q = (s) => `'${String(s).replaceAll("'", "''")}'`;
const NOW = "'2026-01-01T00:00:00Z'";

function org(id, name, extra = {}) {
  const o = {
    sector: 'familienzentrum', street: 'Testweg 1', postcode: '29664', city: 'Ahrwald',
    phone: '', email: '', web: '', membership: 'member', archived: 0, description: '',
    ...extra,
  };
  return `INSERT INTO organisation (id, name, sector, street, postcode, city, phone, email,
    web, membership, member_since, created_at, updated_at, description, archived) VALUES
    (${id}, ${q(name)}, ${q(o.sector)}, ${q(o.street)}, ${q(o.postcode)}, ${q(o.city)},
    ${q(o.phone)}, ${q(o.email)}, ${q(o.web)}, ${q(o.membership)}, '2024-01-01', ${NOW}, ${NOW},
    ${q(o.description)}, ${o.archived});`;
}

function offer(id, orgId, title, extra = {}) {
  const o = {
    status: 'published', validFrom: null, validTo: null, contact: null,
    description: 'Ein Angebot für Familien.', verified: '2026-01-01T00:00:00Z',
    needs: ['begegnung'], ages: ['0-1'], cost: 'kostenlos', ...extra,
  };
  const sql = [`INSERT INTO offer (id, external_id, organisation_id, title, description,
    prevention, cost, cost_note, accessible, accessibility_note, eligibility,
    registration_required, registration_note, waiting_list, phone, email, web, contact_id,
    valid_from, valid_to, status, verified_at, created_at, updated_at) VALUES
    (${id}, 'pub-test-${id}', ${orgId}, ${q(title)}, ${q(o.description)},
    ${q(o.prevention ?? '')}, ${q(o.cost)}, ${q(o.costNote ?? '')}, ${o.accessible ?? 'NULL'},
    ${q(o.accessibilityNote ?? '')}, ${q(o.eligibility ?? '')}, ${o.registration ? 1 : 0},
    ${q(o.registrationNote ?? '')}, ${o.waitingList ? 1 : 0}, ${q(o.phone ?? '')},
    ${q(o.email ?? '')}, ${q(o.web ?? '')}, ${o.contact ?? 'NULL'},
    ${o.validFrom ? q(o.validFrom) : 'NULL'}, ${o.validTo ? q(o.validTo) : 'NULL'},
    ${q(o.status)}, ${q(o.verified)}, ${NOW}, ${NOW});`];
  for (const n of o.needs) sql.push(`INSERT INTO offer_need VALUES (${id}, ${q(n)});`);
  for (const a of o.ages) sql.push(`INSERT INTO offer_age VALUES (${id}, ${q(a)});`);
  for (const a of o.access ?? []) sql.push(`INSERT INTO offer_access VALUES (${id}, ${q(a)});`);
  for (const l of o.langs ?? []) sql.push(`INSERT INTO offer_language VALUES (${id}, ${q(l)});`);
  for (const s of o.serves ?? []) {
    sql.push(`INSERT INTO offer_region SELECT ${id}, id FROM region WHERE slug = ${q(s)};`);
  }
  // Every offer has a location in Ahrwald, so that the page of Ahrwald
  // would show it if the filters were wrong.
  const loc = o.location ?? {};
  sql.push(`INSERT INTO offer_location (offer_id, position, name, street, postcode, city,
    region_id, lat, lon, schedule) VALUES (${id}, 0, ${q(loc.name ?? '')},
    ${q(loc.street ?? 'Testweg 1')}, '29664', 'Ahrwald',
    (SELECT id FROM region WHERE slug = 'ahrwald'), ${loc.lat ?? 'NULL'}, ${loc.lon ?? 'NULL'},
    ${q(loc.schedule ?? '')});`);
  return sql.join('\n');
}

export const FIXTURE_SQL = [
  'BEGIN;',
  org(ORG.id, ORG.name, {
    street: 'Am Sonnenhang 12', phone: ORG.phone, email: ORG.email, web: ORG.web,
    description: 'Das Familienzentrum ist ein offener Treffpunkt für Schwangere, Eltern '
      + 'und Kinder. Wir beraten, begleiten und vermitteln weiter.\n\nKommen Sie einfach '
      + 'vorbei – bei einem Kaffee lässt sich vieles leichter besprechen.',
  }),
  `INSERT INTO organisation_region SELECT ${ORG.id}, id FROM region
     WHERE slug IN ('ahrwald', 'moorhausen');`,
  org(90002, HIDDEN_ORGS[90002], { archived: 1 }),
  org(90003, HIDDEN_ORGS[90003], { membership: 'left' }),
  org(EVIL.org, EVIL.orgName, {
    sector: 'ehrenamt', web: EVIL.web, phone: 'nur <b>vormittags</b>',
    description: 'Wir sind für <b>alle</b> Familien da.',
  }),
  `INSERT INTO contact (id, organisation_id, name, role, job_title, phone, email, public,
     consent_at, created_at, updated_at) VALUES
     (90001, ${ORG.id}, ${q(PUBLIC_CONTACT)}, 'familienhebamme', 'Familienhebamme',
      '0170 1234567', 'p.sommerfeld@sonnenhang.example', 1, ${NOW}, ${NOW}, ${NOW}),
     (90002, ${ORG.id}, ${q(SECRET_CONTACT)}, 'insoweit-erfahrene-fachkraft', '',
      '0170 7654321', 'norbert@sonnenhang.example', 0, NULL, ${NOW}, ${NOW});`,
  offer(OFFER.id, ORG.id, OFFER.title, {
    description: 'Jeden Dienstagvormittag treffen sich Eltern mit Babys und Kleinkindern '
      + 'in unserem Café. Sie können sich austauschen, Fragen stellen und neue Kontakte '
      + 'knüpfen.\n\nEine Familienhebamme ist da und hat ein offenes Ohr.\nDie Kinder '
      + 'spielen derweil in der Krabbelecke.',
    needs: ['begegnung', 'erziehung-bindung'], ages: ['0-1', '1-3'],
    prevention: 'universell', eligibility: 'Eltern mit Kindern bis drei Jahre',
    cost: 'beitrag', costNote: '2 € für Kaffee und Kuchen, Kinder frei',
    accessible: 1, accessibilityNote: 'Aufzug am Seiteneingang',
    registration: true, registrationNote: 'Bitte bis Montag kurz anrufen.',
    waitingList: true, access: ['komm', 'geh'], langs: ['de', 'tr'],
    phone: ORG.phone, email: ORG.email, web: ORG.web, contact: 90001,
    serves: ['moorhausen'], verified: OFFER.verified,
    location: {
      name: 'Café im Familienzentrum', street: 'Am Sonnenhang 12', lat: OFFER.lat,
      lon: OFFER.lon, schedule: 'Dienstags 9:30–11:00 Uhr\nnicht in den Schulferien',
    },
  }),
  offer(90002, ORG.id, HIDDEN_OFFERS[90002], { status: 'draft' }),
  offer(90003, ORG.id, HIDDEN_OFFERS[90003], { status: 'archived' }),
  offer(90004, ORG.id, HIDDEN_OFFERS[90004], { validTo: '2020-12-31' }),
  offer(90005, ORG.id, HIDDEN_OFFERS[90005], { validFrom: '2999-01-01' }),
  offer(90006, ORG.id, 'Offene Sprechstunde bei Sorgen um ein Kind', {
    contact: 90002, verified: '2020-02-01T00:00:00Z', needs: ['kinderschutz'],
    serves: ['landkreis-ahrwald'],
    description: 'Sie machen sich Sorgen um ein Kind? Wir hören zu und überlegen '
      + 'gemeinsam, was hilft – auf Wunsch auch anonym.',
  }),
  offer(90007, 90002, HIDDEN_OFFERS[90007]),
  offer(90008, 90003, HIDDEN_OFFERS[90008]),
  offer(EVIL.offer, EVIL.org, EVIL.title, {
    description: 'Spielen <i>und</i> Singen.', needs: ['begegnung'],
    web: EVIL.web, email: 'a@b.example"><script>x</script>',
  }),
  'COMMIT;',
].join('\n');

/** Runs sql with the sqlite3 tool on the database file db. */
export function sqlite(db, sql) {
  return new Promise((resolve, reject) => {
    const child = spawn('sqlite3', ['-bail', '-cmd', '.timeout 10000', db]);
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 && !err) resolve(out);
      else reject(new Error(`sqlite3 exited with ${code}: ${err}`));
    });
    child.stdin.end(sql);
  });
}

/** Writes the test data into the database of a server from startServer()
 * (once: a server that has it already is left alone). */
export async function insertPublicFixture(server) {
  const db = path.join(server.dir, 'lotse.db');
  const have = await sqlite(db, `SELECT count(*) FROM offer WHERE id = ${OFFER.id};`);
  if (have.trim() === '0') await sqlite(db, FIXTURE_SQL);
}
