// search-synonyms.spec.mjs - the coordination office's synonym groups of
// the search (/intern/suche/synonyme): the form with its label, a saved
// group shown again with the success notice, the error next to the field
// for a line too long, the built-in list behind a disclosure; checked with
// axe at desktop and phone width.
import { test, expect, expectNoAxeViolations } from './fixtures.mjs';

async function signIn(page) {
  await page.goto('/anmelden');
  await page.getByLabel('E-Mail-Adresse').fill('koordination@ahrwald.example');
  await page.getByLabel('Passwort').fill('Ahrwald-Demo-Netzwerk-2026');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page).toHaveURL(/\/intern/);
}

test.describe.configure({ timeout: 90000 });

for (const width of [1280, 375]) {
  test(`synonyms of the search at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await signIn(page);
    await page.goto('/intern/suche/synonyme');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Synonyme der Suche');
    const field = page.getByLabel('Eigene Synonymgruppen');
    await field.fill(`Storch, Hebamme ${width}`);
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(page.getByText('Die Synonyme sind gespeichert.')).toBeVisible();
    await expect(field).toHaveValue(new RegExp(`^Storch, Hebamme ${width}\\n?$`));
    await page.getByText('Liste anzeigen').click();
    await expect(page.getByText(/kita, kindertagesstätte/)).toBeVisible();
    await expectNoAxeViolations(page, `synonyms page at ${width} px`);
    await page.screenshot({ path: `build/e2e-output/search-synonyms-${width}.png`, fullPage: true });

    await field.fill('x'.repeat(400));
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(page.getByText('Zeile 1 ist zu lang').first()).toBeVisible();
    await expectNoAxeViolations(page, `synonyms page with an error at ${width} px`);
  });
}
