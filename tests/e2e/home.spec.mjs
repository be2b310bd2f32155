// home.spec.mjs - the public pages in Chromium: content, keyboard access
// (skip link), WCAG 2.1 AA according to axe, no horizontal overflow on a
// phone, no console errors (e.g. CSP violations), and screenshots in
// build/e2e-output/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { expect, expectNoAxeViolations, test } from './fixtures.mjs';

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../build/e2e-output');
const NETWORK = 'Netzwerk Frühe Hilfen und Kinderschutz Ahrwald';
const MUNICIPALITIES = [
  'Ahrwald', 'Birkenfelde', 'Brakenstedt', 'Erlenried', 'Eschenbrück',
  'Kranichsee', 'Lindhorst', 'Moorhausen', 'Wiesental',
];

const PAGES = [
  { path: '/', name: 'Startseite', h1: NETWORK, status: 200 },
  { path: '/impressum', name: 'Impressum', h1: 'Impressum', status: 200 },
  { path: '/datenschutz', name: 'Datenschutz', h1: 'Datenschutz', status: 200 },
  { path: '/barrierefreiheit', name: 'Barrierefreiheit', h1: 'Erklärung zur Barrierefreiheit', status: 200 },
  { path: '/gibt-es-nicht', name: '404-Seite', h1: 'Seite nicht gefunden', status: 404 },
];

/** Collects console errors and failed requests of a page (except the
 * error status of the page itself, e.g. the 404 page). */
function watchProblems(page, expectedStatus = 200) {
  const problems = [];
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    if (expectedStatus !== 200 && m.location().url === page.url() &&
        m.text().includes(`status of ${expectedStatus}`)) return;
    problems.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().includes('gibt-es-nicht'))
      problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return problems;
}

test.describe('Startseite', () => {
  test('title, heading and the nine municipalities', async ({ page }) => {
    const problems = watchProblems(page);
    const res = await page.goto('/');
    expect(res.status()).toBe(200);
    await expect(page).toHaveTitle(`Startseite – ${NETWORK}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    const h1 = page.locator('h1');
    await expect(h1).toHaveCount(1);
    await expect(h1).toHaveText(NETWORK);
    await expect(page.getByRole('heading', { level: 2, name: 'Unsere Städte und Gemeinden' }))
      .toBeVisible();
    const names = page.locator('.lotse-places .lotse-places__name');
    await expect(names).toHaveText(MUNICIPALITIES);
    await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Impressum' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });

  test('the KERN styles and the Fira Sans font are in effect', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => document.fonts.ready);
    const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(font).toMatch(/Fira Sans/);
    expect(await page.evaluate(() => document.fonts.check('16px "Fira Sans"'))).toBe(true);
    // KERN defines its colours as custom properties on :root.
    const kern = await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--kern-color-action-default').trim());
    expect(kern).not.toBe('');
  });

  test('the skip link is the first focusable element and moves focus to main', async ({ page }) => {
    await page.goto('/');
    const skip = page.locator('a.lotse-skip');
    await expect(skip).toHaveText('Zum Inhalt springen');
    await page.keyboard.press('Tab');
    await expect(skip).toBeFocused();
    // Visible while focused (it is moved off-screen otherwise).
    const box = await skip.boundingBox();
    expect(box).not.toBeNull();
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x).toBeGreaterThanOrEqual(0);
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#inhalt$/);
    const active = await page.evaluate(() => ({
      tag: document.activeElement?.tagName, id: document.activeElement?.id,
    }));
    expect(active).toEqual({ tag: 'MAIN', id: 'inhalt' });
    // The next Tab goes to the first link inside the content, not back
    // to the header.
    await page.keyboard.press('Tab');
    const inMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
    expect(inMain).toBe(true);
  });

  for (const width of [800, 1280, 1600]) {
    test(`header, content and footer line up at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/');
      const lefts = await page.evaluate(() => ({
        brand: document.querySelector('.lotse-brand__name').getBoundingClientRect().left,
        h1: document.querySelector('main h1').getBoundingClientRect().left,
        footer: document.querySelector('.lotse-footer a').getBoundingClientRect().left,
      }));
      expect(Math.abs(lefts.h1 - lefts.brand), JSON.stringify(lefts)).toBeLessThanOrEqual(1);
      expect(Math.abs(lefts.footer - lefts.brand), JSON.stringify(lefts)).toBeLessThanOrEqual(1);
    });
  }

  test('axe: no WCAG 2.1 A/AA violations; full-page screenshot', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => document.fonts.ready);
    await expectNoAxeViolations(page, '/');
    await page.screenshot({ path: path.join(OUT, 'home.png'), fullPage: true });
  });
});

test.describe('axe on every public page', () => {
  for (const p of PAGES.slice(1)) {
    test(`${p.name} (${p.path})`, async ({ page }) => {
      const problems = watchProblems(page, p.status);
      const res = await page.goto(p.path);
      expect(res.status()).toBe(p.status);
      await expect(page.locator('h1')).toHaveText(p.h1);
      await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })
        .getByRole('link', { name: 'Startseite' })).toBeVisible();
      expect(await page.locator('html').getAttribute('lang')).toBe('de');
      await expectNoAxeViolations(page, p.path);
      await page.waitForLoadState('networkidle');
      expect(problems).toEqual([]);
    });
  }
});

test.describe('mobile (375×667)', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });

  for (const p of PAGES) {
    test(`${p.name}: nothing overflows horizontally`, async ({ page }) => {
      await page.goto(p.path);
      await page.evaluate(() => document.fonts.ready);
      const result = await page.evaluate(() => {
        const vw = document.documentElement.clientWidth;
        const wide = [];
        for (const el of document.body.querySelectorAll('*')) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) continue;
          if (el.closest('.lotse-skip')) continue; // off-screen on purpose
          if (r.right > vw + 0.5 || r.left < -0.5) {
            wide.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} ` +
              `[${Math.round(r.left)}, ${Math.round(r.right)}]`);
          }
        }
        return {
          vw,
          scrollWidth: document.documentElement.scrollWidth,
          wide: wide.slice(0, 20),
        };
      });
      expect(result.vw).toBe(375);
      expect(result.scrollWidth, `page wider than the screen: ${result.wide.join(', ')}`)
        .toBeLessThanOrEqual(result.vw);
      expect(result.wide, 'elements beyond the screen edge').toEqual([]);
      if (p.path === '/')
        await page.screenshot({ path: path.join(OUT, 'home-mobile.png'), fullPage: true });
    });
  }
});
