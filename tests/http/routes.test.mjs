// routes.test.mjs - every route: status, content type, body, HEAD, the
// static assets with their caching headers, and the security headers.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { startServer } from './server.mjs';
import { HTML, assertGermanPage, assertSecurityHeaders } from './checks.mjs';

const NETWORK = 'Netzwerk Frühe Hilfen und Kinderschutz Ahrwald';
const MUNICIPALITIES = [
  'Ahrwald', 'Birkenfelde', 'Brakenstedt', 'Erlenried', 'Eschenbrück',
  'Kranichsee', 'Lindhorst', 'Moorhausen', 'Wiesental',
];

let srv;
before(async () => { srv = await startServer(); });
after(async () => { assert.equal(await srv.stop(), 0); });

const get = (path, init) => fetch(srv.url + path, { redirect: 'manual', ...init });

describe('pages', () => {
  it('GET / is the home page with the nine municipalities', async () => {
    const res = await get('/');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), HTML);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assertSecurityHeaders(res.headers, '/');
    const body = await res.text();
    assertGermanPage(body, '/');
    assert.match(body, new RegExp(`<title>Startseite – ${NETWORK}</title>`));
    assert.match(body, new RegExp(`<h1[^>]*>${NETWORK}</h1>`));
    assert.match(body, /Landkreis Ahrwald/);
    const names = [...body.matchAll(/<span class="lotse-places__name">([^<]+)<\/span>/g)]
      .map((m) => m[1]);
    assert.deepEqual(names, MUNICIPALITIES);
    assert.match(body, /9 Städten und Gemeinden/);
    assert.match(body, /<a href="\/" aria-current="page">Startseite<\/a>/);
    assert.equal(Number(res.headers.get('content-length')), Buffer.byteLength(body));
  });

  for (const [path, title, text] of [
    ['/impressum', 'Impressum', 'Am Kreishaus 1, 29664 Ahrwald'],
    ['/datenschutz', 'Datenschutz', 'keine Cookies'],
    ['/barrierefreiheit', 'Erklärung zur Barrierefreiheit', 'BITV 2.0'],
  ]) {
    it(`GET ${path} is the page "${title}"`, async () => {
      const res = await get(path);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), HTML);
      assert.equal(res.headers.get('cache-control'), 'no-store');
      assertSecurityHeaders(res.headers, path);
      const body = await res.text();
      assertGermanPage(body, path);
      assert.match(body, new RegExp(`<title>${title} – ${NETWORK}</title>`));
      assert.match(body, new RegExp(`<h1[^>]*>${title}</h1>`));
      assert.ok(body.includes(text), `${path} lacks "${text}"`);
      // The footer links to the legal pages on every page.
      for (const link of ['/impressum', '/datenschutz', '/barrierefreiheit'])
        assert.ok(body.includes(`<a href="${link}">`), `${path}: footer link ${link}`);
    });
  }

  it('aria-current="page" marks only links to the page itself', async () => {
    for (const path of ['/', '/impressum', '/barrierefreiheit', '/nope']) {
      const body = await (await get(path)).text();
      const current = [...body.matchAll(/<a href="([^"]*)" aria-current="page"/g)].map((m) => m[1]);
      for (const href of current) assert.equal(href, path, `${path}: ${href} marked current`);
      if (path === '/') assert.deepEqual(current, ['/']);
    }
  });

  it('GET /healthz answers "ok" as text', async () => {
    const res = await get('/healthz');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/plain; charset=utf-8');
    assertSecurityHeaders(res.headers, '/healthz');
    assert.equal(await res.text(), 'ok\n');
  });

  it('a query string does not change which page is served', async () => {
    const res = await get('/impressum?x=1&y=%C3%A4');
    assert.equal(res.status, 200);
    assert.match(await res.text(), /<h1[^>]*>Impressum<\/h1>/);
  });
});

describe('HEAD', () => {
  for (const path of ['/', '/impressum', '/healthz', '/static/lotse.css', '/nope']) {
    it(`HEAD ${path} has the headers of GET and no body`, async () => {
      const g = await get(path);
      const gbody = Buffer.from(await g.arrayBuffer());
      const h = await get(path, { method: 'HEAD' });
      assert.equal(h.status, g.status);
      assert.equal(h.headers.get('content-type'), g.headers.get('content-type'));
      assert.equal(h.headers.get('content-length'), String(gbody.length));
      assertSecurityHeaders(h.headers, `HEAD ${path}`);
      assert.equal((await h.arrayBuffer()).byteLength, 0);
    });
  }

  it('HEAD on the raw socket sends no body bytes', async () => {
    const text = await srv.raw('HEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    const end = text.indexOf('\r\n\r\n');
    assert.ok(end > 0, 'no header end');
    assert.match(text, /^HTTP\/1\.1 200 /);
    assert.equal(text.length, end + 4, 'HEAD response has body bytes');
  });
});

describe('static assets', () => {
  const assets = [
    ['/static/lotse.css', 'text/css; charset=utf-8', /\.lotse-skip/],
    ['/static/kern/kern.min.css', 'text/css; charset=utf-8', /kern/],
    ['/static/fonts.css', 'text/css; charset=utf-8', /@font-face/],
    ['/static/favicon.svg', 'image/svg+xml', /<svg/],
    ['/static/fonts/fira-sans/FiraSans-Regular.woff2', 'font/woff2', null],
  ];
  for (const [path, type, re] of assets) {
    it(`GET ${path} has type ${type}, ETag and a long cache lifetime`, async () => {
      const res = await get(path);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), type);
      assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
      assertSecurityHeaders(res.headers, path);
      const etag = res.headers.get('etag');
      assert.match(etag ?? '', /^"[0-9a-f]+"$/);
      const bytes = Buffer.from(await res.arrayBuffer());
      assert.ok(bytes.length > 0);
      if (re) assert.match(bytes.toString('utf8'), re);
      else assert.equal(bytes.subarray(0, 4).toString('latin1'), 'wOF2');

      const again = await get(path, { headers: { 'If-None-Match': etag } });
      assert.equal(again.status, 304);
      assert.equal(again.headers.get('etag'), etag);
      assertSecurityHeaders(again.headers, `${path} 304`);
      assert.equal((await again.arrayBuffer()).byteLength, 0);

      const other = await get(path, { headers: { 'If-None-Match': '"0000"' } });
      assert.equal(other.status, 200);
      assert.equal(Buffer.from(await other.arrayBuffer()).length, bytes.length);
    });
  }

  it('every asset a page links to is served (with its ?v= version)', async () => {
    const body = await (await get('/')).text();
    const hrefs = [...body.matchAll(/(?:href|src)="(\/static\/[^"]+)"/g)].map((m) => m[1]);
    assert.ok(hrefs.length >= 4, `too few asset links: ${hrefs}`);
    for (const href of hrefs) {
      assert.match(href, /\?v=[0-9a-f]{8}$/, `${href} has no version`);
      const res = await get(href.replaceAll('&amp;', '&'));
      assert.equal(res.status, 200, href);
      await res.arrayBuffer();
    }
  });

  it('the fonts fonts.css refers to are served', async () => {
    const css = await (await get('/static/fonts.css')).text();
    const urls = [...css.matchAll(/url\("?([^")]+)"?\)/g)].map((m) => m[1]);
    assert.ok(urls.length >= 1);
    for (const u of urls) {
      const res = await get(new URL(u, srv.url + '/static/fonts.css').pathname);
      assert.equal(res.status, 200, u);
      assert.equal(res.headers.get('content-type'), 'font/woff2', u);
      await res.arrayBuffer();
    }
  });

  for (const path of ['/static/nope.css', '/static/kern/nope.css', '/static/', '/static']) {
    it(`GET ${path} is 404 without caching`, async () => {
      const res = await get(path);
      assert.equal(res.status, 404);
      assert.equal(res.headers.get('content-type'), HTML);
      assert.notEqual(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
      assert.equal(res.headers.get('etag'), null);
      assertGermanPage(await res.text(), path);
    });
  }

  for (const path of ['/static/../lotse.css', '/static/%2e%2e/lotse.css', '/static/./lotse.css']) {
    it(`dot segments are refused: ${path}`, async () => {
      // fetch() would normalise the dots away, so send them raw.
      const text = await srv.raw(`GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      assert.match(text, /^HTTP\/1\.1 (400|404) /);
    });
  }
});

describe('security headers', () => {
  const cases = [
    ['GET', '/'], ['GET', '/impressum'], ['GET', '/healthz'],
    ['GET', '/static/lotse.css'], ['GET', '/nope'], ['GET', '/api/v1/nothing'],
    ['POST', '/'], ['DELETE', '/healthz'], ['GET', '/%zz'], ['GET', '/?q=%FF'],
    ['HEAD', '/'], ['PUT', '/api/v1/x'],
  ];
  for (const [method, path] of cases) {
    it(`${method} ${path} carries them`, async () => {
      const res = await get(path, { method });
      assertSecurityHeaders(res.headers, `${method} ${path}`);
      assert.equal(res.headers.get('x-frame-options'), 'DENY');
      await res.arrayBuffer();
    });
  }

  it('HTML pages and errors are never cached', async () => {
    for (const path of ['/', '/datenschutz', '/nope', '/%zz']) {
      const res = await get(path);
      assert.equal(res.headers.get('cache-control'), 'no-store', path);
      await res.arrayBuffer();
    }
  });

  it('no cookie is set for anonymous visitors', async () => {
    for (const path of ['/', '/impressum', '/nope']) {
      const res = await get(path);
      assert.equal(res.headers.get('set-cookie'), null, path);
      await res.arrayBuffer();
    }
  });
});
