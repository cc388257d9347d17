import { defineConfig } from '@playwright/test';

/**
 * The desktop suite: what only Electron shows (window settings, navigation guards, the
 * bridge). Where the Electron binary could not be downloaded, global setup says so in one
 * line and every test skips.
 */
export default defineConfig({
  testDir: 'tests/e2e/electron',
  outputDir: 'test-results/electron',
  globalSetup: './tests/e2e/electron/global-setup.ts',
  // Each test launches its own app on a fresh profile and archive; one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
});
