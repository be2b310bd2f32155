// metrics.spec.mjs - the administrator's page of response times
// (/intern/messwerte): reachable from the navigation, a table with column
// and row headers, the reset button; checked with axe at desktop and
// phone width, before and after the reset.
import { test, expect, expectNoAxeViolations } from './fixtures.mjs';

async function signIn(page) {
  await page.goto('/anmelden');
  await page.getByLabel('E-Mail-Adresse').fill('admin@ahrwald.example');
  await page.getByLabel('Passwort').fill('Ahrwald-Demo-IT-2026');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page).toHaveURL(/\/intern/);
}

test.describe.configure({ timeout: 90000 });

for (const width of [1280, 375]) {
  test(`response times per route at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await signIn(page);
    await page.goto('/angebote?q=Hebamme');
    await page.goto('/intern/messwerte');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Messwerte');
    const table = page.getByRole('table', { name: 'Antwortzeiten je Route in Mikrosekunden' });
    await expect(table).toBeVisible();
    await expect(table.getByRole('rowheader', { name: 'GET /angebote', exact: true })).toBeVisible();
    await expectNoAxeViolations(page, `metrics page at ${width} px`);
    await page.screenshot({ path: `build/e2e-output/metrics-${width}.png`, fullPage: true });

    await page.getByRole('button', { name: 'Messwerte zurücksetzen' }).click();
    await expect(page).toHaveURL(/\/intern\/messwerte\?zurueckgesetzt=1$/);
    await expect(page.getByText('Die Messwerte sind zurückgesetzt.')).toBeVisible();
    await expect(page.getByRole('rowheader', { name: 'GET /angebote', exact: true })).toHaveCount(0);
    await expectNoAxeViolations(page, `metrics page after the reset at ${width} px`);
  });
}
