// mail.spec.mjs - e-mail and news in Chromium (issue #6, N3): the
// coordination office writes a news item for one organisation and sends
// it by e-mail, sees it in the outbox (with the notice that no SMTP
// server is set and the .eml download), the chosen partner reads it on
// the start page and another partner does not; the admin's SMTP settings
// with the password field. axe (WCAG 2.1 A/AA) checks every page, at
// desktop and phone width.
import { expect, expectNoAxeViolations, test } from './fixtures.mjs';

const COORDINATION = ['koordination@ahrwald.example', 'Ahrwald-Demo-Netzwerk-2026'];
const PARTNER = ['partner@ahrwald.example', 'Ahrwald-Demo-Familie-2026'];
const PARTNER2 = ['partner2@ahrwald.example', 'Ahrwald-Demo-Hebamme-2026'];
const ADMIN = ['admin@ahrwald.example', 'Ahrwald-Demo-IT-2026'];
const TITLE = 'Elternabend zur Sprachförderung';

async function signIn(page, [email, password]) {
  await page.goto('/anmelden');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page).toHaveURL(/\/intern$/);
}

test('news for one organisation, by e-mail, in the outbox, seen only there', async ({ page, browser }) => {
  test.setTimeout(300000);
  await signIn(page, COORDINATION);
  await expectNoAxeViolations(page, 'start page with news');
  await page.getByRole('link', { name: 'Neuigkeiten', exact: true }).first().click();
  await expect(page).toHaveURL(/\/intern\/neuigkeiten$/);
  await expectNoAxeViolations(page, 'news list');
  await page.getByRole('link', { name: 'Neue Neuigkeit schreiben' }).click();
  await expectNoAxeViolations(page, 'news form');

  // a missing title: the message next to the field
  await page.getByRole('button', { name: 'Veröffentlichen' }).click();
  await expect(page.getByText('Bitte geben Sie eine Überschrift ein.').first()).toBeVisible();
  await expectNoAxeViolations(page, 'news form with errors');

  await page.getByLabel('Überschrift').fill(TITLE);
  await page.getByLabel('Text', { exact: true }).fill('Am Donnerstag um 18 Uhr.\n\n**Bitte weitersagen.**');
  await page.getByLabel('Nur die unten ausgewählten Organisationen').check();
  await page.locator('summary', { hasText: 'Familienzentren' }).click();
  await page.getByLabel('Familienzentrum Lindenhof', { exact: false }).check();
  await page.getByLabel('Zusätzlich per E-Mail').check();
  await page.getByRole('button', { name: 'Veröffentlichen' }).click();
  await expect(page).toHaveURL(/gespeichert=1/);
  await expect(page.getByRole('link', { name: TITLE })).toBeVisible();

  // the outbox: no SMTP, so a clear notice and the download
  await page.goto('/intern/postausgang?art=news');
  await expect(page.getByText('Es werden keine E-Mails versandt')).toBeVisible();
  await expect(page.getByText(`Neuigkeit: ${TITLE}`).first()).toBeVisible();
  await expectNoAxeViolations(page, 'outbox');
  const link = page.getByRole('link', { name: new RegExp(`\\.eml herunterladen.*${TITLE}`) }).first();
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^nachricht-\d+\.eml$/);
  await page.getByRole('link', { name: `Neuigkeit: ${TITLE}` }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Neuigkeit: ${TITLE}`);
  await expectNoAxeViolations(page, 'outbox message');

  // the chosen partner sees it on the start page; another partner does not
  const ctx = await browser.newContext();
  const p1 = await ctx.newPage();
  await signIn(p1, PARTNER);
  await expect(p1.getByRole('link', { name: TITLE })).toBeVisible();
  await p1.getByRole('link', { name: TITLE }).click();
  await expect(p1.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(p1.locator('strong', { hasText: 'Bitte weitersagen.' })).toBeVisible();
  await expectNoAxeViolations(p1, 'news item for a partner');
  await ctx.close();
  const ctx2 = await browser.newContext();
  const p2 = await ctx2.newPage();
  await signIn(p2, PARTNER2);
  await expect(p2.getByRole('link', { name: TITLE })).toHaveCount(0);
  await p2.goto('/intern/neuigkeiten');
  await expect(p2.getByText(TITLE)).toHaveCount(0);
  await ctx2.close();
});

test('outbox and news at phone width', async ({ page }) => {
  test.setTimeout(300000);
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, COORDINATION);
  await page.goto('/intern/postausgang');
  await expectNoAxeViolations(page, 'outbox at 375 px');
  await page.goto('/intern/neuigkeiten');
  await expectNoAxeViolations(page, 'news at 375 px');
});

test('SMTP settings: the password field never shows the password', async ({ page }) => {
  test.setTimeout(300000);
  await signIn(page, ADMIN);
  await page.goto('/intern/einstellungen');
  await expect(page.getByLabel('Mail-Server (SMTP)')).toBeVisible();
  const pw = page.getByLabel('Passwort am Mail-Server');
  await expect(pw).toHaveAttribute('type', 'password');
  await expect(page.getByText('Es ist kein Passwort gesetzt.')).toBeVisible();
  await expectNoAxeViolations(page, 'settings');
  await page.getByLabel('Mail-Server (SMTP)').fill('smtp://mail.ahrwald.example:587');
  await pw.fill('Sehr-Geheim-2026');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page).toHaveURL(/gespeichert=1/);
  await expect(page.getByText('Ein Passwort ist gesetzt.', { exact: false })).toBeVisible();
  await expect(page.getByLabel('Passwort am Mail-Server')).toHaveValue('');
  expect(await page.content()).not.toContain('Sehr-Geheim-2026');
  await page.goto('/intern/protokoll');
  expect(await page.content()).not.toContain('Sehr-Geheim-2026');
});
