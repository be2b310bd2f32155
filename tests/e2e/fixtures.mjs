// fixtures.mjs - the Playwright test object of Lotse: one server per worker
// (started like the HTTP tests do, LOTSE_BIN selects the binary), used as
// baseURL, and an axe check that prints violations readably.
import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';

import { startServer } from '../http/server.mjs';

export const test = base.extend({
  lotse: [
    async ({}, use) => {
      const server = await startServer();
      await use(server);
      // Rejects (and so fails the run) on a sanitizer report.
      const code = await server.stop();
      if (code !== 0) throw new Error(`lotse serve exited with ${code}:\n${server.logs()}`);
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ lotse }, use) => {
    await use(lotse.url);
  },
});

export { expect };

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One readable block per violation: rule, impact, help, and the nodes. */
export function formatViolations(violations) {
  return violations.map((v) => {
    const nodes = v.nodes.map((n) =>
      `    - ${n.target.join(' ')}\n      ${n.html.slice(0, 200)}\n      ${
        (n.failureSummary || '').replace(/\n/g, '\n      ')}`).join('\n');
    return `[${v.impact}] ${v.id}: ${v.help}\n  ${v.helpUrl}\n${nodes}`;
  }).join('\n\n');
}

/** Runs axe with the WCAG 2.1 A/AA rules and expects no violations. */
export async function expectNoAxeViolations(page, what) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const text = formatViolations(results.violations);
  if (results.violations.length) console.log(`axe violations on ${what}:\n${text}`);
  expect(results.violations.length, `axe violations on ${what}:\n${text}`).toBe(0);
  return results;
}
