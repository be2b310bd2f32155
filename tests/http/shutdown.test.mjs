// shutdown.test.mjs - SIGTERM and SIGINT: no new connections, requests in
// flight are finished, exit status 0. Each test starts its own server,
// since each one ends it.
import assert from 'node:assert/strict';
import net from 'node:net';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';

import { parseRaw, startServer } from './server.mjs';

/** Resolves true if a TCP connection to port succeeds, false if refused. */
function canConnect(port) {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.on('connect', () => { s.destroy(); resolve(true); });
    s.on('error', () => resolve(false));
  });
}

/** Opens a connection and sends the first part of a request; returns the
 * socket, a function to send more, and a promise of the whole answer. */
function openRequest(port, head) {
  const sock = net.connect(port, '127.0.0.1');
  let text = '';
  const answer = new Promise((resolve) => {
    sock.on('data', (d) => { text += d.toString('latin1'); });
    sock.on('close', () => resolve(text));
    sock.on('error', () => {});
  });
  const ready = new Promise((resolve) => sock.on('connect', resolve));
  return {
    ready: ready.then(() => sock.write(head)),
    send: (more) => sock.write(more),
    answer,
    sock,
  };
}

/** Tracks whether the server process has exited. */
function watchExit(srv) {
  const state = { exited: false };
  srv.exited.then(() => { state.exited = true; });
  return state;
}

describe('graceful shutdown', () => {
  it('SIGTERM while a request is in flight: it completes, then exit 0', async () => {
    const srv = await startServer();
    const state = watchExit(srv);
    // A request whose body is still on its way is in flight: the server
    // has read the headers and waits for the rest.
    const req = openRequest(srv.port,
      'GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 10\r\n\r\nabcde');
    await req.ready;
    await sleep(300);
    const t0 = Date.now();
    const stopped = srv.stop();
    await sleep(500);
    assert.equal(state.exited, false, 'server exited with a request in flight');
    assert.equal(await canConnect(srv.port), false, 'new connections still accepted');
    req.send('fghij');
    const r = parseRaw(await req.answer);
    assert.equal(r.status, 200);
    assert.equal(r.body, 'ok\n');
    assert.equal(await stopped, 0);
    assert.ok(Date.now() - t0 < 5000, 'exit took too long');
    assert.match(srv.logs(), / access GET \/healthz 200 /);
    assert.match(srv.logs(), /Server beendet/);
  });

  it('SIGTERM on an idle server exits 0 within a few seconds and closes the port', async () => {
    const srv = await startServer();
    const res = await fetch(srv.url + '/');
    assert.equal(res.status, 200);
    await res.arrayBuffer();
    const t0 = Date.now();
    assert.equal(await srv.stop(), 0);
    assert.ok(Date.now() - t0 < 3000, `exit took ${Date.now() - t0} ms`);
    assert.equal(await canConnect(srv.port), false, 'port still open');
  });

  it('an idle keep-alive connection does not delay the exit', async () => {
    const srv = await startServer();
    const req = openRequest(srv.port, 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
    await req.ready;
    // Wait for the answer; the connection stays open (keep-alive).
    for (let i = 0; i < 100 && !/ access GET \/healthz 200 /.test(srv.logs()); i++)
      await sleep(20);
    const t0 = Date.now();
    assert.equal(await srv.stop(), 0);
    assert.ok(Date.now() - t0 < 3000, `exit took ${Date.now() - t0} ms`);
    assert.match(await req.answer, /^HTTP\/1\.1 200 /);
  });

  it('SIGINT exits 0 as well', async () => {
    const srv = await startServer();
    process.kill(srv.pid, 'SIGINT');
    const { code, signal } = await srv.exited;
    assert.equal(signal, null);
    assert.equal(code, 0);
    assert.equal(await srv.stop(), 0); // clean-up and sanitizer check
    assert.equal(await canConnect(srv.port), false);
  });

  it('a client that stalls mid-request cannot hold the server beyond the timeout', async () => {
    const srv = await startServer({ extraArgs: ['--timeout', '1'] });
    const req = openRequest(srv.port,
      'GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nab');
    await req.ready;
    await sleep(200);
    const t0 = Date.now();
    assert.equal(await srv.stop(), 0);
    assert.ok(Date.now() - t0 < 8000, `exit took ${Date.now() - t0} ms`);
    req.sock.destroy();
  });
});
