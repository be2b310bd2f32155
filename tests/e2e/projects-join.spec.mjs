// projects-join.spec.mjs - projects and joining the network in Chromium:
// a visitor asks to join at /mitmachen, the coordination office accepts
// the request in its inbox, the new partner sets a password through the
// one-time link of the invitation (read from the outbox row) and signs in;
// a visitor filters the public projects and opens one; a partner creates
// a project (first with a mistake shown next to the field). axe (WCAG 2.1
// A/AA) checks every page on the way.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import { expect, expectNoAxeViolations, test } from './fixtures.mjs';

const run = promisify(execFile);
const PARTNER = ['partner@ahrwald.example', 'Ahrwald-Demo-Familie-2026'];
const COORDINATION = ['koordination@ahrwald.example', 'Ahrwald-Demo-Netzwerk-2026'];

async function signIn(page, [email, password]) {
  await page.goto('/anmelden');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page).toHaveURL(/\/intern$/);
}

async function sql(lotse, query) {
  const { stdout } = await run('sqlite3', ['-json', path.join(lotse.dir, 'lotse.db'), query]);
  return stdout.trim() ? JSON.parse(stdout) : [];
}

test('a visitor asks to join, is accepted, sets a password and signs in', async ({ browser, lotse }) => {
  test.setTimeout(240000);
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/mitmachen');
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Mitmachen im Netzwerk');
  await expectNoAxeViolations(visitor, '/mitmachen');
  await visitor.getByLabel('Name der Organisation').fill('Familientreff Moorhausen');
  await visitor.getByLabel('Bereich').selectOption({ label: 'Familienzentren und Familienbildung' });
  await visitor.getByLabel('Ort').fill('Moorhausen');
  await visitor.getByLabel('Ihr Name').fill('Jorinde Falkner');
  await visitor.getByLabel('Ihre E-Mail-Adresse').fill('j.falkner@familientreff.example');
  await visitor.getByLabel('Ihre Nachricht').fill('Wir bieten offene Elterncafés an.');
  // forgot the consent: the message is next to the checkbox
  await visitor.waitForTimeout(3200); // the form refuses what comes back within 3 s
  await visitor.getByRole('button', { name: 'Anfrage senden' }).click();
  await expect(visitor.locator('#consent-error')).toContainText('stimmen Sie zu');
  await expect(visitor.getByLabel('Name der Organisation')).toHaveValue('Familientreff Moorhausen');
  await expectNoAxeViolations(visitor, '/mitmachen with errors');
  await visitor.getByRole('checkbox', { name: /Ich bin einverstanden/ }).check();
  await visitor.getByRole('button', { name: 'Anfrage senden' }).click();
  await expect(visitor).toHaveURL(/\/mitmachen\/danke$/);
  await expect(visitor.getByText('Die Koordinierungsstelle meldet sich')).toBeVisible();
  await expectNoAxeViolations(visitor, 'thanks page');

  const office = await (await browser.newContext()).newPage();
  await signIn(office, COORDINATION);
  await office.locator('.lotse-cards').getByRole('link', { name: /Anfragen \(3 neu\)/ }).click();
  await expect(office).toHaveURL(/\/intern\/anfragen$/);
  await expectNoAxeViolations(office, 'inbox of requests');
  await office.getByRole('link', { name: 'Familientreff Moorhausen' }).click();
  await expect(office.getByRole('heading', { level: 1 })).toHaveText('Anfrage von Familientreff Moorhausen');
  await expectNoAxeViolations(office, 'one request');
  await office.getByRole('button', { name: 'Annehmen und einladen' }).click();
  await expect(office).toHaveURL(/stand=angenommen/);
  await expect(office.getByText('Die Anfrage ist angenommen.')).toBeVisible();
  await expectNoAxeViolations(office, 'accepted requests');

  const [mail] = await sql(lotse, "SELECT body_text FROM outbox WHERE kind = 'join' AND recipient = 'j.falkner@familientreff.example'");
  const link = /\/konto\/einrichten\/[A-Za-z0-9_-]+/.exec(mail.body_text)[0];
  const partner = await (await browser.newContext()).newPage();
  await partner.goto(link);
  await expect(partner.getByRole('heading', { level: 1 })).toHaveText('Zugang einrichten');
  await expectNoAxeViolations(partner, 'set-up page');
  await partner.getByLabel('Neues Passwort').fill('Moorwiesen-Elterncafe-2026');
  await partner.getByLabel('Passwort wiederholen').fill('Moorwiesen-Elterncafe-2026');
  await partner.getByRole('button', { name: 'Passwort festlegen' }).click();
  await expect(partner.getByRole('heading', { level: 1 })).toHaveText('Ihr Zugang ist eingerichtet');
  await expectNoAxeViolations(partner, 'account set up');
  await partner.getByRole('link', { name: 'Zur Anmeldung' }).last().click();
  await signIn(partner, ['j.falkner@familientreff.example', 'Moorwiesen-Elterncafe-2026']);
  await expect(partner.getByText(/Familientreff Moorhausen/).first()).toBeVisible();
  // the link worked once
  await partner.goto(link);
  await expect(partner.getByRole('heading', { level: 1 })).toHaveText('Dieser Link gilt nicht mehr');
});

test('a visitor filters the projects; a partner creates one', async ({ page, browser }) => {
  test.setTimeout(240000);
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Projekte' }).click();
  await expect(page).toHaveURL(/\/projekte$/);
  await expectNoAxeViolations(page, '/projekte');
  await page.getByLabel('Stand').selectOption({ label: 'Abgeschlossen' });
  await page.getByRole('button', { name: 'Anzeigen' }).click();
  await expect(page).toHaveURL(/stand=abgeschlossen/);
  await expectNoAxeViolations(page, '/projekte filtered');
  const first = page.locator('table a').first();
  const title = await first.textContent();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText('Abgeschlossen').first()).toBeVisible();
  await expectNoAxeViolations(page, 'one project');

  // on a phone
  const phone = await (await browser.newContext({ viewport: { width: 375, height: 800 } })).newPage();
  await phone.goto('/projekte');
  await expectNoAxeViolations(phone, '/projekte at 375 px');
  await phone.goto('/mitmachen');
  await expectNoAxeViolations(phone, '/mitmachen at 375 px');

  const p = await (await browser.newContext()).newPage();
  await signIn(p, PARTNER);
  await p.locator('.lotse-cards').getByRole('link', { name: 'Projekte' }).click();
  await expect(p).toHaveURL(/\/intern\/projekte$/);
  await expectNoAxeViolations(p, '/intern/projekte');
  await p.getByRole('link', { name: 'Neues Projekt' }).click();
  await expectNoAxeViolations(p, 'form of a new project');
  await p.getByLabel('Beginn').fill('2027-03-01');
  await p.getByLabel('Ende').fill('2027-01-01');
  await p.getByRole('button', { name: 'Speichern' }).click();
  await expect(p.locator('#title-error')).toBeVisible();
  await expect(p.locator('#ends_on-error')).toContainText('vor dem Beginn');
  await expectNoAxeViolations(p, 'form of a new project with errors');
  await p.getByLabel('Titel').fill('Krabbelgruppe am Lindenhof');
  await p.getByLabel('Ende').fill('2027-12-31');
  await p.getByRole('group', { name: /Für welche Bedarfe/ }).getByLabel('Andere Eltern treffen').check();
  await p.getByRole('group', { name: /Für welches Alter/ }).getByLabel('0–1 Jahr').check();
  await p.getByLabel('Stand').selectOption({ label: 'Geplant' });
  await p.getByRole('button', { name: 'Speichern' }).click();
  await expect(p).toHaveURL(/\/intern\/projekte\/\d+\?gespeichert=1$/);
  await expect(p.getByText('Das Projekt ist gespeichert.')).toBeVisible();
  await expectNoAxeViolations(p, 'a project of the own organisation');
});
