// search-page.test.mjs - the public search page /angebote on the demo
// district: filters narrow the result, the facet counts agree with the
// results, paging keeps every parameter, bad parameters answer 400 with the
// message next to the field, q is escaped in the page and in links, no
// result shows what to change, and the page sets no cookie and the log
// never shows the query.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';

let srv;
before(async () => { srv = await startServer(); });
after(async () => { assert.equal(await srv.stop(), 0); });

async function get(path) {
  const res = await fetch(srv.url + path, { redirect: 'manual' });
  return { status: res.status, headers: res.headers, body: await res.text() };
}

/** The number of offers found on a result page. */
function total(body) {
  const m = /(\d+) Angebote? gefunden/.exec(body);
  assert.ok(m, 'the page says how many offers were found');
  return Number(m[1]);
}

/** The counts of one filter group: {value: count}. */
function facet(body, name) {
  const out = {};
  const re = new RegExp(`for="${name}-([^"]+)">[^<]*<span class="lotse-facet__count">\\((\\d+)`, 'g');
  for (const m of body.matchAll(re)) out[m[1]] = Number(m[2]);
  return out;
}

/** The offer ids linked in the result list. */
function hits(body) {
  const list = /<ol class="lotse-results">([\s\S]*?)<\/ol>/.exec(body);
  return list ? [...list[1].matchAll(/href="\/angebote\/(\d+)"/g)].map((m) => Number(m[1])) : [];
}

/** Every hit of a search, page by page (following the "next" links). */
async function allHits(path) {
  const ids = [];
  let next = path;
  for (let i = 0; next && i < 100; i++) {
    const res = await get(next);
    assert.equal(res.status, 200);
    ids.push(...hits(res.body));
    const m = /rel="next" href="([^"]+)"/.exec(res.body);
    next = m ? m[1].replaceAll('&amp;', '&') : null;
  }
  return ids;
}

const NEED = 'schreien-schlafen-fuettern';

describe('search page', () => {
  test('without a query: every public offer, 20 per page, no cookie', async () => {
    const res = await get('/angebote');
    assert.equal(res.status, 200);
    assert.equal(res.headers.getSetCookie().length, 0);
    assert.match(res.body, /<form method="get" action="\/angebote"/);
    assert.match(res.body, /Filter anwenden/);
    assert.match(res.body, /<legend class="kern-label">Thema<\/legend>/);
    const n = total(res.body);
    assert.ok(n > 100, `many offers (${n})`);
    assert.equal(hits(res.body).length, 20);
    assert.match(res.body, new RegExp(`Seite 1 von ${Math.ceil(n / 20)}`));
    // a label with its count, as parents read it
    assert.match(res.body, /Schreien, Schlafen, Füttern <span class="lotse-facet__count">\(\d+/);
  });

  test('filters narrow the result', async () => {
    const all = total((await get('/angebote')).body);
    const need = total((await get(`/angebote?bedarf=${NEED}`)).body);
    const free = total((await get(`/angebote?bedarf=${NEED}&kosten=kostenlos`)).body);
    const two = total((await get(`/angebote?bedarf=${NEED}&bedarf=kinderschutz`)).body);
    assert.ok(need > 0 && need < all, `${need} < ${all}`);
    assert.ok(free > 0 && free <= need);
    assert.ok(two > need, 'a second need widens the result (any of them)');
    const near = total((await get('/angebote?plz=29614&umkreis=5')).body);
    const wide = total((await get('/angebote?plz=29614&umkreis=50')).body);
    assert.ok(near < wide, `5 km (${near}) < 50 km (${wide})`);
  });

  test('facet counts match the results for a known query', async () => {
    const path = `/angebote?bedarf=${NEED}`;
    const res = await get(path);
    const n = total(res.body);
    // The chosen need's count is the total; the result list has n hits.
    assert.equal(facet(res.body, 'bedarf')[NEED], n);
    const ids = await allHits(path);
    assert.equal(ids.length, n);
    assert.equal(new Set(ids).size, n);
    // Choosing a value of another group gives exactly its count.
    for (const name of ['kosten', 'gemeinde', 'alter', 'zugang']) {
      const counts = facet(res.body, name);
      assert.ok(Object.keys(counts).length > 0, `group ${name} has counts`);
      let sum = 0;
      for (const [value, count] of Object.entries(counts)) {
        const t = total((await get(`${path}&${name}=${encodeURIComponent(value)}`)).body);
        assert.equal(t, count, `${name}=${value}`);
        sum += count;
      }
      if (name === 'kosten') assert.equal(sum, n, 'every offer has one cost');
    }
    // a value without hits is shown but disabled
    const none = await get('/angebote?q=Hebamme&gemeinde=moorhausen&alter=14-18');
    const zero = Object.entries(facet(none.body, 'kosten')).find(([, c]) => c === 0);
    if (zero) assert.match(none.body, new RegExp(`id="kosten-${zero[0]}"[^>]*disabled`));
  });

  test('paging keeps every parameter', async () => {
    const path = '/angebote?bedarf=erziehung-bindung&kosten=kostenlos&plz=29614&sortierung=entfernung';
    const first = await get(path);
    assert.equal(first.status, 200);
    const n = total(first.body);
    assert.ok(n > 20, `more than one page (${n})`);
    const next = /rel="next" href="([^"]+)"/.exec(first.body)[1].replaceAll('&amp;', '&');
    for (const p of ['bedarf=erziehung-bindung', 'kosten=kostenlos', 'plz=29614', 'sortierung=entfernung', 'seite=2'])
      assert.ok(next.includes(p), `${next} keeps ${p}`);
    const second = await get(next);
    assert.match(second.body, new RegExp(`Seite 2 von ${Math.ceil(n / 20)}`));
    assert.match(second.body, /rel="prev" href="[^"]*bedarf=erziehung-bindung/);
    assert.notDeepEqual(hits(second.body), hits(first.body));
    // nearest first
    const km = [...first.body.matchAll(/>(\d+) km entfernt</g)].map((m) => Number(m[1]));
    assert.ok(km.length > 1);
    assert.deepEqual(km, [...km].sort((a, b) => a - b));
  });

  test('each active filter has a link that removes it', async () => {
    const res = await get(`/angebote?bedarf=${NEED}&kosten=kostenlos&gemeinde=ahrwald`);
    assert.equal(res.status, 200);
    const links = [...res.body.matchAll(/class="kern-link lotse-active__link" href="([^"]+)"/g)]
      .map((m) => m[1].replaceAll('&amp;', '&'));
    assert.equal(links.length, 3);
    assert.ok(links.includes('/angebote?kosten=kostenlos&gemeinde=ahrwald'));
    assert.ok(links.includes(`/angebote?bedarf=${NEED}&gemeinde=ahrwald`));
    assert.ok(links.includes(`/angebote?bedarf=${NEED}&kosten=kostenlos`));
  });

  test('bad parameters answer 400 with the message next to the field', async () => {
    const cases = [
      ['bedarf=gibt-es-nicht', 'bedarf-error'],
      ['alter=99', 'alter-error'],
      ['plz=123', 'plz-error'],
      ['plz=00000', 'plz-error'],
      ['umkreis=7&plz=29614', 'umkreis-error'],
      ['kosten=teuer', 'kosten-error'],
      ['sprache=xx', 'sprache-error'],
      ['zugang=post', 'zugang-error'],
      ['gemeinde=atlantis', 'gemeinde-error'],
      ['seite=0', 'id="seite"'],
      ['seite=abc', 'id="seite"'],
      ['sortierung=zufall', 'sortierung-error'],
    ];
    for (const [query, marker] of cases) {
      const res = await get(`/angebote?${query}`);
      assert.equal(res.status, 400, query);
      assert.ok(res.body.includes(marker), `${query}: ${marker}`);
      assert.match(res.body, /Bitte prüfen Sie Ihre Eingaben/);
      assert.equal(hits(res.body).length, 0);
    }
  });

  test('q is escaped in the page and in links', async () => {
    const q = '<script>alert("x")</script>\'&';
    const res = await get(`/angebote?q=${encodeURIComponent(q)}&bedarf=${NEED}`);
    assert.equal(res.status, 200);
    assert.ok(!res.body.includes('<script>alert'));
    assert.ok(res.body.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;&amp;'));
    const enc = encodeURIComponent(q).replace(/[!'()*]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    assert.ok(res.body.includes(`q=${enc}`), 'links carry q percent-encoded');
  });

  test('no result: what to change and whom to call', async () => {
    const res = await get('/angebote?q=Zyxwvutsrq&plz=29614&umkreis=5&kosten=kostenlos');
    assert.equal(res.status, 200);
    assert.match(res.body, /0 Angebote gefunden/);
    assert.match(res.body, /Entfernen Sie einen Filter/);
    assert.match(res.body, /größeren Umkreis/);
    assert.match(res.body, /andere oder weniger Wörter/);
    assert.match(res.body, /href="tel:05161987650"/);
  });

  test('the log shows the path, never the query', async () => {
    await get('/angebote?q=Geheimwort&plz=29614');
    const logs = srv.logs();
    assert.match(logs, /GET \/angebote /);
    assert.ok(!logs.includes('Geheimwort'));
    assert.ok(!logs.includes('29614'));
  });

  test('the start page has a search box, the navigation a link', async () => {
    const res = await get('/');
    assert.match(res.body, /<form[^>]*action="\/angebote"[\s\S]*?name="q"/);
    assert.match(res.body, /<a[^>]*href="\/angebote"[^>]*>Angebote suchen</);
  });
});
