// figures.test.mjs - the aggregated figures of issue #7 (src/web/figures.c)
// against the real server with the demo district: who may see and record
// them, the demo's known totals on the page, plausibility errors that
// change nothing, the § 8a CSV round trip through the upload form, and the
// welcome visits recorded by the visits role.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import ExcelJS from 'exceljs';

import { login, startServer } from './server.mjs';
import { assertGermanPage } from './checks.mjs';

const ADMIN = ['admin@ahrwald.example', 'Ahrwald-Demo-IT-2026'];
const COORDINATION = ['koordination@ahrwald.example', 'Ahrwald-Demo-Netzwerk-2026'];
const PARTNER = ['partner@ahrwald.example', 'Ahrwald-Demo-Familie-2026'];
const VISITS = ['besuche@ahrwald.example', 'Ahrwald-Demo-Willkommen-2026'];

const FIGURES = [
  '/intern/auswertung', '/intern/auswertung/kinderschutz',
  '/intern/auswertung/abdeckung', '/intern/auswertung/abdeckung?gemeinde=moorhausen',
  '/intern/auswertung/beteiligung', '/intern/auswertung/jahresbericht',
  '/intern/auswertung/kinderschutz/erfassen', '/intern/auswertung/kinderschutz.csv',
  '/intern/auswertung/willkommen',
];
const YEAR = new Date().getFullYear();

let srv;
let coord;
let visits;
let partner;
let admin;
before(async () => {
  srv = await startServer();
  coord = await login(srv, ...COORDINATION);
  visits = await login(srv, ...VISITS);
  partner = await login(srv, ...PARTNER);
  admin = await login(srv, ...ADMIN);
  for (const s of [coord, visits, partner, admin]) assert.equal(s.status, 303);
});
after(async () => { assert.equal(await srv.stop(), 0); });

/** The § 8a CSV as rows of objects keyed by the header. */
async function csvRows(session) {
  const res = await session.get('/intern/auswertung/kinderschutz.csv');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^text\/csv/);
  const text = (await res.text()).replace(/^\uFEFF/, '');
  const [head, ...lines] = text.trim().split('\r\n');
  const cols = head.split(';');
  return lines.map((l) => Object.fromEntries(l.split(';').map((v, i) => [cols[i], v])));
}

/** The ids of the municipalities from the form's select. */
async function municipalities(session, path) {
  const html = await (await session.get(path)).text();
  const ids = {};
  for (const m of html.matchAll(/<option value="(\d+)"[^>]*>([^<]+)<\/option>/g)) ids[m[2]] = m[1];
  return ids;
}

describe('who may see and record figures', () => {
  it('anonymous visitors are sent to sign in', async () => {
    for (const p of FIGURES) {
      const res = await fetch(srv.url + p, { redirect: 'manual' });
      assert.equal(res.status, 303, p);
      assert.match(res.headers.get('location'), /^\/anmelden\?weiter=/, p);
    }
  });

  it('partners and the visits role see no figures', async () => {
    for (const s of [partner, visits]) {
      for (const p of FIGURES) assert.equal((await s.get(p)).status, 403, p);
    }
  });

  it('coordination and admin see every figures page in German', async () => {
    for (const s of [coord, admin]) {
      for (const p of FIGURES.filter((x) => !x.endsWith('.csv'))) {
        const res = await s.get(p);
        assert.equal(res.status, 200, p);
        assertGermanPage(await res.text(), p);
      }
    }
  });

  it('the visits role may record welcome visits, a partner may not', async () => {
    assert.equal((await visits.get('/intern/willkommen')).status, 200);
    assert.equal((await partner.get('/intern/willkommen')).status, 403);
    const res = await partner.post('/intern/willkommen', { region: '1', month: '2026-01' });
    assert.equal(res.status, 403);
  });
});

describe('§ 8a figures', () => {
  it('the page shows the demo district total of last year, as in the CSV', async () => {
    const rows = await csvRows(coord);
    const last = rows.filter((r) => Number(r.jahr) === YEAR - 1);
    assert.equal(last.length, 9, 'nine municipalities with figures last year');
    const total = last.reduce((s, r) => s + Number(r.gesamt), 0);
    const acute = last.reduce((s, r) => s + Number(r.ergebnis_akut), 0);
    const html = await (await coord.get(`/intern/auswertung/kinderschutz?jahr=${YEAR - 1}`)).text();
    const row = /<th scope="row" class="kern-table__header">Landkreis<\/th>(.*?)<\/tr>/s.exec(html);
    assert.ok(row, 'a district row');
    const nums = [...row[1].matchAll(/>(\d+)</g)].map((m) => Number(m[1]));
    assert.deepEqual(nums.slice(0, 2), [total, acute]);
    assert.match(html, /<svg[^>]*role="img"[^>]*aria-label="Gefährdungseinschätzungen je Jahr/);
    assert.match(html, /Zahlen als Tabelle/);
  });

  it('sums that do not agree are refused with a German message and change nothing', async () => {
    const ids = await municipalities(coord, '/intern/auswertung/kinderschutz/erfassen');
    const before = await csvRows(coord);
    const res = await coord.post('/intern/auswertung/kinderschutz/erfassen', {
      region: ids.Moorhausen, year: '2019', quarter: '0', total: '10',
      source_schule: '4', source_familie: '5', result_keine: '10',
    });
    assert.equal(res.status, 422);
    const html = await res.text();
    assert.match(html, /ergeben zusammen 9, die Gesamtzahl ist 10/);
    assert.match(html, /value="4"/, 'the entered values are kept');
    assert.deepEqual(await csvRows(coord), before);
  });

  it('plausible figures are stored and replace the period when saved again', async () => {
    const ids = await municipalities(coord, '/intern/auswertung/kinderschutz/erfassen');
    const form = {
      region: ids.Moorhausen, year: '2019', quarter: '0', total: '10',
      source_schule: '5', source_familie: '5', result_akut: '2', result_keine: '8',
      kind_vernachlaessigung: '2',
    };
    let res = await coord.post('/intern/auswertung/kinderschutz/erfassen', form);
    assert.equal(res.status, 303);
    assert.match(res.headers.get('location'), /jahr=2019&gespeichert=1/);
    res = await coord.post('/intern/auswertung/kinderschutz/erfassen', { ...form, total: '11', source_schule: '6', result_keine: '9' });
    assert.equal(res.status, 303);
    const rows = (await csvRows(coord)).filter((r) => r.jahr === '2019');
    assert.equal(rows.length, 1);
    assert.equal(rows[0].gemeinde, 'Moorhausen');
    assert.equal(rows[0].gesamt, '11');
    // A quarter of a year recorded as a whole: refused.
    res = await coord.post('/intern/auswertung/kinderschutz/erfassen', { ...form, quarter: '2' });
    assert.equal(res.status, 422);
    assert.match(await res.text(), /schon Zahlen für das ganze Jahr/);
  });

  it('the CSV upload takes a file whole or not at all', async () => {
    const upload = async (text) => {
      const fd = new FormData();
      fd.set('csrf', coord.csrf);
      fd.set('datei', new Blob([text], { type: 'text/csv' }), 'zahlen.csv');
      return fetch(srv.url + '/intern/auswertung/kinderschutz/import', {
        method: 'POST', body: fd, redirect: 'manual', headers: coord.headers(),
      });
    };
    const before = await csvRows(coord);
    let res = await upload('gemeinde;jahr;gesamt;quelle_anonym;ergebnis_keine\n'
      + 'Erlenried;2018;3;3;3\nNirgendwo;2018;1;1;1\n');
    assert.equal(res.status, 422);
    const html = await res.text();
    assert.match(html, /Zeile 3, Spalte gemeinde: „Nirgendwo“ ist keine Gemeinde/);
    assert.match(html, /Es wurde nichts\s+geändert/);
    assert.deepEqual(await csvRows(coord), before);
    res = await upload('gemeinde;jahr;gesamt;quelle_anonym;ergebnis_keine\nErlenried;2018;3;3;3\n');
    assert.equal(res.status, 303);
    assert.match(res.headers.get('location'), /importiert=1/);
    const rows = (await csvRows(coord)).filter((r) => r.jahr === '2018');
    assert.equal(rows.length, 1);
    assert.equal(rows[0].quelle_anonym, '3');
  });

  it('a POST without the CSRF token is refused', async () => {
    const res = await coord.post('/intern/auswertung/kinderschutz/erfassen', { year: '2017' }, { csrf: null });
    assert.equal(res.status, 403);
  });
});

describe('welcome visits', () => {
  it('the visits role records a month; implausible numbers are refused', async () => {
    const ids = await municipalities(visits, '/intern/willkommen');
    let res = await visits.post('/intern/willkommen', {
      region: ids.Wiesental, month: '2020-05', letters: '10', visits: '7', declined: '2',
      not_reached: '3',
    });
    assert.equal(res.status, 422);
    assert.match(await res.text(), /ergeben zusammen 12, es wurden aber nur 10 Briefe/);
    res = await visits.post('/intern/willkommen', {
      region: ids.Wiesental, month: '2020-05', letters: '10', visits: '7', declined: '2',
      not_reached: '1', taken_beratung: '3', referred_finanziell: '2',
    });
    assert.equal(res.status, 303);
    const page = await coord.get('/intern/auswertung/willkommen?jahr=2020');
    const html = await page.text();
    assert.match(html, /Briefe\s*verschickt<\/dt><dd[^>]*>10</);
    assert.match(html, /7 \(70,0 % der Briefe\)/);
  });

  it('the demo year shows rates per municipality and a chart of the months', async () => {
    const html = await (await coord.get(`/intern/auswertung/willkommen?jahr=${YEAR - 1}`)).text();
    assert.match(html, /Besuchsquote je Gemeinde/);
    assert.match(html, /<figure class="chart" id="monate">/);
    assert.doesNotMatch(html, /noch keine Zahlen/);
  });
});

/** The cells of the HTML table with id tabelle-ID as rows of strings. */
function tableRows(html, id) {
  const start = html.indexOf(`id="tabelle-${id}"`);
  assert.ok(start > 0, `table ${id}`);
  const t = html.slice(start, html.indexOf('</table>', start));
  return [...t.matchAll(/<tr class="kern-table__row">(.*?)<\/tr>/gs)].map((m) => [...m[1]
    .matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((c) => c[1].replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&').trim()));
}

/** A workbook from a download, read with exceljs. */
async function workbook(res) {
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'),
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()));
  return wb;
}

describe('coverage and gaps', () => {
  it('shows the demo gaps: nothing for addiction and mental health in Moorhausen', async () => {
    const html = await (await coord.get('/intern/auswertung/abdeckung')).text();
    const rows = tableRows(html, 'bedarfe');
    const head = rows[0];
    const row = rows.find((r) => r[0] === 'Seelische Gesundheit und Sucht');
    assert.equal(row[head.indexOf('Moorhausen')], '0');
    assert.equal(row[head.indexOf('Wiesental')], '0');
    const gaps = tableRows(html, 'luecken');
    assert.ok(gaps.some((r) => r[0] === 'Moorhausen' && r[1] === 'Seelische Gesundheit und Sucht'));
    assert.match(html, /class="kern-table__cell num heat heat-0 gap">0</, 'gap cells are marked');
  });

  it('a municipality profile shows only that municipality', async () => {
    const html = await (await coord.get('/intern/auswertung/abdeckung?gemeinde=moorhausen')).text();
    assert.deepEqual(tableRows(html, 'bedarfe')[0], ['Bedarf', 'Moorhausen']);
    assert.equal((await coord.get('/intern/auswertung/abdeckung?gemeinde=atlantis')).status, 404);
  });

  it('the tables download as CSV and as an Excel file with the same numbers', async () => {
    const html = await (await coord.get('/intern/auswertung/abdeckung')).text();
    const rows = tableRows(html, 'bedarfe');
    let res = await coord.get('/intern/auswertung/abdeckung?tabelle=luecken&format=csv');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-disposition'), /abdeckung-luecken\.csv/);
    assert.match(await res.text(), /Moorhausen;Seelische Gesundheit und Sucht;0/);
    const wb = await workbook(await coord.get('/intern/auswertung/abdeckung?format=xlsx'));
    const ws = wb.getWorksheet('Bedarfe');
    assert.ok(ws, 'a sheet per table');
    assert.equal(ws.getCell('A1').value, 'Erreichbare Angebote je Bedarf und Gemeinde');
    // Row 3 holds the headings, the data follow from row 4 as numbers.
    assert.equal(ws.getRow(3).getCell(2).value, rows[0][1]);
    for (let i = 1; i < rows.length; i++) {
      assert.equal(ws.getRow(3 + i).getCell(1).value, rows[i][0]);
      assert.equal(ws.getRow(3 + i).getCell(2).value, Number(rows[i][1]));
    }
    assert.equal((await coord.get('/intern/auswertung/abdeckung?tabelle=nix&format=csv')).status, 404);
    assert.equal((await coord.get('/intern/auswertung/abdeckung?format=pdf')).status, 400);
  });
});

describe('searches without result', () => {
  it('are counted as words and filter codes only, and shown from the third time', async () => {
    const search = (q) => fetch(`${srv.url}/angebote?q=${encodeURIComponent(q)}&plz=29664&bedarf=begegnung`);
    for (let i = 0; i < 2; i++) assert.equal((await search('Zzqxwv 0171-555 a@b.de')).status, 200);
    let html = await (await coord.get('/intern/auswertung/abdeckung')).text();
    assert.doesNotMatch(html, /zzqxwv/, 'twice is not yet shown');
    await search('Zzqxwv 0171-555 a@b.de');
    html = await (await coord.get('/intern/auswertung/abdeckung')).text();
    const rows = tableRows(html, 'ohne-treffer');
    const row = rows.find((r) => r[0] === 'zzqxwv');
    assert.ok(row, 'the folded word without the number and the address');
    assert.equal(row[1], 'bedarf=begegnung', 'the filter codes, not the postcode');
    assert.equal(row[2], '3');
  });
});

describe('participation', () => {
  it('names the bodies with their attendance and draws the network map', async () => {
    const html = await (await coord.get(`/intern/auswertung/beteiligung?jahr=${YEAR}`)).text();
    const bodies = tableRows(html, 'gremien');
    assert.ok(bodies.length > 5, 'the demo bodies');
    assert.ok(bodies.some((r) => r[1] === 'Plenum (Netzwerkkonferenz)'));
    assert.match(html, /<figure class="chart netmap" id="netzwerkkarte">/);
    assert.match(html, /Am stärksten verbunden/);
    const members = tableRows(html, 'bereiche-gemeinden');
    const total = members.slice(1).reduce((s, r) => s + Number(r[r.length - 1]), 0);
    assert.match(html, new RegExp(`Heute sind ${total} Organisationen Mitglied`));
  });
});

describe('yearly report', () => {
  it('assembles the year; its workbook has every table', async () => {
    const res = await coord.get(`/intern/auswertung/jahresbericht?jahr=${YEAR - 1}`);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, new RegExp(`Jahresbericht ${YEAR - 1}`));
    const rows = await csvRows(coord);
    const total = rows.filter((r) => Number(r.jahr) === YEAR - 1)
      .reduce((s, r) => s + Number(r.gesamt), 0);
    assert.match(html, new RegExp(`Gefährdungseinschätzungen \\(§ 8a\\)</dt><dd[^>]*>${total}<`));
    const wb = await workbook(await coord.get(`/intern/auswertung/jahresbericht?jahr=${YEAR - 1}&format=xlsx`));
    const names = wb.worksheets.map((w) => w.name);
    for (const n of ['Partner', 'Angebote nach Bedarf', 'Sitzungen', 'Beschlüsse', 'Projekte', '§ 8a', 'Willkommensbesuche', 'Lücken']) {
      assert.ok(names.some((x) => x.startsWith(n)), `sheet ${n} in ${names}`);
    }
    const s8a = wb.worksheets.find((w) => w.name.startsWith('§ 8a'));
    assert.equal(s8a.getRow(4).getCell(3).value, total);
    assert.equal((await coord.get('/intern/auswertung/jahresbericht?jahr=zwanzig')).status, 400);
  });
});
