// intern.test.mjs - the internal directory pages (src/web/offers_intern.c,
// orgs_intern.c, directory_intern.c) against the real server with the demo
// database: who may see and change what (a partner only its own
// organisation's offers and contacts, the coordination office all),
// creating and changing offers with every field, field-by-field validation
// (422, message next to the field, values kept), publish / draft / archive /
// copy / "Noch aktuell", the list of unconfirmed offers, the history tabs,
// organisations with their network data, and contacts with consent.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';

import { login, startServer } from './server.mjs';
import { HTML, assertGermanPage, assertNoInjection } from './checks.mjs';

const run = promisify(execFile);

const ACCOUNTS = {
  admin: ['admin@ahrwald.example', 'Ahrwald-Demo-IT-2026'],
  coordination: ['koordination@ahrwald.example', 'Ahrwald-Demo-Netzwerk-2026'],
  partner: ['partner@ahrwald.example', 'Ahrwald-Demo-Familie-2026'],
  partner2: ['partner2@ahrwald.example', 'Ahrwald-Demo-Hebamme-2026'],
  visits: ['besuche@ahrwald.example', 'Ahrwald-Demo-Willkommen-2026'],
};

let srv;
const as = {};
let orgA; // Familienzentrum Lindenhof (partner)
let orgB; // Hebammenpraxis Kranichsee (partner2)
let municipalities; // name -> id

before(async () => {
  srv = await startServer();
  for (const [who, creds] of Object.entries(ACCOUNTS)) {
    as[who] = await login(srv, ...creds);
    assert.equal(as[who].status, 303, `${who} can sign in`);
    assert.ok(as[who].csrf, `${who}: CSRF token`);
  }
  orgA = await ownOrg(as.partner);
  orgB = await ownOrg(as.partner2);
  const form = await text(as.partner, '/intern/angebote/neu');
  municipalities = Object.fromEntries([...form.matchAll(
    /name="regions" value="(\d+)"><label class="kern-label" for="regions-\d+">([^<]+)</g,
  )].map((m) => [m[2], m[1]]));
  assert.ok(municipalities.Ahrwald, 'the municipality Ahrwald is offered');
});
after(async () => { assert.equal(await srv.stop(), 0); });

const anon = (p, init) => fetch(srv.url + p, { redirect: 'manual', ...init });

/** The body of a GET that must answer 200. */
async function text(s, p) {
  const res = await s.get(p);
  const body = await res.text();
  assert.equal(res.status, 200, `GET ${p}: ${res.status}\n${body.slice(0, 2000)}`);
  return body;
}

/** The id of the signed-in user's organisation (from the start page). */
async function ownOrg(s) {
  const m = /href="\/intern\/organisation\/(\d+)\/bearbeiten"/.exec(await text(s, '/intern'));
  assert.ok(m, 'the start page links to the own organisation');
  return m[1];
}

/** Form fields with lists ({needs: ['a', 'b']}) as pairs for a POST body. */
function pairs(fields) {
  const out = [];
  for (const [k, v] of Object.entries(fields))
    for (const x of Array.isArray(v) ? v : [v]) out.push([k, String(x)]);
  return out;
}

const post = (s, p, fields = {}, opts) => s.post(p, pairs(fields), opts);

/** The message next to a field (KERN error under its label or legend). */
function fieldError(html, field) {
  const m = new RegExp(
    `<p class="kern-error" id="${field}-error">.*?<span class="kern-body">([^<]*)</span>`, 's',
  ).exec(html);
  return m ? m[1] : null;
}

/** The value of a text input, or null. */
function inputValue(html, name) {
  const m = new RegExp(`<input[^>]* name="${name}"[^>]* value="([^"]*)"`).exec(html);
  return m ? m[1] : null;
}

function textareaValue(html, name) {
  const m = new RegExp(`<textarea[^>]* name="${name}"[^>]*>([^<]*)</textarea>`).exec(html);
  return m ? m[1] : null;
}

function isChecked(html, name, value) {
  const m = new RegExp(`<input[^>]* name="${name}" value="${value}"( checked)?>`).exec(html);
  assert.ok(m, `no choice ${name}=${value}`);
  return !!m[1];
}

function selected(html, name) {
  const m = new RegExp(`<select[^>]* name="${name}"[^>]*>(.*?)</select>`, 's').exec(html);
  assert.ok(m, `no select ${name}`);
  return /<option value="([^"]*)" selected>/.exec(m[1])?.[1] ?? null;
}

/** Creates an offer as s; resolves with its id. */
async function createOffer(s, fields) {
  const res = await post(s, '/intern/angebote/neu', {
    description: 'Ein Angebot für Familien.', cost: 'kostenlos', status: 'draft', ...fields,
  });
  const body = await res.text();
  assert.equal(res.status, 303, body.slice(0, 3000));
  const m = /^\/intern\/angebote\/(\d+)\?erledigt=angelegt$/.exec(res.headers.get('location'));
  assert.ok(m, res.headers.get('location'));
  return m[1];
}

/** The fields of an offer as its edit form shows them, for a POST. */
function formFields(html) {
  const fields = [];
  const form = /<form method="post" action="\/intern\/angebote\/[^"]*" novalidate[^>]*>(.*?)<\/form>/s.exec(html)[1];
  for (const m of form.matchAll(/<input ([^>]*)>/g)) {
    const attr = (n) => new RegExp(`\\b${n}="([^"]*)"`).exec(m[1])?.[1];
    const type = attr('type');
    if (attr('name') === 'csrf') continue;
    if ((type === 'checkbox' || type === 'radio') && !/ checked\b/.test(m[1])) continue;
    fields.push([attr('name'), (attr('value') ?? '').replace(/&amp;/g, '&').replace(/&quot;/g, '"')]);
  }
  for (const m of form.matchAll(/<textarea [^>]*name="([^"]+)"[^>]*>([^<]*)<\/textarea>/g))
    fields.push([m[1], m[2].replace(/&amp;/g, '&')]);
  for (const m of form.matchAll(/<select [^>]*name="([^"]+)"[^>]*>(.*?)<\/select>/gs))
    fields.push([m[1], /<option value="([^"]*)" selected>/.exec(m[2])?.[1] ?? '']);
  return fields;
}

/** Saves the offer's form with some fields replaced. */
async function saveOffer(s, id, changes) {
  const html = await text(s, `/intern/angebote/${id}`);
  const fields = formFields(html).filter(([k]) => !(k in changes));
  const body = new URLSearchParams([...fields, ...pairs(changes)]);
  return s.post(`/intern/angebote/${id}`, body);
}

/** Runs SQL on the test server's database (to age a confirmation, to
 * count what the pages do not show); resolves with its output. */
async function sql(statement) {
  const { stdout } = await run('sqlite3', [path.join(srv.dir, 'lotse.db'), statement]);
  return stdout.trim();
}

/** The number of offers with this title. */
const offersTitled = (title) => sql(`SELECT count(*) FROM offer WHERE title = '${title.replace(/'/g, "''")}'`);

describe('who may use the internal directory', () => {
  const GET = ['/intern/angebote', '/intern/angebote/neu', '/intern/angebote/ungeprueft',
    '/intern/angebote/1', '/intern/angebote/1/verlauf', '/intern/organisationen',
    '/intern/organisationen/neu', '/intern/organisation/1/netzwerk',
    '/intern/organisation/1/verlauf', '/intern/organisation/1/ansprechpersonen',
    '/intern/organisation/1/ansprechpersonen/neu', '/intern/organisation/1/ansprechpersonen/1'];
  for (const p of GET) {
    it(`anonymous GET ${p} is sent to the sign-in`, async () => {
      const res = await anon(p);
      assert.equal(res.status, 303);
      assert.equal(res.headers.get('location'), `/anmelden?weiter=${encodeURIComponent(p)}`);
    });
  }

  it('an anonymous POST changes nothing', async () => {
    for (const p of ['/intern/angebote/neu', '/intern/organisationen/neu',
      '/intern/organisation/1/ansprechpersonen/neu']) {
      const res = await anon(p, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'title=Anonym+angelegt&name=Anonym+angelegt&description=X&cost=kostenlos',
      });
      assert.ok([401, 403].includes(res.status), `${p}: ${res.status}`);
    }
    assert.equal(await offersTitled('Anonym angelegt'), '0');
    assert.equal(await sql("SELECT count(*) FROM organisation WHERE name = 'Anonym angelegt'"), '0');
    assert.equal(await sql("SELECT count(*) FROM contact WHERE name = 'Anonym angelegt'"), '0');
  });

  it('a form without the CSRF token is refused (403) and nothing is created', async () => {
    const res = await post(as.partner, '/intern/angebote/neu',
      { title: 'Ohne Token', description: 'x', cost: 'kostenlos' }, { csrf: null });
    assert.equal(res.status, 403);
    assert.equal(await offersTitled('Ohne Token'), '0');
  });

  it('partners and visit staff get 403 on the coordination pages', async () => {
    for (const who of ['partner', 'visits']) {
      for (const p of ['/intern/angebote/ungeprueft', '/intern/organisationen',
        '/intern/organisationen/neu', `/intern/organisation/${orgA}/netzwerk`]) {
        const res = await as[who].get(p);
        assert.equal(res.status, 403, `${who} GET ${p}`);
        assertGermanPage(await res.text(), p);
      }
      for (const p of ['/intern/organisationen/neu', `/intern/organisation/${orgA}/netzwerk`]) {
        const res = await post(as[who], p, { name: 'Übernahme', sector: 'sonstige', membership: 'left' });
        assert.equal(res.status, 403, `${who} POST ${p}`);
        await res.arrayBuffer();
      }
    }
    const page = await text(as.coordination, `/intern/organisation/${orgA}/netzwerk`);
    assert.equal(selected(page, 'membership'), 'member');
    assert.doesNotMatch(await text(as.coordination, '/intern/organisationen'), /Übernahme/);
  });

  it('the start page and the navigation link the directory pages by role', async () => {
    const p = await text(as.partner, '/intern');
    assert.match(p, /<a href="\/intern\/angebote">Angebote<\/a>/, 'navigation entry');
    assert.match(p, /<a class="kern-link" href="\/intern\/angebote">Angebote<\/a>/);
    assert.ok(p.includes(`href="/intern/organisation/${orgA}/ansprechpersonen">Ansprechpersonen</a>`));
    assert.doesNotMatch(p, /href="\/intern\/organisationen"/);
    assert.doesNotMatch(p, /href="\/intern\/angebote\/ungeprueft"/);
    const c = await text(as.coordination, '/intern');
    assert.match(c, /href="\/intern\/organisationen">Organisationen<\/a>/);
    assert.match(c, /href="\/intern\/angebote\/ungeprueft">Nicht bestätigte Angebote<\/a>/);
    const anonHome = await (await anon('/')).text();
    assert.doesNotMatch(anonHome, /href="\/intern\/angebote"/);
  });

  it('every internal page is German, has one h1, labels for fields and scoped headers', async () => {
    const id = await createOffer(as.partner, { title: 'Seitenprüfung' });
    const pages = [
      [as.partner, '/intern/angebote'], [as.partner, '/intern/angebote/neu'],
      [as.partner, `/intern/angebote/${id}`], [as.partner, `/intern/angebote/${id}/verlauf`],
      [as.partner, `/intern/organisation/${orgA}/bearbeiten`],
      [as.partner, `/intern/organisation/${orgA}/verlauf`],
      [as.partner, `/intern/organisation/${orgA}/ansprechpersonen`],
      [as.partner, `/intern/organisation/${orgA}/ansprechpersonen/neu`],
      [as.coordination, '/intern/angebote'], [as.coordination, '/intern/angebote/neu'],
      [as.coordination, '/intern/angebote/ungeprueft'],
      [as.coordination, '/intern/organisationen'], [as.coordination, '/intern/organisationen/neu'],
      [as.coordination, `/intern/organisation/${orgA}/netzwerk`],
    ];
    for (const [s, p] of pages) {
      const res = await s.get(p);
      assert.equal(res.status, 200, p);
      assert.equal(res.headers.get('content-type'), HTML);
      const body = await res.text();
      assertGermanPage(body, p);
      assert.equal(body.match(/<h1[ >]/g)?.length, 1, `${p}: one h1`);
      for (const m of body.matchAll(/<(?:input|select|textarea)[^>]* id="([^"]+)"/g))
        assert.ok(body.includes(`<label class="kern-label" for="${m[1]}"`), `${p}: field ${m[1]} without a label`);
      for (const th of body.matchAll(/<th [^>]*>/g))
        assert.match(th[0], /scope="(col|row)"/, `${p}: th without scope`);
      for (const fs of body.matchAll(/<fieldset[^>]*>\s*(<legend)?/g))
        assert.ok(fs[1], `${p}: fieldset without legend`);
      const ids = [...body.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
      assert.equal(new Set(ids).size, ids.length, `${p}: duplicate ids`);
    }
  });

  it('unknown ids answer 404', async () => {
    for (const p of ['/intern/angebote/999999', '/intern/angebote/abc',
      '/intern/angebote/999999/verlauf', '/intern/organisation/999999/ansprechpersonen',
      '/intern/organisation/999999/verlauf', `/intern/organisation/${orgA}/ansprechpersonen/999999`]) {
      const res = await as.coordination.get(p);
      assert.equal(res.status, 404, p);
      await res.arrayBuffer();
    }
  });
});

describe('offers', () => {
  const FULL = () => ({
    title: 'Babytreff am Lindenhof',
    description: 'Wir treffen uns jede Woche.\n\nMit Frühstück & Spielen.',
    needs: ['begegnung', 'erziehung-bindung'],
    ages: ['0-1', '1-3'],
    prevention: 'universell',
    access: ['komm', 'online'],
    cost: 'beitrag',
    cost_note: '2 Euro pro Treffen',
    languages: ['de', 'tr', 'ar'],
    accessible: 'ja',
    accessibility_note: 'Aufzug vorhanden',
    eligibility: 'Eltern mit Babys aus Ahrwald',
    registration_required: '1',
    registration_note: 'Bitte vorher anrufen',
    waiting_list: '1',
    phone: '05161 123 45',
    email: 'treff@lindenhof.example',
    web: 'https://lindenhof.example/treff',
    valid_from: '2026-01-01',
    valid_to: '2099-12-31',
    loc1_name: 'Familienzentrum Lindenhof',
    loc1_street: 'Lindenhofweg 4',
    loc1_postcode: '29664',
    loc1_city: 'Ahrwald',
    loc1_schedule: 'Dienstag 9 bis 11 Uhr',
    loc2_name: 'Gemeindehaus',
    loc2_postcode: '29683',
    regions: [municipalities.Ahrwald],
    status: 'draft',
  });

  it('the form has every field, grouped with legends; a partner cannot choose the organisation', async () => {
    const html = await text(as.partner, '/intern/angebote/neu');
    for (const name of ['title', 'phone', 'email', 'web', 'cost_note', 'accessibility_note',
      'registration_note', 'valid_from', 'valid_to', 'loc1_name', 'loc1_street',
      'loc1_postcode', 'loc1_city', 'loc3_name'])
      assert.notEqual(inputValue(html, name), null, `input ${name}`);
    for (const name of ['description', 'eligibility', 'loc1_schedule'])
      assert.notEqual(textareaValue(html, name), null, `textarea ${name}`);
    for (const legend of ['Wobei hilft das Angebot?', 'Alter der Kinder', 'Für welche Familien?',
      'Wie erreichen Familien das Angebot?', 'Sprachen', 'Barrierefrei zugänglich?',
      'Für welche Gemeinden?', 'Status', 'Ort 1', 'Ort 3'])
      assert.ok(html.includes(`<legend class="kern-label">${legend}`), `legend ${legend}`);
    assert.ok(isChecked(html, 'status', 'draft'));
    assert.match(html, /<label class="kern-label" for="languages-tr">Türkisch<\/label>/);
    assert.match(html, /<select[^>]* name="cost"/);
    assert.match(html, /<select[^>]* name="contact"/);
    assert.doesNotMatch(html, /<select[^>]* name="organisation"/);
    assert.match(html, /Träger:<\/strong> Familienzentrum Lindenhof/);
    const coord = await text(as.coordination, '/intern/angebote/neu');
    assert.match(coord, /<select[^>]* name="organisation"/);
  });

  it('a partner creates an offer with every field; the form shows them all again', async () => {
    const id = await createOffer(as.partner, FULL());
    const html = await text(as.partner, `/intern/angebote/${id}?erledigt=angelegt`);
    assert.match(html, /Das Angebot ist angelegt/);
    assert.match(html, /<h1 class="kern-heading-large">Babytreff am Lindenhof<\/h1>/);
    assert.match(html, /kern-badge--info"><span class="kern-label">Entwurf/);
    const f = FULL();
    for (const k of ['title', 'cost_note', 'accessibility_note', 'registration_note', 'phone',
      'email', 'web', 'valid_from', 'valid_to', 'loc1_name', 'loc1_street', 'loc1_postcode',
      'loc1_city', 'loc2_name', 'loc2_postcode'])
      assert.equal(inputValue(html, k), f[k].replace(/&/g, '&amp;'), k);
    assert.equal(textareaValue(html, 'description'), f.description.replace(/&/g, '&amp;'));
    assert.equal(textareaValue(html, 'eligibility'), f.eligibility);
    assert.equal(textareaValue(html, 'loc1_schedule'), f.loc1_schedule);
    for (const k of ['needs', 'ages', 'access', 'languages', 'regions'])
      for (const v of f[k]) assert.ok(isChecked(html, k, v), `${k}=${v}`);
    assert.ok(!isChecked(html, 'needs', 'kinderschutz'));
    assert.ok(isChecked(html, 'prevention', 'universell'));
    assert.ok(isChecked(html, 'accessible', 'ja'));
    assert.ok(isChecked(html, 'registration_required', '1'));
    assert.ok(isChecked(html, 'waiting_list', '1'));
    assert.equal(selected(html, 'cost'), 'beitrag');
    // the organisation is the partner's own, whatever the form says
    const other = await createOffer(as.partner, { title: 'Fremder Träger?', organisation: orgB });
    const list = await text(as.partner, '/intern/angebote');
    assert.ok(list.includes(`href="/intern/angebote/${other}">Fremder Träger?</a>`));
    const listB = await text(as.partner2, '/intern/angebote');
    assert.doesNotMatch(listB, /Fremder Träger/);
  });

  it('refused input: 422, the message next to each field, the values kept, nothing stored', async () => {
    const res = await post(as.partner, '/intern/angebote/neu', {
      ...FULL(),
      title: '',
      description: 'Bleibt <stehen>',
      email: 'kein-at-zeichen',
      web: 'lindenhof.example',
      phone: 'ruf an',
      valid_from: '2026-05-01',
      valid_to: '2026-04-01',
      loc2_postcode: '123',
      needs: ['begegnung', 'gibt-es-nicht'],
    });
    assert.equal(res.status, 422);
    const html = await res.text();
    assertGermanPage(html);
    assert.match(html, /Bitte prüfen Sie Ihre Eingaben/);
    assert.equal(fieldError(html, 'title'), 'Bitte füllen Sie „Titel“ aus.');
    assert.match(fieldError(html, 'email'), /gültige E-Mail-Adresse/);
    assert.match(fieldError(html, 'web'), /beginnt mit https:\/\//);
    assert.match(fieldError(html, 'phone'), /nur Ziffern/);
    assert.equal(fieldError(html, 'valid_to'), 'Das Ende liegt vor dem Beginn.');
    assert.match(fieldError(html, 'loc2_postcode'), /„123“ hat nicht fünf Ziffern/);
    assert.equal(fieldError(html, 'loc1_postcode'), null, 'the first location is fine');
    assert.match(fieldError(html, 'needs'), /Unbekannter Wert „gibt-es-nicht“/);
    assert.match(html, /<fieldset class="kern-fieldset kern-fieldset--error" id="needs"/);
    assert.match(html, /<a class="kern-link" href="#loc2_postcode">/, 'the summary links to the field');
    assert.match(html, /aria-invalid="true"/);
    // values kept
    assert.equal(textareaValue(html, 'description'), 'Bleibt &lt;stehen&gt;');
    assert.equal(inputValue(html, 'email'), 'kein-at-zeichen');
    assert.equal(inputValue(html, 'loc2_postcode'), '123');
    assert.equal(inputValue(html, 'loc1_street'), 'Lindenhofweg 4');
    assert.ok(isChecked(html, 'needs', 'begegnung'));
    assert.ok(isChecked(html, 'languages', 'ar'));
    assert.equal(selected(html, 'cost'), 'beitrag');
    const list = await text(as.partner, '/intern/angebote');
    assert.doesNotMatch(list, /Bleibt/);
  });

  it('changes are saved and the history names the fields that changed', async () => {
    const id = await createOffer(as.partner, { title: 'Elterncafé', phone: '05161 1' });
    const res = await saveOffer(as.partner, id, { title: 'Elterncafé am Markt', phone: '05161 2' });
    assert.equal(res.status, 303, await res.text());
    assert.equal(res.headers.get('location'), `/intern/angebote/${id}?erledigt=gespeichert`);
    const html = await text(as.partner, `/intern/angebote/${id}`);
    assert.equal(inputValue(html, 'title'), 'Elterncafé am Markt');
    assert.match(html, new RegExp(`href="/intern/angebote/${id}/verlauf">Verlauf</a>`));
    const hist = await text(as.partner, `/intern/angebote/${id}/verlauf`);
    assert.match(hist, /aria-current="page">Verlauf<\/a>/);
    assert.match(hist, /Geändert: Titel, Telefon/);
    assert.match(hist, /Angebot „Elterncafé“ angelegt/);
    assert.match(hist, /partner@ahrwald\.example/);
    // a refused change keeps the stored offer
    const bad = await saveOffer(as.partner, id, { title: '', email: 'x' });
    assert.equal(bad.status, 422);
    const badHtml = await bad.text();
    assert.match(badHtml, /<h1 class="kern-heading-large">Elterncafé am Markt<\/h1>/);
    assert.equal(inputValue(badHtml, 'title'), '');
    const again = await text(as.partner, `/intern/angebote/${id}`);
    assert.equal(inputValue(again, 'title'), 'Elterncafé am Markt');
  });

  it('publish, back to draft, archive, and the status filter of the list', async () => {
    const id = await createOffer(as.partner, { title: 'Stillberatung' });
    let res = await post(as.partner, `/intern/angebote/${id}/status`, { status: 'published' });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), `/intern/angebote/${id}?erledigt=published`);
    let html = await text(as.partner, `/intern/angebote/${id}?erledigt=published`);
    assert.match(html, /Das Angebot ist veröffentlicht/);
    assert.match(html, /kern-badge--success"><span class="kern-label">Veröffentlicht/);
    assert.match(html, new RegExp(`href="/angebote/${id}">So sehen Familien das Angebot`));
    assert.match(html, />Zurück zum Entwurf</);
    res = await post(as.partner, `/intern/angebote/${id}/status`, { status: 'draft' });
    assert.equal(res.status, 303);
    html = await text(as.partner, `/intern/angebote/${id}`);
    assert.match(html, /kern-label">Entwurf/);
    res = await post(as.partner, `/intern/angebote/${id}/status`, { status: 'weg' });
    assert.equal(res.status, 422);
    await res.arrayBuffer();
    res = await post(as.partner, `/intern/angebote/${id}/status`, { status: 'archived' });
    assert.equal(res.status, 303);
    const list = await text(as.partner, '/intern/angebote');
    assert.doesNotMatch(list, /Stillberatung/, 'archived offers are left out by default');
    const archived = await text(as.partner, '/intern/angebote?status=archived');
    assert.ok(archived.includes(`href="/intern/angebote/${id}">Stillberatung</a>`));
    assert.match(archived, /kern-badge--danger"><span class="kern-label">Archiviert/);
    const drafts = await text(as.partner, '/intern/angebote?status=draft');
    assert.doesNotMatch(drafts, /Stillberatung/);
    const hist = await text(as.partner, `/intern/angebote/${id}/verlauf`);
    assert.match(hist, /Status: Entwurf → veröffentlicht/);
    assert.match(hist, /Status: veröffentlicht → Entwurf/);
    assert.match(hist, /Status: Entwurf → archiviert/);
    const bad = await as.partner.get('/intern/angebote?status=irgendwas');
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /Bitte wählen Sie einen Status aus der Liste/);
  });

  it('copy makes a draft "Kopie von …" and opens it', async () => {
    const id = await createOffer(as.partner, { ...FULL(), title: 'Kurs Erste Hilfe am Kind' });
    await post(as.partner, `/intern/angebote/${id}/status`, { status: 'published' });
    const res = await post(as.partner, `/intern/angebote/${id}/kopieren`);
    assert.equal(res.status, 303);
    const m = /^\/intern\/angebote\/(\d+)\?erledigt=kopiert$/.exec(res.headers.get('location'));
    assert.ok(m, res.headers.get('location'));
    assert.notEqual(m[1], id);
    const html = await text(as.partner, res.headers.get('location'));
    assert.match(html, /Die Kopie ist angelegt/);
    assert.equal(inputValue(html, 'title'), 'Kopie von Kurs Erste Hilfe am Kind');
    assert.match(html, /kern-label">Entwurf/);
    assert.ok(isChecked(html, 'languages', 'tr'));
    assert.equal(inputValue(html, 'loc1_street'), 'Lindenhofweg 4');
    const hist = await text(as.partner, `/intern/angebote/${m[1]}/verlauf`);
    assert.match(hist, /\(als Kopie\)/);
  });

  it('"Noch aktuell" confirms; unconfirmed offers are listed for the coordination office', async () => {
    const id = await createOffer(as.partner, { title: 'Familienpatenschaft' });
    await sql(`UPDATE offer SET verified_at = '2001-03-05T10:00:00Z' WHERE id = ${Number(id)}`);
    let html = await text(as.partner, `/intern/angebote/${id}`);
    assert.match(html, /zuletzt bestätigt am 05\.03\.2001/);
    assert.match(html, /bitte prüfen/);
    const list = await text(as.coordination, '/intern/angebote/ungeprueft');
    assert.ok(list.includes(`href="/intern/angebote/${id}">Familienpatenschaft</a>`));
    assert.match(list, /05\.03\.2001/);
    const first = /<th scope="row" class="kern-table__header"><a class="kern-link" href="\/intern\/angebote\/(\d+)">/.exec(list);
    assert.equal(first[1], id, 'the longest unconfirmed first');
    const due = Number(await sql("SELECT count(*) FROM offer WHERE status <> 'archived' AND "
      + "verified_at < strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-365 days')"));
    assert.ok(list.includes(`>${due} Angebot`), `${due} unconfirmed`);
    if (due > 50) assert.match(list, /href="\/intern\/angebote\/ungeprueft\?seite=2">Nächste Seite/);
    assert.match(list, /Noch aktuell<span class="kern-sr-only">: Familienpatenschaft<\/span>/);
    const res = await post(as.coordination, `/intern/angebote/${id}/bestaetigen`, { zurueck: 'ungeprueft' });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/intern/angebote/ungeprueft?erledigt=bestaetigt');
    const after = await text(as.coordination, res.headers.get('location'));
    assert.match(after, /als noch aktuell bestätigt/);
    assert.ok(!after.includes(`href="/intern/angebote/${id}">`));
    html = await text(as.partner, `/intern/angebote/${id}`);
    assert.doesNotMatch(html, /05\.03\.2001/);
    const hist = await text(as.partner, `/intern/angebote/${id}/verlauf`);
    assert.match(hist, /Als noch aktuell bestätigt/);
    assert.match(hist, /koordination@ahrwald\.example/);
    // the partner's own button returns to the list; an unknown target to the offer
    let r2 = await post(as.partner, `/intern/angebote/${id}/bestaetigen`, { zurueck: 'liste' });
    assert.equal(r2.headers.get('location'), '/intern/angebote?erledigt=bestaetigt');
    r2 = await post(as.partner, `/intern/angebote/${id}/bestaetigen`, { zurueck: 'https://evil.example/' });
    assert.equal(r2.headers.get('location'), `/intern/angebote/${id}?erledigt=bestaetigt`);
  });

  it("partner B can neither see nor change partner A's offer (403, nothing changed)", async () => {
    const id = await createOffer(as.partner, { title: 'Nur für Lindenhof' });
    for (const p of [`/intern/angebote/${id}`, `/intern/angebote/${id}/verlauf`]) {
      const res = await as.partner2.get(p);
      assert.equal(res.status, 403, p);
      const body = await res.text();
      assertGermanPage(body, p);
      assert.doesNotMatch(body, /Nur für Lindenhof/);
    }
    for (const [p, fields] of [
      [`/intern/angebote/${id}`, { title: 'Übernommen', description: 'x', cost: 'kostenlos' }],
      [`/intern/angebote/${id}/status`, { status: 'archived' }],
      [`/intern/angebote/${id}/kopieren`, {}],
      [`/intern/angebote/${id}/bestaetigen`, {}],
    ]) {
      const res = await post(as.partner2, p, fields);
      assert.equal(res.status, 403, p);
      await res.arrayBuffer();
    }
    const html = await text(as.partner, `/intern/angebote/${id}`);
    assert.equal(inputValue(html, 'title'), 'Nur für Lindenhof');
    assert.match(html, /kern-label">Entwurf/);
    const hist = await text(as.partner, `/intern/angebote/${id}/verlauf`);
    assert.match(hist, /1 Eintrag\)/, 'only the creation is recorded');
    assert.doesNotMatch(await text(as.partner2, '/intern/angebote'), /Nur für Lindenhof/);
  });

  it('the coordination office sees all offers, filters by organisation and edits any', async () => {
    const a = await createOffer(as.partner, { title: 'Angebot A der Koordinationsprobe' });
    const b = await createOffer(as.partner2, { title: 'Angebot B der Koordinationsprobe' });
    const all = await text(as.coordination, '/intern/angebote');
    assert.match(all, /Alle Angebote des Netzwerks/);
    assert.ok(all.includes(`href="/intern/angebote/${a}">`) && all.includes(`href="/intern/angebote/${b}">`));
    const onlyB = await text(as.coordination, `/intern/angebote?organisation=${orgB}`);
    assert.ok(onlyB.includes(`href="/intern/angebote/${b}">`));
    assert.ok(!onlyB.includes(`href="/intern/angebote/${a}">`));
    assert.equal(selected(onlyB, 'organisation'), orgB);
    const bad = await as.coordination.get('/intern/angebote?organisation=x');
    assert.equal(bad.status, 400);
    await bad.arrayBuffer();
    // moves B's offer to A, which partner A then sees
    const res = await saveOffer(as.coordination, b, { organisation: orgA, external_id: 'KOORD-1' });
    assert.equal(res.status, 303, await res.text());
    const listA = await text(as.partner, '/intern/angebote');
    assert.ok(listA.includes(`href="/intern/angebote/${b}">`));
    const hist = await text(as.partner, `/intern/angebote/${b}/verlauf`);
    assert.match(hist, /Geändert: Träger, Externe Kennung/);
    // a new offer of the coordination office needs an organisation
    const none = await post(as.coordination, '/intern/angebote/neu', { title: 'Ohne Träger', description: 'x', cost: 'kostenlos' });
    assert.equal(none.status, 422);
    assert.match(fieldError(await none.text(), 'organisation'), /Träger/);
  });

  it('the contact person of an offer is chosen from its organisation’s contacts', async () => {
    const res = await post(as.partner, `/intern/organisation/${orgA}/ansprechpersonen/neu`,
      { name: 'Mia Kontaktprobe', role: 'ansprechperson' });
    assert.equal(res.status, 303);
    const contacts = await text(as.partner, `/intern/organisation/${orgA}/ansprechpersonen`);
    const cid = new RegExp(`ansprechpersonen/(\\d+)">Mia Kontaktprobe`).exec(contacts)[1];
    const id = await createOffer(as.partner, { title: 'Mit Ansprechperson', contact: cid });
    const html = await text(as.partner, `/intern/angebote/${id}`);
    assert.equal(selected(html, 'contact'), cid);
    assert.match(html, /Mia Kontaktprobe \(Ansprechperson\)/);
    const bad = await post(as.partner, '/intern/angebote/neu', { title: 'Fremde Person', description: 'x', cost: 'kostenlos', contact: '999999' });
    assert.equal(bad.status, 422);
    assert.match(fieldError(await bad.text(), 'contact'), /gehört nicht zum Träger/);
  });

  it('text from the form is escaped everywhere', async () => {
    const evil = '<script>alert(1)</script>"><img src=x>';
    const id = await createOffer(as.partner, { title: evil, description: evil, loc1_name: evil });
    for (const p of ['/intern/angebote', `/intern/angebote/${id}`, `/intern/angebote/${id}/verlauf`]) {
      const body = await text(as.partner, p);
      assertNoInjection(body, p);
      assert.ok(body.includes('&lt;script&gt;'), p);
    }
  });
});

describe('organisations', () => {
  it('the coordination office lists, searches and filters the organisations', async () => {
    const total = Number(await sql('SELECT count(*) FROM organisation'));
    const all = await text(as.coordination, '/intern/organisationen');
    assert.ok(all.includes(`${total} Organisationen</p>`), `${total} in all`);
    assert.equal((all.match(/<tr class="kern-table__row"><th scope="row"/g) ?? []).length,
      Math.min(total, 50), 'fifty a page');
    if (total > 50) assert.match(all, /href="\/intern\/organisationen\?q=&amp;bereich=&amp;seite=2">Nächste Seite/);
    const q = await text(as.coordination, '/intern/organisationen?q=FAMILIENZENTRUM+LINDENHOF');
    assert.match(q, /1 Organisation</);
    assert.ok(q.includes(`href="/intern/organisation/${orgA}/bearbeiten">Familienzentrum Lindenhof</a>`));
    const umlaut = await text(as.coordination, '/intern/organisationen?q=HEBAMMENPRAXIS+KRANICHSEE');
    assert.ok(umlaut.includes(`href="/intern/organisation/${orgB}/bearbeiten">Hebammenpraxis Kranichsee</a>`));
    const upper = await text(as.coordination, `/intern/organisationen?q=${encodeURIComponent('ÄRZT')}`);
    const lower = await text(as.coordination, `/intern/organisationen?q=${encodeURIComponent('ärzt')}`);
    assert.equal(/(\d+) Organisation/.exec(upper)[1], /(\d+) Organisation/.exec(lower)[1], 'Ä is found as ä');
    const sector = await text(as.coordination, '/intern/organisationen?bereich=hebammen&q=Kranichsee');
    assert.match(sector, /Hebammenpraxis Kranichsee/);
    const other = await text(as.coordination, '/intern/organisationen?bereich=kita&q=Lindenhof');
    assert.doesNotMatch(other, /Familienzentrum Lindenhof<\/a>/);
    const bad = await as.coordination.get('/intern/organisationen?bereich=quatsch');
    assert.equal(bad.status, 400);
    await bad.arrayBuffer();
  });

  it('creates an organisation (with errors next to the fields first)', async () => {
    let res = await post(as.coordination, '/intern/organisationen/neu',
      { name: '', sector: 'kita', membership: 'member', city: 'Ahrwald' });
    assert.equal(res.status, 422);
    let html = await res.text();
    assert.match(fieldError(html, 'name'), /Namen der Organisation/);
    assert.equal(inputValue(html, 'city'), 'Ahrwald');
    res = await post(as.coordination, '/intern/organisationen/neu',
      { name: 'Kita Sonnenschein', sector: '', membership: 'member' });
    assert.equal(res.status, 422);
    assert.match(fieldError(await res.text(), 'sector'), /Bereich/);
    res = await post(as.coordination, '/intern/organisationen/neu',
      { name: 'Kita Sonnenschein', sector: 'kita', membership: 'interested', postcode: '29664', city: 'Ahrwald' });
    assert.equal(res.status, 303);
    const m = /^\/intern\/organisation\/(\d+)\/netzwerk\?angelegt=1$/.exec(res.headers.get('location'));
    assert.ok(m, res.headers.get('location'));
    html = await text(as.coordination, res.headers.get('location'));
    assert.match(html, /Die Organisation ist angelegt/);
    assert.equal(selected(html, 'sector'), 'kita');
    assert.equal(selected(html, 'membership'), 'interested');
    const hist = await text(as.coordination, `/intern/organisation/${m[1]}/verlauf`);
    assert.match(hist, /Organisation „Kita Sonnenschein“ angelegt/);
  });

  it('the network data are kept by the coordination office, with history', async () => {
    const p = `/intern/organisation/${orgB}/netzwerk`;
    const res = await post(as.coordination, p, {
      sector: 'hebammen', membership: 'member', member_since: '2024-02-01',
      description: 'Hebammen für Kranichsee und Umgebung.',
      regions: [municipalities.Kranichsee, municipalities.Ahrwald],
    });
    assert.equal(res.status, 303, await res.text());
    const html = await text(as.coordination, `${p}?gespeichert=1`);
    assert.match(html, /Die Netzwerkangaben sind gespeichert/);
    assert.equal(inputValue(html, 'member_since'), '2024-02-01');
    assert.equal(textareaValue(html, 'description'), 'Hebammen für Kranichsee und Umgebung.');
    assert.ok(isChecked(html, 'regions', municipalities.Kranichsee));
    assert.ok(!isChecked(html, 'regions', municipalities.Moorhausen));
    assert.match(html, /aria-current="page">Netzwerk<\/a>/);
    const bad = await post(as.coordination, p, { sector: 'hebammen', membership: 'member', member_since: '1.2.2024' });
    assert.equal(bad.status, 422);
    assert.match(fieldError(await bad.text(), 'member_since'), /JJJJ-MM-TT/);
    const badRegion = await post(as.coordination, p, { sector: 'hebammen', membership: 'member', regions: ['999999'] });
    assert.equal(badRegion.status, 422);
    assert.equal(fieldError(await badRegion.text(), 'regions'), 'Unbekannte Gemeinde.');
    const hist = await text(as.partner2, `/intern/organisation/${orgB}/verlauf`);
    assert.match(hist, /Netzwerkangaben geändert: Bereich hebammen, Mitgliedschaft member/);
  });

  it('the organisation pages have tabs; a partner sees no network tab and no other organisation', async () => {
    const own = await text(as.partner, `/intern/organisation/${orgA}/bearbeiten`);
    assert.match(own, /aria-current="page">Kontaktdaten<\/a>/);
    assert.ok(own.includes(`href="/intern/organisation/${orgA}/ansprechpersonen">Ansprechpersonen</a>`));
    assert.ok(own.includes(`href="/intern/organisation/${orgA}/verlauf">Verlauf</a>`));
    assert.doesNotMatch(own, /netzwerk/);
    const coord = await text(as.coordination, `/intern/organisation/${orgA}/bearbeiten`);
    assert.ok(coord.includes(`href="/intern/organisation/${orgA}/netzwerk">Netzwerk</a>`));
    assert.ok(coord.includes(`href="/intern/angebote?organisation=${orgA}">Angebote</a>`));
    for (const p of [`/intern/organisation/${orgA}/verlauf`, `/intern/organisation/${orgA}/ansprechpersonen`]) {
      const res = await as.partner2.get(p);
      assert.equal(res.status, 403, p);
      await res.arrayBuffer();
    }
    // a change of the contact data appears in the history
    const res = await as.partner.post(`/intern/organisation/${orgA}/bearbeiten`, {
      name: 'Familienzentrum Lindenhof', street: 'Lindenhofweg 4', postcode: '29664',
      city: 'Ahrwald', phone: '05161 555 0', email: '', web: '',
    });
    assert.equal(res.status, 303);
    const hist = await text(as.partner, `/intern/organisation/${orgA}/verlauf`);
    assert.match(hist, /Geändert: .*Telefon/);
  });
});

describe('contacts', () => {
  const base = () => `/intern/organisation/${orgA}/ansprechpersonen`;

  it('a partner adds a contact with consent, changes and deletes it', async () => {
    let res = await post(as.partner, `${base()}/neu`, { name: '', role: 'ansprechperson', phone: '0511 1' });
    assert.equal(res.status, 422);
    let html = await res.text();
    assert.match(fieldError(html, 'name'), /Namen/);
    assert.equal(inputValue(html, 'phone'), '0511 1');
    assert.match(html, /darf öffentlich gezeigt werden \(Einwilligung liegt vor\)/);
    assert.match(html, /nur an, wenn die Person zugestimmt hat/);

    res = await post(as.partner, `${base()}/neu`, {
      name: 'Lena Beispiel', role: 'insoweit-erfahrene-fachkraft', job_title: 'Leitung',
      phone: '05161 4711', email: 'lena@lindenhof.example', public: '1',
    });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), `${base()}?erledigt=gespeichert`);
    html = await text(as.partner, base());
    const cid = /ansprechpersonen\/(\d+)">Lena Beispiel<\/a>/.exec(html)[1];
    assert.match(html, /Insoweit erfahrene Fachkraft/);
    assert.match(html, /ja, seit \d\d\.\d\d\.\d{4}/);

    const edit = await text(as.partner, `${base()}/${cid}`);
    assert.equal(inputValue(edit, 'name'), 'Lena Beispiel');
    assert.ok(isChecked(edit, 'public', '1'));
    assert.equal(selected(edit, 'role'), 'insoweit-erfahrene-fachkraft');
    res = await post(as.partner, `${base()}/${cid}`, {
      name: 'Lena Beispiel-Meyer', role: 'leitung', email: 'lena@lindenhof.example',
    });
    assert.equal(res.status, 303);
    html = await text(as.partner, base());
    assert.match(html, /Lena Beispiel-Meyer/);
    assert.match(html, /<td class="kern-table__cell">nein<\/td>/, 'consent withdrawn');

    res = await post(as.partner, `${base()}/${cid}/loeschen`);
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), `${base()}?erledigt=geloescht`);
    html = await text(as.partner, res.headers.get('location'));
    assert.match(html, /Die Ansprechperson ist gelöscht/);
    assert.doesNotMatch(html, /Lena Beispiel/);
  });

  it("partner B gets 403 on partner A's contacts and changes nothing", async () => {
    await post(as.partner, `${base()}/neu`, { name: 'Otto Bleibt', role: 'ansprechperson' });
    const list = await text(as.partner, base());
    const cid = /ansprechpersonen\/(\d+)">Otto Bleibt<\/a>/.exec(list)[1];
    for (const p of [base(), `${base()}/neu`, `${base()}/${cid}`]) {
      const res = await as.partner2.get(p);
      assert.equal(res.status, 403, p);
      assert.doesNotMatch(await res.text(), /Otto Bleibt/);
    }
    for (const p of [`${base()}/neu`, `${base()}/${cid}`, `${base()}/${cid}/loeschen`]) {
      const res = await post(as.partner2, p, { name: 'Übernommen', role: 'leitung' });
      assert.equal(res.status, 403, p);
      await res.arrayBuffer();
    }
    // nor through the own organisation's path
    const own = `/intern/organisation/${orgB}/ansprechpersonen/${cid}`;
    let res = await as.partner2.get(own);
    assert.equal(res.status, 404);
    await res.arrayBuffer();
    res = await post(as.partner2, `${own}/loeschen`);
    assert.equal(res.status, 404);
    await res.arrayBuffer();
    const after = await text(as.partner, base());
    assert.match(after, /Otto Bleibt/);
    assert.doesNotMatch(after, /Übernommen/);
  });

  it('the coordination office keeps the contacts of every organisation', async () => {
    const p = `/intern/organisation/${orgB}/ansprechpersonen`;
    const res = await post(as.coordination, `${p}/neu`, { name: 'Hanna Hebamme', role: 'familienhebamme' });
    assert.equal(res.status, 303);
    const html = await text(as.coordination, p);
    assert.match(html, /Hanna Hebamme/);
    assert.match(html, /Familienhebamme/);
    assert.match(await text(as.partner2, p), /Hanna Hebamme/);
  });
});
