// wegweiser.test.mjs - the Lotse tool (/wegweiser and its handout
// /wegweiser/merkblatt) against the real server on the demo database: the
// form, results with their reasons, validation (400 with the message next
// to the field), the empty result, the handout (only public offers, a QR
// code of its own address, a plain Host header only), and that nothing
// about the family is kept: no cookie, no database write, and the access
// log shows only the route pattern.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { assertGermanPage, assertSecurityHeaders, HTML } from './checks.mjs';
import { sqlite } from './public-data.mjs';
import { parseRaw, startServer } from './server.mjs';

let srv;
let dbPath;
before(async () => {
  srv = await startServer();
  dbPath = path.join(srv.dir, 'lotse.db');
});
after(async () => { assert.equal(await srv.stop(), 0); });

async function get(p, headers = {}) {
  const res = await fetch(srv.url + p, { redirect: 'manual', headers });
  return { status: res.status, headers: res.headers, body: await res.text() };
}

// A search a family might make in the demo district (postcode of Ahrwald).
const SEARCH = 'alter=0-1&bedarf=schwangerschaft-geburt&bedarf=gesundheit-entwicklung&plz=29664';

/** The ids of the hits on a result page, in order. */
function hitIds(body) {
  return [...body.matchAll(/name="wahl" value="(\d+)"/g)].map((m) => Number(m[1]));
}

describe('the form', () => {
  it('asks the questions in plain German, method GET, no cookie', async () => {
    const res = await get('/wegweiser');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), HTML);
    assertSecurityHeaders(res.headers, '/wegweiser');
    assertGermanPage(res.body, '/wegweiser');
    assert.equal(res.headers.getSetCookie().length, 0, 'no Set-Cookie');
    assert.match(res.body, /<form method="get" action="\/wegweiser"/);
    assert.doesNotMatch(res.body, /name="csrf"/);
    for (const q of ['Erwarten Sie ein Kind oder wie alt ist das Kind?',
      'Wobei braucht die Familie Unterstützung?', 'Wo wohnt die Familie?',
      'In welcher Sprache?', 'Soll jemand nach Hause kommen?', 'Muss es kostenlos sein?']) {
      assert.ok(res.body.includes(q), q);
    }
    for (const a of ['schwangerschaft', '0-1', '1-3', '3-6', '6-10', '10-14', '14-18']) {
      assert.match(res.body, new RegExp(`type="radio" id="alter-${a}" name="alter" value="${a}"`));
    }
    assert.match(res.body, /name="bedarf" value="schwangerschaft-geburt"/);
    assert.match(res.body, /<legend class="kern-label">Wobei braucht die Familie/);
    assert.match(res.body, /Begleitung in der Schwangerschaft, bei der Geburt/, 'plain explanation');
    assert.match(res.body, /name="plz"/);
    assert.match(res.body, /<select[^>]*name="gemeinde"/);
    assert.match(res.body, /<select[^>]*name="sprache"/);
    assert.match(res.body, /name="hausbesuch" value="1"/);
    assert.match(res.body, /name="kostenlos" value="1"/);
    assert.doesNotMatch(res.body, /lotse-wegweiser-hits/, 'no results before a question is answered');
  });

  it('is linked from the home page and the navigation', async () => {
    const res = await get('/');
    assert.match(res.body, /Für Fachkräfte und Familien: der Lotse/);
    assert.match(res.body, /<a class="kern-btn kern-btn--primary" href="\/wegweiser">/);
    assert.match(res.body, /<li><a href="\/wegweiser"[^>]*>Lotse<\/a><\/li>/);
  });
});

describe('results', () => {
  it('lists up to 10 public offers with their reasons, the answers kept', async () => {
    const res = await get(`/wegweiser?${SEARCH}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.getSetCookie().length, 0, 'no Set-Cookie');
    const ids = hitIds(res.body);
    assert.ok(ids.length >= 1 && ids.length <= 10, `${ids.length} hits`);
    assert.match(res.body, /passt zu: /, 'the reasons of a hit');
    assert.match(res.body, /für das Merkblatt auswählen/);
    assert.match(res.body, /<form method="get" action="\/wegweiser\/merkblatt">/);
    assert.match(res.body, /<input type="hidden" name="plz" value="29664">/);
    assert.match(res.body, /<input type="hidden" name="bedarf" value="gesundheit-entwicklung">/);
    assert.match(res.body, /id="alter-0-1" name="alter" value="0-1" checked/);
    assert.match(res.body, /id="bedarf-schwangerschaft-geburt" name="bedarf" value="schwangerschaft-geburt" checked/);
    // Every hit is public.
    for (const id of ids.slice(0, 3)) {
      const o = await get(`/angebote/${id}`);
      assert.equal(o.status, 200, `offer ${id} is public`);
    }
  });

  it('applies home visits and free of charge', async () => {
    const res = await get('/wegweiser?hausbesuch=1&kostenlos=1');
    assert.equal(res.status, 200);
    const ids = hitIds(res.body);
    assert.ok(ids.length >= 1);
    const items = res.body.split('<li class="lotse-wegweiser-hit">').slice(1);
    for (const item of items) {
      assert.match(item, /kostenlos/);
      assert.match(item, /nach Hause/);
    }
  });

  it('says what to change and gives the phone number when nothing fits', async () => {
    const phone = (await sqlite(dbPath, "SELECT value FROM setting WHERE key='contact_phone';")).trim();
    const res = await get('/wegweiser?alter=14-18&bedarf=schwangerschaft-geburt&hausbesuch=1&kostenlos=1&sprache=ku&gemeinde=' +
      encodeURIComponent((await sqlite(dbPath, "SELECT slug FROM region WHERE kind='municipality' ORDER BY name LIMIT 1;")).trim()));
    assert.equal(res.status, 200);
    assert.deepEqual(hitIds(res.body), []);
    assert.match(res.body, /kein Angebot gefunden/);
    assert.match(res.body, /weniger/);
    if (phone) assert.ok(res.body.includes(phone), 'the network phone number');
  });
});

describe('validation', () => {
  for (const [query, field, text] of [
    ['alter=7-9', 'alter', 'Alter aus der Liste'],
    ['bedarf=unbekannt', 'bedarf', 'Themen aus der Liste'],
    ['plz=1234', 'plz', 'Postleitzahl mit 5 Ziffern'],
    ['plz=abcde', 'plz', 'Postleitzahl mit 5 Ziffern'],
    ['gemeinde=atlantis', 'gemeinde', 'Stadt oder Gemeinde aus der'],
    ['sprache=xx', 'sprache', 'Sprache aus der Liste'],
  ]) {
    it(`${query} is a 400 with the message at the field`, async () => {
      const res = await get(`/wegweiser?${query}`);
      assert.equal(res.status, 400);
      assert.equal(res.headers.getSetCookie().length, 0);
      assert.ok(res.body.includes(text), text);
      assert.match(res.body, new RegExp(`id="${field}-error"`));
      assert.match(res.body, new RegExp(`href="#${field}"`), 'the summary links to the field');
      assert.doesNotMatch(res.body, /lotse-wegweiser-hits/);
    });
  }
});

describe('the handout', () => {
  it('shows the chosen public offers with a QR code of its own address', async () => {
    const ids = hitIds((await get(`/wegweiser?${SEARCH}`)).body).slice(0, 2);
    assert.equal(ids.length, 2);
    const q = `${SEARCH}&wahl=${ids[0]}&wahl=${ids[1]}&wahl=99999999&wahl=abc`;
    const res = await get(`/wegweiser/merkblatt?${q}`, { host: 'lotse.example:8080' });
    assert.equal(res.status, 200);
    assert.equal(res.headers.getSetCookie().length, 0, 'no Set-Cookie');
    assertGermanPage(res.body, 'handout');
    assert.equal((res.body.match(/class="lotse-handout__offer"/g) || []).length, 2);
    for (const id of ids) {
      const title = (await sqlite(dbPath, `SELECT title FROM offer WHERE id=${id};`)).trim();
      assert.ok(res.body.includes(title.replace(/&/g, '&amp;')), title);
    }
    assert.match(res.body, /<svg[^>]*role="img"[^>]*aria-label="QR-Code: Diese Liste online öffnen"/);
    assert.match(res.body, /Diese Liste online öffnen/);
    assert.match(res.body, /Mit Strg\+P drucken/);
    assert.match(res.body, /Kosten/);
    assert.match(res.body, /href="\/wegweiser\?alter=0-1&amp;bedarf=schwangerschaft-geburt/, 'back to the search');
  });

  it('leaves out offers that are not public', async () => {
    const hidden = (await sqlite(dbPath,
      "SELECT id FROM offer WHERE status IN ('draft','archived') ORDER BY id LIMIT 3;")).trim().split('\n').map(Number);
    assert.ok(hidden.length >= 1, 'the demo has drafts or archived offers');
    const pub = hitIds((await get(`/wegweiser?${SEARCH}`)).body)[0];
    const q = [pub, ...hidden].map((id) => `wahl=${id}`).join('&');
    const res = await get(`/wegweiser/merkblatt?${q}`);
    assert.equal(res.status, 200);
    assert.equal((res.body.match(/class="lotse-handout__offer"/g) || []).length, 1);
    for (const id of hidden) {
      const title = (await sqlite(dbPath, `SELECT title FROM offer WHERE id=${id};`)).trim();
      const others = (await sqlite(dbPath,
        `SELECT count(*) FROM offer WHERE title=(SELECT title FROM offer WHERE id=${id}) AND id!=${id};`)).trim();
      if (others === '0') assert.ok(!res.body.includes(title.replace(/&/g, '&amp;')), `${title} not shown`);
    }
  });

  it('without a choice says what to do', async () => {
    const res = await get('/wegweiser/merkblatt?plz=29664');
    assert.equal(res.status, 200);
    assert.match(res.body, /noch kein Angebot ausgewählt/);
  });

  it('uses the Host header only when it is plain', async () => {
    const ids = hitIds((await get(`/wegweiser?${SEARCH}`)).body).slice(0, 1);
    // The QR code's text is not in the page; a plain host and a strange
    // one give different codes, the strange one the code of the path.
    const qr = async (host) => {
      const r = parseRaw(await srv.raw(`GET /wegweiser/merkblatt?wahl=${ids[0]} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`));
      assert.equal(r.status, 200);
      return /<svg[^>]*role="img"[\s\S]*?<\/svg>/.exec(r.body)[0];
    };
    const plain = await qr('lotse.example');
    const strange = await qr('evil.example/x?');
    const strange2 = await qr('evil"example');
    assert.notEqual(plain, strange);
    assert.equal(strange, strange2, 'both fall back to the relative address');
  });
});

describe('privacy', () => {
  it('writes nothing to the database and logs only the route pattern', async () => {
    // .sha3sum: a hash of every table's content (ASCII, unlike .dump).
    const before = await sqlite(dbPath, '.sha3sum');
    const q = 'alter=3-6&bedarf=schwangerschaft-geburt&plz=29646&sprache=ar&hausbesuch=1';
    await get(`/wegweiser?${q}`);
    await get('/wegweiser?plz=98765x');
    await get(`/wegweiser/merkblatt?${q}&wahl=1`);
    await new Promise((r) => setTimeout(r, 200));
    const after = await sqlite(dbPath, '.sha3sum');
    assert.match(before, /^[0-9a-f]{40,}\s*$/);
    assert.equal(after, before, 'the database is unchanged');
    const log = srv.logs();
    assert.match(log, /access GET \/wegweiser 200 /);
    assert.match(log, /access GET \/wegweiser\/merkblatt 200 /);
    for (const secret of ['29646', '98765', 'schwangerschaft-geburt', 'bedarf', 'sprache=ar', 'wahl=']) {
      assert.ok(!log.includes(secret), `${secret} is not in the log`);
    }
  });
});
