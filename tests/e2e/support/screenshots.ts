import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PROJECT_ROOT } from './build-renderer';

const SCREENSHOT_DIR = join(PROJECT_ROOT, 'test-results', 'screenshots');

/** Saves a full-window screenshot under test-results/screenshots and prints where. */
export async function saveScreenshot(page: Page, name: string, options: { animations?: 'allow' | 'disabled' } = {}): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, animations: options.animations ?? 'disabled' });
  console.log(`Screenshot: ${path}`);
  return path;
}
