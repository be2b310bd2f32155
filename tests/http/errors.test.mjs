// errors.test.mjs - error pages and limits: 404, 405, 413, 400, 414,
// malformed requests on the raw socket, JSON errors under /api/ and HTML
// escaping of everything a client sends.
import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, describe, it } from 'node:test';

import { parseRaw, startServer } from './server.mjs';
import {
  HTML, assertGermanPage, assertNoInjection, assertSecurityHeaders,
} from './checks.mjs';

let srv;
before(async () => { srv = await startServer(); });
after(async () => { assert.equal(await srv.stop(), 0); });

const get = (path, init) => fetch(srv.url + path, { redirect: 'manual', ...init });

/** The server still answers normal requests. */
async function assertAlive() {
  const res = await get('/healthz');
  assert.equal(res.status, 200);
  assert.equal(await res.text(), 'ok\n');
}

const MIB = 1 << 20;

describe('404', () => {
  it('an unknown page is a German HTML page with lang="de"', async () => {
    const res = await get('/gibt-es-nicht');
    assert.equal(res.status, 404);
    assert.equal(res.headers.get('content-type'), HTML);
    assertSecurityHeaders(res.headers, '404');
    const body = await res.text();
    assertGermanPage(body, '404');
    assert.match(body, /<title>Seite nicht gefunden – /);
    assert.match(body, /<h1[^>]*>Seite nicht gefunden<\/h1>/);
    assert.match(body, /Diese Seite gibt es nicht\./);
    assert.match(body, /Fehler 404/);
    assert.match(body, /<a class="kern-link" href="\/">Startseite<\/a>/);
    // The page frame is complete: main navigation with the public entries.
    assert.match(body, /aria-label="Hauptnavigation">[^]*?<li><a href="\/">Startseite<\/a><\/li>/);
  });

  it('error pages of every kind keep the public navigation', async () => {
    for (const [path, init, status] of [
      ['/nope', {}, 404], ['/', { method: 'DELETE' }, 405], ['/%zz', {}, 400],
      ['/static/nope.css', {}, 404],
    ]) {
      const res = await get(path, init);
      assert.equal(res.status, status, path);
      assert.match(await res.text(), /aria-label="Hauptnavigation">[^]*?<a href="\/"[^>]*>Startseite<\/a>/,
        `${path}: navigation lacks Startseite`);
    }
  });

  for (const path of ['/impressum/x', '/IMPRESSUM', '/healthz.txt', '/a/b/c/d']) {
    it(`${path} is 404`, async () => {
      const res = await get(path);
      assert.equal(res.status, 404);
      assertGermanPage(await res.text(), path);
    });
  }
});

describe('405', () => {
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
    for (const path of ['/', '/healthz', '/static/lotse.css']) {
      it(`${method} ${path} is 405 with Allow: GET, HEAD`, async () => {
        const res = await get(path, { method, body: method === 'DELETE' ? undefined : 'a=1' });
        assert.equal(res.status, 405);
        assert.equal(res.headers.get('allow'), 'GET, HEAD');
        assert.equal(res.headers.get('content-type'), HTML);
        assertSecurityHeaders(res.headers, `${method} ${path}`);
        const body = await res.text();
        assertGermanPage(body, '405');
        assert.match(body, /Aktion nicht möglich/);
      });
    }
  }

  it('an unknown method on a known path is 405 (raw)', async () => {
    const r = parseRaw(await srv.raw('BREW / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
    assert.equal(r.status, 405);
    assert.equal(r.headers.allow, 'GET, HEAD');
  });

  it('a wrong method on an unknown path is 404, not 405', async () => {
    const res = await get('/nope', { method: 'POST', body: 'x' });
    assert.equal(res.status, 404);
    await res.arrayBuffer();
  });
});

describe('413', () => {
  for (const path of ['/', '/healthz', '/nope', '/api/v1/x']) {
    for (const method of ['POST', 'GET']) {
      it(`${method} ${path} with Content-Length above 1 MiB is 413 before the body`, async () => {
        // Only the headers are sent: the answer must not wait for the body.
        const t0 = Date.now();
        const { text, closed } = await srv.raw(
          `${method} ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n` +
          `Content-Length: ${MIB + 1}\r\n\r\n`, { detail: true, idleMs: 5000 });
        const r = parseRaw(text);
        assert.equal(r.status, 413, text.slice(0, 200));
        assert.ok(closed, 'connection stays open after 413');
        assert.ok(Date.now() - t0 < 4000, '413 came only after a timeout');
        assert.equal(r.headers.connection, 'close');
        assertSecurityHeaders(r.headers, `413 ${path}`);
        if (path.startsWith('/api/')) {
          assert.equal(r.headers['content-type'], 'application/json');
          assert.deepEqual(JSON.parse(r.body), { error: 'Die gesendeten Daten sind zu groß.' });
        } else {
          assert.equal(r.headers['content-type'], HTML);
          assertGermanPage(r.body, `413 ${path}`);
          assert.match(r.body, /Daten zu groß/);
        }
      });
    }
  }

  it('a body of exactly 1 MiB is accepted', async () => {
    const res = await get('/healthz', { method: 'GET' === 'GET' ? 'POST' : 'GET', body: 'x' });
    await res.arrayBuffer();
    // GET with a body is what our routes accept; POST gives 405 first.
    const { text } = await srv.raw(Buffer.concat([
      Buffer.from(`GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: ${MIB}\r\n\r\n`),
      Buffer.alloc(MIB, 0x61),
    ]), { detail: true, idleMs: 5000 });
    assert.equal(parseRaw(text).status, 200);
  });

  it('a huge Content-Length (beyond 64 bit) is refused', async () => {
    const r = parseRaw(await srv.raw(
      'GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999\r\n\r\n'));
    assert.ok([400, 413].includes(r.status), `status ${r.status}`);
    await assertAlive();
  });

  for (const path of ['/healthz', '/']) {
    it(`a chunked body to ${path} growing past 1 MiB gets 413 or a closed connection`, async () => {
      const result = await new Promise((resolve) => {
        const sock = net.connect(srv.port, '127.0.0.1');
        let text = '';
        let sent = 0;
        let finished = false;
        const chunk = Buffer.alloc(64 * 1024, 0x62);
        const frame = Buffer.concat([
          Buffer.from(chunk.length.toString(16) + '\r\n'), chunk, Buffer.from('\r\n')]);
        const done = (how) => {
          if (finished) return;
          finished = true;
          clearTimeout(timer);
          sock.destroy();
          resolve({ how, text, sent });
        };
        const timer = setTimeout(() => done('timeout'), 15000);
        const pump = () => {
          // Up to 8 MiB: far beyond the limit, so the server must act.
          while (!finished && sent < 8 * MIB) {
            sent += chunk.length;
            if (!sock.write(frame)) return sock.once('drain', pump);
          }
          if (!finished) sock.write('0\r\n\r\n');
        };
        sock.on('connect', () => {
          sock.write(`GET ${path} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n`);
          pump();
        });
        sock.on('data', (d) => { text += d.toString('latin1'); });
        sock.on('error', () => done('error'));
        sock.on('close', () => done('closed'));
      });
      assert.notEqual(result.how, 'timeout', 'server neither answered nor closed');
      if (result.text) {
        assert.equal(parseRaw(result.text).status, 413, result.text.slice(0, 200));
      } else {
        assert.ok(['closed', 'error'].includes(result.how));
      }
      await assertAlive();
    });
  }

  it('the access log records the oversized requests', () => {
    assert.match(srv.logs(), / access GET \/api\/v1\/x 413 /);
    assert.match(srv.logs(), / access POST \/nope 413 /);
  });
});

describe('400 for bad encoding', () => {
  const cases = [
    '/%zz', '/%', '/%4', '/impressum%', '/%FF', '/%C3', '/%C0%AF', '/%ED%A0%80',
    '/%00', '/?q=%zz', '/?q=%', '/?q=%FF', '/?q=%C3%28', '/?q=%00', '/impressum?%zz=1',
    '/?q=%F4%90%80%80',
  ];
  for (const path of cases) {
    it(`GET ${path} is 400`, async () => {
      const res = await get(path);
      assert.equal(res.status, 400);
      assert.equal(res.headers.get('content-type'), HTML);
      assertSecurityHeaders(res.headers, path);
      const body = await res.text();
      assertGermanPage(body, path);
      assert.match(body, /Ungültige Anfrage/);
    });
  }

  it('raw invalid UTF-8 bytes in the path are 400', async () => {
    const r = parseRaw(await srv.raw('GET /\xff\xfe HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
    assert.equal(r.status, 400);
  });

  it('valid UTF-8 in path and query is fine', async () => {
    const res = await get('/?q=%C3%A4%C3%B6%C3%BC%E2%82%AC%F0%9F%91%B6');
    assert.equal(res.status, 200);
    await res.arrayBuffer();
    const nf = await get('/%C3%A4rger');
    assert.equal(nf.status, 404);
    await nf.arrayBuffer();
  });

  it('under /api/ the 400 is JSON', async () => {
    const res = await get('/api/v1/x?q=%zz');
    assert.equal(res.status, 400);
    assert.equal(res.headers.get('content-type'), 'application/json');
    const json = await res.json();
    assert.equal(typeof json.error, 'string');
    assert.match(json.error, /Prozent-Kodierung/);
  });

  it('the server keeps serving', assertAlive);
});

describe('414', () => {
  it('a URI longer than 8192 bytes is 414', async () => {
    const res = await get('/' + 'a'.repeat(9000));
    assert.equal(res.status, 414);
    assertSecurityHeaders(res.headers, '414');
    const body = await res.text();
    assertGermanPage(body, '414');
    assert.match(body, /Adresse zu lang/);
  });

  it('a long query string is 414 too', async () => {
    const res = await get('/?q=' + 'b'.repeat(9000));
    assert.equal(res.status, 414);
    await res.arrayBuffer();
  });

  it('a URI just under the limit is served', async () => {
    const res = await get('/?q=' + 'c'.repeat(8000));
    assert.equal(res.status, 200);
    await res.arrayBuffer();
  });

  it('a URI beyond the header memory limit does not crash the server', async () => {
    const text = await srv.raw(`GET /?q=${'d'.repeat(100000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    const status = parseRaw(text).status;
    assert.ok(status === 0 || status === 414 || status === 431 || status === 400,
      `status ${status}`);
    await assertAlive();
  });

  it('the access log does not carry the long query', () => {
    assert.ok(!srv.logs().includes('cccccccccc'), 'query in log');
  });
});

describe('malformed requests', () => {
  const cases = [
    ['garbage', 'garbage\r\n\r\n'],
    ['garbage with spaces', 'this is not http\r\n\r\n'],
    ['binary noise', '\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n'],
    ['missing HTTP version', 'GET /\r\n\r\n'],
    ['header without colon', 'GET / HTTP/1.1\r\nHost: x\r\nKaputt\r\n\r\n'],
    ['space before colon', 'GET / HTTP/1.1\r\nHost : x\r\n\r\n'],
    ['absolute-form target', 'GET http://evil.example/ HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['asterisk target', 'GET * HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['relative target', 'GET impressum HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['bad Content-Length', 'GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: zwei\r\n\r\n'],
    ['negative Content-Length', 'GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n'],
    ['two Content-Lengths', 'GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab'],
    ['two equal Content-Lengths', 'GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\na'],
    ['Content-Length with Transfer-Encoding',
      'GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'],
    ['unknown Transfer-Encoding', 'GET /healthz HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\nabc'],
    ['obfuscated Transfer-Encoding', 'GET /healthz HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: xchunked\r\n\r\n0\r\n\r\n'],
    ['two Transfer-Encodings',
      'GET /healthz HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n\r\n0\r\n\r\n'],
    ['HTTP/1.1 without Host', 'GET / HTTP/1.1\r\n\r\n'],
    ['control character in the target', 'GET /\x01 HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['escape sequence in the target', 'GET /\x1b[31mrot HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['DEL in the target', 'GET /a\x7fb HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['space in the target', 'GET /a b HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['tab in the target', 'GET /a\tb HTTP/1.1\r\nHost: x\r\n\r\n'],
  ];
  // MHD closes some connections without any answer (an unparsable request
  // line); everything our code sees must get 400.
  const closeAllowed = new Set(['garbage', 'binary noise', 'space in the target']);
  for (const [name, request] of cases) {
    it(`${name} is refused with 400${closeAllowed.has(name) ? ' or a closed connection' : ''}`,
      async () => {
        const { text, closed } = await srv.raw(request, { detail: true });
        if (closeAllowed.has(name) && text === '') {
          assert.ok(closed, 'connection neither answered nor closed');
        } else {
          const r = parseRaw(text);
          assert.equal(r.status, 400, `${JSON.stringify(request)} -> ${text.slice(0, 120)}`);
          assert.ok(closed, 'connection not closed after 400');
        }
        await assertAlive();
      });
  }

  it('an unsupported HTTP version is refused and the server keeps serving', async () => {
    const r = parseRaw(await srv.raw('GET / HTTP/9.9\r\nHost: x\r\n\r\n'));
    assert.ok([400, 505].includes(r.status), `status ${r.status}`);
    await assertAlive();
  });

  it('a connection closed in the middle of the headers does no harm', async () => {
    // MHD may keep a half-closed connection until its idle timeout, so
    // do not wait for the close beyond a moment.
    await new Promise((resolve) => {
      const s = net.connect(srv.port, '127.0.0.1', () => {
        s.end('GET / HTTP/1.1\r\nHost: x\r\nX-Halb');
      });
      const t = setTimeout(() => { s.destroy(); resolve(); }, 500);
      s.on('close', () => { clearTimeout(t); resolve(); });
      s.on('error', () => {});
      s.resume();
    });
    await assertAlive();
  });

  it('a request with huge headers is refused and the server keeps serving', async () => {
    const text = await srv.raw(
      `GET / HTTP/1.1\r\nHost: x\r\nX-Gross: ${'h'.repeat(64 * 1024)}\r\n\r\n`);
    const status = parseRaw(text).status;
    assert.ok([0, 400, 413, 431].includes(status), `status ${status}`);
    await assertAlive();
  });

  it('the access log never contains raw control characters', () => {
    // eslint-disable-next-line no-control-regex
    const bad = srv.logs().split('\n').filter((l) => /[\x00-\x08\x0b-\x1f\x7f]/.test(l));
    assert.deepEqual(bad, []);
  });
});

describe('JSON errors under /api/', () => {
  it('GET /api/v1/nothing is a JSON 404', async () => {
    const res = await get('/api/v1/nothing');
    assert.equal(res.status, 404);
    assert.equal(res.headers.get('content-type'), 'application/json');
    assertSecurityHeaders(res.headers, '/api 404');
    assert.deepEqual(await res.json(), { error: 'Diese Seite gibt es nicht.' });
  });

  for (const path of ['/api', '/api/', '/api/v1', '/api/v1/nothing?x=1']) {
    it(`GET ${path} is a JSON 404`, async () => {
      const res = await get(path);
      assert.equal(res.status, 404);
      assert.equal(res.headers.get('content-type'), 'application/json');
      assert.equal(typeof (await res.json()).error, 'string');
    });
  }

  it('POST /api/v1/nothing is a JSON error', async () => {
    const res = await get('/api/v1/nothing', {
      method: 'POST', body: '{}', headers: { 'content-type': 'application/json' },
    });
    assert.equal(res.status, 404);
    assert.equal(res.headers.get('content-type'), 'application/json');
    assert.equal(typeof (await res.json()).error, 'string');
  });

  it('/apix is not an API path', async () => {
    const res = await get('/apix');
    assert.equal(res.status, 404);
    assert.equal(res.headers.get('content-type'), HTML);
    await res.arrayBuffer();
  });
});

describe('HTML escaping', () => {
  const payloads = [
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "'><script>alert(1)</script>",
  ];
  const pages = ['/', '/impressum', '/datenschutz', '/barrierefreiheit', '/nope', '/static/nope.css'];
  for (const payload of payloads) {
    const q = encodeURIComponent(payload);
    it(`the query value ${JSON.stringify(payload)} never comes back unescaped`, async () => {
      for (const page of pages) {
        for (const url of [`${page}?q=${q}`, `${page}?${q}=1`]) {
          const res = await get(url);
          const body = await res.text();
          assertNoInjection(body, url);
          assert.ok(!body.includes(payload), `${url} echoes the payload`);
        }
      }
    });

    it(`the path segment ${JSON.stringify(payload)} never comes back unescaped`, async () => {
      for (const url of [`/${q}`, `/static/${q}`, `/api/${q}`]) {
        const res = await get(url);
        assert.equal(res.status, 404);
        const body = await res.text();
        assertNoInjection(body, url);
      }
    });
  }

  it('raw (not percent-encoded) markup in the request target is harmless', async () => {
    const text = await srv.raw(
      'GET /<script>alert(1)</script>?q=<script> HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    const r = parseRaw(text);
    assert.ok([400, 404].includes(r.status), `status ${r.status}`);
    assertNoInjection(r.body, 'raw markup');
  });

  it('markup in headers is not reflected', async () => {
    const res = await get('/nope', {
      headers: { 'user-agent': '<script>alert(1)</script>', referer: 'http://x/<script>' },
    });
    assertNoInjection(await res.text(), 'headers');
  });
});
