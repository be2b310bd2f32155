// wegweiser.spec.mjs - the Lotse tool in Chromium (the pages have no script): the
// form filled in as a family would, the results, two offers chosen for the
// handout, and the handout. Each page at desktop width and on a phone
// (375 px): WCAG 2.1 AA according to axe, nothing wider than the screen,
// no cookie; screenshots of each page and of the handout in print media
// (navigation, header and footer hidden) in the test's output directory.
import { expect, expectNoAxeViolations, test } from './fixtures.mjs';

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

/** axe, the width of the page and a full-page screenshot. */
async function check(page, name, label) {
  await page.evaluate(() => document.fonts.ready);
  await expectNoAxeViolations(page, `${name} (${label})`);
  const o = await overflow(page);
  expect(o.scrollWidth, `wider than the screen: ${o.wide.join(', ')}`).toBeLessThanOrEqual(o.vw);
  await page.screenshot({ path: test.info().outputPath(`wegweiser-${name}-${label}.png`), fullPage: true });
}

for (const [label, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 375, height: 667 }],
]) {
  test.describe(`Lotse tool (${label})`, () => {
    test.use({ viewport, ...(label === 'phone' ? { isMobile: true, hasTouch: true } : {}) });

    test('form, results and handout', async ({ page, context }) => {
      test.setTimeout(90000);
      await page.goto('/');
      await page.getByRole('link', { name: 'Zum Lotsen' }).click();
      await expect(page.locator('h1')).toContainText('Der Lotse');
      await check(page, 'form', label);

      await page.getByLabel('0–1 Jahr').check();
      await page.getByLabel(/^Schwangerschaft und Geburt/).check();
      await page.getByLabel('Postleitzahl').fill('29664');
      await page.getByRole('button', { name: 'Passende Angebote zeigen' }).click();
      await expect(page).toHaveURL(/\/wegweiser\?alter=0-1&bedarf=schwangerschaft-geburt&plz=29664/);
      const hits = page.locator('.lotse-wegweiser-hit');
      await expect(hits.first()).toBeVisible();
      await expect(hits.first()).toContainText('passt zu');
      await check(page, 'results', label);

      const boxes = page.getByRole('checkbox', { name: /für das Merkblatt auswählen/ });
      await boxes.nth(0).check();
      await boxes.nth(1).check();
      const titles = [
        await hits.nth(0).locator('h3').innerText(),
        await hits.nth(1).locator('h3').innerText(),
      ];
      await page.getByRole('button', { name: 'Merkblatt zum Ausdrucken erstellen' }).click();
      await expect(page).toHaveURL(/\/wegweiser\/merkblatt\?.*plz=29664.*wahl=\d+&wahl=\d+/);
      await expect(page.locator('.lotse-handout__offer')).toHaveCount(2);
      for (const t of titles) await expect(page.locator('.lotse-handout')).toContainText(t);
      await expect(page.getByRole('img', { name: 'QR-Code: Diese Liste online öffnen' })).toBeVisible();
      await check(page, 'handout', label);

      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.lotse-header')).toBeHidden();
      await expect(page.locator('.lotse-footer')).toBeHidden();
      await expect(page.locator('.lotse-nav')).toBeHidden();
      await expect(page.locator('.lotse-handout__offer').first()).toBeVisible();
      await page.screenshot({ path: test.info().outputPath(`wegweiser-handout-print-${label}.png`), fullPage: true });
      await page.emulateMedia({ media: 'screen' });

      expect(await context.cookies()).toEqual([]);
    });
  });
}
