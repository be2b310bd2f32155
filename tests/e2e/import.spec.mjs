// import.spec.mjs - the coordination office imports offers from a CSV file
// with the upload form (a real file chosen in the browser, without
// JavaScript of ours), sees the report of a refused row and then the
// saved import; the page is checked with axe in each state.
import { test, expect, expectNoAxeViolations } from './fixtures.mjs';

const HEADER = 'external_id;titel;traeger;beschreibung;plz;bedarfe';

async function signIn(page) {
  await page.goto('/anmelden');
  await page.getByLabel('E-Mail-Adresse').fill('koordination@ahrwald.example');
  await page.getByLabel('Passwort').fill('Ahrwald-Demo-Netzwerk-2026');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page).toHaveURL(/\/intern$/);
}

function csvFile(lines) {
  return { name: 'angebote.csv', mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\r\n')}\r\n`) };
}

test('upload a CSV file: refused row, then skipped, then saved', async ({ page }) => {
  await signIn(page);
  await page.goto('/intern/import');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Angebote importieren und exportieren');
  await expectNoAxeViolations(page, 'import page');

  // Without a file: the message next to the field.
  await page.getByRole('button', { name: 'Importieren' }).click();
  await expect(page.locator('#datei-error')).toContainText('Bitte wählen Sie eine CSV-Datei aus.');
  await expectNoAxeViolations(page, 'import page without a file');

  const file = csvFile([HEADER,
    'e2e-1;Babycafé im Test;Familienzentrum Lindenhof;Treffen für Eltern.;29664;begegnung',
    'e2e-2;Falsche Postleitzahl;Familienzentrum Lindenhof;Text.;12;begegnung']);
  await page.getByLabel('CSV-Datei').setInputFiles(file);
  await page.getByRole('button', { name: 'Importieren' }).click();
  await expect(page.getByRole('alert')).toContainText('Nichts wurde importiert');
  const table = page.getByRole('table', { name: 'Abgelehnte Zeilen' });
  await expect(table.getByRole('row').nth(1)).toContainText('Die Postleitzahl „12“ hat nicht fünf Ziffern.');
  await expectNoAxeViolations(page, 'import report with a refused row');

  await page.getByLabel('CSV-Datei').setInputFiles(file);
  await page.getByLabel('Fehlerhafte Zeilen überspringen und die übrigen importieren').check();
  await page.getByRole('button', { name: 'Importieren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Der Import ist gespeichert' }))
    .toContainText('2 Zeilen: 1 neu, 0 aktualisiert, 1 abgelehnt');
  await expectNoAxeViolations(page, 'import report after skipping');
  await page.screenshot({ path: 'build/e2e-output/import.png', fullPage: true });

  // The download link gives the CSV with the new offer.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Angebote als CSV-Datei' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^angebote-\d{4}-\d\d-\d\d\.csv$/);
  const path = await download.path();
  const text = (await import('node:fs')).readFileSync(path, 'utf8');
  expect(text).toContain('e2e-1;Babycafé im Test;Familienzentrum Lindenhof;');
});
