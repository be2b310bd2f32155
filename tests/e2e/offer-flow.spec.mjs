// offer-flow.spec.mjs - the internal directory in Chromium: a partner signs
// in, creates an offer (first with a mistake, which is shown next to the
// field), publishes it, looks at its history and at the contacts of the
// own organisation; the coordination office opens its pages; and a visitor
// without cookies finds the offer at /angebote/{id}. axe (WCAG 2.1 A/AA)
// checks every internal page type on the way.
import { expect, expectNoAxeViolations, test } from './fixtures.mjs';

const PARTNER = ['partner@ahrwald.example', 'Ahrwald-Demo-Familie-2026'];
const COORDINATION = ['koordination@ahrwald.example', 'Ahrwald-Demo-Netzwerk-2026'];
const TITLE = 'Babytreff im Familienzentrum';

async function signIn(page, [email, password]) {
  await page.goto('/anmelden');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page).toHaveURL(/\/intern$/);
}

test('a partner creates and publishes an offer, a visitor finds it', async ({ page, browser }) => {
  // Many pages, each checked by axe (seconds each on a busy machine).
  test.setTimeout(240000);
  await signIn(page, PARTNER);
  await expect(page.getByRole('link', { name: 'Angebote', exact: true }).first()).toBeVisible();
  await page.locator('.lotse-cards').getByRole('link', { name: 'Angebote' }).click();
  await expect(page).toHaveURL(/\/intern\/angebote$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Angebote');
  await expectNoAxeViolations(page, 'list of offers');

  await page.getByRole('link', { name: 'Neues Angebot' }).click();
  await expect(page).toHaveURL(/\/intern\/angebote\/neu$/);
  await expectNoAxeViolations(page, 'form of a new offer');

  // a mistake: no title, a postcode with four digits
  await page.getByLabel('Beschreibung').fill('Jeden Dienstag treffen sich Eltern mit Babys. '
    + 'Wir frühstücken zusammen, die Kinder spielen.');
  await page.getByRole('group', { name: /Wobei hilft das Angebot/ })
    .getByLabel('Andere Eltern treffen').check();
  await page.getByRole('group', { name: /Alter der Kinder/ }).getByLabel('0–1 Jahr').check();
  await page.getByRole('group', { name: /Sprachen/ }).getByLabel('Türkisch').check();
  await page.locator('#loc1_name').fill('Familienzentrum Lindenhof');
  await page.locator('#loc1_street').fill('Lindenhofweg 4');
  await page.locator('#loc1_postcode').fill('2966');
  await page.locator('#loc1_city').fill('Ahrwald');
  await page.locator('#loc1_schedule').fill('Dienstag 9 bis 11 Uhr');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Bitte prüfen Sie Ihre Eingaben')).toBeVisible();
  await expect(page.locator('#title-error')).toContainText('Bitte füllen Sie „Titel“ aus.');
  await expect(page.locator('#loc1_postcode-error')).toContainText('fünf Ziffern');
  await expect(page.getByLabel('Beschreibung')).toHaveValue(/Jeden Dienstag/);
  await expect(page.getByRole('group', { name: /Sprachen/ }).getByLabel('Türkisch')).toBeChecked();
  await expectNoAxeViolations(page, 'form of a new offer with errors');

  await page.getByLabel('Titel', { exact: true }).fill(TITLE);
  await page.locator('#loc1_postcode').fill('29664');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page).toHaveURL(/\/intern\/angebote\/\d+\?erledigt=angelegt$/);
  const id = /\/intern\/angebote\/(\d+)/.exec(page.url())[1];
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(page.getByText('Das Angebot ist angelegt.')).toBeVisible();
  await expectNoAxeViolations(page, 'edit page of an offer');

  await page.getByRole('button', { name: 'Veröffentlichen' }).click();
  await expect(page.getByText('Das Angebot ist veröffentlicht.')).toBeVisible();
  await expect(page.locator('.kern-badge').first()).toHaveText('Veröffentlicht');
  await expect(page.getByRole('link', { name: 'So sehen Familien das Angebot' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Ansichten dieses Angebots' })
    .getByRole('link', { name: 'Verlauf' }).click();
  await expect(page).toHaveURL(new RegExp(`/intern/angebote/${id}/verlauf$`));
  await expect(page.getByRole('cell', { name: 'Status: Entwurf → veröffentlicht' })).toBeVisible();
  await expectNoAxeViolations(page, 'history of an offer');

  // the own organisation: contact data, contacts, a new contact, history
  await page.goto('/intern');
  await page.locator('.lotse-cards').getByRole('link', { name: 'Meine Organisation' }).click();
  await expect(page.getByRole('navigation', { name: 'Bereiche dieser Organisation' })).toBeVisible();
  await expectNoAxeViolations(page, 'contact data of the own organisation');
  await page.getByRole('navigation', { name: 'Bereiche dieser Organisation' })
    .getByRole('link', { name: 'Ansprechpersonen' }).click();
  await expectNoAxeViolations(page, 'contacts of an organisation');
  await page.getByRole('link', { name: 'Neue Ansprechperson' }).click();
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.locator('#name-error')).toBeVisible();
  await expectNoAxeViolations(page, 'contact form with an error');
  await page.getByLabel('Name', { exact: true }).fill('Jana Beispiel');
  await page.getByLabel('darf öffentlich gezeigt werden (Einwilligung liegt vor)').check();
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('link', { name: 'Jana Beispiel' })).toBeVisible();
  await page.getByRole('link', { name: 'Jana Beispiel' }).click();
  await expectNoAxeViolations(page, 'edit page of a contact');
  await page.goto(page.url().replace(/ansprechpersonen\/\d+$/, 'verlauf'));
  await expectNoAxeViolations(page, 'history of an organisation');

  // the coordination office's pages
  const coordination = await browser.newContext();
  const cpage = await coordination.newPage();
  await signIn(cpage, COORDINATION);
  await cpage.goto('/intern/angebote');
  await expect(cpage.getByRole('link', { name: TITLE })).toBeVisible();
  await expectNoAxeViolations(cpage, 'list of offers with filters');
  for (const [path, what] of [
    ['/intern/angebote/ungeprueft', 'unconfirmed offers'],
    ['/intern/organisationen', 'list of organisations'],
    ['/intern/organisationen/neu', 'form of a new organisation'],
  ]) {
    await cpage.goto(path);
    await expectNoAxeViolations(cpage, what);
  }
  await cpage.goto('/intern/organisationen?q=Lindenhof');
  await cpage.getByRole('link', { name: /^Netzwerk\W+Familienzentrum Lindenhof$/ }).click();
  await expect(cpage.getByRole('heading', { level: 1 })).toHaveText('Familienzentrum Lindenhof');
  await expectNoAxeViolations(cpage, 'network data of an organisation');
  await cpage.goto(`/intern/angebote/${id}`);
  await expect(cpage.getByLabel('Träger')).toBeVisible();
  await expectNoAxeViolations(cpage, 'edit page of an offer (coordination)');
  await coordination.close();

  // a visitor without cookies finds the published offer
  const visitor = await browser.newContext();
  const vpage = await visitor.newPage();
  const res = await vpage.goto(`/angebote/${id}`);
  expect(res.status()).toBe(200);
  await expect(vpage.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(vpage.getByText('Jeden Dienstag treffen sich Eltern mit Babys.', { exact: false }))
    .toBeVisible();
  await visitor.close();
});
