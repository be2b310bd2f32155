// meetings.test.mjs - bodies, meetings, agenda, registration with waiting
// list, attendance and the public calendar (src/web/bodies.c, meetings.c,
// meeting_regs.c, termine.c, src/api/meetings.c) against the real server
// with the demo database: who may see and change what (partners read and
// register their own organisation's people, the coordination office
// manages), bad input answered with 422 and German messages and nothing
// changed, the waiting list moving up with its e-mail in the outbox, the
// cancellation, and the JSON API.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';

import { login, startServer } from './server.mjs';
import { assertGermanPage } from './checks.mjs';

const run = promisify(execFile);

const ACCOUNTS = {
  admin : [ 'admin@ahrwald.example', 'Ahrwald-Demo-IT-2026' ],
  coordination : [
    'koordination@ahrwald.example', 'Ahrwald-Demo-Netzwerk-2026'
  ],
  partner : [ 'partner@ahrwald.example', 'Ahrwald-Demo-Familie-2026' ],
  partner2 : [ 'partner2@ahrwald.example', 'Ahrwald-Demo-Hebamme-2026' ],
  visits : [ 'besuche@ahrwald.example', 'Ahrwald-Demo-Willkommen-2026' ],
};

let srv;
const as = {};

/** One value of SQL on the server's database (read-only). */
async function sql(query)
{
  const {stdout} = await run(
    'sqlite3',
    [ '-readonly', path.join(srv.dir, 'lotse.db'), query ]);
  return stdout.trim();
}

/** YYYY-MM-DD of today plus n days (UTC is good enough for dates far off). */
function day(n)
{
  return new Date(Date.now() + n * 86400000).toISOString().slice(0, 10);
}

async function text(res)
{
  return res.text();
}

before(async () => {
  srv = await startServer();
  for (const [who, creds] of Object.entries(ACCOUNTS)) {
    as[who] = await login(srv, ...creds);
    assert.equal(as[who].status, 303, `${who} can sign in`);
  }
});
after(async () => { assert.equal(await srv.stop(), 0); });

describe('demo data', () => {
  it('has the bodies and a year of meetings with the spring plenum', async () => {
    assert.equal(
      await sql(
        "SELECT count(*) FROM body WHERE kind = 'lokal'"),
      '9');
    assert.equal(
      await sql(
        "SELECT count(*) FROM body WHERE kind = 'ag'"),
      '3');
    const plenumMembers = Number(await sql(
      "SELECT count(*) FROM body_member m JOIN body b ON b.id = m.body_id WHERE b.kind = 'plenum'"));
    assert.ok(plenumMembers > 250,
        `plenum members ${plenumMembers}`);
    const row = await sql(
      "SELECT m.id, (SELECT count(*) FROM registration g WHERE g.meeting_id = m.id AND g.attended = 1) " +
      "FROM meeting m JOIN agenda_item a ON a.meeting_id = m.id " +
      "WHERE a.title = 'Beschluss der Geschäftsordnung' AND m.title LIKE 'Netzwerkkonferenz Frühjahr %'");
    assert.match(row, /^\d+\|106$/);
    assert.ok(
      Number(await sql(
        `SELECT count(*) FROM meeting WHERE starts_at > '${
          day(1)}'`)) > 3);
    assert.ok(
      Number(await sql(
        `SELECT count(*) FROM meeting WHERE starts_at < '${
          day(-1)}'`)) > 10);
    assert.ok(
      Number(await sql(
        "SELECT count(*) FROM registration WHERE status = 'waiting'")) >
      0);
  });
});

describe('rights', () => {
  const pages = [
    '/intern/gremien', '/intern/sitzungen', '/intern/gremien/1',
    '/intern/sitzungen/1'
  ];
  const coordOnly = [
    '/intern/gremien/neu', '/intern/gremien/1/bearbeiten',
    '/intern/gremien/1/mitglieder', '/intern/sitzungen/neu',
    '/intern/sitzungen/1/bearbeiten',
    '/intern/sitzungen/1/tagesordnung',
    '/intern/sitzungen/1/anwesenheit',
    '/intern/sitzungen/1/anwesenheit/druck'
  ];

  it('anonymous visitors are sent to the sign-in for internal pages',
     async () => {
       for (const p of [...pages, ...coordOnly]) {
         const res = await fetch(srv.url + p,
               {redirect : 'manual'});
         assert.equal(res.status, 303, p);
         assert.match(res.headers.get('location'),
          /^\/anmelden/, p);
       }
       const res =
         await fetch(srv.url + '/intern/sitzungen/1/anmelden',
               {method : 'POST', redirect : 'manual'});
       assert.ok([ 303, 401, 403 ].includes(res.status),
           `POST anmelden anonymous: ${res.status}`);
     });

  it('partners and visits read, only the coordination office and admins manage',
     async () => {
       for (const who of ['partner', 'visits', 'coordination',
              'admin']) {
         for (const p of pages) {
           const res = await as[who].get(p);
           assert.equal(res.status, 200, `${who} ${p}`);
           assertGermanPage(await text(res), p);
         }
         for (const p of coordOnly) {
           const res = await as[who].get(p);
           const want = [ 'coordination',
              'admin' ].includes(who)
              ? 200
              : 403;
           assert.equal(res.status, want,
            `${who} ${p}`);
           await res.arrayBuffer();
         }
       }
       for (const [p, f] of [
        [
          '/intern/gremien/neu', {
            name : 'X',
            kind : 'ag',
            majority : 'einfach',
            quorum_percent : '0'
          }
        ],
        [
          '/intern/sitzungen/neu', {
            body_id : '1',
            title : 'X',
            date : day(30),
            start : '10:00',
            end : '11:00'
          }
        ],
        [ '/intern/sitzungen/1/absagen', {} ],
        [
          '/intern/sitzungen/1/tagesordnung',
          {title : 'X'}
        ],
        [ '/intern/sitzungen/1/anwesenheit', {} ], [
          '/intern/gremien/1/mitglieder/entfernen',
          {organisation_id : '1'}
        ]]) {
         const res = await as.partner.post(p, f);
         assert.equal(res.status, 403, `partner POST ${p}`);
         await res.arrayBuffer();
       }
     });

  it('a form without the CSRF token is refused', async () => {
    const res = await as.coordination.post('/intern/gremien/neu', {
      name : 'Ohne Token',
      kind : 'ag',
      majority : 'einfach',
      quorum_percent : '0'
    },
                   {csrf : null});
    assert.equal(res.status, 403);
    assert.equal(
      await sql(
        "SELECT count(*) FROM body WHERE name = 'Ohne Token'"),
      '0');
  });
});

describe('bodies', () => {
  it('coordination creates a body; bad input gets 422 with German messages and changes nothing',
     async () => {
       const before = await sql('SELECT count(*) FROM body');
       let res = await as.coordination.post('/intern/gremien/neu', {
         name : '',
         kind : 'lokal',
         majority : 'viele',
         quorum_percent : '120'
       });
       assert.equal(res.status, 422);
       const html = await text(res);
       assert.match(html,
        /Bitte geben Sie den Namen des Gremiums ein/);
       assert.match(html, /Anteil von 0 bis 100 Prozent/);
       assert.equal(await sql('SELECT count(*) FROM body'), before);
       res = await as.coordination.post('/intern/gremien/neu', {
         name : 'AG Testen',
         kind : 'ag',
         majority : 'zweidrittel',
         quorum_percent : '40',
         named_votes : '1'
       });
       assert.equal(res.status, 303);
       const id = /\/intern\/gremien\/(\d+)/.exec(
         res.headers.get('location'))[1];
       const page = await text(
         await as.partner.get(`/intern/gremien/${id}`));
       assert.match(page, /AG Testen/);
       assert.match(page, /Zwei-Drittel-Mehrheit/);
       assert.match(page, /mindestens 40 %/);

       // members: add the partner's organisation with a delegate
       const org = await sql('SELECT organisation_id FROM contact GROUP BY 1 HAVING count(*) >= 1 ORDER BY 1 LIMIT 1');
       const contact = await sql(
         `SELECT id FROM contact WHERE organisation_id = ${
           org} ORDER BY id LIMIT 1`);
       const other = await sql(
         `SELECT id FROM contact WHERE organisation_id <> ${
           org} ORDER BY id LIMIT 1`);
       res = await as.coordination.get(`/intern/gremien/${
         id}/mitglieder?organisation=${org}`);
       assert.equal(res.status, 200);
       assert.match(await text(res), /Delegierte Person/);
       res = await as.coordination.post(
         `/intern/gremien/${id}/mitglieder`, {
           organisation_id : org,
           delegate_id : other,
           voting : '1'
         });
       assert.equal(
         res.status, 422,
         'a contact of another organisation cannot be delegated');
       assert.match(await text(res),
        /Ansprechperson dieser Organisation/);
       res = await as.coordination.post(
         `/intern/gremien/${id}/mitglieder`, {
           organisation_id : org,
           delegate_id : contact,
           voting : '1'
         });
       assert.equal(res.status, 303);
       assert.equal(
         await sql(
           `SELECT voting FROM body_member WHERE body_id = ${
             id} AND organisation_id = ${org}`),
         '1');
       // edit: the chair is one of the delegates
       res = await as.coordination.post(
         `/intern/gremien/${id}/bearbeiten`, {
           name : 'AG Testen',
           kind : 'ag',
           majority : 'einstimmig',
           quorum_percent : '0',
           chair_contact_id : contact
         });
       assert.equal(res.status, 303);
       assert.equal(
         await sql(
           `SELECT chair_contact_id || majority FROM body WHERE id = ${
             id}`),
         `${contact}einstimmig`);
       res = await as.coordination.post(
         `/intern/gremien/${id}/mitglieder/entfernen`,
         {organisation_id : org});
       assert.equal(res.status, 303);
       assert.equal(
         await sql(
           `SELECT count(*) FROM body_member WHERE body_id = ${
             id}`),
         '0');
     });
});

describe('meetings', () => {
  let id;

  it('coordination creates a meeting; bad input gets 422 and changes nothing',
     async () => {
       const before = await sql('SELECT count(*) FROM meeting');
       let res =
         await as.coordination.post('/intern/sitzungen/neu', {
           body_id : '2',
           title : '',
           date : day(40),
           start : '14:00',
           end : '13:00',
           online_url : 'http://x.example',
           capacity : '-1'
         });
       assert.equal(res.status, 422);
       const html = await text(res);
       assert.match(html, /Bitte geben Sie einen Titel ein/);
       assert.match(html, /Das Ende muss nach dem Beginn liegen/);
       assert.match(html, /https:\/\//);
       assert.match(html, /Zahl der Plätze/);
       assert.equal(await sql('SELECT count(*) FROM meeting'),
        before);
       res = await as.coordination.post('/intern/sitzungen/neu', {
         body_id : '2',
         title : 'Testsitzung',
         date : day(40),
         start : '14:00',
         end : '16:00',
         place : 'Kreishaus, Raum 1',
         capacity : '1',
         public : '1'
       });
       assert.equal(res.status, 303);
       id = /\/intern\/sitzungen\/(\d+)/.exec(
         res.headers.get('location'))[1];
       assert.equal(
         await sql(
           `SELECT sequence || status FROM meeting WHERE id = ${
             id}`),
         '0planned');
     });

  it('editing time or place raises the sequence, the description alone does not',
     async () => {
       const base = {
         body_id : '2',
         title : 'Testsitzung',
         date : day(40),
         start : '14:00',
         end : '16:00',
         place : 'Kreishaus, Raum 1',
         capacity : '1',
         public : '1'
       };
       let res = await as.coordination.post(
             `/intern/sitzungen/${id}/bearbeiten`,
             {...base, description : 'Neu'});
       assert.equal(res.status, 303);
       assert.equal(
         await sql(`SELECT sequence FROM meeting WHERE id = ${
           id}`),
         '0');
       res = await as.coordination.post(
         `/intern/sitzungen/${id}/bearbeiten`,
         {...base, start : '15:00', end : '17:00'});
       assert.equal(res.status, 303);
       assert.equal(
         await sql(
           `SELECT sequence || starts_at FROM meeting WHERE id = ${
             id}`),
         `1${day(40)}T15:00`);
     });

  it('agenda: add, move, edit, delete', async () => {
    const p = `/intern/sitzungen/${id}/tagesordnung`;
    for (const t of ['Eins', 'Zwei', 'Drei'])
      assert.equal((await as.coordination.post(p, {
               title : t,
               presenter : 'Vorsitz'
             })).status,
             303);
    const bad = await as.coordination.post(p, {title : ''});
    assert.equal(bad.status, 422);
    assert.match(await text(bad), /Titel des Punktes/);
    const ids =
      (await sql(
         `SELECT id FROM agenda_item WHERE meeting_id = ${
           id} ORDER BY position`))
        .split('\n');
    assert.equal(ids.length, 3);
    assert.equal((await as.coordination.post(`${p}/${ids[2]}/hoch`))
             .status,
           303);
    assert.equal(
      await sql(
        `SELECT group_concat(title, ',') FROM (SELECT title FROM agenda_item WHERE meeting_id = ${
          id} ORDER BY position)`),
      'Eins,Drei,Zwei');
    assert.equal((await as.coordination.post(`${p}/${ids[0]}`, {
             title : 'Begrüßung',
             presenter : ''
           })).status,
           303);
    assert.equal(
      (await as.coordination.post(`${p}/${ids[1]}/loeschen`))
        .status,
      303);
    assert.equal(
      await sql(
        `SELECT group_concat(position || title, ',') FROM (SELECT position, title FROM agenda_item WHERE meeting_id = ${
          id} ORDER BY position)`),
      '1Begrüßung,2Drei');
    const page = await text(
      await as.partner.get(`/intern/sitzungen/${id}`));
    assert.match(page, /Begrüßung/);
    // document versions attached to an item (N2's documents), unknown ones ignored
    const version = await sql('SELECT id FROM document_version ORDER BY id LIMIT 1');
    if (version) {
      const item = await sql(`SELECT id FROM agenda_item WHERE meeting_id = ${id} AND position = 1`);
      const body = new URLSearchParams({ csrf: as.coordination.csrf, title: 'Begrüßung', presenter: '' });
      body.append('docs', version);
      body.append('docs', '999999');
      const r2 = await fetch(`${srv.url}${p}/${item}`, {
        method: 'POST', redirect: 'manual',
        headers: { ...as.coordination.headers(), 'content-type': 'application/x-www-form-urlencoded' },
        body: body.toString(),
      });
      assert.equal(r2.status, 303);
      assert.equal(await sql(`SELECT group_concat(document_version_id) FROM agenda_document WHERE agenda_item_id = ${item}`), version);
      assert.match(await text(await as.partner.get(`/intern/sitzungen/${id}`)), /Unterlagen: .*Fassung \d+/);
    }
    // an item of another meeting is not found under this one
    const foreign = await sql(
      `SELECT id FROM agenda_item WHERE meeting_id <> ${
        id} LIMIT 1`);
    assert.equal(
      (await as.coordination.post(`${p}/${foreign}/loeschen`))
        .status,
      404);
  });

  it('partners register their own people; the waiting list moves up with an e-mail',
     async () => {
       const orgA = await sql(
         "SELECT id FROM organisation WHERE name = 'Familienzentrum Lindenhof'");
       let res = await as.partner.post(
             `/intern/sitzungen/${id}/anmelden`,
             {name : '', email : 'x'});
       assert.equal(res.status, 422);
       const html = await text(res);
       assert.match(html, /Bitte geben Sie den Namen ein/);
       assert.match(html, /gültige E-Mail-Adresse/);
       res = await as.partner.post(
         `/intern/sitzungen/${id}/anmelden`, {
           name : 'Paula Demo-Partnerin',
           email : 'partner@ahrwald.example',
           organisation_id : '1'
         });
       assert.equal(res.status, 303);
       assert.match(res.headers.get('location'), /angemeldet=1/);
       // the organisation is the partner's own, whatever the form says
       assert.equal(
         await sql(`SELECT organisation_id || status FROM registration WHERE meeting_id = ${
           id} AND email = 'partner@ahrwald.example'`),
         `${orgA}registered`);
       res = await as.partner.post(
         `/intern/sitzungen/${id}/anmelden`, {
           name : 'Paula Demo-Partnerin',
           email : 'partner@ahrwald.example'
         });
       assert.equal(res.status, 422, 'not twice');
       await res.arrayBuffer();
       res = await as.partner2.post(
         `/intern/sitzungen/${id}/anmelden`, {
           name : 'Hanna Demo-Hebamme',
           email : 'hanna@kranichsee.example'
         });
       assert.equal(res.status, 303);
       assert.match(res.headers.get('location'), /warteliste=1/);
       const first = await sql(
         `SELECT id FROM registration WHERE meeting_id = ${
           id} AND email = 'partner@ahrwald.example'`);
       // partner2 may not cancel partner's registration
       res = await as.partner2.post(
         `/intern/sitzungen/${id}/abmelden`,
         {registration_id : first});
       assert.equal(res.status, 403);
       await res.arrayBuffer();
       const page = await text(
         await as.partner2.get(`/intern/sitzungen/${id}`));
       assert.doesNotMatch(page, /Paula Demo-Partnerin/,
               'partners see only their own people');
       res = await as.partner.post(
         `/intern/sitzungen/${id}/abmelden`,
         {registration_id : first});
       assert.equal(res.status, 303);
       assert.equal(
         await sql(`SELECT status FROM registration WHERE meeting_id = ${
           id} AND email = 'hanna@kranichsee.example'`),
         'registered');
       assert.equal(
         await sql(`SELECT count(*) FROM outbox WHERE kind = 'waitlist' AND ref_id = ${
           id} AND recipient = 'hanna@kranichsee.example'`),
         '1');
     });

  it('attendance: not before the day; on a past meeting ticked at once, with walk-ins and figures',
     async () => {
       let res = await as.coordination.post(
             `/intern/sitzungen/${id}/anwesenheit`, {});
       assert.equal(res.status, 422);
       assert.match(await text(res), /ab dem Tag der Sitzung/);
       const past = await sql(`SELECT id FROM meeting WHERE starts_at < '${
         day(-2)}' AND status = 'planned' AND (SELECT count(*) FROM registration g WHERE g.meeting_id = meeting.id AND g.status = 'registered') >= 3 LIMIT 1`);
       const regs =
         (await sql(`SELECT id FROM registration WHERE meeting_id = ${
            past} AND status = 'registered' ORDER BY id`))
           .split('\n');
       const form = new URLSearchParams();
       form.append('csrf', as.coordination.csrf);
       form.append('present', regs[0]);
       form.append('present', regs[1]);
       res = await fetch(
         `${srv.url}/intern/sitzungen/${past}/anwesenheit`, {
           method : 'POST',
           redirect : 'manual',
           headers : {
             ...as.coordination.headers(),
             'content-type' :
               'application/x-www-form-urlencoded'
           },
           body : form.toString(),
         });
       assert.equal(res.status, 303);
       assert.equal(
         await sql(
           `SELECT sum(attended) || '/' || count(*) FROM registration WHERE meeting_id = ${
             past} AND status = 'registered'`),
         `2/${regs.length}`);
       res = await as.coordination.post(
         `/intern/sitzungen/${past}/anmelden`, {
           name : 'Spontan Gekommen',
           vor_ort : '1',
           zurueck : 'anwesenheit'
         });
       assert.equal(res.status, 303);
       assert.match(res.headers.get('location'), /anwesenheit/);
       assert.equal(
         await sql(
           `SELECT attended || status FROM registration WHERE meeting_id = ${
             past} AND name = 'Spontan Gekommen'`),
         '1registered');
       const page =
         await text(await as.coordination.get(
                `/intern/sitzungen/${past}`));
       assert.match(page, /3 Personen aus \d+ Organisation/);
       assert.match(page, /Teilnahme nach Bereichen/);
       const print = await text(
         await as.coordination.get(`/intern/sitzungen/${
           past}/anwesenheit/druck`));
       assert.match(print, /Unterschrift/);
       assert.match(print, /Spontan Gekommen/);
       // partners may not register for a past meeting
       res = await as.partner.post(
         `/intern/sitzungen/${past}/anmelden`,
         {name : 'Zu Spät'});
       assert.equal(res.status, 422);
       assert.match(await text(res), /schon begonnen/);
     });

  it('cancellation: partners may not, coordination may; then status cancelled and sequence + 1',
     async () => {
       let res = await as.partner.post(
             `/intern/sitzungen/${id}/absagen`);
       assert.equal(res.status, 403);
       await res.arrayBuffer();
       const seq = Number(await sql(
         `SELECT sequence FROM meeting WHERE id = ${id}`));
       res = await as.coordination.post(
         `/intern/sitzungen/${id}/absagen`);
       assert.equal(res.status, 303);
       assert.equal(
         await sql(
           `SELECT status || sequence FROM meeting WHERE id = ${
             id}`),
         `cancelled${seq + 1}`);
       res = await as.coordination.post(
         `/intern/sitzungen/${id}/absagen`);
       assert.equal(res.status, 409);
       await res.arrayBuffer();
       res = await as.coordination.post(
         `/intern/sitzungen/${id}/bearbeiten`, {
           body_id : '2',
           title : 'Noch mal',
           date : day(40),
           start : '15:00',
           end : '17:00'
         });
       assert.equal(res.status, 422);
       assert.match(await text(res), /abgesagt/);
       const page = await text(
         await as.partner.get(`/intern/sitzungen/${id}`));
       assert.match(page, /Diese Sitzung ist abgesagt/);
     });

  it('lists: upcoming and past, by body; unknown ids are 404',
     async () => {
       let res =
         await as.partner.get(
           '/intern/sitzungen?zeit=vergangen&gremium=1');
       assert.equal(res.status, 200);
       assert.match(await text(res), /Netzwerkkonferenz Frühjahr/);
       res = await as.partner.get('/intern/sitzungen?gremium=abc');
       assert.equal(res.status, 400);
       await res.arrayBuffer();
       for (const p of ['/intern/sitzungen/999999',
            '/intern/gremien/999999',
            '/intern/sitzungen/abc']) {
         res = await as.coordination.get(p);
         assert.equal(res.status, 404, p);
         await res.arrayBuffer();
       }
     });
});

describe('public calendar and API', () => {
  it('/termine lists public meetings only; internal ones are 404',
     async () => {
       const res = await fetch(srv.url + '/termine');
       assert.equal(res.status, 200);
       const html = await res.text();
       assertGermanPage(html, '/termine');
       assert.match(html, /Lokales Bündnis|Netzwerkkonferenz/);
       assert.doesNotMatch(html, /Steuerungsgruppe \d/);
       const internal = await sql(
         "SELECT id FROM meeting WHERE public = 0 LIMIT 1");
       const pub = await sql(
         "SELECT id FROM meeting WHERE public = 1 LIMIT 1");
       assert.equal((await fetch(`${srv.url}/termine/${internal}`))
          .status,
        404);
       assert.equal(
         (await fetch(`${srv.url}/termine/${internal}.ics`))
           .status,
         404);
       assert.equal(
         (await as.partner.get(`/termine/${internal}.ics`))
           .status,
         200, 'partners get internal .ics');
       const one = await fetch(`${srv.url}/termine/${pub}`);
       assert.equal(one.status, 200);
       assert.match(await one.text(), /Anmeldung/);
       assert.equal(
         (await fetch(`${srv.url}/termine/gremium/1`)).status,
         404);
     });

  it('/api/v1/meetings: public ones for anonymous callers, all for partners',
     async () => {
       let res = await fetch(srv.url +
           '/api/v1/meetings?per_page=100');
       assert.equal(res.status, 200);
       let body = await res.json();
       assert.ok(body.total > 0);
       assert.deepEqual(Object.keys(body).sort(),
            [ 'items', 'page', 'per_page', 'total' ]);
       assert.ok(body.items.every((m) => m.public === true));
       const anonTotal = body.total;
       res = await as.partner.get('/api/v1/meetings?per_page=5');
       body = await res.json();
       assert.ok(body.total > anonTotal);
       assert.equal(body.items.length, 5);
       const m = body.items[0];
       for (const k of ['id', 'uid', 'sequence', 'title', 'body',
            'starts_at', 'ends_at', 'timezone',
            'status', 'capacity'])
         assert.ok(k in m, k);
       res = await fetch(`${srv.url}/api/v1/meetings/${m.id}`);
       if (!m.public)
         assert.equal(res.status, 404);
       res = await as.partner.get(`/api/v1/meetings/${m.id}`);
       const one = await res.json();
       assert.ok(Array.isArray(one.agenda));
       res = await fetch(srv.url + '/api/v1/meetings?from=gestern');
       assert.equal(res.status, 400);
       assert.equal((await res.json()).field, 'from');
       res = await fetch(srv.url + '/api/v1/meetings?unbekannt=1');
       assert.equal(res.status, 400);
       res = await fetch(`${srv.url}/api/v1/meetings?from=${
         day(0)}&to=${day(400)}`);
       body = await res.json();
       assert.ok(body.items.every((x) => x.starts_at >= day(0)));
     });
});
