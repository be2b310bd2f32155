// import.test.mjs - import and export of the directory: `lotse import csv`
// and `lotse export csv|xlsx` on fresh databases (broken files with their
// reports, nothing half-imported, --skip-invalid, --draft, updates by
// external_id, encodings, 10 000 rows, the round trip), and the pages of
// the coordination office: the upload (multipart/form-data, CSRF, rights)
// and the downloads, whose XLSX files are read back with exceljs.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import ExcelJS from 'exceljs';

import { LOTSE_BIN, login, startServer } from './server.mjs';

const HEADER = 'external_id;titel;traeger;beschreibung;bedarfe;alter;praevention;zugang;kosten;sprachen;strasse;plz;ort;telefon;email;web;zeiten;barrierefrei';

let srv;
let demoDb;
let tmp;
let fresh = 0;

before(async () => {
  srv = await startServer();
  demoDb = path.join(srv.dir, 'lotse.db');
  tmp = await mkdtemp(path.join(os.tmpdir(), 'lotse-import-'));
});
after(async () => {
  await rm(tmp, { recursive: true, force: true });
  assert.equal(await srv.stop(), 0);
});

/** Runs lotse with args; resolves with {code, stdout, stderr} (stdout as a
 * Buffer when opts.raw). */
function lotse(args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(LOTSE_BIN, args, { cwd: tmp });
    const out = [];
    let stderr = '';
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      const buf = Buffer.concat(out);
      resolve({ code, stdout: opts.raw ? buf : buf.toString('utf8'), stderr });
    });
    // lotse may exit before reading its input (wrong usage): no EPIPE.
    child.stdin.on('error', () => {});
    child.stdin.end(opts.input ?? '');
  });
}

/** A new, empty database (schema only); resolves with its path. */
async function emptyDb() {
  const db = path.join(tmp, `leer-${++fresh}.db`);
  const r = await lotse(['init', '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  return db;
}

/** Writes content (string as UTF-8, or Buffer) to a file in tmp. */
async function file(name, content) {
  const p = path.join(tmp, name);
  await writeFile(p, content);
  return p;
}

/** The offers of db as CSV rows (without BOM and header). */
async function exported(db) {
  const r = await lotse(['export', 'csv', '--db', db], { raw: true });
  assert.equal(r.code, 0, r.stderr);
  const text = r.stdout.toString('utf8');
  assert.ok(text.startsWith(`\uFEFF${HEADER}\r\n`), 'BOM and header');
  return text.slice(HEADER.length + 3).split('\r\n').filter((l) => l);
}

/** Imports a file into db; resolves with the result of lotse. */
function importFile(db, p, ...flags) {
  return lotse(['import', 'csv', p, '--db', db, ...flags]);
}

/** Asserts exit 1 with exactly one line on stderr matching re. */
function assertFailure(r, re) {
  assert.equal(r.code, 1, `exit 1\n${r.stdout}\n${r.stderr}`);
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `one line on stderr, got:\n${r.stderr}`);
  assert.match(lines[0], /^lotse import: /);
  assert.match(lines[0], re);
}

const row = (fields) => fields.join(';');
const good = (id, title, more = {}) => row([
  id, title, more.traeger ?? 'Familienzentrum Lindenhof',
  more.beschreibung ?? 'Ein Angebot für Familien.',
  more.bedarfe ?? 'begegnung|erziehung-bindung', more.alter ?? '0-1|1-3',
  more.praevention ?? 'universell', more.zugang ?? 'komm',
  more.kosten ?? 'kostenlos', more.sprachen ?? 'de|tr',
  more.strasse ?? 'Lindenhofweg 4', more.plz ?? '29664', more.ort ?? 'Ahrwald',
  more.telefon ?? '05161 44 120', more.email ?? 'kontakt@lindenhof.example',
  more.web ?? 'https://lindenhof.example', more.zeiten ?? 'Mo 9–11 Uhr',
  more.barrierefrei ?? 'ja',
]);

describe('lotse import csv: broken files change nothing', () => {
  it('a missing required column is named', async () => {
    const db = await emptyDb();
    const p = await file('ohne-beschreibung.csv', 'titel;traeger\nKurs;Träger\n');
    const r = await importFile(db, p);
    assertFailure(r, /Es fehlt die Pflichtspalte „beschreibung“/);
    assert.deepEqual(await exported(db), []);
  });

  it('unknown columns are named', async () => {
    const db = await emptyDb();
    const p = await file('unbekannt.csv', 'titel;traeger;beschreibung;farbe;Größe\nA;B;C;rot;L\n');
    const r = await importFile(db, p);
    assertFailure(r, /Unbekannte Spalten „farbe“, „größe“/);
    assert.match(r.stderr, /Erlaubt sind: external_id, titel/);
    assert.deepEqual(await exported(db), []);
  });

  it('a bad code refuses its row with line, column and reason; nothing is imported', async () => {
    const db = await emptyDb();
    const p = await file('code.csv', [HEADER, good('a-1', 'Gut'),
      good('a-2', 'Schlecht', { bedarfe: 'begegnung|fliegen' }),
      good('a-3', 'Auch schlecht', { plz: '12' }), ''].join('\n'));
    const r = await importFile(db, p);
    assert.equal(r.code, 1);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines[0], '3 Zeilen: 1 neu, 0 aktualisiert, 2 abgelehnt');
    assert.equal(lines[1], 'Zeile 3, Spalte bedarfe: Unbekannter Wert „fliegen“ bei „Bedarfe“.');
    assert.equal(lines[2], 'Zeile 4, Spalte plz: Die Postleitzahl „12“ hat nicht fünf Ziffern.');
    assertFailure(r, /nichts importiert, weil 2 Zeilen abgelehnt wurden \(mit --skip-invalid/);
    assert.deepEqual(await exported(db), [], 'not even the good row');
  });

  it('every problem of a row is reported, one per column', async () => {
    const db = await emptyDb();
    const p = await file('viele.csv', [HEADER,
      good('', '', { kosten: 'umsonst', email: 'keine-adresse', barrierefrei: 'vielleicht', traeger: '' }), ''].join('\n'));
    const r = await importFile(db, p);
    assert.equal(r.code, 1);
    for (const re of [/Zeile 2, Spalte titel: Bitte füllen Sie „Titel“ aus\./,
      /Zeile 2, Spalte traeger: Bitte geben Sie den Träger an\./,
      /Zeile 2, Spalte kosten: Unbekannte Kostenangabe „umsonst“/,
      /Zeile 2, Spalte email: Bitte geben Sie eine gültige E-Mail-Adresse ein\./,
      /Zeile 2, Spalte barrierefrei: Erlaubt sind „ja“, „nein“ oder nichts, nicht „vielleicht“\./])
      assert.match(r.stdout, re);
    assert.equal((r.stdout.match(/Spalte traeger/g) || []).length, 1, 'one message per column');
  });

  it('a quote error names its line; nothing is imported', async () => {
    const db = await emptyDb();
    const p = await file('quote.csv', [HEADER, good('q-1', 'Gut'),
      good('q-2', 'Kurs "Starke Eltern" im Haus'), ''].join('\r\n'));
    const r = await importFile(db, p);
    assertFailure(r, /Zeile 3: Die Anführungszeichen stimmen nicht/);
    assert.deepEqual(await exported(db), []);
  });

  it('a quote that is never closed names the line where its record starts', async () => {
    const db = await emptyDb();
    const p = await file('offen.csv', [HEADER, good('o-1', 'Gut'),
      good('o-2', '"Offen'), 'und weiter', ''].join('\n'));
    const r = await importFile(db, p);
    assertFailure(r, /Zeile 3: Ein Anführungszeichen wird bis zum Ende der Datei nicht geschlossen/);
    assert.deepEqual(await exported(db), []);
  });

  it('empty file, header only, binary file, Excel workbook, UTF-16: clear messages', async () => {
    const db = await emptyDb();
    const cases = [
      ['leer.csv', '', /Die Datei ist leer\./],
      ['nur-bom.csv', '\uFEFF', /Die Datei ist leer\./],
      ['leerzeilen.csv', '\r\n\r\n', /Die Datei ist leer\./],
      ['kopf.csv', `${HEADER}\r\n;;;;;;;;;;;;;;;;;\r\n`, /nur die Kopfzeile, aber keine Angebote/],
      ['bild.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /keine CSV-Datei: Zeile 2 enthält Binärdaten/],
      ['tabelle.csv', Buffer.from('PK\x03\x04\x14\x00\x06\x00', 'latin1'), /Excel-Arbeitsmappe \(XLSX\)/],
      ['utf16.csv', Buffer.from(`\uFEFF${HEADER}\r\n`, 'utf16le'), /UTF-16/],
      ['undefiniert.csv', Buffer.concat([Buffer.from(`${HEADER}\nx;T;Tr;Text \x81`, 'latin1')]), /Zeile 2: Die Datei ist weder UTF-8 noch Windows-1252/],
      ['tabs.csv', 'titel\ttraeger\tbeschreibung\nA\tB\tC\n', /durch Tabulatoren getrennt/],
    ];
    for (const [name, content, re] of cases) {
      const r = await importFile(db, await file(name, content));
      assertFailure(r, re);
    }
    const missing = await importFile(db, path.join(tmp, 'gibt-es-nicht.csv'));
    assertFailure(missing, /kann nicht gelesen werden/);
    assert.deepEqual(await exported(db), []);
  });
});

describe('lotse import csv: what is read', () => {
  it('Windows-1252 with commas: umlauts arrive as UTF-8', async () => {
    const db = await emptyDb();
    const text = 'titel,traeger,beschreibung,bedarfe,kosten\r\n'
      + 'Müttercafé „Sonnenschein“,Kinderschutzbund Größdorf,"Frühstück, Spiel und Gespräch – für Mütter und Väter",begegnung,beitrag\r\n';
    // Windows-1252: „ = 0x84, “ = 0x93, – = 0x96; the rest is Latin-1.
    const cp = Buffer.from(text.replace(/„/g, '\x84').replace(/“/g, '\x93').replace(/–/g, '\x96'), 'latin1');
    const r = await importFile(db, await file('cp1252.csv', cp));
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^1 Zeile: 1 neu, 0 aktualisiert, 0 abgelehnt$/m);
    assert.match(r.stdout, /1 Träger neu angelegt/);
    const rows = await exported(db);
    assert.equal(rows.length, 1);
    assert.equal(rows[0], ';Müttercafé „Sonnenschein“;Kinderschutzbund Größdorf;Frühstück, Spiel und Gespräch – für Mütter und Väter;begegnung;;;;beitrag;;;;;;;;;');
  });

  it('UTF-8 with BOM, CRLF, columns in any order, quoted line breaks: physical line numbers', async () => {
    const db = await emptyDb();
    const text = '\uFEFFbeschreibung;traeger;titel;plz;alter\r\n'
      + '"Erste Zeile\r\nzweite Zeile\r\n""dritte"" Zeile";Familienzentrum Lindenhof;Elterncafé;29664;0-1 | 1-3\r\n'
      + '\r\n'
      + 'Text;Familienzentrum Lindenhof;Falsche PLZ;2966;0-1\r\n';
    const r = await importFile(db, await file('bom.csv', text));
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^2 Zeilen: 1 neu, 0 aktualisiert, 1 abgelehnt$/m);
    assert.match(r.stdout, /^Zeile 6, Spalte plz: Die Postleitzahl „2966“ hat nicht fünf Ziffern\.$/m);
  });

  it('--skip-invalid imports the good rows and reports the others', async () => {
    const db = await emptyDb();
    const p = await file('skip.csv', [HEADER, good('s-1', 'Eins'),
      good('s-2', 'Zwei', { alter: '0-3' }), good('s-3', 'Drei'),
      'nur;drei;felder', ''].join('\n'));
    const r = await importFile(db, p, '--skip-invalid');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '', 'no progress bar when stderr is not a terminal');
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines[0], '4 Zeilen: 2 neu, 0 aktualisiert, 2 abgelehnt');
    assert.equal(lines[1], 'Zeile 3, Spalte alter: Unbekannter Wert „0-3“ bei „Alter“.');
    assert.equal(lines[2], 'Zeile 5: Die Zeile hat 3 Felder, die Kopfzeile 18.');
    const rows = await exported(db);
    assert.deepEqual(rows.map((l) => l.split(';')[1]), ['Eins', 'Drei']);
  });

  it('a refused row takes back the organisation it created (--skip-invalid)', async () => {
    const db = await emptyDb();
    const p = await file('org.csv', [HEADER,
      good('t-1', 'Mit neuem Träger', { traeger: 'Neuer Verein', plz: 'abc' }),
      good('t-2', 'Später', { traeger: 'Neuer Verein' }), ''].join('\n'));
    const r = await importFile(db, p, '--skip-invalid');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /2 Zeilen: 1 neu, 0 aktualisiert, 1 abgelehnt/);
    assert.match(r.stdout, /^1 Träger neu angelegt/m);
    const out = path.join(tmp, 'org.xlsx');
    assert.equal((await lotse(['export', 'xlsx', '--what', 'partners', '--out', out, '--db', db])).code, 0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names = [];
    wb.getWorksheet('Partner').eachRow((r2, n) => { if (n > 1) names.push(r2.getCell(2).value); });
    assert.deepEqual(names, ['Neuer Verein'], 'created once, by the saved row');
  });

  it('the same external_id again updates the offer instead of duplicating it', async () => {
    const db = await emptyDb();
    let r = await importFile(db, await file('v1.csv', `${HEADER}\n${good('upd-1', 'Alter Titel')}\n`));
    assert.equal(r.code, 0, r.stderr);
    r = await importFile(db, await file('v2.csv',
      `titel;traeger;beschreibung;external_id\nNeuer Titel;Familienzentrum Lindenhof;Neu beschrieben.;upd-1\n`));
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^1 Zeile: 0 neu, 1 aktualisiert, 0 abgelehnt$/m);
    const rows = await exported(db);
    assert.equal(rows.length, 1);
    const f = rows[0].split(';');
    assert.equal(f[0], 'upd-1');
    assert.equal(f[1], 'Neuer Titel');
    assert.equal(f[3], 'Neu beschrieben.');
    assert.equal(f[4], 'erziehung-bindung|begegnung', 'columns the file lacks keep their values');
    assert.equal(f[11], '29664');
  });

  it('an external_id twice in one file refuses the second row', async () => {
    const db = await emptyDb();
    const r = await importFile(db, await file('doppelt.csv',
      `${HEADER}\n${good('d-1', 'Erstes')}\n${good('d-1', 'Zweites')}\n`));
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^Zeile 3, Spalte external_id: Die externe Kennung „d-1“ steht schon in Zeile 2\.$/m);
  });

  it('--draft imports drafts; without it they are published', async () => {
    const db = await emptyDb();
    assert.equal((await importFile(db, await file('e1.csv', `${HEADER}\n${good('e-1', 'Entwurf')}\n`), '--draft')).code, 0);
    assert.equal((await importFile(db, await file('e2.csv', `${HEADER}\n${good('e-2', 'Öffentlich')}\n`))).code, 0);
    const out = path.join(tmp, 'draft.xlsx');
    const r = await lotse(['export', 'xlsx', '--out', out, '--db', db]);
    assert.equal(r.code, 0, r.stderr);
    const ws = await sheet(out, 'Angebote');
    const status = {};
    ws.eachRow((x, n) => { if (n > 1) status[x.getCell(1).value] = x.getCell(19).value; });
    assert.deepEqual(status, { 'e-1': 'Entwurf', 'e-2': 'veröffentlicht' });
  });

  it('10 000 rows are imported in one go', async () => {
    const db = await emptyDb();
    const lines = [HEADER];
    const needs = ['begegnung', 'betreuung', 'kinderschutz', 'erziehung-bindung'];
    for (let i = 0; i < 10000; i++)
      lines.push(good(`gen-${i}`, `Angebot ${i}`, { traeger: `Träger ${i % 97}`, bedarfe: needs[i % 4], plz: ['29664', '29614', '29633'][i % 3] }));
    const p = await file('zehntausend.csv', `${lines.join('\r\n')}\r\n`);
    const t0 = process.hrtime.bigint();
    const r = await importFile(db, p);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^10000 Zeilen: 10000 neu, 0 aktualisiert, 0 abgelehnt$/m);
    assert.match(r.stdout, /^97 Träger neu angelegt/m);
    assert.equal((await exported(db)).length, 10000);
    console.log(`# import of 10 000 rows: ${Math.round(ms)} ms`);
  });
});

describe('lotse export', () => {
  it('round trip: export, import into an empty database, export again gives the same file', async () => {
    const a = await lotse(['export', 'csv', '--db', demoDb], { raw: true });
    assert.equal(a.code, 0, a.stderr);
    const rows = a.stdout.toString('utf8').split('\r\n').length - 2;
    assert.ok(rows >= 500, `the demo's offers (${rows})`);
    const p = await file('rundreise.csv', a.stdout);
    const db = await emptyDb();
    const r = await importFile(db, p);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, new RegExp(`^${rows} Zeilen: ${rows} neu, 0 aktualisiert, 0 abgelehnt$`, 'm'));
    const b = await lotse(['export', 'csv', '--db', db], { raw: true });
    assert.ok(a.stdout.equals(b.stdout), 'both exports are identical');
    // Importing the export again only updates.
    const again = await importFile(db, p);
    assert.match(again.stdout, new RegExp(`^${rows} Zeilen: 0 neu, ${rows} aktualisiert, 0 abgelehnt$`, 'm'));
  });

  it('quotes what needs quoting and guards cells a spreadsheet would run as formulas', async () => {
    const db = await emptyDb();
    const p = await file('formel.csv', `${HEADER}\n`
      + `f-1;"=HYPERLINK(""http://x"")";Familienzentrum Lindenhof;"@SUM(1); - Liste";;;;;;;;;;+49 5161 44;;;"  Mo; Di  ";\n`);
    assert.equal((await importFile(db, p)).code, 0);
    const [line] = await exported(db);
    assert.equal(line, `f-1;"'=HYPERLINK(""http://x"")";Familienzentrum Lindenhof;"'@SUM(1); - Liste";;;;;kostenlos;;;;;+49 5161 44;;;"  Mo; Di  ";`);
    const db2 = await emptyDb();
    assert.equal((await importFile(db2, await file('formel2.csv', `\uFEFF${HEADER}\r\n${line}\r\n`))).code, 0);
    assert.deepEqual(await exported(db2), [line], 'the apostrophe is taken off again on import');
  });

  it('--out writes a file; wrong usage exits 2', async () => {
    const out = path.join(tmp, 'angebote.csv');
    const r = await lotse(['export', 'csv', '--out', out, '--db', demoDb]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^\d+ Angebote nach .*angebote\.csv geschrieben\.$/m);
    assert.ok((await readFile(out)).subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])));
    for (const args of [['export'], ['export', 'pdf'], ['export', 'xlsx'],
      ['export', 'csv', '--what', 'partners'], ['export', 'xlsx', '--what', 'termine', '--out', 'x.xlsx'],
      ['import'], ['import', 'xml', 'a.csv'], ['import', 'csv'], ['import', 'csv', 'a.csv', 'b.csv'],
      ['import', 'csv', 'a.csv', '--schnell']]) {
      const u = await lotse([...args, '--db', demoDb]);
      assert.equal(u.code, 2, `${args.join(' ')}: ${u.stderr}`);
      assert.match(u.stderr, /Aufruf: lotse (import|export)/);
    }
    const help = await lotse(['help', 'import']);
    assert.match(help.stdout, /--skip-invalid/);
  });
});

/** The worksheet name of the XLSX file p (exceljs). */
async function sheet(p, name) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(p);
  const ws = wb.getWorksheet(name);
  assert.ok(ws, `sheet ${name}`);
  return ws;
}

/** Checks the header row: names, bold, frozen, autofilter. */
function assertHeader(ws, names) {
  names.forEach((n, i) => {
    assert.equal(ws.getCell(1, i + 1).value, n);
    assert.equal(ws.getCell(1, i + 1).font?.bold, true, `${n} bold`);
  });
  assert.equal(ws.views[0]?.state, 'frozen');
  assert.equal(ws.views[0]?.ySplit, 1);
  assert.ok(ws.autoFilter, 'autofilter');
  assert.ok(ws.getColumn(2).width >= 20, 'columns are widened');
}

describe('lotse export xlsx', () => {
  it('offers: one row per offer, every column of the CSV and more', async () => {
    const out = path.join(tmp, 'angebote.xlsx');
    const r = await lotse(['export', 'xlsx', '--what', 'offers', '--out', out, '--db', demoDb]);
    assert.equal(r.code, 0, r.stderr);
    const n = Number(/^(\d+) Angebote/.exec(r.stdout)[1]);
    const ws = await sheet(out, 'Angebote');
    assertHeader(ws, [...HEADER.split(';'), 'status', 'gueltig_ab', 'gueltig_bis', 'bestaetigt_am', 'nr']);
    assert.equal(ws.rowCount, n + 1);
    const [first] = await exported(demoDb);
    const f = first.split(';');
    assert.equal(ws.getCell(2, 1).value, f[0]);
    assert.equal(ws.getCell(2, 2).value, f[1]);
    assert.equal(ws.getCell(2, 3).value, f[2]);
    assert.equal(typeof ws.getCell(2, 23).value, 'number');
  });

  it('partners and contacts: two sheets', async () => {
    const out = path.join(tmp, 'partner.xlsx');
    const r = await lotse(['export', 'xlsx', '--what', 'partners', '--out', out, '--db', demoDb]);
    assert.equal(r.code, 0, r.stderr);
    const partners = await sheet(out, 'Partner');
    assertHeader(partners, ['Nr.', 'Name', 'Bereich', 'Mitgliedschaft']);
    let lindenhof = null;
    partners.eachRow((x) => { if (x.getCell(2).value === 'Familienzentrum Lindenhof') lindenhof = x; });
    assert.ok(lindenhof, 'Familienzentrum Lindenhof is listed');
    assert.equal(lindenhof.getCell(3).value, 'Familienzentren und Familienbildung');
    const contacts = await sheet(out, 'Kontakte');
    assertHeader(contacts, ['Organisation', 'Name', 'Rolle', 'Funktion', 'Telefon', 'E-Mail', 'Öffentlich']);
    assert.ok(contacts.rowCount > 10, 'the contacts');
    const publicCol = new Set();
    contacts.eachRow((x, i) => { if (i > 1) publicCol.add(x.getCell(7).value); });
    assert.ok(publicCol.has('nein'), 'also contacts not shown publicly (the coordination office sees them)');
  });
});

/** Sends a multipart upload of the CSV text as the session s. */
async function upload(s, content, { csrf = s.csrf, fields = {}, name = 'angebote.csv' } = {}) {
  const fd = new FormData();
  if (csrf) fd.set('csrf', csrf);
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  if (content !== null) fd.set('datei', new Blob([content], { type: 'text/csv' }), name);
  const res = await fetch(`${srv.url}/intern/import`, {
    method: 'POST', body: fd, headers: s.headers(), redirect: 'manual',
  });
  return { status: res.status, body: await res.text(), headers: res.headers };
}

/** The offers of the server's database, as exported over HTTP. */
async function serverRows(s) {
  const res = await s.get('/intern/export/angebote.csv');
  assert.equal(res.status, 200);
  return (await res.text()).split('\r\n').filter((l) => l).length - 1;
}

describe('the import page of the coordination office', () => {
  let coord;
  let partner;
  before(async () => {
    coord = await login(srv, 'koordination@ahrwald.example', 'Ahrwald-Demo-Netzwerk-2026');
    partner = await login(srv, 'partner@ahrwald.example', 'Ahrwald-Demo-Familie-2026');
    assert.ok(coord.csrf && partner.csrf);
  });

  it('shows the upload form with a labelled file field and the downloads', async () => {
    const res = await coord.get('/intern/import');
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /<form method="post" action="\/intern\/import" enctype="multipart\/form-data"/);
    assert.match(html, /<label class="kern-label" for="datei">CSV-Datei<\/label>/);
    assert.match(html, /<input [^>]*id="datei" name="datei" type="file"/);
    assert.match(html, /<fieldset class="kern-fieldset"><legend class="kern-label">Optionen<\/legend>/);
    assert.match(html, /name="csrf" value="[^"]+"/);
    for (const href of ['/intern/export/angebote.csv', '/intern/export/angebote.xlsx', '/intern/export/partner.xlsx'])
      assert.ok(html.includes(`href="${href}"`), href);
  });

  it('is closed to partners (403) and to the public (sign-in)', async () => {
    assert.equal((await partner.get('/intern/import')).status, 403);
    for (const p of ['/intern/export/angebote.csv', '/intern/export/angebote.xlsx', '/intern/export/partner.xlsx'])
      assert.equal((await partner.get(p)).status, 403, p);
    const anon = await fetch(`${srv.url}/intern/import`, { redirect: 'manual' });
    assert.equal(anon.status, 303);
    assert.match(anon.headers.get('location'), /^\/anmelden/);
    const before = await serverRows(coord);
    const res = await upload(partner, `${HEADER}\n${good('web-p', 'Vom Partner')}\n`);
    assert.equal(res.status, 403);
    assert.equal(await serverRows(coord), before);
  });

  it('refuses an upload without the CSRF token (403) and imports nothing', async () => {
    const before = await serverRows(coord);
    const res = await upload(coord, `${HEADER}\n${good('web-csrf', 'Ohne Token')}\n`, { csrf: null });
    assert.equal(res.status, 403);
    const wrong = await upload(coord, `${HEADER}\n${good('web-csrf', 'Falsches Token')}\n`, { csrf: 'x'.repeat(43) });
    assert.equal(wrong.status, 403);
    assert.equal(await serverRows(coord), before);
  });

  it('imports a good file and shows the summary', async () => {
    const before = await serverRows(coord);
    const res = await upload(coord, `${HEADER}\n${good('web-1', 'Über das Web')}\n${good('web-2', 'Noch eins', { traeger: 'Ganz neuer Träger' })}\n`);
    assert.equal(res.status, 200, res.body);
    assert.match(res.body, /Der Import ist gespeichert/);
    assert.match(res.body, /2 Zeilen: 2 neu, 0 aktualisiert, 0 abgelehnt\./);
    assert.match(res.body, /1 Träger wurde neu angelegt/);
    assert.equal(await serverRows(coord), before + 2);
    const again = await upload(coord, `${HEADER}\n${good('web-1', 'Über das Web, geändert')}\n`, { fields: { draft: '1' } });
    assert.equal(again.status, 200);
    assert.match(again.body, /1 Zeile: 0 neu, 1 aktualisiert, 0 abgelehnt\./);
    assert.equal(await serverRows(coord), before + 2);
  });

  it('a refused row: 422, the table of rows, nothing imported; with skip_invalid the rest is', async () => {
    const before = await serverRows(coord);
    const csv = `${HEADER}\n${good('web-3', 'Gut')}\n${good('web-4', 'Schlecht', { email: 'nein' })}\n`;
    const res = await upload(coord, csv);
    assert.equal(res.status, 422);
    assert.match(res.body, /Nichts wurde importiert/);
    assert.match(res.body, /<caption class="kern-title">Abgelehnte Zeilen<\/caption>/);
    assert.match(res.body, /<th scope="col" class="kern-table__header">Zeile<\/th>/);
    assert.match(res.body, /<td class="kern-table__cell">3<\/td><td class="kern-table__cell">email<\/td><td class="kern-table__cell">Bitte geben Sie eine gültige E-Mail-Adresse ein\.<\/td>/);
    assert.equal(await serverRows(coord), before);
    const skip = await upload(coord, csv, { fields: { skip_invalid: '1' } });
    assert.equal(skip.status, 200);
    assert.match(skip.body, /2 Zeilen: 1 neu, 0 aktualisiert, 1 abgelehnt\./);
    assert.match(skip.body, /id="skip_invalid-1" name="skip_invalid" value="1" checked/);
    assert.equal(await serverRows(coord), before + 1);
  });

  it('a file the import cannot read, and no file at all: 422 with the reason', async () => {
    let res = await upload(coord, Buffer.from([0, 1, 2, 3]), { name: 'bild.png' });
    assert.equal(res.status, 422);
    assert.match(res.body, /Die Datei wurde nicht importiert/);
    assert.match(res.body, /Binärdaten/);
    res = await upload(coord, 'titel;traeger\nA;B\n');
    assert.equal(res.status, 422);
    assert.match(res.body, /Es fehlt die Pflichtspalte „beschreibung“/);
    res = await upload(coord, null);
    assert.equal(res.status, 422);
    assert.match(res.body, /Bitte wählen Sie eine CSV-Datei aus\./);
    assert.match(res.body, /aria-invalid="true" aria-describedby="datei-hint datei-error"/);
  });

  it('a malformed multipart body is refused with 400', async () => {
    const res = await fetch(`${srv.url}/intern/import`, {
      method: 'POST',
      headers: { ...coord.headers(), 'content-type': 'multipart/form-data; boundary=xyz' },
      body: `--xyz\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n${coord.csrf}\r\n--xyz`,
      redirect: 'manual',
    });
    assert.equal(res.status, 400);
    assert.match(await res.text(), /multipart\/form-data/);
  });

  it('a body over 32 MiB is refused (413) before it is read', async () => {
    const text = await srv.raw(`POST /intern/import HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: ${33 * 1024 * 1024}\r\n\r\n`);
    assert.match(text, /^HTTP\/1\.1 413 /);
  });

  it('downloads: the CSV in the import format, the XLSX files readable', async () => {
    let res = await coord.get('/intern/export/angebote.csv');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.match(res.headers.get('content-disposition'), /^attachment; filename="angebote-\d{4}-\d\d-\d\d\.csv"$/);
    const csv = Buffer.from(await res.arrayBuffer());
    assert.ok(csv.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])));
    assert.ok(csv.toString('utf8').startsWith(`\uFEFF${HEADER}\r\n`));
    assert.ok(csv.toString('utf8').includes('web-1;Über das Web, geändert;'));
    for (const [p, name, cell] of [['/intern/export/angebote.xlsx', 'Angebote', 'external_id'],
      ['/intern/export/partner.xlsx', 'Partner', 'Nr.']]) {
      res = await coord.get(p);
      assert.equal(res.status, 200, p);
      assert.equal(res.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      assert.match(res.headers.get('content-disposition'), /^attachment; filename="[a-z]+-\d{4}-\d\d-\d\d\.xlsx"$/);
      const f = path.join(tmp, `web-${name}.xlsx`);
      await writeFile(f, Buffer.from(await res.arrayBuffer()));
      const ws = await sheet(f, name);
      assert.equal(ws.getCell(1, 1).value, cell);
    }
    const ws = await sheet(path.join(tmp, 'web-Angebote.xlsx'), 'Angebote');
    let found = false;
    ws.eachRow((x) => { if (x.getCell(1).value === 'web-1') found = x.getCell(2).value === 'Über das Web, geändert'; });
    assert.ok(found, 'the imported offer is in the workbook');
  });
});
