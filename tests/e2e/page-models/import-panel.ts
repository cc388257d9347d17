import { expect, type Locator, type Page } from '@playwright/test';
import { dropFiles, type FileToDrop } from '../support/drop-files';

type CountName = 'imported' | 'duplicates' | 'failed';

/** What the user sees of an import: the drop target, the progress bar, the summary. */
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

  /** Drops the files and waits for the import's summary; hundreds of files take a while on a busy machine. */
  async dropAndWait(files: readonly FileToDrop[]): Promise<void> {
    await this.drop(files);
    await expect(this.summary).toBeVisible({ timeout: 30_000 + files.length * 100 });
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
    await expect(this.summary).toBeVisible({ timeout: 60_000 });
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
