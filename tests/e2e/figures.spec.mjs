// figures.spec.mjs - the coordination office's figures in Chromium: the
// visits role records a month of welcome visits through the form; the
// coordination office opens every figures page from the navigation, finds
// a known number on each (the demo's gaps, the § 8a total, the recorded
// visits) and axe (WCAG 2.1 A/AA) checks every page.
import { expect, expectNoAxeViolations, test } from './fixtures.mjs';

const COORDINATION = ['koordination@ahrwald.example', 'Ahrwald-Demo-Netzwerk-2026'];
const VISITS = ['besuche@ahrwald.example', 'Ahrwald-Demo-Willkommen-2026'];

async function signIn(page, [email, password]) {
  await page.goto('/anmelden');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page).toHaveURL(/\/intern$/);
}

test('welcome visits are recorded by the visits role and counted in the figures', async ({ page, browser }) => {
  test.setTimeout(240000);
  await signIn(page, VISITS);
  await page.locator('.lotse-cards').getByRole('link', { name: 'Willkommensbesuche erfassen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Willkommensbesuche erfassen');
  await expectNoAxeViolations(page, 'welcome visits form');
  await page.getByLabel('Gemeinde').selectOption({ label: 'Lindhorst' });
  await page.getByLabel('Monat').fill('2019-04');
  await page.getByLabel('Briefe verschickt').fill('12');
  await page.getByLabel('Besuche gemacht').fill('15');
  await page.getByRole('button', { name: 'Speichern' }).click();
  // More visits than letters: the message, the values kept.
  await expect(page.getByText(/es wurden aber nur 12 Briefe verschickt/).first()).toBeVisible();
  await expect(page.getByLabel('Besuche gemacht')).toHaveValue('15');
  await expectNoAxeViolations(page, 'welcome visits form with an error');
  await page.getByLabel('Besuche gemacht').fill('9');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Die Zahlen des Monats wurden gespeichert.')).toBeVisible();
  // The visits role sees no figures.
  const res = await page.goto('/intern/auswertung/willkommen');
  expect(res.status()).toBe(403);

  const ctx = await browser.newContext();
  const coord = await ctx.newPage();
  await signIn(coord, COORDINATION);
  await coord.getByRole('navigation').getByRole('link', { name: 'Auswertung' }).click();
  await expect(coord.getByRole('heading', { level: 1 })).toHaveText('Auswertung');
  await expectNoAxeViolations(coord, 'figures overview');
  await coord.goto('/intern/auswertung/willkommen?jahr=2019');
  await expect(coord.getByText('9 (75,0 % der Briefe)')).toBeVisible();
  await expectNoAxeViolations(coord, 'welcome visit figures');
  await ctx.close();
});

test('the coordination office opens every figures page', async ({ page }) => {
  test.setTimeout(300000);
  await signIn(page, COORDINATION);
  await page.goto('/intern/auswertung');

  await page.getByRole('link', { name: 'Abdeckung und Lücken' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Abdeckung und Lücken');
  const gaps = page.locator('#tabelle-luecken');
  await expect(gaps.getByRole('row', { name: /Moorhausen Seelische Gesundheit und Sucht 0/ })).toBeVisible();
  await expectNoAxeViolations(page, 'coverage');
  await page.getByRole('link', { name: 'Moorhausen' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Angebote in Moorhausen');
  await expectNoAxeViolations(page, 'coverage of one municipality');

  await page.goto('/intern/auswertung');
  await page.getByRole('link', { name: 'Beteiligung im Netzwerk' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Beteiligung im Netzwerk');
  await expect(page.getByRole('img', { name: /^Netzwerkkarte mit \d+ Partnern/ })).toBeVisible();
  await expectNoAxeViolations(page, 'participation');

  await page.goto('/intern/auswertung');
  await page.getByRole('link', { name: /^Kinderschutz: Gefährdungseinschätzungen/ }).click();
  const year = /Das Jahr (\d{4})/.exec(await page.getByRole('heading', { name: /Das Jahr/ }).textContent())[1];
  const district = page.locator('tr', { has: page.getByRole('rowheader', { name: 'Landkreis' }) });
  await expect(district).toBeVisible();
  const total = Number(await district.locator('td').first().textContent());
  expect(total).toBeGreaterThan(0);
  await expectNoAxeViolations(page, '§ 8a figures');
  await page.getByRole('link', { name: 'Zahlen erfassen' }).click();
  await expectNoAxeViolations(page, '§ 8a form');

  await page.goto('/intern/auswertung');
  await page.getByRole('link', { name: 'Jahresbericht' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Jahresbericht \d{4}/);
  await expectNoAxeViolations(page, 'yearly report');
  // The report of the year the § 8a page showed has the same total.
  await page.getByLabel('Jahr', { exact: true }).fill(year);
  await page.getByRole('button', { name: 'Anzeigen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Jahresbericht ${year}`);
  const key = page.locator('.kern-description-list-item', { hasText: 'Gefährdungseinschätzungen (§ 8a)' });
  await expect(key.locator('dd')).toHaveText(String(total));
  // Printed, the controls disappear.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('form.figures-year')).toBeHidden();
});
