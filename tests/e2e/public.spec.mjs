// public.spec.mjs - the public directory pages in Chromium: an offer, the
// list of partners, a partner's page, a municipality's page and one theme
// of it. Each at desktop width and on a phone (375 px): WCAG 2.1 AA
// according to axe, nothing wider than the screen, no request to another
// host, no console errors; a full-page screenshot of each in the test's
// output directory. The filter of the partner list works without
// JavaScript.
import { expect, expectNoAxeViolations, test } from './fixtures.mjs';
import { insertPublicFixture, OFFER, ORG, PUBLIC_CONTACT } from '../http/public-data.mjs';

const PAGES = [
  { name: 'offer', path: `/angebote/${OFFER.id}`, h1: OFFER.title },
  { name: 'partners', path: '/partner', h1: 'Partner im Netzwerk' },
  { name: 'partner', path: `/partner/${ORG.id}`, h1: ORG.name },
  { name: 'place', path: '/orte/ahrwald', h1: 'Angebote in Ahrwald' },
  { name: 'place-theme', path: '/orte/ahrwald?bedarf=begegnung', h1: 'Andere Eltern treffen' },
];

test.beforeAll(async ({ lotse }) => {
  await insertPublicFixture(lotse);
});

/** Records console errors, failed requests and requests to other hosts. */
function watch(page, baseURL) {
  const problems = [];
  const origin = new URL(baseURL).origin;
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== origin) problems.push(`other host: ${r.url()}`);
  });
  return problems;
}

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
  test.describe(`public directory (${label})`, () => {
    test.use({ viewport, ...(label === 'phone' ? { isMobile: true, hasTouch: true } : {}) });

    for (const p of PAGES) {
      test(`${p.name}: ${p.path}`, async ({ page, baseURL }) => {
        const problems = watch(page, baseURL);
        const res = await page.goto(p.path);
        expect(res.status()).toBe(200);
        await page.evaluate(() => document.fonts.ready);
        await expect(page.locator('h1')).toHaveText(p.h1);
        await expectNoAxeViolations(page, `${p.path} (${label})`);
        const o = await overflow(page);
        expect(o.scrollWidth, `wider than the screen: ${o.wide.join(', ')}`)
          .toBeLessThanOrEqual(o.vw);
        expect(o.wide).toEqual([]);
        await page.waitForLoadState('networkidle');
        expect(problems).toEqual([]);
        await page.screenshot({
          path: test.info().outputPath(`${p.name}-${label}.png`), fullPage: true,
        });
      });
    }
  });
}

test.describe('public directory without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the partner filter is a plain form', async ({ page }) => {
    await page.goto('/partner');
    await page.getByLabel('Bereich').selectOption('familienzentrum');
    await page.getByLabel('Stadt oder Gemeinde').selectOption('moorhausen');
    await page.getByRole('button', { name: 'Anzeigen' }).click();
    await expect(page).toHaveURL(/\/partner\?bereich=familienzentrum&gemeinde=moorhausen$/);
    await expect(page.getByRole('status')).toContainText('Partner');
    await expect(page.getByLabel('Bereich')).toHaveValue('familienzentrum');
    await page.getByRole('link', { name: ORG.name }).click();
    await expect(page.locator('h1')).toHaveText(ORG.name);
    await expect(page.getByText(PUBLIC_CONTACT)).toBeVisible();
    await page.getByRole('link', { name: OFFER.title }).click();
    await expect(page.locator('h1')).toHaveText(OFFER.title);
  });

  test('from the start page to a municipality, a need and an offer', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Ahrwald', exact: true }).click();
    await expect(page.locator('h1')).toHaveText('Angebote in Ahrwald');
    await page.getByRole('navigation', { name: 'Themen in Ahrwald' })
      .getByRole('link', { name: 'Andere Eltern treffen' }).click();
    await expect(page).toHaveURL(/#thema-begegnung$/);
    // All offers of the need, then the test offer among them.
    const section = page.locator('section[aria-labelledby="thema-begegnung"]');
    const all = section.getByRole('link', { name: /^Alle \d+ Angebote zum Thema/ });
    if (await all.count()) {
      // KERN scrolls smoothly to the anchor; the keyboard does not wait for it.
      await all.focus();
      await all.press('Enter');
      await expect(page.locator('h1')).toHaveText('Andere Eltern treffen');
    }
    const link = page.getByRole('link', { name: OFFER.title });
    while (!(await link.count()))
      await page.getByRole('link', { name: 'Nächste Seite' }).click();
    await link.focus();
    await link.press('Enter');
    await expect(page.locator('h1')).toHaveText(OFFER.title);
    await expect(page.getByRole('link', { name: /Auf der Karte ansehen/ }))
      .toHaveAttribute('href', /^https:\/\/www\.openstreetmap\.org\/\?mlat=/);
  });
});
