import { writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { archiveOption, archivePathFrom } from '../archive-option';
import { EXIT_SOME_FAILED } from '../exit-codes';
import { safeName } from '../../../shared/text/safe-name';

/** `parley export --format csv|qdpx --out FILE`: every statement as CSV, or the archive as a REFI-QDA project. */
export function registerExport(program: Command, setExit: (code: number) => void): void {
  program
    .command('export')
    .description('exports the archive: statements as CSV, or a REFI-QDA project (.qdpx) for NVivo, MAXQDA, ATLAS.ti, QualCoder')
    .addOption(new Option('--format <format>', 'csv or qdpx').choices(['csv', 'qdpx']).makeOptionMandatory())
    .requiredOption('--out <file>', 'file to write')
    .addOption(archiveOption())
    .action(async (options: { format: 'csv' | 'qdpx'; out: string; archive?: string }) => {
      const { createCore } = await import('../../core');
      // Read only, as search: a missing archive is reported, never created.
      const core = createCore({ archivePath: archivePathFrom(options), readonly: true });
      try {
        const content =
          options.format === 'csv' ? await core.handlers['interchange.statementsCsv']({}) : await core.handlers['interchange.exportQdpx']({});
        try {
          writeFileSync(options.out, content);
        } catch (error) {
          // Node's message already names the code ("ENOENT: no such file or directory, open …").
          process.stderr.write(`parley export: cannot write ${safeName(options.out)}: ${safeName(error instanceof Error ? error.message : String(error))}\n`);
          setExit(EXIT_SOME_FAILED);
          return;
        }
        process.stdout.write(`wrote ${safeName(options.out)}\n`);
      } finally {
        core.close();
      }
    });
}
