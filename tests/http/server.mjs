// server.mjs - starts a Lotse server on a fresh demo database for the HTTP
// and browser tests, and sends raw bytes for requests fetch() cannot make.
//
//   const srv = await startServer();   // {url, port, stop(), logs(), raw()}
//   ...
//   const code = await srv.stop();     // SIGTERM; resolves with exit code
//
// LOTSE_BIN selects the binary (default ./lotse, e.g. build/asan/lotse).
// stop() rejects if the server's stderr shows a sanitizer report, so a test
// file whose after() hook awaits stop() fails on any ASan/UBSan finding.
import { spawn, execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const LOTSE_BIN = path.resolve(process.env.LOTSE_BIN || './lotse');

const SANITIZER_PATTERNS = [
  /ERROR: AddressSanitizer/,
  /ERROR: LeakSanitizer/,
  /runtime error:/,
];

/** Returns the sanitizer findings in a log text (empty if clean). */
export function sanitizerFindings(text) {
  return SANITIZER_PATTERNS.filter((re) => re.test(text)).map((re) => re.source);
}

/**
 * Creates a temporary directory with a demo database and starts
 * `lotse serve` on 127.0.0.1:0.
 * options.extraArgs: further arguments for `serve`.
 * options.startTimeoutMs: how long to wait for the "läuft auf" line.
 */
export async function startServer(options = {}) {
  const { extraArgs = [], startTimeoutMs = 20000 } = options;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lotse-test-'));
  const db = path.join(dir, 'lotse.db');
  const env = { ...process.env };
  let setupLog = '';
  try {
    for (const cmd of ['init', 'demo']) {
      const r = await run(LOTSE_BIN, [cmd, '--db', db], { env, cwd: dir });
      setupLog += r.stdout + r.stderr;
    }
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`lotse init/demo failed: ${err.message}\n${err.stderr ?? ''}`);
  }
  const findings = sanitizerFindings(setupLog);
  if (findings.length) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`sanitizer report during init/demo:\n${setupLog}`);
  }

  const child = spawn(
    LOTSE_BIN,
    ['serve', '--db', db, '--listen', '127.0.0.1:0', ...extraArgs],
    { env, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  let stdout = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (d) => { stdout += d; });
  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });

  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within ${startTimeoutMs} ms:\n${stderr}`));
    }, startTimeoutMs);
    const onData = (d) => {
      stderr += d;
      const m = /läuft auf https?:\/\/127\.0\.0\.1:(\d+)\//.exec(stderr);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stderr.on('data', onData);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited early (code ${code}, signal ${signal}):\n${stderr}`));
    });
  });

  let stopping = null;
  const server = {
    url: `http://127.0.0.1:${port}`,
    port,
    dir,
    pid: child.pid,
    /** Everything the server wrote to stderr (logs) so far. */
    logs: () => stderr,
    stdout: () => stdout,
    /** The exit of the process: {code, signal}. */
    exited,
    /** Sends raw bytes to this server; see raw(). */
    raw: (request, opts) => raw(port, request, opts),
    /**
     * Sends SIGTERM and resolves with the exit code. Rejects if the
     * server does not exit within timeoutMs or its stderr shows a
     * sanitizer report.
     */
    stop(timeoutMs = 15000) {
      if (stopping) return stopping;
      stopping = (async () => {
        if (child.exitCode === null && child.signalCode === null)
          child.kill('SIGTERM');
        let timer;
        const result = await Promise.race([
          exited,
          new Promise((resolve) => {
            timer = setTimeout(() => resolve(null), timeoutMs);
          }),
        ]);
        clearTimeout(timer);
        if (!result) {
          child.kill('SIGKILL');
          await exited;
          await rm(dir, { recursive: true, force: true });
          throw new Error(`server did not exit within ${timeoutMs} ms after SIGTERM`);
        }
        await rm(dir, { recursive: true, force: true });
        const bad = sanitizerFindings(stderr);
        if (bad.length)
          throw new Error(`sanitizer report in server log (${bad.join(', ')}):\n${stderr}`);
        return result.code ?? 128 + (os.constants.signals[result.signal] ?? 0);
      })();
      return stopping;
    },
  };
  return server;
}

/**
 * Sends request (string, sent as latin1 bytes, or Buffer) to 127.0.0.1:port
 * and resolves with the raw response text (latin1, so byte-exact) once the
 * server closes the connection, or after opts.idleMs without new data.
 * Never rejects on connection errors: what was received is returned.
 * With opts.detail the result is {text, closed, error} instead.
 */
export function raw(port, request, opts = {}) {
  const { idleMs = 2000, detail = false } = opts;
  return new Promise((resolve) => {
    const sock = net.connect(port, '127.0.0.1');
    let text = '';
    let error = null;
    let done = false;
    let timer;
    const finish = (closed) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      sock.destroy();
      resolve(detail ? { text, closed, error } : text);
    };
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => finish(false), idleMs);
    };
    sock.on('connect', () => {
      sock.write(typeof request === 'string' ? Buffer.from(request, 'latin1') : request);
      arm();
    });
    sock.on('data', (d) => {
      text += d.toString('latin1');
      arm();
    });
    sock.on('error', (e) => {
      error = e.code || e.message;
    });
    sock.on('close', () => finish(true));
  });
}

/** Splits a raw HTTP/1.1 response into {status, headers (lower-case), body}. */
export function parseRaw(text) {
  const end = text.indexOf('\r\n\r\n');
  const head = end < 0 ? text : text.slice(0, end);
  const body = end < 0 ? '' : text.slice(end + 4);
  const lines = head.split('\r\n');
  const m = /^HTTP\/1\.[01] (\d{3})/.exec(lines[0] || '');
  const headers = {};
  for (const line of lines.slice(1)) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return { status: m ? Number(m[1]) : 0, headers, body: Buffer.from(body, 'latin1').toString('utf8') };
}

/**
 * Signs in at server (from startServer()) with email and password, as a
 * browser does: GET /anmelden for the anonymous CSRF cookie and token,
 * POST /anmelden. Resolves with a session that keeps its cookies:
 *
 *   const s = await login(srv, 'admin@ahrwald.example', 'Ahrwald-Demo-IT-2026');
 *   s.status, s.location     // the answer to POST /anmelden (303, /intern)
 *   s.csrf                   // the session's CSRF token (from /intern/konto)
 *   await s.get('/intern/benutzer')              // fetch, redirect: 'manual'
 *   await s.post('/intern/benutzer', {email: …}) // form POST with s.csrf
 *   await s.post(path, fields, {csrf: null})     // without the token
 *   s.headers()              // {cookie: '…'} for a fetch of your own
 *
 * A failed sign-in resolves too (status 401, csrf null).
 */
export async function login(server, email, password) {
  const jar = new Map();
  const keep = (res) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair, ...attrs] = c.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1).trim();
      const gone = value === '' || attrs.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (gone) jar.delete(name);
      else jar.set(name, value);
    }
    return res;
  };
  const headers = () => (jar.size
    ? { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') }
    : {});
  const scrape = (html) => /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? null;
  const session = {
    csrf: null,
    headers,
    async get(path, init = {}) {
      return keep(await fetch(server.url + path, {
        redirect: 'manual', ...init, headers: { ...headers(), ...init.headers },
      }));
    },
    async post(path, fields = {}, opts = {}) {
      const csrf = 'csrf' in opts ? opts.csrf : session.csrf;
      const body = new URLSearchParams(fields);
      if (csrf != null) body.set('csrf', csrf);
      return keep(await fetch(server.url + path, {
        method: 'POST',
        redirect: 'manual',
        headers: { ...headers(), 'content-type': 'application/x-www-form-urlencoded' },
        body: body.toString(),
      }));
    },
  };
  const form = await session.get('/anmelden');
  session.csrf = scrape(await form.text());
  const res = await session.post('/anmelden', { email, password });
  await res.arrayBuffer();
  session.status = res.status;
  session.location = res.headers.get('location');
  session.csrf = null;
  if (res.status === 303) {
    // The account page is open even while a new password is due.
    const page = await session.get('/intern/konto');
    session.csrf = scrape(await page.text());
  }
  return session;
}
