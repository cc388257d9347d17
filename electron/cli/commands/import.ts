import type { Command } from 'commander';
import type { ImportSummary } from '../../../shared/domain/import-job';
import { safeName } from '../../../shared/text/safe-name';
import { archiveOption, archivePathFrom } from '../archive-option';
import { EXIT_SOME_FAILED } from '../exit-codes';

export function registerImport(program: Command, setExit: (code: number) => void): void {
  program
    .command('import')
    .description('import article files and folders (recursively) into the archive')
    .argument('<paths...>', 'files or folders')
    .addOption(archiveOption())
    .action(async (paths: string[], options: { archive?: string }) => {
      const { createCore, SOURCE_WORKER_PATH } = await import('../../core');
      const core = createCore({ archivePath: archivePathFrom(options), importWorkerPath: SOURCE_WORKER_PATH });
      const live = process.stderr.isTTY;
      const unsubscribe = core.events.on((event, payload) => {
        if (event !== 'import.progress' || !live) return;
        const { counts, current } = payload as { counts: ImportSummary['counts']; current: string | null };
        process.stderr.write(
          `\r\x1b[K${counts.imported} imported, ${counts.duplicates} duplicates, ${counts.failed} failed${current ? `  ${safeName(current)}` : ''}`.slice(0, process.stderr.columns ?? 120),
        );
      });
      const running = core.importPaths(paths);
      // Ctrl+C or SIGTERM stops at the next slice (well under a second), keeping what was committed.
      const stop = () => void core.handlers['import.cancel']({ jobId: running.jobId });
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      try {
        const summary = await running.done;
        if (live) process.stderr.write('\r\x1b[K');
        printSummary(summary, core.archivePath);
        if (summary.counts.failed > 0 || summary.cancelled) setExit(EXIT_SOME_FAILED);
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        unsubscribe();
        core.close();
      }
    });
}

function printSummary(summary: ImportSummary, archivePath: string): void {
  const { counts } = summary;
  for (const failure of summary.failures) process.stderr.write(`${safeName(failure.path)}: ${safeName(failure.reason)} [${failure.code}]\n`);
  for (const duplicate of summary.duplicates) {
    process.stdout.write(`${safeName(duplicate.path)}: already in the archive (article ${duplicate.existingArticleId})\n`);
  }
  if (summary.cancelled) process.stdout.write('Stopped before the end; everything listed was kept.\n');
  process.stdout.write(
    `Imported ${counts.imported}, duplicates ${counts.duplicates}, failed ${counts.failed} into ${safeName(archivePath)}\n`,
  );
}
