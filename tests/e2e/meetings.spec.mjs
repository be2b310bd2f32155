// meetings.spec.mjs - bodies and meetings in Chromium: the coordination
// office creates a meeting (first with a mistake shown next to the field),
// builds its agenda and moves an item; a partner registers on the
// meeting's page; the coordination office ticks the attendance of a past
// meeting, adds a walk-in and sees the figures; the printable list and the
// public calendar. axe (WCAG 2.1 A/AA) checks every page type on the way.
import { expect, expectNoAxeViolations, test } from './fixtures.mjs';

const PARTNER = ['partner@ahrwald.example', 'Ahrwald-Demo-Familie-2026'];
const COORDINATION = ['koordination@ahrwald.example', 'Ahrwald-Demo-Netzwerk-2026'];
const TITLE = 'Arbeitstreffen Übergänge';

async function signIn(page, [email, password]) {
  await page.goto('/anmelden');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page).toHaveURL(/\/intern$/);
}

function inDays(n) {
  return new Date(Date.now() + n * 86400000).toISOString().slice(0, 10);
}

test('coordination creates a meeting with an agenda, a partner registers, attendance is ticked', async ({ page, browser }) => {
  test.setTimeout(300000);
  page.setDefaultTimeout(20000);
  await signIn(page, COORDINATION);
  await page.locator('.lotse-nav').getByRole('link', { name: 'Sitzungen' }).click();
  await expect(page).toHaveURL(/\/intern\/sitzungen$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sitzungen');
  await expectNoAxeViolations(page, 'list of meetings');

  await page.goto('/intern/gremien');
  await expectNoAxeViolations(page, 'list of bodies');
  await page.getByRole('link', { name: 'Steuerungsgruppe Frühe Hilfen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Steuerungsgruppe Frühe Hilfen');
  await expectNoAxeViolations(page, 'page of a body');
  await page.getByRole('link', { name: 'Mitglieder verwalten' }).click();
  await expectNoAxeViolations(page, 'members of a body');
  await page.goto('/intern/gremien/neu');
  await expectNoAxeViolations(page, 'form of a new body');

  // a new meeting, first with the end before the start
  await page.goto('/intern/sitzungen/neu');
  await expectNoAxeViolations(page, 'form of a new meeting');
  await page.getByLabel('Gremium').selectOption({ label: 'Steuerungsgruppe Frühe Hilfen' });
  await page.getByLabel('Titel').fill(TITLE);
  await page.getByLabel('Datum').fill(inDays(30));
  await page.getByLabel('Beginn (Uhrzeit)').fill('14:00');
  await page.getByLabel('Ende (Uhrzeit)').fill('13:00');
  await page.getByLabel('Ort').fill('Kreishaus, Raum 2');
  await page.getByLabel('Plätze').fill('20');
  await page.getByRole('button', { name: 'Anlegen' }).click();
  await expect(page.getByText('Bitte prüfen Sie Ihre Eingaben')).toBeVisible();
  await expect(page.locator('#end-error')).toContainText('Das Ende muss nach dem Beginn liegen.');
  await expect(page.getByLabel('Titel')).toHaveValue(TITLE);
  await expectNoAxeViolations(page, 'form of a new meeting with errors');
  await page.getByLabel('Ende (Uhrzeit)').fill('16:30');
  await page.getByRole('button', { name: 'Anlegen' }).click();
  await expect(page).toHaveURL(/\/intern\/sitzungen\/\d+\?gespeichert=1$/);
  const id = /\/intern\/sitzungen\/(\d+)/.exec(page.url())[1];
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expectNoAxeViolations(page, 'page of a meeting (coordination)');

  // the agenda: three items, the last moved up
  await page.getByRole('link', { name: 'Tagesordnung bearbeiten' }).click();
  for (const t of ['Begrüßung', 'Bericht der Koordinierungsstelle', 'Verschiedenes']) {
    await page.locator('#title').fill(t);
    await page.getByRole('button', { name: 'Punkt hinzufügen' }).click();
    await expect(page.getByText('Die Tagesordnung ist gespeichert.')).toBeVisible();
  }
  await page.getByRole('button', { name: /Nach oben\s*: TOP 3/ }).click();
  await expect(page.getByRole('heading', { name: 'TOP 2: Verschiedenes' })).toBeVisible();
  await expectNoAxeViolations(page, 'agenda editor');

  // a partner registers on the meeting's page
  const ctx = await browser.newContext();
  const p2 = await ctx.newPage();
  p2.setDefaultTimeout(20000);
  await signIn(p2, PARTNER);
  await p2.goto(`/intern/sitzungen/${id}`);
  await expect(p2.getByRole('heading', { name: 'Tagesordnung' })).toBeVisible();
  await expect(p2.getByText('Verschiedenes')).toBeVisible();
  await expect(p2.getByLabel('Name')).toHaveValue('Paula Demo-Partnerin');
  await expectNoAxeViolations(p2, 'page of a meeting (partner)');
  await p2.getByRole('button', { name: 'Anmelden', exact: true }).last().click();
  await expect(p2.getByText('Die Anmeldung ist gespeichert.')).toBeVisible();
  await expect(p2.getByRole('table', { name: /Anmeldungen Ihrer Organisation/ })).toContainText('Paula Demo-Partnerin');
  await expectNoAxeViolations(p2, 'page of a meeting after registering');
  await ctx.close();

  // attendance of a past meeting: tick two, add a walk-in, see the figures
  await page.goto('/intern/sitzungen?zeit=vergangen');
  await page.getByRole('link', { name: /^Steuerungsgruppe \d\d\/\d{4}$/ }).first().click();
  const past = /\/intern\/sitzungen\/(\d+)/.exec(page.url())[1];
  await page.goto(`/intern/sitzungen/${past}/anwesenheit`);
  await expectNoAxeViolations(page, 'attendance list');
  const boxes = page.getByRole('group', { name: /Anwesend/ }).getByRole('checkbox');
  const n = await boxes.count();
  for (let i = 0; i < n; i++) await boxes.nth(i).setChecked(i < 2);
  await page.getByRole('button', { name: 'Anwesenheit speichern' }).click();
  await expect(page.getByText('Die Anwesenheit ist gespeichert.')).toBeVisible();
  await page.locator('#name').fill('Spontan Gekommen');
  await page.getByLabel(/ohne Anmeldung gekommen/).check();
  await page.getByRole('button', { name: 'Anmelden' }).last().click();
  await expect(page.getByText('Die Person ist eingetragen.')).toBeVisible();
  await expect(page.getByText(/3 Personen aus \d+ Organisation/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Teilnahme nach Bereichen' })).toBeVisible();
  await expectNoAxeViolations(page, 'attendance with figures');
  await page.goto(`/intern/sitzungen/${past}/anwesenheit/druck`);
  await expect(page.getByRole('columnheader', { name: 'Unterschrift' })).toBeVisible();
  await expectNoAxeViolations(page, 'printable attendance list');

  // the public calendar, without a session
  const anon = await browser.newContext();
  const p3 = await anon.newPage();
  p3.setDefaultTimeout(20000);
  await p3.goto('/termine');
  await expect(p3.getByRole('heading', { level: 1 })).toHaveText('Termine');
  await expectNoAxeViolations(p3, '/termine');
  await p3.locator('.lotse-termin a').first().click();
  await expect(p3).toHaveURL(/\/termine\/\d+$/);
  await expectNoAxeViolations(p3, 'a public meeting');
  await anon.close();
});
