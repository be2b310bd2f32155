// search-map.spec.mjs - live filtering and the map of /angebote in
// Chromium: with JavaScript, changing a filter replaces the results without
// a navigation, announces the new number in a live region, keeps the focus
// on the filter and puts the filters into the address; the page stays
// WCAG 2.1 AA clean (axe). With a tile server configured - here the test
// server itself, so that nothing comes from another host - the map shows a
// marker per place of the shown offers, also after a filter change. The
// setting is written with sqlite3 into the worker's server database and
// removed again afterwards (the server is shared with other spec files).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import { expect, expectNoAxeViolations, test } from './fixtures.mjs';

const run = promisify(execFile);

async function setSetting(lotse, key, value) {
  const db = path.join(lotse.dir, 'lotse.db');
  const q = (s) => `'${s.replaceAll("'", "''")}'`;
  const sql = value === null
    ? `DELETE FROM setting WHERE key = ${q(key)};`
    : `INSERT INTO setting (key, value, updated_at) VALUES (${q(key)}, ${q(value)}, '2026-01-01T00:00:00Z') ` +
      'ON CONFLICT (key) DO UPDATE SET value = excluded.value;';
  await run('sqlite3', ['-cmd', '.timeout 5000', db, sql]);
}

/** The number in "N Angebote gefunden". */
async function total(page) {
  const text = await page.locator('#ergebnis').textContent();
  const m = /(\d+) Angebote? gefunden/.exec(text);
  expect(m, text).not.toBeNull();
  return Number(m[1]);
}

/** Collects the page's Content-Security-Policy violations and errors. */
function watchErrors(page) {
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return errors;
}

/** Records every request to a host other than the test server. */
function watchForeign(page, lotse) {
  const foreign = [];
  const own = new URL(lotse.url).host;
  page.on('request', (req) => {
    const u = new URL(req.url());
    if (u.protocol !== 'data:' && u.host !== own) foreign.push(req.url());
  });
  return foreign;
}

test.describe('search page with JavaScript', () => {
  // several page loads and two axe runs: more than the default 30 s on a
  // busy machine
  test.describe.configure({ timeout: 120000 });
  test.afterAll(async ({ lotse }) => {
    await setSetting(lotse, 'map_tiles', null);
    await setSetting(lotse, 'map_attribution', null);
  });

  test('a filter change updates the results without a navigation', async ({ page, lotse }) => {
    const foreign = watchForeign(page, lotse);
    const errors = watchErrors(page);
    const res = await page.goto('/angebote?q=Beratung');
    expect(res.status()).toBe(200);
    const before = await total(page);
    await expect(page.locator('#karte')).toHaveCount(0);
    // a marker that a navigation would wipe out
    await page.evaluate(() => { window.lotseNoReload = true; });

    const box = page.locator('#bedarf-erziehung-bindung');
    await box.check();
    await expect(page).toHaveURL(/bedarf=erziehung-bindung/);
    await expect.poll(() => total(page)).toBeLessThan(before);
    const after = await total(page);
    expect(await page.evaluate(() => window.lotseNoReload)).toBe(true);
    await expect(page.locator('#lotse-live')).toHaveText(`${after} Angebote gefunden`);
    await expect(box).toBeFocused();
    await expect(box).toBeChecked();
    // the active filter and the results of the server's page are there
    await expect(page.locator('.lotse-active')).toContainText('Thema');
    expect(await page.locator('.lotse-results__item').count()).toBeGreaterThan(0);
    // the counts of the other groups follow the new result
    const counts = await page.locator('#bedarf-erziehung-bindung + label .lotse-facet__count').textContent();
    expect(counts).toContain(String(after));

    // a radio group too, and back again
    await page.locator('#kosten-kostenlos').check();
    await expect(page).toHaveURL(/kosten=kostenlos/);
    await expect.poll(() => total(page)).toBeLessThanOrEqual(after);
    await box.uncheck();
    await expect(page).not.toHaveURL(/bedarf=/);
    expect(await page.evaluate(() => window.lotseNoReload)).toBe(true);

    await expectNoAxeViolations(page, '/angebote after live filtering');
    // the address is the server's address of the same result
    const url = page.url();
    const shown = await total(page);
    await page.goto(url);
    expect(await total(page)).toBe(shown);
    expect(foreign).toEqual([]);
    expect(errors, 'no script error, no CSP violation').toEqual([]);
  });

  test('with a tile server the map shows a marker per place', async ({ page, lotse }) => {
    await setSetting(lotse, 'map_tiles', `${lotse.url}/static/favicon.svg?z={z}&x={x}&y={y}`);
    await setSetting(lotse, 'map_attribution', '© Demo-Karte');
    const foreign = watchForeign(page, lotse);
    const errors = watchErrors(page);
    const res = await page.goto('/angebote?q=Hebamme&gemeinde=kranichsee');
    expect(res.status()).toBe(200);
    const map = page.locator('#karte');
    await expect(map).toBeVisible();
    await expect(map.locator('figcaption')).toHaveText(
      'Karte der Ergebnisse; die Liste darunter enthält dieselben Angebote.');
    const places = await map.locator('.lotse-map__points li').count();
    expect(places).toBeGreaterThan(0);
    await expect(map.locator('path.lotse-map__marker')).toHaveCount(places);
    await expect(map.locator('.leaflet-control-attribution')).toContainText('© Demo-Karte');
    await expect(map.locator('img.leaflet-tile').first()).toBeAttached();
    await expectNoAxeViolations(page, '/angebote with the map');

    // a marker opens a popup with a link to the offer
    await map.locator('path.lotse-map__marker').first().click({ force: true });
    await expect(map.locator('.leaflet-popup a[href^="/angebote/"]')).toBeVisible();

    // after a live filter change the map is drawn again for the new hits
    await page.evaluate(() => { window.lotseNoReload = true; });
    await page.locator('#alter-0-1').check();
    await expect(page).toHaveURL(/alter=0-1/);
    await expect(page.locator('#karte')).toBeVisible();
    const again = await page.locator('#karte .lotse-map__points li').count();
    await expect(page.locator('#karte path.lotse-map__marker')).toHaveCount(again);
    expect(await page.evaluate(() => window.lotseNoReload)).toBe(true);
    await page.screenshot({ path: test.info().outputPath('search-map.png'), fullPage: true });
    expect(foreign).toEqual([]);
    expect(errors, 'no script error, no CSP violation').toEqual([]);
  });
});
