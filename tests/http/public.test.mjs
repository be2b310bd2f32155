// public.test.mjs - the public directory pages (/angebote/{id}, /partner,
// /partner/{id}, /orte/{slug}) against the real server: content, only
// public data (no draft, archived, expired or future offer, no offer or
// page of an archived or departed partner, no contact person without
// consent), 404s, escaping, and links that lead nowhere else than they
// should. The test data comes from public-data.mjs (sqlite3 into the
// server's database).
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { assertGermanPage, assertNoInjection, assertSecurityHeaders, HTML } from './checks.mjs';
import {
  EVIL, HIDDEN_OFFERS, HIDDEN_ORGS, insertPublicFixture, OFFER, ORG, PUBLIC_CONTACT,
  SECRET_CONTACT, sqlite,
} from './public-data.mjs';
import { login, startServer } from './server.mjs';

const NETWORK = 'Netzwerk Frühe Hilfen und Kinderschutz Ahrwald';

let srv;
before(async () => {
  srv = await startServer();
  await insertPublicFixture(srv);
});
after(async () => { assert.equal(await srv.stop(), 0); });

async function get(p, init) {
  const res = await fetch(srv.url + p, { redirect: 'manual', ...init });
  return { status: res.status, headers: res.headers, body: await res.text() };
}

/** A page answered with 200, in the frame, without injected markup. */
async function page(p) {
  const res = await get(p);
  assert.equal(res.status, 200, `${p}: status`);
  assert.equal(res.headers.get('content-type'), HTML);
  assertSecurityHeaders(res.headers, p);
  assertGermanPage(res.body, p);
  assertNoInjection(res.body, p);
  assertNothingFromElsewhere(res.body, p);
  return res.body;
}

/** Nothing is loaded from another host: no script, image or frame at all,
 * and every stylesheet or icon is our own. */
function assertNothingFromElsewhere(body, what) {
  assert.ok(!/<(script|img|iframe|object|embed|video|audio)\b/i.test(body), `${what}: embedded content`);
  for (const m of body.matchAll(/<link[^>]*href="([^"]*)"/g))
    assert.match(m[1], /^\/static\//, `${what}: <link> to ${m[1]}`);
  assert.ok(!/<[^>]*\ssrc=/i.test(body), `${what}: a src attribute`);
}

/** Every hidden offer and organisation is absent from body. */
function assertOnlyPublic(body, what) {
  for (const [id, title] of Object.entries(HIDDEN_OFFERS)) {
    assert.ok(!body.includes(title), `${what}: shows hidden offer "${title}"`);
    assert.ok(!body.includes(`href="/angebote/${id}"`), `${what}: links hidden offer ${id}`);
  }
  for (const [id, name] of Object.entries(HIDDEN_ORGS)) {
    assert.ok(!body.includes(name), `${what}: shows hidden organisation "${name}"`);
    assert.ok(!body.includes(`href="/partner/${id}"`), `${what}: links hidden organisation ${id}`);
  }
  assert.ok(!body.includes(SECRET_CONTACT), `${what}: shows the contact without consent`);
  assert.ok(!body.includes('norbert@'), `${what}: shows the e-mail of the contact without consent`);
}

/** The value of the description list entry with key in body. */
function dd(body, key) {
  const re = new RegExp(`<dt class="kern-description-list-item__key">${key}</dt><dd `
    + 'class="kern-description-list-item__value">([^]*?)</dd>');
  const m = re.exec(body);
  assert.ok(m, `no entry "${key}"`);
  return m[1];
}

describe('GET /angebote/{id}', () => {
  it('shows everything a parent needs to act', async () => {
    const body = await page(`/angebote/${OFFER.id}`);
    assert.match(body, new RegExp(`<title>${OFFER.title} – ${NETWORK}</title>`));
    assert.match(body, new RegExp(`<h1 class="kern-heading-large">${OFFER.title}</h1>`));
    assert.ok(body.includes(`Ein Angebot von <a class="kern-link" href="/partner/${ORG.id}">${ORG.name}</a>`));
    // Description as paragraphs with line breaks.
    assert.match(body, /<p class="kern-body">Eine Familienhebamme ist da und hat ein offenes Ohr\.<br>Die Kinder/);
    // For whom: labels, never codes, in the order of the code lists.
    assert.equal(dd(body, 'Alter'), '0–1 Jahr, 1–3 Jahre');
    assert.equal(dd(body, 'Themen'), 'Erziehung und Bindung, Andere Eltern treffen');
    assert.equal(dd(body, 'Zielgruppe'), 'Für alle Familien');
    assert.equal(dd(body, 'Voraussetzungen'), 'Eltern mit Kindern bis drei Jahre');
    assert.equal(dd(body, 'Für Familien aus'), '<a class="kern-link" href="/orte/moorhausen">Moorhausen</a>');
    // Good to know.
    assert.equal(dd(body, 'Kosten'), 'Mit Kostenbeitrag<br>2 € für Kaffee und Kuchen, Kinder frei');
    assert.equal(dd(body, 'Anmeldung'), 'Bitte melden Sie sich vorher an.<br>Bitte bis Montag kurz anrufen.');
    assert.match(dd(body, 'Warteliste'), /Es gibt eine Warteliste/);
    assert.equal(dd(body, 'So findet es statt'), 'Sie kommen zu uns, Wir kommen zu Ihnen nach Hause');
    assert.equal(dd(body, 'Sprachen'), 'Deutsch, Türkisch');
    assert.equal(dd(body, 'Barrierefreiheit'), 'Barrierefrei zugänglich.<br>Aufzug am Seiteneingang');
    assert.match(body, /Kommt auch zu Ihnen nach Hause<\/span><\/li>/);
    // Where and when, with a plain link to OpenStreetMap from the coordinates.
    assert.match(body, /<h3 class="kern-heading-small">Café im Familienzentrum<\/h3><p class="kern-body">Am Sonnenhang 12<br>29664 Ahrwald<\/p>/);
    assert.match(body, /<p class="kern-body">Dienstags 9:30–11:00 Uhr<br>nicht in den Schulferien<\/p>/);
    assert.ok(body.includes('href="https://www.openstreetmap.org/?mlat=52.91234&amp;mlon=10.45678'
      + '#map=16/52.91234/10.45678">Auf der Karte ansehen'));
    // Contact: tel: with digits only, mailto:, the web address, the person.
    assert.equal(dd(body, 'Telefon'), `<a class="kern-link" href="tel:${ORG.tel}">${ORG.phone}</a>`);
    assert.equal(dd(body, 'E-Mail'), `<a class="kern-link" href="mailto:${ORG.email}">${ORG.email}</a>`);
    assert.equal(dd(body, 'Internet'), '<a class="kern-link" href="https://sonnenhang.example/eltern?a=1&amp;b=2">'
      + 'sonnenhang.example/eltern?a=1&amp;b=2</a>');
    const person = dd(body, 'Ansprechperson');
    assert.ok(person.startsWith(`${PUBLIC_CONTACT}, Familienhebamme`), person);
    assert.ok(person.includes('href="tel:01701234567"'), person);
    assert.match(body, /Stand: zuletzt bestätigt am <time datetime="2026-03-05">05\.03\.2026<\/time><\/p>/);
    assertOnlyPublic(body, 'offer');
  });

  it('tel: links carry only digits and a leading +', async () => {
    for (const p of [`/angebote/${OFFER.id}`, `/partner/${ORG.id}`, `/partner/${EVIL.org}`, '/orte/ahrwald']) {
      const body = await page(p);
      for (const m of body.matchAll(/href="tel:([^"]*)"/g))
        assert.match(m[1], /^\+?[0-9]+$/, `${p}: tel:${m[1]}`);
    }
  });

  it('never names a contact person without consent; says when it was confirmed long ago', async () => {
    const body = await page('/angebote/90006');
    assert.ok(!body.includes('Ansprechperson'));
    assertOnlyPublic(body, '/angebote/90006');
    // Without its own phone or e-mail the organisation's are shown.
    assert.equal(dd(body, 'Telefon'), `<a class="kern-link" href="tel:${ORG.tel}">${ORG.phone}</a>`);
    assert.match(body, /01\.02\.2020<\/time>\. Bitte fragen Sie nach, ob die Angaben noch stimmen\./);
    assert.equal(dd(body, 'Für Familien aus'), 'dem ganzen Landkreis Ahrwald');
  });

  for (const [id, why] of [
    ...Object.entries(HIDDEN_OFFERS).map(([id, t]) => [id, t]),
    ['0', 'id 0'], ['-1', 'negative'], ['abc', 'not a number'], ['99999999', 'unknown'],
    ['1e3', 'not decimal'], ['%20', 'blank'],
  ]) {
    it(`/angebote/${id} (${why}) is 404 with a friendly German message`, async () => {
      const res = await get(`/angebote/${id}`);
      assert.equal(res.status, 404);
      assertGermanPage(res.body, id);
      assert.match(res.body, /<h1[^>]*>Seite nicht gefunden<\/h1>/);
      if (/^\d+$/.test(id) && Number(id) > 0)
        assert.match(res.body, /Dieses Angebot gibt es nicht oder nicht mehr\./);
      assertOnlyPublic(res.body, `/angebote/${id}`);
    });
  }

  it('HEAD answers like GET without a body', async () => {
    const res = await fetch(`${srv.url}/angebote/${OFFER.id}`, { method: 'HEAD' });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), HTML);
    assert.equal(await res.text(), '');
  });
});

describe('GET /partner', () => {
  const names = (body) => [...body.matchAll(/<a class="kern-link lotse-partner-list__name" href="\/partner\/(\d+)">([^<]*)<\/a>/g)]
    .map((m) => ({ id: Number(m[1]), name: m[2] }));

  it('lists the active partners with sector, place and the count', async () => {
    const body = await page('/partner');
    assert.match(body, /<h1 class="kern-heading-large">Partner im Netzwerk<\/h1>/);
    assert.match(body, /<a href="\/partner" aria-current="page">Partner<\/a>/);
    const list = names(body);
    assert.ok(list.length >= 5, `${list.length} partners`);
    assert.match(body, new RegExp(`<strong>${list.length} Partner</strong>`));
    const ours = list.find((o) => o.id === ORG.id);
    assert.equal(ours?.name, ORG.name);
    assert.ok(body.includes(`${ORG.name}</a><span class="lotse-partner-list__meta">Familienzentren und Familienbildung · Ahrwald</span>`));
    assert.ok(list.some((o) => o.name === 'Hebammenpraxis Kranichsee'));
    assertOnlyPublic(body, '/partner');
    // The filter is a GET form that works without JavaScript.
    assert.match(body, /<form method="get" action="\/partner"[^>]*role="search"/);
    assert.match(body, /<label class="kern-label" for="bereich">Bereich<\/label>/);
    assert.match(body, /<label class="kern-label" for="gemeinde">Stadt oder Gemeinde<\/label>/);
    assert.match(body, /<option value="eschenbrueck">Eschenbrück<\/option>/);
    assert.ok(!body.includes('Alle Partner zeigen'));
  });

  it('filters by sector and by municipality, keeping the choice', async () => {
    let body = await page('/partner?bereich=familienzentrum');
    let list = names(body);
    assert.ok(list.some((o) => o.id === ORG.id));
    assert.ok(list.some((o) => o.name === 'Familienzentrum Lindenhof'));
    assert.ok(!list.some((o) => o.name === 'Hebammenpraxis Kranichsee'));
    assert.match(body, /<option value="familienzentrum" selected>/);
    assert.match(body, new RegExp(`<strong>${list.length} Partner</strong> im Bereich Familienzentren und Familienbildung`));
    assert.match(body, /<a class="kern-link" href="\/partner">Alle Partner zeigen<\/a>/);

    body = await page('/partner?gemeinde=moorhausen'); // served, not located there
    list = names(body);
    assert.ok(list.some((o) => o.id === ORG.id));
    assert.match(body, /<option value="moorhausen" selected>/);
    assert.match(body, / in Moorhausen<\/p>/);

    body = await page('/partner?bereich=hebammen&gemeinde=kranichsee');
    list = names(body);
    assert.ok(list.some((o) => o.name === 'Hebammenpraxis Kranichsee'));
    assert.ok(!list.some((o) => o.id === ORG.id));

    body = await page('/partner?bereich=polizei-ordnung&gemeinde=wiesental');
    if (!names(body).length)
      assert.match(body, /Zu dieser Auswahl haben wir keinen Partner gefunden\./);

    body = await page('/partner?bereich=&gemeinde=');
    assert.equal(names(body).length, names(await page('/partner')).length);
  });

  for (const [query, field, msg] of [
    ['bereich=gibt-es-nicht', 'bereich', 'Bitte wählen Sie einen Bereich aus der Liste.'],
    ['gemeinde=atlantis', 'gemeinde', 'Bitte wählen Sie eine Stadt oder Gemeinde aus der Liste.'],
    ['bereich=%3Cscript%3E', 'bereich', 'Bitte wählen Sie einen Bereich aus der Liste.'],
  ]) {
    it(`?${query} is 400 with the message at the field`, async () => {
      const res = await get(`/partner?${query}`);
      assert.equal(res.status, 400);
      assertNoInjection(res.body, query);
      assert.ok(res.body.includes(`<a class="kern-link" href="#${field}">${msg}</a>`), 'summary');
      assert.ok(res.body.includes(`<p class="kern-error" id="${field}-error">`), 'message at the field');
      assert.ok(!res.body.includes('lotse-partner-list'));
    });
  }
});

describe('GET /partner/{id}', () => {
  it('shows the organisation, its public contacts and its public offers', async () => {
    const body = await page(`/partner/${ORG.id}`);
    assert.match(body, new RegExp(`<title>${ORG.name} – `));
    assert.match(body, /<p class="lotse-preline">Familienzentren und Familienbildung<\/p>/);
    assert.match(body, /<p class="kern-body">Das Familienzentrum ist ein offener Treffpunkt/);
    assert.equal(dd(body, 'Adresse'), 'Am Sonnenhang 12<br>29664 Ahrwald');
    assert.equal(dd(body, 'Telefon'), `<a class="kern-link" href="tel:${ORG.tel}">${ORG.phone}</a>`);
    assert.equal(dd(body, 'E-Mail'), `<a class="kern-link" href="mailto:${ORG.email}">${ORG.email}</a>`);
    assert.match(dd(body, 'Internet'), /href="https:\/\/sonnenhang\.example\/eltern\?a=1&amp;b=2"/);
    assert.equal(dd(body, 'Für Familien aus'), '<a class="kern-link" href="/orte/ahrwald">Ahrwald</a>, '
      + '<a class="kern-link" href="/orte/moorhausen">Moorhausen</a>');
    assert.match(body, new RegExp(`<p class="kern-body lotse-people__name">${PUBLIC_CONTACT}</p>`
      + '<p class="kern-body kern-body--muted">Familienhebamme / FGKiKP</p>'));
    assert.ok(body.includes('href="mailto:p.sommerfeld@sonnenhang.example"'));
    assert.ok(body.includes(`href="/angebote/${OFFER.id}">${OFFER.title}</a>`));
    assert.ok(body.includes('href="/angebote/90006">Offene Sprechstunde bei Sorgen um ein Kind</a>'));
    assertOnlyPublic(body, `/partner/${ORG.id}`);
    assert.match(body, /<a href="\/partner" aria-current="page">Partner<\/a>/);
  });

  it('a partner without offers says so', async () => {
    const lindenhof = (await sqlite(path.join(srv.dir, 'lotse.db'),
      "SELECT id FROM organisation WHERE name = 'Familienzentrum Lindenhof';")).trim();
    const body = await page(`/partner/${lindenhof}`);
    const offers = (await sqlite(path.join(srv.dir, 'lotse.db'),
      `SELECT count(*) FROM offer WHERE organisation_id = ${lindenhof} AND status = 'published';`)).trim();
    if (offers === '0') assert.match(body, /Zurzeit sind hier keine Angebote eingetragen\./);
  });

  for (const id of ['90002', '90003', '0', 'abc', '123456789', '-5']) {
    it(`/partner/${id} is 404`, async () => {
      const res = await get(`/partner/${id}`);
      assert.equal(res.status, 404);
      assertOnlyPublic(res.body, `/partner/${id}`);
      if (id.startsWith('9000'))
        assert.match(res.body, /Diesen Partner gibt es nicht oder nicht mehr im Netzwerk\./);
    });
  }
});

/** Every page of one need in a municipality, joined. */
async function needPages(slug, need) {
  let all = '';
  for (let n = 1; n < 100; n++) {
    const body = await page(`/orte/${slug}?bedarf=${need}&seite=${n}`);
    all += body;
    if (!body.includes('rel="next"')) return all;
  }
  throw new Error('too many pages');
}

describe('GET /orte/{slug}', () => {
  it('shows the municipality with its offers grouped by need', async () => {
    const body = await page('/orte/ahrwald');
    assert.match(body, /<title>Angebote in Ahrwald – /);
    assert.match(body, /<h1 class="kern-heading-large">Angebote in Ahrwald<\/h1>/);
    assert.match(body, /Postleitzahl: 29664/);
    // Table of contents and one section per need, with its explanation.
    assert.match(body, /<a class="kern-link" href="#thema-begegnung">Andere Eltern treffen<\/a> <span class="lotse-count">\(\d+\)<\/span>/);
    assert.match(body, /<h2 id="thema-begegnung" class="kern-heading-medium">Andere Eltern treffen<\/h2>\n<p class="kern-body">Krabbelgruppen, Elterncafés und Treffpunkte in Ihrer Nähe\.<\/p>/);
    assert.match(body, /<h2 id="thema-kinderschutz" class="kern-heading-medium">Kinderschutz<\/h2>/);
    assertOnlyPublic(body, '/orte/ahrwald');
    // Each section shows up to 8 offers and links to all of them.
    for (const m of body.matchAll(/<section class="lotse-section lotse-need" aria-labelledby="thema-([a-z-]+)">([^]*?)<\/section>/g)) {
      const shown = [...m[2].matchAll(/<li>/g)].length;
      const count = Number(new RegExp(`href="#thema-${m[1]}">[^<]*</a> <span class="lotse-count">\\((\\d+)\\)`).exec(body)[1]);
      assert.equal(shown, Math.min(8, count), m[1]);
      if (count > 8) assert.ok(m[2].includes(`href="/orte/ahrwald?bedarf=${m[1]}">Alle ${count} Angebote`), m[1]);
    }
    // The full lists of two needs.
    const begegnung = await needPages('ahrwald', 'begegnung');
    assert.ok(begegnung.includes(`href="/angebote/${OFFER.id}">${OFFER.title}</a><span class="lotse-offer-list__org">${ORG.name}</span>`));
    assertOnlyPublic(begegnung, '/orte/ahrwald?bedarf=begegnung');
    const kinderschutz = await needPages('ahrwald', 'kinderschutz');
    assert.ok(kinderschutz.includes('href="/angebote/90006"'));
    assert.ok(!kinderschutz.includes(`href="/angebote/${OFFER.id}"`));
    assertOnlyPublic(kinderschutz, '/orte/ahrwald?bedarf=kinderschutz');
    assert.match(body, /href="\/partner\?gemeinde=ahrwald">Alle Partner in Ahrwald<\/a>/);
    assert.match(body, /Nichts Passendes gefunden\?[^]*href="tel:05161987650"/);
  });

  it('includes offers that serve the place from elsewhere', async () => {
    const begegnung = await needPages('moorhausen', 'begegnung');
    assert.ok(begegnung.includes(`href="/angebote/${OFFER.id}"`), 'offer serving Moorhausen');
    const kinderschutz = await needPages('moorhausen', 'kinderschutz');
    assert.ok(!kinderschutz.includes('href="/angebote/90006"'), 'offer only in Ahrwald');
    assertOnlyPublic(begegnung + kinderschutz + await page('/orte/moorhausen'), 'Moorhausen');
  });

  it('names all postcodes of a place', async () => {
    const body = await page('/orte/brakenstedt');
    assert.match(body, /Postleitzahlen: 29690, 29693/);
  });

  it('?bedarf= lists one need of the place, page by page', async () => {
    // 57 more offers on one need in Lindhorst: 8 on the page of the place,
    // 50 and 7 on the two pages of the need.
    await sqlite(path.join(srv.dir, 'lotse.db'), `BEGIN;
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 57)
      INSERT INTO offer (id, organisation_id, title, description, cost, verified_at, status,
        created_at, updated_at)
      SELECT 91000 + i, ${ORG.id}, printf('Tagespflege Nummer %02d', i), 'Betreuung.',
        'kostenlos', '2026-01-01T00:00:00Z', 'published', '2026-01-01T00:00:00Z',
        '2026-01-01T00:00:00Z' FROM n;
      INSERT INTO offer_need SELECT id, 'betreuung' FROM offer WHERE id > 91000;
      INSERT INTO offer_location (offer_id, postcode, city, region_id)
        SELECT id, '29643', 'Lindhorst', (SELECT id FROM region WHERE slug = 'lindhorst')
        FROM offer WHERE id > 91000;
      COMMIT;`);
    const demo = Number((await sqlite(path.join(srv.dir, 'lotse.db'), `SELECT count(DISTINCT o.id)
      FROM offer o JOIN offer_need n ON n.offer_id = o.id AND n.need = 'betreuung'
      WHERE o.id < 90000 AND o.status = 'published' AND (EXISTS (SELECT 1 FROM offer_location l
      WHERE l.offer_id = o.id AND l.region_id = (SELECT id FROM region WHERE slug = 'lindhorst'))
      OR EXISTS (SELECT 1 FROM offer_region r WHERE r.offer_id = o.id
      AND r.region_id = (SELECT id FROM region WHERE slug = 'lindhorst')));`)).trim());
    const total = 57 + demo; // demo offers may add to it (exact when valid today)
    let body = await page('/orte/lindhorst');
    const section = /<h2 id="thema-betreuung"[^]*?<\/section>/.exec(body)[0];
    assert.equal([...section.matchAll(/<li>/g)].length, 8);
    const all = /href="\/orte\/lindhorst\?bedarf=betreuung">Alle (\d+) Angebote zum Thema „Kinderbetreuung“<\/a>/.exec(section);
    assert.ok(all, 'link to all offers of the need');
    assert.ok(Number(all[1]) >= 57 && Number(all[1]) <= total, all[1]);

    body = await page('/orte/lindhorst?bedarf=betreuung');
    assert.match(body, /<h1 class="kern-heading-large">Kinderbetreuung<\/h1>/);
    assert.match(body, /<p class="lotse-preline">Angebote in Lindhorst<\/p>/);
    assert.match(body, /Kita, Tagespflege und Betreuung/);
    assert.equal([...body.matchAll(/<li><a class="kern-link lotse-offer-list__title"/g)].length, 50);
    assert.match(body, /href="\/orte\/lindhorst\?bedarf=betreuung&amp;seite=2">Nächste Seite<\/a>/);
    assert.ok(!body.includes('rel="prev"'));
    body = await page('/orte/lindhorst?bedarf=betreuung&seite=2');
    assert.equal([...body.matchAll(/<li><a class="kern-link lotse-offer-list__title"/g)].length,
      Math.min(50, Number(all[1]) - 50));
    assert.match(body, /rel="prev" href="\/orte\/lindhorst\?bedarf=betreuung&amp;seite=1"/);
    assert.match(body, /href="\/orte\/lindhorst">Alle Themen in Lindhorst<\/a>/);
    // A page number that is not one shows the first page.
    body = await page('/orte/lindhorst?bedarf=betreuung&seite=x');
    assert.match(body, /Seite 1 von \d+/);
  });

  it('a need without offers in a place says so', async () => {
    // Some municipality lacks some need (the demo makes gaps on purpose);
    // where none does, the test offers serve the page of Ahrwald only.
    const db = path.join(srv.dir, 'lotse.db');
    const gap = (await sqlite(db, `SELECT r.slug, r.name, n.need FROM region r,
      (SELECT DISTINCT need FROM offer_need) n WHERE r.kind = 'municipality' AND NOT EXISTS
      (SELECT 1 FROM offer o JOIN offer_need x ON x.offer_id = o.id AND x.need = n.need
       WHERE o.status = 'published' AND (EXISTS (SELECT 1 FROM offer_location l
       WHERE l.offer_id = o.id AND l.region_id = r.id) OR EXISTS (SELECT 1 FROM offer_region
       g WHERE g.offer_id = o.id AND g.region_id = r.id))) ORDER BY r.slug, n.need LIMIT 1;`))
      .trim().split('|');
    assert.equal(gap.length, 3, 'a municipality without some need');
    const body = await page(`/orte/${gap[0]}?bedarf=${gap[2]}`);
    assert.ok(body.includes(`Zu diesem Thema gibt es in ${gap[1]} zurzeit kein Angebot.`));
    const place = await page(`/orte/${gap[0]}`);
    assert.ok(!place.includes(`id="thema-${gap[2]}"`));
  });

  for (const [p, why] of [
    ['/orte/atlantis', 'unknown place'], ['/orte/ahrwald-sozialraum-1', 'a social area'],
    ['/orte/landkreis-ahrwald', 'the district'], ['/orte/ahrwald?bedarf=gibt-es-nicht', 'unknown need'],
    ['/orte/%3Cscript%3E', 'markup'],
  ]) {
    it(`${p} (${why}) is 404`, async () => {
      const res = await get(p);
      assert.equal(res.status, 404);
      assertNoInjection(res.body, p);
    });
  }
});

describe('an offer written through the domain layer (JSON API)', () => {
  it('appears when published and valid, and disappears when archived', async () => {
    const s = await login(srv, 'partner@ahrwald.example', 'Ahrwald-Demo-Familie-2026');
    assert.equal(s.status, 303);
    const api = async (method, p, body) => {
      const res = await fetch(srv.url + p, {
        method,
        headers: { ...s.headers(), 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
        body: body && JSON.stringify(body),
      });
      return { status: res.status, json: await res.json() };
    };
    const title = 'Babymassage am Donnerstag (API-Test)';
    const created = await api('POST', '/api/v1/offers', {
      title, description: 'Sanfte Berührung für Babys von 6 Wochen bis 6 Monaten.',
      needs: ['erziehung-bindung'], ages: ['0-1'], access: ['komm'], cost: 'beitrag',
      cost_note: '5 € je Termin', languages: ['de', 'uk'],
      locations: [{ name: 'Gruppenraum', street: 'Lindenhofweg 4', postcode: '29664', city: 'Ahrwald',
        schedule: 'Donnerstags 10 Uhr' }],
      status: 'draft',
    });
    assert.equal(created.status, 201, JSON.stringify(created.json));
    const { id } = created.json;
    assert.equal((await get(`/angebote/${id}`)).status, 404, 'draft');

    assert.equal((await api('PATCH', `/api/v1/offers/${id}`, { status: 'published' })).status, 200);
    const body = await page(`/angebote/${id}`);
    assert.match(body, new RegExp(`<h1 class="kern-heading-large">${title.replace(/[()]/g, '\\$&')}</h1>`));
    assert.equal(dd(body, 'Sprachen'), 'Deutsch, Ukrainisch');
    assert.equal(dd(body, 'Kosten'), 'Mit Kostenbeitrag<br>5 € je Termin');
    // The coordinates come from the postcode; the map link is made of them.
    assert.match(body, /href="https:\/\/www\.openstreetmap\.org\/\?mlat=\d+\.\d{5}&amp;mlon=\d+\.\d{5}#map=16\/\d+\.\d{5}\/\d+\.\d{5}">/);
    const partner = await page(`/partner/${created.json.organisation.id}`);
    assert.ok(partner.includes(`href="/angebote/${id}"`));
    assert.ok((await needPages('ahrwald', 'erziehung-bindung')).includes(`href="/angebote/${id}"`));

    assert.equal((await api('DELETE', `/api/v1/offers/${id}`)).status, 200);
    assert.equal((await get(`/angebote/${id}`)).status, 404, 'archived');
    assert.ok(!(await page(`/partner/${created.json.organisation.id}`)).includes(`href="/angebote/${id}"`));
    assert.ok(!(await needPages('ahrwald', 'erziehung-bindung')).includes(`href="/angebote/${id}"`));
  });
});

describe('records kept on the internal pages', () => {
  it('a new partner, its contacts and offer appear as the coordination office decides', async () => {
    const s = await login(srv, 'koordination@ahrwald.example', 'Ahrwald-Demo-Netzwerk-2026');
    assert.equal(s.status, 303);
    /** A form POST (lists as repeated fields) that must be answered with 303. */
    const post = async (p, fields) => {
      const body = [];
      for (const [k, v] of Object.entries(fields))
        for (const x of Array.isArray(v) ? v : [v]) body.push([k, String(x)]);
      const res = await s.post(p, body);
      const text = await res.text();
      assert.equal(res.status, 303, `${p}: ${text.slice(0, 2000)}`);
      return res.headers.get('location');
    };
    const db = path.join(srv.dir, 'lotse.db');
    const regionId = async (slug) => (await sqlite(db, `SELECT id FROM region WHERE slug = '${slug}';`)).trim();

    const name = 'Stillcafé am Mühlbach';
    const loc = await post('/intern/organisationen/neu', {
      name, sector: 'ehrenamt', membership: 'member', street: 'Mühlbachweg 3',
      postcode: '29649', city: 'Wiesental', phone: '05163 98 76', email: 'still@muehlbach.example',
    });
    const org = /^\/intern\/organisation\/(\d+)\/netzwerk/.exec(loc)[1];
    await post(`/intern/organisation/${org}/netzwerk`, {
      sector: 'ehrenamt', membership: 'member', description: 'Mütter helfen Müttern beim Stillen.',
      regions: [await regionId('wiesental'), await regionId('erlenried')],
    });
    await post(`/intern/organisation/${org}/ansprechpersonen/neu`,
      { name: 'Ruth Offenherz', role: 'ansprechperson', phone: '05163 98 77', public: '1' });
    await post(`/intern/organisation/${org}/ansprechpersonen/neu`,
      { name: 'Jana Stillschweig', role: 'ansprechperson', phone: '05163 98 78' });
    const made = await post('/intern/angebote/neu', {
      organisation: org, title: 'Stilltreff im Mühlbach-Café', description: 'Wir treffen uns jeden Mittwoch.',
      needs: ['schreien-schlafen-fuettern', 'begegnung'], ages: ['0-1'], cost: 'kostenlos',
      languages: ['de'], loc1_name: 'Mühlbach-Café', loc1_street: 'Mühlbachweg 3',
      loc1_postcode: '29649', loc1_city: 'Wiesental', loc1_schedule: 'Mittwochs 10–12 Uhr',
      status: 'published',
    });
    const offer = /^\/intern\/angebote\/(\d+)/.exec(made)[1];

    let body = await page(`/partner/${org}`);
    assert.match(body, new RegExp(`<h1 class="kern-heading-large">${name}</h1>`));
    assert.match(body, /Mütter helfen Müttern beim Stillen\./);
    assert.equal(dd(body, 'Für Familien aus'), '<a class="kern-link" href="/orte/erlenried">Erlenried</a>, '
      + '<a class="kern-link" href="/orte/wiesental">Wiesental</a>');
    assert.ok(body.includes('Ruth Offenherz'));
    assert.ok(!body.includes('Jana Stillschweig'), 'contact without consent');
    assert.ok(body.includes(`href="/angebote/${offer}">Stilltreff im Mühlbach-Café</a>`));
    body = await page(`/angebote/${offer}`);
    assert.equal(dd(body, 'Themen'), 'Schreien, Schlafen, Füttern, Andere Eltern treffen');
    assert.match(body, /Mittwochs 10–12 Uhr/);
    assert.ok((await page('/partner?gemeinde=erlenried')).includes(`href="/partner/${org}"`));
    assert.ok((await needPages('wiesental', 'begegnung')).includes(`href="/angebote/${offer}"`));

    // Archived by the coordination office: the partner and its offer are gone.
    await post(`/intern/organisation/${org}/netzwerk`,
      { sector: 'ehrenamt', membership: 'member', archived: '1' });
    assert.equal((await get(`/partner/${org}`)).status, 404);
    assert.equal((await get(`/angebote/${offer}`)).status, 404);
    assert.ok(!(await page('/partner')).includes(name));
    assert.ok(!(await needPages('wiesental', 'begegnung')).includes(`href="/angebote/${offer}"`));
    // Back, then left the network: gone again.
    await post(`/intern/organisation/${org}/netzwerk`, { sector: 'ehrenamt', membership: 'member' });
    assert.equal((await get(`/angebote/${offer}`)).status, 200);
    await post(`/intern/organisation/${org}/netzwerk`, { sector: 'ehrenamt', membership: 'left' });
    assert.equal((await get(`/partner/${org}`)).status, 404);
    assert.equal((await get(`/angebote/${offer}`)).status, 404);
  });
});

describe('escaping', () => {
  it('names and texts with markup come out as text', async () => {
    let body = await page(`/angebote/${EVIL.offer}`);
    assert.ok(body.includes('Krabbeltreff &lt;script&gt;alert(1)&lt;/script&gt; &amp; mehr'));
    assert.ok(body.includes('Testhaus &quot;&gt;&lt;img src=x onerror=alert(1)&gt; Sonne &amp; Mond'));
    assert.ok(body.includes('Spielen &lt;i&gt;und&lt;/i&gt; Singen.'));
    // A javascript: address never becomes a link target.
    assert.ok(!body.includes('href="javascript:'));
    assert.equal(dd(body, 'Internet'), '<a class="kern-link" href="#">javascript:alert(1)</a>');
    assert.ok(body.includes('href="mailto:a@b.example&quot;&gt;&lt;script&gt;x&lt;/script&gt;"'));

    body = await page(`/partner/${EVIL.org}`);
    assert.ok(body.includes('Wir sind für &lt;b&gt;alle&lt;/b&gt; Familien da.'));
    assert.equal(dd(body, 'Telefon'), 'nur &lt;b&gt;vormittags&lt;/b&gt;'); // no digits: no link
    assert.ok(!body.includes('href="javascript:'));

    assert.ok((await page('/partner')).includes('Testhaus &quot;&gt;&lt;img src=x onerror=alert(1)&gt;'));
    const list = await needPages('ahrwald', 'begegnung');
    assert.ok(list.includes('Krabbeltreff &lt;script&gt;alert(1)&lt;/script&gt; &amp; mehr</a>'
      + '<span class="lotse-offer-list__org">Testhaus &quot;&gt;&lt;img src=x onerror=alert(1)&gt;'));
  });
});

describe('navigation', () => {
  it('every page has the entry "Partner"; the start page links each municipality', async () => {
    const home = await page('/');
    assert.match(home, /<li><a href="\/partner">Partner<\/a><\/li>/);
    const slugs = [...home.matchAll(/<a class="kern-link" href="\/orte\/([a-z-]+)"><span class="lotse-places__name">/g)]
      .map((m) => m[1]);
    assert.equal(slugs.length, 9);
    assert.ok(slugs.includes('eschenbrueck'));
    for (const slug of slugs) await page(`/orte/${slug}`);
    for (const p of [`/angebote/${OFFER.id}`, '/orte/ahrwald', '/impressum'])
      assert.match(await page(p), /<li><a href="\/partner">Partner<\/a><\/li>/, p);
  });
});
