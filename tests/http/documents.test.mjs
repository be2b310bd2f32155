// documents.test.mjs - the network's documents (issue #6, N2) against the
// real server with the demo district: every route with every role,
// versions as Markdown (no raw HTML) or PDF (type check, size limit,
// download headers), acceptances (a partner only for its own
// organisation), the list of member organisations that have not accepted
// and the reminders.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';

const ACCOUNTS = {
  admin: ['admin@ahrwald.example', 'Ahrwald-Demo-IT-2026'],
  coordination: ['koordination@ahrwald.example', 'Ahrwald-Demo-Netzwerk-2026'],
  partner: ['partner@ahrwald.example', 'Ahrwald-Demo-Familie-2026'],
  visits: ['besuche@ahrwald.example', 'Ahrwald-Demo-Willkommen-2026'],
  partner2: ['partner2@ahrwald.example', 'Ahrwald-Demo-Hebamme-2026'],
};

/** A browser: keeps cookies, follows no redirects. */
class Browser {
  constructor(base) {
    this.base = base;
    this.cookies = new Map();
  }

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(method, path, form, headers = {}) {
    const opts = { method, redirect: 'manual', headers: { ...headers } };
    if (this.cookies.size) opts.headers.cookie = this.cookieHeader();
    if (form instanceof FormData) {
      opts.body = form;
    } else if (form) {
      opts.body = new URLSearchParams(form).toString();
      opts.headers['content-type'] = 'application/x-www-form-urlencoded';
    }
    const res = await fetch(this.base + path, opts);
    for (const c of res.headers.getSetCookie()) {
      const [pair, ...attrs] = c.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i);
      const value = pair.slice(i + 1);
      if (attrs.some((a) => /max-age=0/i.test(a))) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const body = Buffer.from(await res.arrayBuffer());
    return { status: res.status, headers: res.headers, body: body.toString('utf8'), bytes: body };
  }

  get(path, headers) { return this.request('GET', path, null, headers); }

  post(path, form, headers) { return this.request('POST', path, form, headers); }

  async csrf(path) {
    const res = await this.get(path);
    const m = /name="csrf" value="([^"]+)"/.exec(res.body);
    assert.ok(m, `a form with a CSRF token on ${path} (status ${res.status})`);
    return m[1];
  }

  async login(who) {
    const [email, password] = ACCOUNTS[who];
    const csrf = await this.csrf('/anmelden');
    const res = await this.post('/anmelden', { csrf, email, password });
    assert.equal(res.status, 303, `${who} signs in`);
    this.token = await this.csrf('/intern/konto');
  }

  send(path, form = {}) { return this.post(path, { csrf: this.token, ...form }); }

  /** A multipart POST (a file upload) with this session's token. */
  upload(path, fields, file) {
    const fd = new FormData();
    fd.append('csrf', this.token);
    for (const [k, v] of Object.entries(fields)) fd.append(k, v);
    if (file) fd.append(file.field, new Blob([file.data], { type: file.type }), file.name);
    return this.post(path, fd);
  }
}

let srv;
const as = {};
const doc = {}; // ids of the demo's documents by kind
let lindenhof; // organisation of partner@
let kranichsee; // organisation of partner2@

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

before(async () => {
  srv = await startServer();
  for (const who of Object.keys(ACCOUNTS)) {
    as[who] = new Browser(srv.url);
    await as[who].login(who);
  }
  as.anon = new Browser(srv.url);
  const list = await as.coordination.get('/intern/dokumente');
  for (const [kind, re] of [['go', /href="\/intern\/dokumente\/(\d+)">Geschäftsordnung</],
    ['kv', /href="\/intern\/dokumente\/(\d+)">Kooperationsvereinbarung/],
    ['v8a', /href="\/intern\/dokumente\/(\d+)">Verfahren bei gewichtigen/]]) {
    const m = re.exec(list.body);
    assert.ok(m, `the demo has the document ${kind}`);
    doc[kind] = m[1];
  }
  lindenhof = /organisation\/(\d+)\/bearbeiten/.exec((await as.partner.get('/intern')).body)[1];
  kranichsee = /organisation\/(\d+)\/bearbeiten/.exec((await as.partner2.get('/intern')).body)[1];
});
after(async () => { assert.equal(await srv.stop(), 0); });

describe('reading documents', () => {
  test('every signed-in role reads the list, the document and its versions', async () => {
    for (const who of ['partner', 'partner2', 'visits', 'coordination', 'admin']) {
      const list = await as[who].get('/intern/dokumente');
      assert.equal(list.status, 200, who);
      assert.match(list.body, /Geschäftsordnung/);
      const go = await as[who].get(`/intern/dokumente/${doc.go}`);
      assert.equal(go.status, 200);
      assert.match(go.body, /<h4>§ 5 Beschlussfähigkeit und Beschlüsse<\/h4>/); // under the page's h1 and h2
      assert.match(go.body, /Beschluss \d{4}\/\d\d: Geschäftsordnung des Netzwerks/);
      const v1 = await as[who].get(`/intern/dokumente/${doc.go}/version/1`);
      assert.equal(v1.status, 200);
      assert.match(v1.body, /Das ist nicht die aktuelle Fassung/);
    }
    assert.equal((await as.partner.get(`/intern/dokumente/${doc.go}/version/9`)).status, 404);
    assert.equal((await as.partner.get(`/intern/dokumente/${doc.go}/version/x`)).status, 404);
    assert.equal((await as.partner.get('/intern/dokumente/99999')).status, 404);
    // the nav entry
    assert.match((await as.partner.get('/intern')).body, /href="\/intern\/dokumente"/);
  });

  test('a partner sees its own organisation\'s acceptance in the list', async () => {
    const p1 = await as.partner.get('/intern/dokumente');
    const row1 = p1.body.split('<tr').find((r) => r.includes(`href="/intern/dokumente/${doc.kv}"`));
    assert.match(row1, /(angenommen|unterzeichnet) am \d\d\.\d\d\.\d{4}/);
    const p2 = await as.partner2.get('/intern/dokumente');
    const row2 = p2.body.split('<tr').find((r) => r.includes(`href="/intern/dokumente/${doc.kv}"`));
    assert.match(row2, /noch nicht angenommen/);
  });

  test('anonymous visitors are sent to the sign-in', async () => {
    for (const path of ['/intern/dokumente', `/intern/dokumente/${doc.kv}`,
      `/intern/dokumente/${doc.kv}/version/1`, `/intern/dokumente/${doc.kv}/annahmen`,
      '/intern/dokumente/neu']) {
      const res = await as.anon.get(path);
      assert.equal(res.status, 303, path);
    }
  });

  test('what only the coordination office may do is refused to the others', async () => {
    for (const who of ['partner', 'partner2', 'visits']) {
      for (const path of ['/intern/dokumente/neu', `/intern/dokumente/${doc.kv}/bearbeiten`,
        `/intern/dokumente/${doc.kv}/neue-version`, `/intern/dokumente/${doc.kv}/annahmen`]) {
        assert.equal((await as[who].get(path)).status, 403, `${who} GET ${path}`);
      }
      for (const path of ['/intern/dokumente/neu', `/intern/dokumente/${doc.kv}/bearbeiten`,
        `/intern/dokumente/${doc.kv}/neue-version`, `/intern/dokumente/${doc.kv}/erinnern`]) {
        assert.equal((await as[who].send(path, { title: 'x', kind: 'sonstiges' })).status, 403, `${who} POST ${path}`);
      }
    }
  });
});

describe('acceptances', () => {
  test('a partner accepts for its own organisation only', async () => {
    const page = await as.partner2.get(`/intern/dokumente/${doc.kv}`);
    assert.match(page.body, /noch nicht eingetragen/);
    assert.doesNotMatch(page.body, /name="organisation"/);
    // for another organisation: 403, nothing recorded
    let res = await as.partner2.send(`/intern/dokumente/${doc.kv}/annehmen`,
      { organisation: lindenhof, kind: 'signed', accepted_on: '2026-01-15', accepted_by: 'Jemand' });
    assert.equal(res.status, 403);
    // bad input: 422 with German messages
    res = await as.partner2.send(`/intern/dokumente/${doc.kv}/annehmen`,
      { kind: 'gelesen', accepted_on: 'gestern', accepted_by: '' });
    assert.equal(res.status, 422);
    assert.match(res.body, /„angenommen“ oder „unterzeichnet“/);
    assert.match(res.body, /TT\.MM\.JJJJ/);
    assert.match(res.body, /Namen der Person/);
    res = await as.partner2.send(`/intern/dokumente/${doc.kv}/annehmen`,
      { kind: 'signed', accepted_on: '15.01.2026', accepted_by: 'Hebamme Kranichsee' });
    assert.equal(res.status, 303);
    const after = await as.partner2.get(`/intern/dokumente/${doc.kv}`);
    assert.match(after.body, /hat Fassung 2 am 15\.01\.2026 unterzeichnet/);
    // the coordination office records for any organisation
    res = await as.coordination.send(`/intern/dokumente/${doc.v8a}/annehmen`,
      { organisation: kranichsee, kind: 'accepted', accepted_on: '2026-02-01', accepted_by: 'Per Telefon bestätigt' });
    assert.equal(res.status, 303);
    res = await as.coordination.send(`/intern/dokumente/${doc.v8a}/annehmen`,
      { organisation: 'keine', kind: 'accepted', accepted_on: '2026-02-01', accepted_by: 'Niemand' });
    assert.equal(res.status, 422);
  });

  test('the coordination office sees who is missing and reminds them', async () => {
    const page = await as.coordination.get(`/intern/dokumente/${doc.kv}/annahmen`);
    assert.equal(page.status, 200);
    const m = /<strong>(\d+) Mitgliedsorganisationen<\/strong> haben sie angenommen oder unterzeichnet, <strong>(\d+)<\/strong> noch/.exec(page.body);
    assert.ok(m, 'the counts');
    const [accepted, missing] = [Number(m[1]), Number(m[2])];
    assert.ok(missing > 0 && accepted > missing * 2, `about 80 % accepted (${accepted}:${missing})`);
    assert.match(page.body, /Hebammenpraxis Kranichsee/); // among those who accepted now
    assert.match(page.body, /Erinnerung senden/);
    const res = await as.coordination.send(`/intern/dokumente/${doc.kv}/erinnern`);
    assert.equal(res.status, 303);
    const loc = res.headers.get('location');
    const sent = Number(/n=(\d+)/.exec(loc)[1]);
    const without = Number(/ohne=(\d+)/.exec(loc)[1]);
    assert.equal(sent + without, missing);
    assert.ok(sent > 0);
    const out = await as.coordination.get('/intern/postausgang?art=reminder');
    assert.equal(out.status, 200);
    const msg = /href="\/intern\/postausgang\/(\d+)">Erinnerung: Kooperationsvereinbarung/.exec(out.body);
    assert.ok(msg, 'reminders in the outbox');
    const mail = await as.coordination.get(`/intern/postausgang/${msg[1]}`);
    assert.match(mail.body, new RegExp(`http://127\\.0\\.0\\.1:\\d+/intern/dokumente/${doc.kv}`));
  });
});

describe('documents and versions', () => {
  let id;

  test('a new document: validated, then its first version', async () => {
    let res = await as.coordination.send('/intern/dokumente/neu', { title: '', kind: 'roman' });
    assert.equal(res.status, 422);
    assert.match(res.body, /Bitte geben Sie einen Titel ein/);
    assert.match(res.body, /Bitte wählen Sie eine Art/);
    res = await as.coordination.send('/intern/dokumente/neu',
      { title: 'Leitfaden Übergänge', kind: 'sonstiges', description: 'Für die Kliniken.', requires_acceptance: '1' });
    assert.equal(res.status, 303);
    id = /\/intern\/dokumente\/(\d+)\/neue-version$/.exec(res.headers.get('location'))[1];
    const page = await as.coordination.get(`/intern/dokumente/${id}/neue-version`);
    assert.match(page.body, /enctype="multipart\/form-data"/);
    assert.match(page.body, /Geschäftsordnung des Netzwerks/, 'adopted motions to link to');
    res = await as.coordination.send(`/intern/dokumente/${id}/bearbeiten`,
      { title: 'Leitfaden Übergänge nach der Geburt', kind: 'sonstiges', description: '' });
    assert.equal(res.status, 303);
  });

  test('a non-PDF upload is refused with a German message and nothing is stored', async () => {
    const res = await as.coordination.upload(`/intern/dokumente/${id}/neue-version`,
      { format: 'pdf', note: 'Versuch' },
      { field: 'pdf', name: 'leitfaden.pdf', type: 'application/pdf', data: Buffer.from('GIF89a kein PDF') });
    assert.equal(res.status, 422);
    assert.match(res.body, /Das ist keine PDF-Datei/);
    const page = await as.coordination.get(`/intern/dokumente/${id}`);
    assert.match(page.body, /noch keine Fassung/);
    // PDF bytes under another name and type are refused too
    const res2 = await as.coordination.upload(`/intern/dokumente/${id}/neue-version`,
      { format: 'pdf' }, { field: 'pdf', name: 'leitfaden.txt', type: 'text/plain', data: PDF });
    assert.equal(res2.status, 422);
    // no file at all
    const res3 = await as.coordination.upload(`/intern/dokumente/${id}/neue-version`, { format: 'pdf' });
    assert.equal(res3.status, 422);
    assert.match(res3.body, /Bitte wählen Sie eine PDF-Datei aus/);
  });

  test('an upload over 10 MB is refused with 413 before the body is read', async () => {
    // Only the headers are sent: the route's limit (10 MiB and a little
    // for the form) answers at once.
    const { text } = await srv.raw(
      `POST /intern/dokumente/${id}/neue-version HTTP/1.1\r\nHost: x\r\n`
      + `Cookie: ${as.coordination.cookieHeader()}\r\n`
      + 'Content-Type: multipart/form-data; boundary=xyz\r\n'
      + `Content-Length: ${11 * 1024 * 1024}\r\n\r\n`, { detail: true, idleMs: 5000 });
    assert.match(text, /^HTTP\/1\.1 413/);
    const page = await as.coordination.get(`/intern/dokumente/${id}`);
    assert.match(page.body, /noch keine Fassung/);
  });

  test('a PDF of some megabytes is within the limit (the default of 1 MiB is raised)', async () => {
    const big = Buffer.alloc(3 * 1024 * 1024, 0x20);
    PDF.copy(big);
    const d = await as.coordination.send('/intern/dokumente/neu', { title: 'Großes PDF', kind: 'sonstiges' });
    const bigId = /dokumente\/(\d+)\//.exec(d.headers.get('location'))[1];
    const res = await as.coordination.upload(`/intern/dokumente/${bigId}/neue-version`,
      { format: 'pdf' }, { field: 'pdf', name: 'gross.pdf', type: 'application/pdf', data: big });
    assert.equal(res.status, 303);
    const page = await as.coordination.get(`/intern/dokumente/${bigId}`);
    assert.match(page.body, /gross\.pdf herunterladen \(PDF, 3\.0 MB\)/);
  });

  test('a PDF version: stored with its hash, downloaded as an attachment', async () => {
    const res = await as.coordination.upload(`/intern/dokumente/${id}/neue-version`,
      { format: 'pdf', note: 'Erste Fassung', valid_from: '2026-03-01' },
      { field: 'pdf', name: 'leitfaden.pdf', type: 'application/pdf', data: PDF });
    assert.equal(res.status, 303, res.body.slice(0, 2000));
    const page = await as.partner.get(`/intern/dokumente/${id}`);
    assert.match(page.body, /leitfaden\.pdf herunterladen \(PDF, 1 KB\)/);
    assert.match(page.body, /[0-9a-f]{64}/);
    assert.match(page.body, /Gültig ab.*01\.03\.2026/s);
    const pdf = await as.partner.get(`/intern/dokumente/${id}/version/1/pdf`);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.match(pdf.headers.get('content-disposition'), /^attachment; filename="dokument-\d+-fassung-1\.pdf"$/);
    assert.equal(pdf.headers.get('x-content-type-options'), 'nosniff');
    assert.ok(pdf.bytes.equals(PDF));
    assert.equal((await as.anon.get(`/intern/dokumente/${id}/version/1/pdf`)).status, 303);
    // a Markdown version has no PDF
    assert.equal((await as.partner.get(`/intern/dokumente/${doc.go}/version/2/pdf`)).status, 404);
  });

  test('a Markdown version: numbered next, raw HTML escaped, linked to a decision', async () => {
    const page = await as.coordination.get(`/intern/dokumente/${id}/neue-version`);
    const motion = /<option value="(\d+)">\d{4}\/\d\d Geschäftsordnung/.exec(page.body)[1];
    let res = await as.coordination.upload(`/intern/dokumente/${id}/neue-version`,
      { format: 'markdown', text_md: '', motion_id: motion });
    assert.equal(res.status, 422);
    assert.match(res.body, /Bitte geben Sie den Text des Dokuments ein/);
    res = await as.coordination.upload(`/intern/dokumente/${id}/neue-version`, {
      format: 'markdown',
      text_md: '# Leitfaden\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n[klick](javascript:alert(3))',
      note: 'Als Text',
      valid_from: '2026-04-01',
      motion_id: motion,
    });
    assert.equal(res.status, 303);
    const v2 = await as.partner.get(`/intern/dokumente/${id}/version/2`);
    assert.equal(v2.status, 200);
    assert.match(v2.body, /<h2>Leitfaden<\/h2>/); // the page has its own h1
    assert.doesNotMatch(v2.body, /<script>alert|<img src=x|href="javascript:/);
    assert.match(v2.body, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(v2.body, /Beschluss \d{4}\/\d\d: Geschäftsordnung/);
    const docPage = await as.partner.get(`/intern/dokumente/${id}`);
    assert.match(docPage.body, /Fassung 2<\/a> \(aktuell\)/);
    // the new version must be accepted again
    const list = await as.coordination.get(`/intern/dokumente/${id}/annahmen`);
    assert.match(list.body, /<strong>0 Mitgliedsorganisationen<\/strong>/);
  });
});
