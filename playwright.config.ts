import { existsSync } from 'node:fs';
import { chromium, defineConfig } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The system Chromium where there is one (Playwright never downloads a browser here),
 * else Playwright's own; with neither, one clear line instead of a stack of failures.
 */
function chromiumExecutable(): string | undefined {
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    `No Chromium for the end-to-end tests: install Debian's "chromium" package (${DEBIAN_CHROMIUM}) or run "npx playwright install chromium".`,
  );
}

export default defineConfig({
  testDir: 'tests/e2e/web',
  outputDir: 'test-results/playwright',
  globalSetup: './tests/e2e/support/global-setup.ts',
  // Each test starts its own server on a fresh archive; one at a time keeps a 2-core machine usable.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [
        '--disable-gpu',
        '--disable-quic',
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
});
