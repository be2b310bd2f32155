// minutes.test.mjs - minutes, motions, votes and the register of decisions
// (issue #6, N2) against the real server with the demo district: every
// route with every role, draft -> approved -> reopened, Markdown without
// raw HTML, the vote checked against the attendance and its computed
// result in the register and its CSV.
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
    if (form) {
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
    const body = await res.text();
    return { status: res.status, headers: res.headers, body };
  }

  get(path, headers) { return this.request('GET', path, null, headers); }

  post(path, form, headers) { return this.request('POST', path, form, headers); }

  /** The CSRF token of the first form on a page. */
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
    return res;
  }

  /** POST with this session's CSRF token. */
  send(path, form = {}) { return this.post(path, { csrf: this.token, ...form }); }
}

let srv;
const as = {};
let goMotion; // the demo's unanimous adoption of the rules of procedure
let goMeeting;
let draftMeeting; // the latest past meeting: minutes still a draft

before(async () => {
  srv = await startServer();
  for (const who of Object.keys(ACCOUNTS)) {
    as[who] = new Browser(srv.url);
    await as[who].login(who);
  }
  as.anon = new Browser(srv.url);
  const reg = await as.coordination.get('/intern/beschluesse');
  const m = /href="\/intern\/antraege\/(\d+)">Geschäftsordnung des Netzwerks/.exec(reg.body);
  assert.ok(m, 'the register lists the rules of procedure');
  goMotion = m[1];
  const mo = await as.coordination.get(`/intern/antraege/${goMotion}`);
  goMeeting = /href="\/intern\/sitzungen\/(\d+)">/.exec(mo.body)[1];
  for (let id = 1; id < 200 && !draftMeeting; id++) {
    const res = await as.coordination.get(`/intern/sitzungen/${id}/protokoll`);
    // the demo's draft (a past meeting with attendance), not a future one
    if (res.status === 200 && res.body.includes('Entwurf (nur für die Netzwerkkoordination')
        && res.body.includes('value="Koordinierungsstelle Frühe Hilfen"')) draftMeeting = id;
  }
  assert.ok(draftMeeting, 'the demo has a meeting with draft minutes');
});
after(async () => { assert.equal(await srv.stop(), 0); });

describe('minutes', () => {
  test('approved minutes: everyone signed in reads them, with attendance and decisions', async () => {
    for (const who of ['partner', 'partner2', 'visits', 'coordination', 'admin']) {
      const res = await as[who].get(`/intern/sitzungen/${goMeeting}/protokoll`);
      assert.equal(res.status, 200, who);
      assert.match(res.body, /Freigegeben am \d\d\.\d\d\.\d{4}/);
      assert.match(res.body, /TOP \d+: Beschluss der Geschäftsordnung/);
      assert.match(res.body, /Anwesend waren <strong>106 Personen<\/strong>/);
      assert.match(res.body, /Ergebnis: einstimmig angenommen/);
    }
    const print = await as.partner.get(`/intern/sitzungen/${goMeeting}/protokoll/druck`);
    assert.equal(print.status, 200);
    assert.match(print.body, /class="lotse-print"/);
    assert.match(print.body, /Anwesende nach Bereich/);
    assert.match(print.body, /Beschluss \d{4}\/\d\d/);
    // partners have no edit form and no reopen button
    const p = await as.partner.get(`/intern/sitzungen/${goMeeting}/protokoll`);
    assert.doesNotMatch(p.body, /protokoll\/oeffnen|Entwurf speichern/);
  });

  test('anonymous visitors are sent to the sign-in', async () => {
    for (const path of [`/intern/sitzungen/${goMeeting}/protokoll`,
      `/intern/sitzungen/${goMeeting}/protokoll/druck`,
      `/intern/sitzungen/${goMeeting}/antraege`, `/intern/antraege/${goMotion}`,
      '/intern/beschluesse', '/intern/beschluesse.csv']) {
      const res = await as.anon.get(path);
      assert.equal(res.status, 303, path);
      assert.match(res.headers.get('location'), /^\/anmelden/);
    }
    const res = await as.anon.post(`/intern/sitzungen/${draftMeeting}/protokoll/freigeben`, {});
    assert.notEqual(res.status, 303);
    assert.notEqual(res.status, 200);
  });

  test('drafts are only for the coordination office', async () => {
    for (const who of ['partner', 'partner2', 'visits']) {
      const res = await as[who].get(`/intern/sitzungen/${draftMeeting}/protokoll`);
      assert.equal(res.status, 404, who);
      assert.match(res.body, /noch nicht freigegeben/);
      const pr = await as[who].get(`/intern/sitzungen/${draftMeeting}/protokoll/druck`);
      assert.equal(pr.status, 404, who);
      for (const action of ['', '/freigeben', '/oeffnen']) {
        const post = await as[who].send(`/intern/sitzungen/${draftMeeting}/protokoll${action}`, { intro_md: 'x' });
        assert.equal(post.status, 403, `${who} POST protokoll${action}`);
      }
    }
    const res = await as.coordination.get(`/intern/sitzungen/${draftMeeting}/protokoll`);
    assert.match(res.body, /name="intro_md"/);
    assert.match(res.body, /name="item-\d+"/);
    assert.equal((await as.coordination.get('/intern/sitzungen/999999/protokoll')).status, 404);
  });

  test('write, approve (e-mails through the outbox), reopen', async () => {
    const c = as.coordination;
    const page = await c.get(`/intern/sitzungen/${draftMeeting}/protokoll`);
    const items = [...page.body.matchAll(/name="(item-\d+)"/g)].map((m) => m[1]);
    assert.ok(items.length > 0);
    const form = {
      author: 'Koordinierungsstelle',
      intro_md: 'Begrüßung durch **die Vorsitzende**.\n\n<script>alert("x")</script>',
      outro_md: '[Link](javascript:alert(1)) und [gut](https://example.org/)',
    };
    form[items[0]] = '- Punkt eins\n- Punkt zwei';
    let res = await c.send(`/intern/sitzungen/${draftMeeting}/protokoll`, form);
    assert.equal(res.status, 303);
    res = await c.get(`/intern/sitzungen/${draftMeeting}/protokoll`);
    assert.match(res.body, /<strong>die Vorsitzende<\/strong>/);
    assert.match(res.body, /<li>Punkt eins<\/li>/);
    assert.doesNotMatch(res.body, /<script>alert/);
    assert.match(res.body, /&lt;script&gt;alert/);
    assert.doesNotMatch(res.body, /href="javascript:/i);
    assert.match(res.body, /href="https:\/\/example\.org\/"/);
    // too long a text: 422 with the message, nothing changed
    res = await c.send(`/intern/sitzungen/${draftMeeting}/protokoll`, { ...form, author: 'x'.repeat(200) });
    assert.equal(res.status, 422);
    assert.match(res.body, /höchstens 120 Zeichen/);

    res = await c.send(`/intern/sitzungen/${draftMeeting}/protokoll/freigeben`);
    assert.equal(res.status, 303);
    const mails = Number(/mails=(\d+)/.exec(res.headers.get('location'))[1]);
    assert.ok(mails > 0, 'e-mails to the delegates are queued');
    // the e-mail in the outbox links to the minutes
    const out = await c.get(`/intern/postausgang?art=minutes&bezug=${draftMeeting}`);
    assert.equal(out.status, 200);
    const msg = /href="\/intern\/postausgang\/(\d+)">Protokoll freigegeben/.exec(out.body);
    assert.ok(msg, 'a message "Protokoll freigegeben" in the outbox');
    const mail = await c.get(`/intern/postausgang/${msg[1]}`);
    assert.match(mail.body, new RegExp(`http://127\\.0\\.0\\.1:\\d+/intern/sitzungen/${draftMeeting}/protokoll`));
    res = await as.partner.get(`/intern/sitzungen/${draftMeeting}/protokoll`);
    assert.equal(res.status, 200);
    assert.match(res.body, /Punkt zwei/);
    // approved minutes are read-only; approving twice is refused
    res = await c.send(`/intern/sitzungen/${draftMeeting}/protokoll`, form);
    assert.equal(res.status, 422);
    assert.match(res.body, /freigegeben und kann nicht mehr geändert werden/);
    res = await c.send(`/intern/sitzungen/${draftMeeting}/protokoll/freigeben`);
    assert.equal(res.status, 409);

    res = await c.send(`/intern/sitzungen/${draftMeeting}/protokoll/oeffnen`);
    assert.equal(res.status, 303);
    assert.equal((await as.partner.get(`/intern/sitzungen/${draftMeeting}/protokoll`)).status, 404);
    const audit = await as.admin.get('/intern/protokoll?bereich=meeting');
    if (audit.status === 200) assert.match(audit.body, /wieder geöffnet/);
  });
});

describe('motions and votes', () => {
  let motion;

  test('everyone signed in sees the motions of a meeting; only coordination makes them', async () => {
    const res = await as.partner.get(`/intern/sitzungen/${goMeeting}/antraege`);
    assert.equal(res.status, 200);
    assert.match(res.body, /Geschäftsordnung des Netzwerks/);
    assert.doesNotMatch(res.body, /Antrag anlegen/);
    const c = await as.coordination.get(`/intern/sitzungen/${draftMeeting}/antraege`);
    assert.match(c.body, /Antrag anlegen/);
    const item = /<option value="(\d+)">TOP 1/.exec(c.body)[1];
    let post = await as.partner.send(`/intern/sitzungen/${draftMeeting}/antraege`,
      { agenda_item_id: item, title: 'Von einem Partner' });
    assert.equal(post.status, 403);
    post = await as.coordination.send(`/intern/sitzungen/${draftMeeting}/antraege`,
      { agenda_item_id: item, title: '' });
    assert.equal(post.status, 422);
    assert.match(post.body, /Bitte geben Sie einen Titel ein/);
    // an agenda item of another meeting is refused
    post = await as.coordination.send(`/intern/sitzungen/${goMeeting}/antraege`,
      { agenda_item_id: item, title: 'Falsche Sitzung' });
    assert.equal(post.status, 422);
    post = await as.coordination.send(`/intern/sitzungen/${draftMeeting}/antraege`,
      { agenda_item_id: item, title: 'Flyer für Familien', text_md: 'Der Flyer wird **neu** gedruckt.' });
    assert.equal(post.status, 303);
    motion = /\/intern\/antraege\/(\d+)$/.exec(post.headers.get('location'))[1];
  });

  test('the rules can be changed before the vote, by coordination only', async () => {
    let res = await as.partner.send(`/intern/antraege/${motion}`, { title: 'x', majority: 'einfach', quorum_percent: '0' });
    assert.equal(res.status, 403);
    res = await as.coordination.send(`/intern/antraege/${motion}`,
      { title: 'Flyer für Familien', text_md: 'Neu', majority: 'gar keine', quorum_percent: '150' });
    assert.equal(res.status, 422);
    assert.match(res.body, /Bitte wählen Sie eine Mehrheit/);
    assert.match(res.body, /Zahl von 0 bis 100/);
    res = await as.coordination.send(`/intern/antraege/${motion}`,
      { title: 'Flyer für Familien', text_md: 'Der Flyer wird **neu** gedruckt.', majority: 'zweidrittel', quorum_percent: '0' });
    assert.equal(res.status, 303);
    const page = await as.partner.get(`/intern/antraege/${motion}`);
    assert.equal(page.status, 200);
    assert.match(page.body, /Zwei-Drittel-Mehrheit/);
    assert.doesNotMatch(page.body, /Abstimmung erfassen/);
  });

  test('the vote: counts checked against those present, the result computed', async () => {
    const page = await as.coordination.get(`/intern/antraege/${motion}`);
    assert.match(page.body, /Abstimmung erfassen/);
    assert.match(page.body, /Enthaltungen zählen nicht mit/);
    const limit = Number(/zusammen höchstens\s+(\d+) Stimmen/.exec(page.body)[1]);
    assert.ok(limit >= 2, `voters present: ${limit}`);
    let res = await as.partner.send(`/intern/antraege/${motion}/abstimmung`, { yes: '1', no: '0', abstain: '0' });
    assert.equal(res.status, 403);
    res = await as.coordination.send(`/intern/antraege/${motion}/abstimmung`,
      { yes: String(limit), no: '1', abstain: '0' });
    assert.equal(res.status, 422);
    assert.match(res.body, /Stimmen, aber nur \d+ Stimmberechtigte anwesend/);
    res = await as.coordination.send(`/intern/antraege/${motion}/abstimmung`, { yes: 'viele', no: '0', abstain: '0' });
    assert.equal(res.status, 422);
    // 1 : 1 under two-thirds is rejected
    res = await as.coordination.send(`/intern/antraege/${motion}/abstimmung`, { yes: '1', no: '1', abstain: '0' });
    assert.equal(res.status, 303);
    let mp = await as.partner.get(`/intern/antraege/${motion}`);
    assert.match(mp.body, /<strong>abgelehnt<\/strong>/);
    const number = /Beschluss (\d{4}\/\d\d)/.exec(mp.body)[1];
    // 2 : 1 is adopted; the correction keeps the number
    res = await as.coordination.send(`/intern/antraege/${motion}/abstimmung`, { yes: '2', no: '1', abstain: '0' });
    assert.equal(res.status, 303);
    mp = await as.partner.get(`/intern/antraege/${motion}`);
    assert.match(mp.body, /<strong>angenommen<\/strong>/);
    assert.match(mp.body, new RegExp(`Beschluss ${number.replace('/', '\\/')}`));
    // decided: no more editing or deleting
    res = await as.coordination.send(`/intern/antraege/${motion}`,
      { title: 'Anders', majority: 'einfach', quorum_percent: '0' });
    assert.equal(res.status, 422);
    res = await as.coordination.send(`/intern/antraege/${motion}/loeschen`);
    assert.equal(res.status, 409);
    res = await as.partner.send(`/intern/antraege/${motion}/loeschen`);
    assert.equal(res.status, 403);
    const reg = await as.partner.get('/intern/beschluesse');
    assert.match(reg.body, /Flyer für Familien/);
  });

  test('a motion is deleted before its vote', async () => {
    const c = await as.coordination.get(`/intern/sitzungen/${draftMeeting}/antraege`);
    const item = /<option value="(\d+)">TOP 1/.exec(c.body)[1];
    const post = await as.coordination.send(`/intern/sitzungen/${draftMeeting}/antraege`,
      { agenda_item_id: item, title: 'Zurückgezogen' });
    const id = /(\d+)$/.exec(post.headers.get('location'))[1];
    const res = await as.coordination.send(`/intern/antraege/${id}/loeschen`);
    assert.equal(res.status, 303);
    assert.equal((await as.coordination.get(`/intern/antraege/${id}`)).status, 404);
  });
});

describe('register of decisions', () => {
  test('lists every decision with number, body, counts and computed result', async () => {
    const res = await as.partner.get('/intern/beschluesse');
    assert.equal(res.status, 200);
    assert.match(res.body, /<caption[^>]*>Beschlüsse<\/caption>/);
    assert.match(res.body, /\d{4}\/\d\d/);
    assert.match(res.body, /einstimmig angenommen/);
    assert.match(res.body, /nicht beschlussfähig/);
    assert.match(res.body, /scope="col"/);
  });

  test('filters by result, year and body; bad filters answer 400', async () => {
    let res = await as.partner.get('/intern/beschluesse?ergebnis=not_quorate');
    assert.equal(res.status, 200);
    assert.doesNotMatch(res.body, /einstimmig angenommen/);
    assert.match(res.body, /nicht beschlussfähig/);
    res = await as.partner.get('/intern/beschluesse?jahr=1999');
    assert.match(res.body, /0 Beschlüsse/);
    const body = /<option value="(\d+)">Netzwerkkonferenz/.exec((await as.partner.get('/intern/beschluesse')).body)[1];
    res = await as.partner.get(`/intern/beschluesse?gremium=${body}`);
    assert.match(res.body, /Geschäftsordnung des Netzwerks/);
    assert.doesNotMatch(res.body, /Haushaltsplanung/);
    for (const q of ['jahr=abc', 'ergebnis=vielleicht', 'gremium=-1']) {
      res = await as.partner.get(`/intern/beschluesse?${q}`);
      assert.equal(res.status, 400, q);
    }
  });

  test('CSV export: UTF-8 with BOM, semicolons, same filters', async () => {
    const res = await fetch(`${srv.url}/intern/beschluesse.csv?ergebnis=adopted`, {
      headers: { cookie: as.partner.cookieHeader() }, redirect: 'manual',
    });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^text\/csv/);
    assert.match(res.headers.get('content-disposition'), /attachment; filename="beschlussregister.csv"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trim().split('\r\n');
    assert.equal(lines[0], 'nummer;datum;gremium;sitzung;tagesordnungspunkt;titel;mehrheit;'
      + 'beschlussfaehigkeit_prozent;stimmberechtigt;anwesend;ja;nein;enthaltungen;ergebnis');
    assert.ok(lines.length > 3);
    assert.ok(lines.slice(1).every((l) => /angenommen/.test(l)), 'only adopted ones');
    assert.ok(lines.some((l) => l.includes('Geschäftsordnung des Netzwerks') && l.includes('einstimmig angenommen')));
    assert.equal((await as.partner.get('/intern/beschluesse.csv?jahr=x')).status, 400);
  });
});

/** The values a browser would send for the form posting to action. */
function formValues(html, action) {
  const start = html.indexOf(`action="${action}"`);
  assert.ok(start >= 0, `a form posting to ${action}`);
  const form = html.slice(start, html.indexOf('</form>', start));
  const dec = (t) => t.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const v = {};
  for (const m of form.matchAll(/<input([^>]*)>/g)) {
    const name = /name="([^"]*)"/.exec(m[1])?.[1];
    if (!name) continue;
    const type = /type="([^"]*)"/.exec(m[1])?.[1] || 'text';
    if ((type === 'checkbox' || type === 'radio') && !/\bchecked\b/.test(m[1])) continue;
    v[name] = dec(/value="([^"]*)"/.exec(m[1])?.[1] ?? '');
  }
  for (const m of form.matchAll(/<textarea[^>]*name="([^"]*)"[^>]*>([^<]*)<\/textarea>/g)) v[m[1]] = dec(m[2]);
  for (const m of form.matchAll(/<select[^>]*name="([^"]*)"[^>]*>([\s\S]*?)<\/select>/g)) {
    const sel = /<option value="([^"]*)"[^>]*\bselected\b/.exec(m[2]);
    v[m[1]] = sel ? dec(sel[1]) : '';
  }
  return v;
}

describe('named votes', () => {
  test('a body with named votes: one choice per voting member present, counts computed', async () => {
    const c = as.coordination;
    // the steering group records named votes from now on
    const bodies = await c.get('/intern/gremien');
    const steer = /href="\/intern\/gremien\/(\d+)">Steuerungsgruppe/.exec(bodies.body)[1];
    const edit = await c.get(`/intern/gremien/${steer}/bearbeiten`);
    const values = formValues(edit.body, `/intern/gremien/${steer}/bearbeiten`);
    values.named_votes = '1';
    let res = await c.post(`/intern/gremien/${steer}/bearbeiten`, values);
    assert.equal(res.status, 303, res.body.slice(0, 1500));
    // a past meeting of the steering group (it has a decision in the register)
    const reg = await c.get(`/intern/beschluesse?gremium=${steer}`);
    const old = /href="\/intern\/antraege\/(\d+)">Fachtagung im Herbst/.exec(reg.body)[1];
    const oldPage = await c.get(`/intern/antraege/${old}`);
    // counted before the switch: no table of named votes
    assert.doesNotMatch(oldPage.body, /Namentliche Abstimmung/);
    const meeting = /href="\/intern\/sitzungen\/(\d+)">/.exec(oldPage.body)[1];
    const list = await c.get(`/intern/sitzungen/${meeting}/antraege`);
    const item = /<option value="(\d+)">TOP 1/.exec(list.body)[1];
    res = await c.send(`/intern/sitzungen/${meeting}/antraege`,
      { agenda_item_id: item, title: 'Namentlich abgestimmt' });
    assert.equal(res.status, 303);
    const id = /(\d+)$/.exec(res.headers.get('location'))[1];
    const page = await c.get(`/intern/antraege/${id}`);
    const voters = [...page.body.matchAll(/<fieldset class="kern-fieldset" id="(vote-\d+)"><legend class="kern-label">([^<]+)<\/legend>/g)];
    assert.ok(voters.length >= 3, `voting members present: ${voters.length}`);
    assert.doesNotMatch(page.body, /name="yes"/);
    // everyone yes but one no and one abstention
    const form = {};
    voters.forEach(([, name], i) => { form[name] = i === 0 ? 'no' : i === 1 ? 'abstain' : 'yes'; });
    // a choice that is no choice is refused
    res = await c.send(`/intern/antraege/${id}/abstimmung`, { ...form, [voters[2][1]]: 'vielleicht' });
    assert.equal(res.status, 422);
    res = await c.send(`/intern/antraege/${id}/abstimmung`, form);
    assert.equal(res.status, 303);
    const done = await as.partner.get(`/intern/antraege/${id}`);
    const yes = voters.length - 2;
    assert.match(done.body, new RegExp(`${yes} Ja, 1 Nein, 1 Enthaltungen`));
    assert.match(done.body, /Namentliche Abstimmung/);
    assert.ok(done.body.includes(`${voters[0][2]}</th><td class="kern-table__cell">Nein`));
  });
});
