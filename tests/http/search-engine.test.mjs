// search-engine.test.mjs - what the search engine (src/search/search.c)
// tells the pages and the API on the demo district: a misspelt word is
// corrected with a "Meinten Sie …?" link, words that no offer has together
// give the offers with any of them and a note, the API answers the same
// as additive fields (loosened, suggestion, corrected), a change of an
// offer is found by the next search (the snapshot follows the database),
// and the facet counts of a chosen value equal the total when choosing it.
import { it, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { startServer } from './server.mjs';

let srv;
before(async () => { srv = await startServer(); });
after(async () => { assert.equal(await srv.stop(), 0); });

async function get(path) {
  const res = await fetch(srv.url + path, { redirect: 'manual' });
  return { status: res.status, body: await res.text() };
}

async function api(query) {
  const res = await fetch(`${srv.url}/api/v1/offers?${query}`);
  assert.equal(res.status, 200, query);
  return res.json();
}

function total(body) {
  const m = /(\d+) Angebote? gefunden/.exec(body);
  assert.ok(m, 'the page says how many offers were found');
  return Number(m[1]);
}

describe('notes about the words', () => {
  it('a misspelt word: corrected, with a link to the right word', async () => {
    const res = await get('/angebote?q=Hebame');
    assert.equal(res.status, 200);
    assert.ok(total(res.body) > 0, 'the offers of the corrected word');
    assert.match(res.body, /Zu „Hebame“ haben wir nichts gefunden\. Meinten Sie <a class="kern-link" href="\/angebote\?q=Hebamme">„Hebamme“<\/a>\?/);
  });

  it('words no offer has together: any of them, with a note', async () => {
    const res = await get('/angebote?q=Hebamme+Zitronenfalter');
    assert.equal(res.status, 200);
    assert.ok(total(res.body) > 0);
    assert.match(res.body, /Keine Angebote mit allen Wörtern gefunden – gezeigt werden Angebote mit einem der Wörter\./);
    const plain = await get('/angebote?q=Hebamme');
    assert.doesNotMatch(plain.body, /lotse-search-note/, 'no note when every word is found');
  });

  it('the API says the same in additive fields', async () => {
    const typo = await api('q=Hebame&per_page=1');
    assert.equal(typo.suggestion, 'Hebamme');
    assert.equal(typo.corrected, true);
    assert.equal(typo.loosened, false);
    const loose = await api('q=Hebamme+Zitronenfalter&per_page=1');
    assert.equal(loose.loosened, true);
    const plain = await api('q=Hebamme&per_page=1');
    assert.deepEqual([plain.loosened, plain.suggestion, plain.corrected], [false, null, false]);
    assert.deepEqual(Object.keys(plain).sort(),
      ['corrected', 'items', 'loosened', 'page', 'per_page', 'suggestion', 'total']);
  });
});

describe('the snapshot follows the database', () => {
  it('an offer archived in the database is gone from the next search', async () => {
    const before = await api('q=Hebamme&per_page=100');
    assert.ok(before.total > 1);
    const id = before.items[0].id;
    // Another process changes the database (as `lotse import` would).
    execFileSync('sqlite3', [path.join(srv.dir, 'lotse.db'), `UPDATE offer SET status = 'archived' WHERE id = ${id};`]);
    const after = await api('q=Hebamme&per_page=100');
    assert.equal(after.total, before.total - 1);
    assert.ok(!after.items.some((i) => i.id === id));
  });
});

describe('facets', () => {
  it('the count of a municipality is the total with it chosen', async () => {
    const res = await get('/angebote?bedarf=begegnung');
    const counts = [...res.body.matchAll(/for="gemeinde-([^"]+)">[^<]*<span class="lotse-facet__count">\((\d+)/g)]
      .map((m) => [m[1], Number(m[2])]);
    assert.ok(counts.length > 0, 'the municipalities have counts');
    for (const [slug, n] of counts.slice(0, 3)) {
      const chosen = await get(`/angebote?bedarf=begegnung&gemeinde=${slug}`);
      assert.equal(total(chosen.body), n, slug);
    }
  });
});
