import { expect, type Locator, type Page } from '@playwright/test';
import { dropFiles, type FileToDrop } from '../support/drop-files';

type CountName = 'imported' | 'duplicates' | 'failed';

/** What the user sees of an import: the drop target, the progress bar, the summary. */
/** Loading the importers on a loaded machine, before the first file is read. */
export const IMPORT_STARTUP_MS = 60_000;
const PER_FILE_MS = 3_000;
const PER_MEGABYTE_MS = 10_000;

/** How long importing these files may take: what a test waiting on a drop should allow. */
export function importBudgetMs(files: readonly FileToDrop[]): number {
  const megabytes = files.reduce((sum, f) => sum + f.bytes.byteLength, 0) / (1024 * 1024);
  return IMPORT_STARTUP_MS + files.length * PER_FILE_MS + Math.ceil(megabytes * PER_MEGABYTE_MS);
}

export class ImportPanel {
  readonly summary: Locator;
  readonly progress: Locator;
  readonly failures: Locator;
  readonly dismissButton: Locator;
  readonly dropHint: Locator;

  constructor(private readonly page: Page) {
    this.summary = page.getByRole('region', { name: /^Import (finished|cancelled)/ });
    this.progress = page.getByRole('region', { name: 'Import progress' });
    this.failures = this.summary.getByRole('list', { name: 'Import failures' }).getByRole('listitem');
    this.dismissButton = this.summary.getByRole('button', { name: 'Dismiss' });
    this.dropHint = page.getByText('Drop to import');
  }

  async drop(files: readonly FileToDrop[]): Promise<void> {
    await dropFiles(this.page, files);
  }

  /**
   * Drops the files and waits for the import's summary. The wait follows the work: the importers'
   * start-up, then a budget per file and per megabyte, generous enough for a loaded 2-core machine.
   */
  async dropAndWait(files: readonly FileToDrop[]): Promise<void> {
    await this.drop(files);
    await expect(this.summary).toBeVisible({ timeout: importBudgetMs(files) });
  }

  /** A count while the import runs. */
  runningCount(name: CountName): Locator {
    return this.progress.locator(`[data-count="${name}"]`);
  }

  /** A count in the summary. */
  count(name: CountName): Locator {
    return this.summary.locator(`[data-count="${name}"]`);
  }

  async expectCounts(expected: Record<CountName, number>): Promise<void> {
    await expect(this.summary).toBeVisible({ timeout: IMPORT_STARTUP_MS });
    await expect(this.count('imported')).toHaveText(`${expected.imported} imported`);
    await expect(this.count('duplicates')).toHaveText(`${expected.duplicates} duplicate${expected.duplicates === 1 ? '' : 's'}`);
    await expect(this.count('failed')).toHaveText(`${expected.failed} failed`);
  }

  failureFor(fileName: string): Locator {
    return this.failures.filter({ hasText: fileName });
  }

  async dismiss(): Promise<void> {
    await this.dismissButton.click();
    await expect(this.summary).toBeHidden();
  }
}
