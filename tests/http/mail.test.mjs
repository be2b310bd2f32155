// mail.test.mjs - e-mail (issue #6, N3): the outbox pages and their
// roles, the .eml download without SMTP, invitations to a meeting with the
// calendar file (parsed with ical.js), updated invitations with the new
// SEQUENCE, sending through a small SMTP sink started here (node:net,
// EHLO/MAIL/RCPT/DATA/QUIT), a refusing server (5xx: attempt counted, a
// German reason, later "fehlgeschlagen", "Erneut versuchen"), `lotse mail
// send`, and the SMTP password that the settings page never shows again.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';

import ICAL from 'ical.js';

import { LOTSE_BIN, startServer } from './server.mjs';

const run = promisify(execFile);

const ACCOUNTS = {
  admin: ['admin@ahrwald.example', 'Ahrwald-Demo-IT-2026'],
  coordination: ['koordination@ahrwald.example', 'Ahrwald-Demo-Netzwerk-2026'],
  partner: ['partner@ahrwald.example', 'Ahrwald-Demo-Familie-2026'],
  visits: ['besuche@ahrwald.example', 'Ahrwald-Demo-Willkommen-2026'],
};

/** A browser: keeps cookies, follows no redirects (from auth.test.mjs). */
class Browser {
  constructor(base) {
    this.base = base;
    this.cookies = new Map();
  }

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(method, p, form, headers = {}) {
    const opts = { method, redirect: 'manual', headers: { ...headers } };
    if (this.cookies.size) opts.headers.cookie = this.cookieHeader();
    if (form) {
      opts.body = (form instanceof URLSearchParams ? form : new URLSearchParams(form)).toString();
      opts.headers['content-type'] = 'application/x-www-form-urlencoded';
    }
    const res = await fetch(this.base + p, opts);
    for (const c of res.headers.getSetCookie()) {
      const [pair, ...attrs] = c.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i);
      const value = pair.slice(i + 1);
      if (attrs.some((a) => /max-age=0/i.test(a))) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const body = await res.text();
    return { status: res.status, headers: res.headers, body };
  }

  get(p, headers) { return this.request('GET', p, null, headers); }

  post(p, form, headers) { return this.request('POST', p, form, headers); }

  async csrf(p) {
    const res = await this.get(p);
    const m = /name="csrf" value="([^"]+)"/.exec(res.body);
    assert.ok(m, `a form with a CSRF token on ${p} (status ${res.status})`);
    return m[1];
  }

  async login(who) {
    const [email, password] = ACCOUNTS[who] || who;
    const csrf = await this.csrf('/anmelden');
    const res = await this.post('/anmelden', { csrf, email, password });
    assert.equal(res.status, 303, `${who} signs in`);
    return res;
  }
}

/**
 * A tiny SMTP server: records every message; refuses recipients whose
 * address contains "abgelehnt" with 550.
 */
function startSink() {
  const messages = [];
  const server = net.createServer((sock) => {
    sock.setEncoding('latin1');
    let buf = '';
    let inData = false;
    let from = '';
    let rcpts = [];
    const reply = (s) => sock.write(`${s}\r\n`);
    reply('220 sink.example ESMTP Testsenke');
    sock.on('data', (chunk) => {
      buf += chunk;
      for (;;) {
        if (inData) {
          const end = buf.indexOf('\r\n.\r\n');
          if (end < 0 && !buf.startsWith('.\r\n')) return;
          let data;
          if (buf.startsWith('.\r\n')) {
            data = '';
            buf = buf.slice(3);
          } else {
            data = buf.slice(0, end + 2);
            buf = buf.slice(end + 5);
          }
          // undo dot-stuffing
          data = data.replace(/^\.\./gm, '.');
          messages.push({ from, rcpts, data: Buffer.from(data, 'latin1').toString('utf8'), raw: data });
          inData = false;
          reply('250 2.0.0 angenommen');
          continue;
        }
        const nl = buf.indexOf('\r\n');
        if (nl < 0) return;
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 2);
        const cmd = line.slice(0, 4).toUpperCase();
        if (cmd === 'EHLO' || cmd === 'HELO') {
          sock.write('250-sink.example\r\n250-8BITMIME\r\n250 SIZE 10000000\r\n');
        } else if (cmd === 'MAIL') {
          from = line; rcpts = [];
          reply('250 2.1.0 ok');
        } else if (cmd === 'RCPT') {
          if (/abgelehnt/.test(line)) reply('550 5.1.1 Postfach unbekannt');
          else { rcpts.push(line.replace(/^RCPT TO:\s*<?([^>]*)>?.*$/i, '$1')); reply('250 2.1.5 ok'); }
        } else if (cmd === 'DATA') {
          if (!rcpts.length) { reply('554 5.5.1 keine Empfaenger'); continue; }
          inData = true;
          reply('354 weiter');
        } else if (cmd === 'RSET' || cmd === 'NOOP') {
          reply('250 ok');
        } else if (cmd === 'QUIT') {
          reply('221 tschuess');
          sock.end();
          return;
        } else {
          reply('502 unbekannt');
        }
      }
    });
    sock.on('error', () => {});
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({
      port: server.address().port,
      messages,
      close: () => new Promise((r) => server.close(r)),
    }));
  });
}

/** The headers (unfolded, name lower-cased) and body of a message. */
function parseMessage(text) {
  const i = text.indexOf('\r\n\r\n');
  const head = text.slice(0, i).replace(/\r\n[ \t]/g, ' ');
  const headers = {};
  for (const line of head.split('\r\n')) {
    const k = line.indexOf(':');
    headers[line.slice(0, k).toLowerCase()] = line.slice(k + 1).trim();
  }
  return { headers, body: text.slice(i + 4) };
}

/** Decodes RFC 2047 encoded-words (B, UTF-8). */
function decodeWords(s) {
  return s.replace(/=\?UTF-8\?B\?([^?]*)\?=\s*(?==\?UTF-8\?B\?)/gi, '=?UTF-8?B?$1?=')
    .replace(/=\?UTF-8\?B\?([^?]*)\?=/gi, (_, b) => `\u0000${b}\u0000`)
    .split('\u0000')
    .map((part, k) => (k % 2 ? Buffer.from(part, 'base64') : Buffer.from(part, 'utf8')))
    .reduce((acc, b) => Buffer.concat([acc, b]), Buffer.alloc(0))
    .toString('utf8');
}

/** The MIME parts of a multipart body: [{headers, body}]. */
function parts(msg) {
  const m = /boundary="([^"]+)"/.exec(msg.headers['content-type']);
  assert.ok(m, 'multipart with a boundary');
  return msg.body.split(`--${m[1]}`).slice(1, -1).map((p) => parseMessage(p.replace(/^\r\n/, '')));
}

function qpDecode(s) {
  const bytes = [];
  const t = s.replace(/=\r\n/g, '');
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '=' && /^[0-9A-F]{2}$/.test(t.slice(i + 1, i + 3))) {
      bytes.push(parseInt(t.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(t.charCodeAt(i));
  }
  return Buffer.from(bytes).toString('utf8');
}

let srv;
let sink;
let dbPath;
const sql = async (q) => (await run('sqlite3', [dbPath, q])).stdout.trim();
const setting = (k, v) => sql(`INSERT INTO setting (key, value, updated_at) VALUES ('${k}', '${v}', '2026-01-01T00:00:00Z') ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
const mailSend = async () => {
  try {
    const r = await run(LOTSE_BIN, ['mail', 'send', '--db', dbPath]);
    return { code: 0, out: r.stdout + r.stderr };
  } catch (e) {
    return { code: e.code, out: (e.stdout ?? '') + (e.stderr ?? '') };
  }
};
async function waitFor(fn, what, ms = 20000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const as = {};
let meetingId;

before(async () => {
  srv = await startServer();
  dbPath = path.join(srv.dir, 'lotse.db');
  sink = await startSink();
  for (const who of Object.keys(ACCOUNTS)) {
    as[who] = new Browser(srv.url);
    await as[who].login(who);
  }
  meetingId = Number(await sql("SELECT id FROM meeting WHERE status = 'planned' AND starts_at > strftime('%Y-%m-%dT%H:%M', 'now') ORDER BY starts_at LIMIT 1"));
  assert.ok(meetingId > 0, 'the demo has a future meeting');
});
after(async () => {
  await sink?.close();
  assert.equal(await srv.stop(), 0);
});

describe('routes and roles', () => {
  const gets = () => ['/intern/postausgang', '/intern/postausgang/1', '/intern/postausgang/1.eml',
    `/intern/sitzungen/${meetingId}/einladen`];
  const posts = () => ['/intern/postausgang/1/erneut', `/intern/sitzungen/${meetingId}/einladen`];

  test('without a session: the sign-in page', async () => {
    for (const p of gets()) {
      const res = await fetch(srv.url + p, { redirect: 'manual' });
      assert.equal(res.status, 303, p);
      assert.equal(res.headers.get('location'), `/anmelden?weiter=${encodeURIComponent(p)}`);
    }
  });

  test('partners and visit staff: 403 on every page and form', async () => {
    for (const who of ['partner', 'visits']) {
      const csrf = await as[who].csrf('/intern/konto');
      for (const p of gets()) assert.equal((await as[who].get(p)).status, 403, `${who} GET ${p}`);
      for (const p of posts()) assert.equal((await as[who].post(p, { csrf })).status, 403, `${who} POST ${p}`);
    }
  });

  test('coordination and admin: the pages; a form without CSRF token is refused', async () => {
    for (const who of ['coordination', 'admin']) {
      for (const p of gets()) assert.equal((await as[who].get(p)).status, 200, `${who} GET ${p}`);
    }
    const res = await as.coordination.post(`/intern/sitzungen/${meetingId}/einladen`, { adressen: 'x@example.org' });
    assert.equal(res.status, 403);
    assert.equal((await as.coordination.get('/intern/postausgang/999999.eml')).status, 404);
    assert.equal((await as.coordination.get('/intern/postausgang/abc')).status, 404);
  });
});

describe('without SMTP', () => {
  test('the outbox says that nothing is sent; `lotse mail send` fails clearly', async () => {
    const res = await as.coordination.get('/intern/postausgang');
    assert.match(res.body, /Es werden keine E-Mails versandt/);
    assert.match(res.body, /wartet/);
    assert.match(res.body, /\d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr/); // local time
    const r = await mailSend();
    assert.equal(r.code, 1);
    assert.match(r.out, /kein Mail-Server eingestellt/);
  });

  test('a queued message downloads as .eml that matches the queue', async () => {
    const [id, to, subject, text] = (await sql("SELECT id, recipient, subject, replace(body_text, char(10), '~') FROM outbox WHERE kind = 'news' ORDER BY id LIMIT 1")).split('|');
    const res = await as.coordination.get(`/intern/postausgang/${id}.eml`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'message/rfc822');
    assert.equal(res.headers.get('content-disposition'), `attachment; filename="nachricht-${id}.eml"`);
    assert.ok(!/[^\r]\n/.test(res.body), 'every line ends with CRLF');
    const msg = parseMessage(res.body);
    assert.match(msg.headers.to, new RegExp(`<${to.replace(/\./g, '\\.')}>$`));
    assert.equal(decodeWords(msg.headers.subject), subject);
    assert.match(msg.headers['message-id'], /^<[A-Za-z0-9_-]+@lotse\.invalid>$/);
    assert.match(msg.headers.date, /^\w{3}, \d{1,2} \w{3} \d{4} \d\d:\d\d:\d\d \+0000$/);
    assert.equal(msg.headers['content-transfer-encoding'], 'quoted-printable');
    assert.equal(qpDecode(msg.body).replace(/\r\n/g, '~').replace(/~+$/, ''), text.replace(/~+$/, ''));
    // the page of the message
    const page = await as.coordination.get(`/intern/postausgang/${id}`);
    assert.equal(page.status, 200);
    assert.ok(page.body.includes(to));
  });
});

describe('invitations through SMTP', () => {
  let uid;
  let seq;
  before(async () => {
    await setting('smtp_url', `smtp://127.0.0.1:${sink.port}`);
    await setting('smtp_starttls', 'nein');
    await setting('smtp_from', 'netzwerk@ahrwald.example');
    [uid, seq] = (await sql(`SELECT uid, sequence FROM meeting WHERE id = ${meetingId}`)).split('|');
    seq = Number(seq);
  });

  test('the page offers delegates and partners; inviting queues one message per address', async () => {
    const page = await as.coordination.get(`/intern/sitzungen/${meetingId}/einladen`);
    assert.equal(page.status, 200);
    assert.match(page.body, /Weitere Partnerorganisationen/);
    assert.match(page.body, /name="adressen"/);
    const csrf = /name="csrf" value="([^"]+)"/.exec(page.body)[1];
    const orgId = /name="org" value="(\d+)"/.exec(page.body)[1];
    const form = new URLSearchParams({ csrf, adressen: 'Gast.Eins@Example.org, gast.zwei@example.org\ngast.eins@example.org' });
    form.append('org', orgId);
    const res = await as.coordination.post(`/intern/sitzungen/${meetingId}/einladen`, form);
    assert.equal(res.status, 303, res.body.slice(0, 2000));
    assert.equal(res.headers.get('location'), `/intern/sitzungen/${meetingId}/einladen?gesendet=3`);
    assert.equal(await sql(`SELECT count(*) FROM invitation WHERE meeting_id = ${meetingId}`), '3');
    assert.equal(await sql(`SELECT count(*) FROM outbox WHERE kind = 'invitation' AND ref_id = ${meetingId}`), '3');
    assert.equal(await sql(`SELECT count(*) FROM audit_log WHERE action = 'invite' AND entity_id = ${meetingId}`).catch(() => '1'), '1');
    const done = await as.coordination.get(res.headers.get('location'));
    assert.match(done.body, /3 Einladung\(en\) sind im Postausgang/);
    assert.match(done.body, /gast\.eins@example\.org/);
    assert.match(done.body, /aktuell/);
  });

  test('a bad address sends nothing and names the address', async () => {
    const csrf = await as.coordination.csrf(`/intern/sitzungen/${meetingId}/einladen`);
    const before_ = await sql('SELECT count(*) FROM outbox');
    const res = await as.coordination.post(`/intern/sitzungen/${meetingId}/einladen`, { csrf, adressen: 'ok@example.org, kein-at-zeichen' });
    assert.equal(res.status, 422);
    assert.match(res.body, /„kein-at-zeichen“ ist keine gültige E-Mail-Adresse/);
    assert.equal(await sql('SELECT count(*) FROM outbox'), before_);
    const none = await as.coordination.post(`/intern/sitzungen/${meetingId}/einladen`, { csrf });
    assert.equal(none.status, 422);
  });

  test('the sink receives the invitation with a text/calendar part (METHOD:REQUEST)', async () => {
    await mailSend();
    const m = await waitFor(() => sink.messages.find((x) => x.rcpts.includes('gast.zwei@example.org')), 'the invitation');
    const msg = parseMessage(m.data);
    const title = await sql(`SELECT title FROM meeting WHERE id = ${meetingId}`);
    assert.equal(decodeWords(msg.headers.subject), `Einladung: ${title}`);
    assert.match(msg.headers.from, /<netzwerk@ahrwald\.example>$/);
    assert.match(msg.headers['content-type'], /^multipart\/mixed; boundary="/);
    const [text, cal] = parts(msg);
    assert.equal(text.headers['content-type'], 'text/plain; charset=utf-8');
    const plain = qpDecode(text.body);
    assert.match(plain, /wir laden Sie herzlich ein/);
    assert.match(plain, /Wann: (Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \d{1,2}\. \S+ \d{4}, \d\d:\d\d–\d\d:\d\d Uhr/);
    assert.match(plain, /Bitte melden Sie sich (in Lotse unter „Sitzungen“ an|an: .*\/intern\/sitzungen\/\d+)/);
    assert.match(cal.headers['content-type'], /^text\/calendar; charset=utf-8; method=REQUEST; name="einladung.ics"$/);
    assert.equal(cal.headers['content-disposition'], 'attachment; filename="einladung.ics"');
    const ics = Buffer.from(cal.body.replace(/\r\n/g, ''), 'base64').toString('utf8');
    const comp = new ICAL.Component(ICAL.parse(ics));
    assert.equal(comp.getFirstPropertyValue('method'), 'REQUEST');
    const ev = comp.getFirstSubcomponent('vevent');
    assert.equal(ev.getFirstPropertyValue('uid'), uid);
    assert.equal(Number(ev.getFirstPropertyValue('sequence') ?? 0), seq);
    // every line within limits
    for (const line of m.raw.split('\r\n')) assert.ok(line.length <= 998);
    // the outbox shows it as sent, and the .eml equals what the sink got
    const id = await sql(`SELECT id FROM outbox WHERE recipient = 'gast.zwei@example.org' AND kind = 'invitation'`);
    await waitFor(async () => (await sql(`SELECT status FROM outbox WHERE id = ${id}`)) === 'sent', 'status sent');
    const eml = await as.coordination.get(`/intern/postausgang/${id}.eml`);
    assert.equal(eml.body, m.data);
    const list = await as.coordination.get('/intern/postausgang?status=sent&art=invitation');
    assert.match(list.body, /gesendet/);
    assert.ok(list.body.includes('gast.zwei@example.org'));
  });

  test('after a change the updated invitation carries the new SEQUENCE', async () => {
    await sql(`UPDATE meeting SET sequence = sequence + 1, place = 'Kreishaus, Saal 2' WHERE id = ${meetingId}`);
    const page = await as.coordination.get(`/intern/sitzungen/${meetingId}/einladen`);
    assert.match(page.body, /veraltet/);
    assert.match(page.body, /Aktualisierte Einladung an 3 veraltete Adresse\(n\) senden/);
    const csrf = /name="csrf" value="([^"]+)"/.exec(page.body)[1];
    const n0 = sink.messages.length;
    const res = await as.coordination.post(`/intern/sitzungen/${meetingId}/einladen`, { csrf, aktualisieren: '1' });
    assert.equal(res.status, 303);
    assert.equal(await sql(`SELECT count(*) FROM invitation WHERE meeting_id = ${meetingId} AND sequence = ${seq + 1}`), '3');
    await mailSend();
    const m = await waitFor(() => sink.messages.slice(n0).find((x) => x.rcpts.includes('gast.eins@example.org')), 'the update');
    const msg = parseMessage(m.data);
    assert.match(decodeWords(msg.headers.subject), /^Aktualisierte Einladung: /);
    const cal = parts(msg)[1];
    const comp = new ICAL.Component(ICAL.parse(Buffer.from(cal.body.replace(/\r\n/g, ''), 'base64').toString('utf8')));
    assert.equal(Number(comp.getFirstSubcomponent('vevent').getFirstPropertyValue('sequence')), seq + 1);
    assert.match(qpDecode(parts(msg)[0].body), /Kreishaus, Saal 2/);
  });

  test('a refusing server: attempt counted with a German reason, later failed, retry', async () => {
    const csrf = await as.coordination.csrf(`/intern/sitzungen/${meetingId}/einladen`);
    const res = await as.coordination.post(`/intern/sitzungen/${meetingId}/einladen`, { csrf, adressen: 'abgelehnt@example.org' });
    assert.equal(res.status, 303);
    const id = await sql("SELECT id FROM outbox WHERE recipient = 'abgelehnt@example.org'");
    await mailSend();
    const row = await waitFor(async () => {
      const r = await sql(`SELECT status, attempts, last_error, next_attempt_at > strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM outbox WHERE id = ${id}`);
      return r.split('|')[1] === '1' ? r : null;
    }, 'the first attempt');
    const [status, attempts, err, later] = row.split('|');
    assert.equal(status, 'pending');
    assert.equal(attempts, '1');
    assert.equal(later, '1');
    assert.match(err, /Mail-Server hat die Nachricht abgelehnt \(Antwort 550\)/);
    assert.doesNotMatch(err, /127\.0\.0\.1|smtp:/);
    // the eighth attempt is the last
    await sql(`UPDATE outbox SET attempts = 7, next_attempt_at = '2000-01-01T00:00:00Z' WHERE id = ${id}`);
    await mailSend();
    await waitFor(async () => (await sql(`SELECT status FROM outbox WHERE id = ${id}`)) === 'failed', 'status failed');
    assert.equal(await sql(`SELECT attempts FROM outbox WHERE id = ${id}`), '8');
    const list = await as.coordination.get('/intern/postausgang?status=failed');
    assert.match(list.body, /fehlgeschlagen/);
    assert.match(list.body, /Erneut versuchen/);
    assert.match(list.body, /Antwort 550/);
    const token = /name="csrf" value="([^"]+)"/.exec(list.body)[1];
    const retry = await as.coordination.post(`/intern/postausgang/${id}/erneut`, { csrf: token });
    assert.equal(retry.status, 303);
    assert.equal(retry.headers.get('location'), '/intern/postausgang?erneut=1');
    const [st, at] = (await sql(`SELECT status, attempts FROM outbox WHERE id = ${id}`)).split('|');
    assert.ok(st === 'pending' && Number(at) <= 1, `${st} ${at}`);
    // all failed at once
    await sql(`UPDATE outbox SET status = 'failed', attempts = 8 WHERE id = ${id}`);
    const list2 = await as.coordination.get('/intern/postausgang');
    assert.match(list2.body, /Alle 1 fehlgeschlagenen erneut versuchen/);
    const all = await as.coordination.post('/intern/postausgang/alle/erneut', { csrf: token });
    assert.equal(all.status, 303);
    assert.equal(all.headers.get('location'), '/intern/postausgang?erneut=1');
    assert.equal(await sql("SELECT count(*) FROM outbox WHERE status = 'failed'"), '0');
    assert.equal((await as.partner.post('/intern/postausgang/alle/erneut', { csrf: await as.partner.csrf('/intern/konto') })).status, 403);
    // a sent message cannot be "retried"
    const sent = await sql("SELECT id FROM outbox WHERE status = 'sent' LIMIT 1");
    assert.equal((await as.coordination.post(`/intern/postausgang/${sent}/erneut`, { csrf: token })).status, 404);
  });
});

describe('transport security and filters', () => {
  test('with smtp_starttls=ja nothing goes out over a server without STARTTLS', async () => {
    await setting('smtp_starttls', 'ja');
    try {
      const csrf = await as.coordination.csrf(`/intern/sitzungen/${meetingId}/einladen`);
      const res = await as.coordination.post(`/intern/sitzungen/${meetingId}/einladen`, { csrf, adressen: 'tls@example.org' });
      assert.equal(res.status, 303);
      const id = await sql("SELECT id FROM outbox WHERE recipient = 'tls@example.org'");
      await mailSend();
      const err = await waitFor(async () => {
        const [at, e] = (await sql(`SELECT attempts, last_error FROM outbox WHERE id = ${id}`)).split('|');
        return at === '1' ? e : null;
      }, 'the attempt without TLS');
      assert.match(err, /STARTTLS/);
      assert.ok(!sink.messages.some((m) => m.rcpts.includes('tls@example.org')));
    } finally {
      await setting('smtp_starttls', 'nein');
    }
  });

  test('an unreachable server: one attempt per round, the rest waits', async () => {
    const closed = await new Promise((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = s.address();
        s.close(() => resolve(port));
      });
    });
    await setting('smtp_url', `smtp://127.0.0.1:${closed}`);
    try {
      const csrf = await as.coordination.csrf(`/intern/sitzungen/${meetingId}/einladen`);
      const res = await as.coordination.post(`/intern/sitzungen/${meetingId}/einladen`, { csrf, adressen: 'weg1@example.org weg2@example.org weg3@example.org' });
      assert.equal(res.status, 303);
      const r = await mailSend();
      assert.equal(r.code, 1);
      const m = /(\d+) versandt, (\d+) später erneut/.exec(r.out);
      assert.ok(m, r.out);
      assert.ok(Number(m[2]) <= 1, r.out);
      const err = await sql("SELECT last_error FROM outbox WHERE recipient LIKE 'weg%' AND attempts = 1 LIMIT 1");
      assert.match(err, /Keine Verbindung zum Mail-Server/);
    } finally {
      await setting('smtp_url', `smtp://127.0.0.1:${sink.port}`);
    }
  });

  test('the outbox filtered by meeting (bezug) and by status', async () => {
    const res = await as.coordination.get(`/intern/postausgang?bezug=${meetingId}`);
    assert.equal(res.status, 200);
    assert.ok(res.body.includes('gast.zwei@example.org'));
    if (await sql(`SELECT count(*) FROM outbox WHERE kind = 'news' AND ref_id = ${meetingId}`) === '0')
      assert.ok(!res.body.includes('Neuigkeit: '), 'no news of another number');
    assert.match(res.body, /name="bezug" value="\d+"/);
    assert.equal((await as.coordination.get('/intern/postausgang?bezug=x')).status, 400);
    assert.equal((await as.coordination.get('/intern/postausgang?status=unbekannt')).status, 400);
    assert.equal((await as.coordination.get('/intern/postausgang?art=spam')).status, 400);
    const page = await as.coordination.get(`/intern/sitzungen/${meetingId}/einladen`);
    assert.ok(page.body.includes(`href="/intern/postausgang?bezug=${meetingId}"`));
  });
});

describe('cancellation', () => {
  test('cancelling the meeting sends METHOD:CANCEL to everyone invited', async () => {
    const [uid, seq] = (await sql(`SELECT uid, sequence FROM meeting WHERE id = ${meetingId}`)).split('|');
    const invited = Number(await sql(`SELECT count(*) FROM invitation WHERE meeting_id = ${meetingId}`));
    assert.ok(invited >= 3);
    const csrf = await as.coordination.csrf(`/intern/sitzungen/${meetingId}`);
    const n0 = sink.messages.length;
    const res = await as.coordination.post(`/intern/sitzungen/${meetingId}/absagen`, { csrf });
    assert.equal(res.status, 303, res.body.slice(0, 2000));
    assert.equal(await sql(`SELECT count(*) FROM outbox WHERE kind = 'cancellation' AND ref_id = ${meetingId} AND ics_method = 'CANCEL'`), String(invited));
    await mailSend();
    const m = await waitFor(() => sink.messages.slice(n0).find((x) => x.rcpts.includes('gast.zwei@example.org')), 'the cancellation');
    const msg = parseMessage(m.data);
    assert.match(decodeWords(msg.headers.subject), /^Abgesagt: /);
    const [text, cal] = parts(msg);
    assert.match(qpDecode(text.body), /leider müssen wir diese Sitzung absagen/);
    assert.match(cal.headers['content-type'], /method=CANCEL; name="absage.ics"/);
    const comp = new ICAL.Component(ICAL.parse(Buffer.from(cal.body.replace(/\r\n/g, ''), 'base64').toString('utf8')));
    assert.equal(comp.getFirstPropertyValue('method'), 'CANCEL');
    const ev = comp.getFirstSubcomponent('vevent');
    assert.equal(ev.getFirstPropertyValue('uid'), uid);
    assert.equal(Number(ev.getFirstPropertyValue('sequence')), Number(seq) + 1); // raised by the cancellation
    assert.equal(ev.getFirstPropertyValue('status'), 'CANCELLED');
    // no more invitations to a cancelled meeting
    const page = await as.coordination.get(`/intern/sitzungen/${meetingId}/einladen`);
    assert.match(page.body, /Diese Sitzung ist abgesagt/);
    assert.doesNotMatch(page.body, /name="adressen"/);
    const again = await as.coordination.post(`/intern/sitzungen/${meetingId}/einladen`, { csrf, adressen: 'neu@example.org' });
    assert.equal(again.status, 422);
    assert.match(again.body, /abgesagt/);
  });
});

describe('SMTP settings', () => {
  test('the password is never shown again and an empty field keeps it', async () => {
    await setting('smtp_password', 'Geheim-Passwort-4711');
    const page = await as.admin.get('/intern/einstellungen');
    assert.equal(page.status, 200);
    assert.ok(!page.body.includes('Geheim-Passwort-4711'));
    assert.match(page.body, /Ein Passwort ist gesetzt/);
    assert.match(page.body, /name="smtp_password"[^>]*type="password"|type="password"[^>]*name="smtp_password"/);
    // post the form with its current values and an empty password field
    const form = new URLSearchParams();
    for (const m of page.body.matchAll(/<input[^>]*>/g)) {
      const name = /name="([^"]+)"/.exec(m[0])?.[1];
      const value = /value="([^"]*)"/.exec(m[0])?.[1] ?? '';
      const type = /type="([^"]+)"/.exec(m[0])?.[1];
      if (!name || (type === 'checkbox' && !/checked/.test(m[0]))) continue;
      form.append(name, value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
    }
    for (const m of page.body.matchAll(/<textarea[^>]*name="([^"]+)"[^>]*>([^<]*)<\/textarea>/g))
      form.append(m[1], m[2].replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
    for (const m of page.body.matchAll(/<select[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
      const sel = /<option value="([^"]*)"[^>]*selected/.exec(m[2]);
      form.append(m[1], sel ? sel[1] : '');
    }
    form.set('smtp_from', 'fruehe-hilfen@ahrwald.example');
    const res = await as.admin.post('/intern/einstellungen', form);
    assert.equal(res.status, 303, res.body.slice(0, 3000));
    assert.equal(await sql("SELECT value FROM setting WHERE key = 'smtp_password'"), 'Geheim-Passwort-4711');
    assert.equal(await sql("SELECT value FROM setting WHERE key = 'smtp_from'"), 'fruehe-hilfen@ahrwald.example');
    assert.equal(await sql("SELECT count(*) FROM audit_log WHERE summary LIKE '%Geheim-Passwort%'").catch(() => '0'), '0');
    // a bad server address is refused
    form.set('smtp_url', 'http://mail.example.org');
    const bad = await as.admin.post('/intern/einstellungen', form);
    assert.equal(bad.status, 422);
    assert.match(bad.body, /smtp:\/\/server:587/);
    assert.ok(!bad.body.includes('Geheim-Passwort-4711'));
  });
});
