import { test as base } from '@playwright/test';
import { ImportPanel } from '../page-models/import-panel';
import { LibraryPage } from '../page-models/library-page';
import { ReaderPage } from '../page-models/reader-page';
import { startParleyServer, type ParleyServer } from './parley-server';

interface ParleyFixtures {
  /** A `parley serve` of this test's own, on an empty archive. */
  parley: ParleyServer;
  /** The browser on Parley's library, opened at the URL the server printed. */
  library: LibraryPage;
  reader: ReaderPage;
  importPanel: ImportPanel;
}

export const test = base.extend<ParleyFixtures>({
  // Playwright reads the fixture's dependencies from this destructuring, even when empty.
  // eslint-disable-next-line no-empty-pattern
  parley: async ({}, use) => {
    const server = await startParleyServer();
    try {
      await use(server);
    } finally {
      await server.stop();
    }
  },
  library: async ({ page, parley }, use) => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const library = new LibraryPage(page);
    await library.open(parley.url);
    await use(library);
    if (pageErrors.length > 0) throw new Error(`The page threw:\n${pageErrors.join('\n')}`);
  },
  reader: async ({ page }, use) => {
    await use(new ReaderPage(page));
  },
  importPanel: async ({ page }, use) => {
    await use(new ImportPanel(page));
  },
});

export { expect } from '@playwright/test';
