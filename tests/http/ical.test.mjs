// ical.test.mjs - the iCalendar output of meetings (src/domain/ical.c via
// src/web/termine.c), parsed by a real parser (ical.js): the public feed
// /termine.ics, one meeting's /termine/{id}.ics, the feeds of a body, the
// stable UID and the SEQUENCE that rises after a change of time or place
// and again with the cancellation (METHOD:CANCEL, STATUS:CANCELLED), and
// local times with TZID=Europe/Berlin and a VTIMEZONE that gives the right
// UTC offset in winter and summer.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import ICAL from 'ical.js';

import { login, startServer } from './server.mjs';

const run = promisify(execFile);
let srv;
let coord;
let partner;

async function sql(query) {
  const { stdout } = await run('sqlite3', ['-readonly', path.join(srv.dir, 'lotse.db'), query]);
  return stdout.trim();
}

/** Fetches path (with the session s, if given) and parses it. */
async function calendar(p, s) {
  const res = s ? await s.get(p) : await fetch(srv.url + p);
  assert.equal(res.status, 200, p);
  assert.equal(res.headers.get('content-type'), 'text/calendar; charset=utf-8', p);
  const text = await res.text();
  assert.match(text, /^BEGIN:VCALENDAR\r\n/, 'CRLF line ends');
  const comp = new ICAL.Component(ICAL.parse(text));
  return { comp, text, res };
}

function registerTimezones(comp) {
  for (const tz of comp.getAllSubcomponents('vtimezone'))
    ICAL.TimezoneService.register(new ICAL.Timezone(tz));
}

before(async () => {
  srv = await startServer();
  coord = await login(srv, 'koordination@ahrwald.example', 'Ahrwald-Demo-Netzwerk-2026');
  partner = await login(srv, 'partner@ahrwald.example', 'Ahrwald-Demo-Familie-2026');
});
after(async () => { assert.equal(await srv.stop(), 0); });

describe('iCalendar', () => {
  it('/termine.ics is a PUBLISH feed of public meetings with Europe/Berlin times', async () => {
    const { comp, res } = await calendar('/termine.ics');
    assert.equal(res.headers.get('content-disposition'), null);
    assert.equal(comp.getFirstPropertyValue('method'), 'PUBLISH');
    assert.equal(comp.getFirstPropertyValue('version'), '2.0');
    assert.ok(comp.getFirstPropertyValue('prodid'));
    assert.ok(comp.getFirstPropertyValue('x-wr-calname'));
    const tz = comp.getFirstSubcomponent('vtimezone');
    assert.equal(tz.getFirstPropertyValue('tzid'), 'Europe/Berlin');
    const events = comp.getAllSubcomponents('vevent');
    const publicUids = (await sql('SELECT uid FROM meeting WHERE public = 1')).split('\n');
    const internalUids = (await sql('SELECT uid FROM meeting WHERE public = 0')).split('\n');
    assert.ok(events.length > 3, `${events.length} events`);
    for (const ev of events) {
      const uid = ev.getFirstPropertyValue('uid');
      assert.ok(publicUids.includes(uid), `public: ${uid}`);
      assert.ok(!internalUids.includes(uid));
      assert.equal(ev.getFirstProperty('dtstart').getParameter('tzid'), 'Europe/Berlin');
      assert.equal(ev.getFirstProperty('dtend').getParameter('tzid'), 'Europe/Berlin');
      assert.ok(ev.getFirstPropertyValue('dtstamp').isDate === false);
      assert.ok(ev.getFirstPropertyValue('summary'));
      assert.equal(typeof ev.getFirstPropertyValue('sequence'), 'number');
    }
  });

  it('the VTIMEZONE gives UTC+1 in winter and UTC+2 in summer', async () => {
    const { comp } = await calendar('/termine.ics');
    registerTimezones(comp);
    for (const [local, utcHour] of [['2027-01-15T10:00:00', 9], ['2027-07-15T10:00:00', 8]]) {
      const t = ICAL.Time.fromDateTimeString(local);
      t.zone = ICAL.TimezoneService.get('Europe/Berlin');
      assert.equal(t.toJSDate().getUTCHours(), utcHour, local);
    }
  });

  it('/termine/{id}.ics: the meeting with its agenda; internal ones only signed in', async () => {
    const id = await sql("SELECT m.id FROM meeting m JOIN agenda_item a ON a.meeting_id = m.id WHERE a.title = 'Beschluss der Geschäftsordnung'");
    const { comp, res } = await calendar(`/termine/${id}.ics`);
    assert.match(res.headers.get('content-disposition'), /attachment; filename="termin-\d+\.ics"/);
    const ev = comp.getFirstSubcomponent('vevent');
    assert.equal(ev.getFirstPropertyValue('uid'), await sql(`SELECT uid FROM meeting WHERE id = ${id}`));
    assert.match(ev.getFirstPropertyValue('summary'), /^Netzwerkkonferenz Frühjahr \d{4}$/);
    assert.match(ev.getFirstPropertyValue('description'), /Beschluss der Geschäftsordnung/);
    assert.match(ev.getFirstPropertyValue('location'), /Kreishaus/);
    assert.match(ev.getFirstPropertyValue('organizer'), /^mailto:/);
    assert.equal(ev.getFirstPropertyValue('status'), 'CONFIRMED');
    const start = ev.getFirstPropertyValue('dtstart');
    const dbStart = await sql(`SELECT starts_at FROM meeting WHERE id = ${id}`);
    assert.equal(start.toString().slice(0, 16), dbStart);

    const internal = await sql('SELECT id FROM meeting WHERE public = 0 LIMIT 1');
    assert.equal((await fetch(`${srv.url}/termine/${internal}.ics`)).status, 404);
    const mine = await calendar(`/termine/${internal}.ics`, partner);
    assert.equal(mine.comp.getFirstSubcomponent('vevent').getFirstPropertyValue('class'), 'PRIVATE');
    assert.equal((await fetch(`${srv.url}/termine/999999.ics`)).status, 404);
  });

  it('feeds of a body: public ones for everybody, all for partners', async () => {
    const steering = await sql("SELECT id FROM body WHERE kind = 'steuerung'");
    const open = await calendar(`/termine/gremium/${steering}.ics`);
    assert.equal(open.comp.getAllSubcomponents('vevent').length, 0, 'the steering group meets internally');
    const all = await calendar(`/intern/gremien/${steering}/termine.ics`, partner);
    assert.ok(all.comp.getAllSubcomponents('vevent').length >= 2, 'from three months back on');
    const anon = await fetch(`${srv.url}/intern/gremien/${steering}/termine.ics`, { redirect: 'manual' });
    assert.equal(anon.status, 303);
    const plenum = await sql("SELECT id FROM body WHERE kind = 'plenum'");
    const pub = await calendar(`/termine/gremium/${plenum}.ics`);
    assert.ok(pub.comp.getAllSubcomponents('vevent').length >= 1);
  });

  it('UID stays, SEQUENCE rises after an edit and again with the cancellation', async () => {
    const date = new Date(Date.now() + 50 * 86400000).toISOString().slice(0, 10);
    const form = { body_id: await sql("SELECT id FROM body WHERE kind = 'plenum'"), title: 'Kalendertest',
      date, start: '10:00', end: '12:00', place: 'Raum 1', public: '1' };
    let res = await coord.post('/intern/sitzungen/neu', form);
    assert.equal(res.status, 303);
    const id = /\/intern\/sitzungen\/(\d+)/.exec(res.headers.get('location'))[1];
    const ev = async () => (await calendar(`/termine/${id}.ics`)).comp;
    let c = await ev();
    const uid = c.getFirstSubcomponent('vevent').getFirstPropertyValue('uid');
    assert.match(uid, /@lotse$/);
    assert.equal(c.getFirstSubcomponent('vevent').getFirstPropertyValue('sequence'), 0);

    res = await coord.post(`/intern/sitzungen/${id}/bearbeiten`, { ...form, place: 'Raum 2', start: '11:00', end: '13:00' });
    assert.equal(res.status, 303);
    c = await ev();
    let e = c.getFirstSubcomponent('vevent');
    assert.equal(e.getFirstPropertyValue('uid'), uid);
    assert.equal(e.getFirstPropertyValue('sequence'), 1);
    assert.equal(e.getFirstPropertyValue('location'), 'Raum 2');
    assert.equal(e.getFirstPropertyValue('dtstart').toString(), `${date}T11:00:00`);

    res = await coord.post(`/intern/sitzungen/${id}/absagen`);
    assert.equal(res.status, 303);
    c = await ev();
    assert.equal(c.getFirstPropertyValue('method'), 'CANCEL');
    e = c.getFirstSubcomponent('vevent');
    assert.equal(e.getFirstPropertyValue('uid'), uid);
    assert.equal(e.getFirstPropertyValue('sequence'), 2);
    assert.equal(e.getFirstPropertyValue('status'), 'CANCELLED');
    // the feed shows it as cancelled too
    const feed = await calendar('/termine.ics');
    const inFeed = feed.comp.getAllSubcomponents('vevent').find((x) => x.getFirstPropertyValue('uid') === uid);
    assert.equal(inFeed.getFirstPropertyValue('status'), 'CANCELLED');
  });

  it('personal feed: a secret link shows the meetings of the own bodies, until it is deleted', async () => {
    let res = await partner.get('/intern/kalender');
    assert.equal(res.status, 200);
    assert.match(await res.text(), /Persönlicher Kalender/);
    res = await partner.post('/intern/kalender');
    assert.equal(res.status, 200);
    const html = await res.text();
    const url = /value="(http[^"]+\/kalender\/([^"]+)\.ics)"/.exec(html);
    assert.ok(url, 'the new link is shown');
    assert.equal(await sql('SELECT count(*) FROM calendar_token'), '1');
    assert.notEqual(await sql('SELECT token_hash FROM calendar_token'), url[2], 'only the hash is stored');
    const feed = await calendar(`/kalender/${url[2]}.ics`);
    const uids = feed.comp.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('uid'));
    // Familienzentrum Lindenhof sits in the (internal) steering group
    const steering = (await sql(`SELECT uid FROM meeting m JOIN body b ON b.id = m.body_id WHERE b.kind = 'steuerung' AND m.starts_at >= '${new Date(Date.now() - 80 * 86400000).toISOString().slice(0, 10)}'`)).split('\n');
    for (const u of steering) assert.ok(uids.includes(u), `steering meeting ${u} in the feed`);
    // not the internal meetings of bodies the organisation is not in
    const foreign = await sql("SELECT m.uid FROM meeting m WHERE m.public = 0 AND NOT EXISTS (SELECT 1 FROM body_member bm JOIN organisation o ON o.id = bm.organisation_id WHERE bm.body_id = m.body_id AND o.name = 'Familienzentrum Lindenhof') LIMIT 1");
    if (foreign) assert.ok(!uids.includes(foreign));
    assert.equal((await fetch(`${srv.url}/kalender/falsch.ics`)).status, 404);
    res = await partner.post('/intern/kalender/loeschen');
    assert.equal(res.status, 303);
    assert.equal((await fetch(`${srv.url}/kalender/${url[2]}.ics`)).status, 404);
    const anon = await fetch(`${srv.url}/intern/kalender`, { redirect: 'manual' });
    assert.equal(anon.status, 303);
  });
});
