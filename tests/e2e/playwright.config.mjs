// playwright.config.mjs - browser tests of Lotse with Debian's Chromium.
//
//   LOTSE_BIN=./lotse npx playwright test -c tests/e2e/playwright.config.mjs
//
// The server is started by the worker fixture in fixtures.mjs (the same
// helper as the HTTP tests, tests/http/server.mjs); no browser is
// downloaded, /usr/bin/chromium is used.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { defineConfig } from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.mjs',
  outputDir: path.join(root, 'build/e2e-output'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // A safety net against hangs, not a speed limit: axe and screenshots take
  // seconds each on a busy 2-core machine.
  timeout: 120000,
  reporter: [['list'], ['json', { outputFile: path.join(root, 'build/e2e-results.json') }]],
  use: {
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic',
            '--no-first-run', '--disable-background-networking',
            '--disable-component-update', '--disable-sync',
          ],
        },
      },
    },
  ],
});
