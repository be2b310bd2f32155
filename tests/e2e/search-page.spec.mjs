// search-page.spec.mjs - the public search /angebote in Chromium: without
// a query, with filters and with no result, each at desktop width and on a
// phone (375 px): WCAG 2.1 AA according to axe, nothing wider than the
// screen, a full-page screenshot in the test's output directory. Filtering
// works without JavaScript, from the start page's search box on.
import { expect, expectNoAxeViolations, test } from './fixtures.mjs';

const PAGES = [
  { name: 'search-empty', path: '/angebote' },
  {
    name: 'search-filters',
    path: '/angebote?q=Beratung&bedarf=erziehung-bindung&alter=0-1&kosten=kostenlos&plz=29614&umkreis=25&sortierung=entfernung',
  },
  { name: 'search-none', path: '/angebote?q=Zyxwvutsrq&gemeinde=moorhausen' },
];

/** Elements that reach beyond the right or left edge of the window. */
async function overflow(page) {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const wide = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || el.closest('.lotse-skip')) continue;
      if (r.right > vw + 0.5 || r.left < -0.5)
        wide.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
    }
    return { vw, scrollWidth: document.documentElement.scrollWidth, wide: wide.slice(0, 10) };
  });
}

for (const [label, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 375, height: 667 }],
]) {
  test.describe(`search page (${label})`, () => {
    test.use({ viewport, ...(label === 'phone' ? { isMobile: true, hasTouch: true } : {}) });

    for (const p of PAGES) {
      test(`${p.name}`, async ({ page }) => {
        const res = await page.goto(p.path);
        expect(res.status()).toBe(200);
        await page.evaluate(() => document.fonts.ready);
        await expect(page.locator('h1')).toHaveText('Angebote suchen');
        await expect(page.locator('#ergebnis')).toContainText('gefunden');
        await expectNoAxeViolations(page, `${p.path} (${label})`);
        const o = await overflow(page);
        expect(o.scrollWidth, `wider than the screen: ${o.wide.join(', ')}`)
          .toBeLessThanOrEqual(o.vw);
        expect(o.wide).toEqual([]);
        await page.screenshot({
          path: test.info().outputPath(`${p.name}-${label}.png`), fullPage: true,
        });
      });
    }
  });
}

test.describe('search page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('from the start page to a filtered result and back', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Welche Hilfe suchen Sie?').fill('Hebamme');
    await page.getByRole('button', { name: 'Angebote suchen' }).click();
    await expect(page).toHaveURL(/\/angebote\?q=Hebamme/);
    const all = Number((await page.locator('#ergebnis').textContent()).match(/\d+/)[0]);
    expect(all).toBeGreaterThan(0);
    await page.getByRole('radio', { name: /^kostenlos/i }).check();
    await page.getByRole('button', { name: 'Filter anwenden' }).click();
    await expect(page).toHaveURL(/kosten=kostenlos/);
    const free = Number((await page.locator('#ergebnis').textContent()).match(/\d+/)[0]);
    expect(free).toBeLessThanOrEqual(all);
    await page.getByRole('link', { name: /Kosten: .*Filter entfernen/ }).click();
    await expect(page.locator('#ergebnis')).toContainText(`${all} Angebot`);
  });
});
