import type { Command } from 'commander';
import { archiveOption, archivePathFrom } from '../archive-option';

export function registerSearch(program: Command, _setExit: (code: number) => void): void {
  program
    .command('search')
    .description('full-text search over the archive’s articles')
    .argument('<query...>', 'words to find (all must match; the last also as a prefix)')
    .addOption(archiveOption())
    .option('--limit <n>', 'most results to print', (v) => Number.parseInt(v, 10), 20)
    .action(async (words: string[], options: { archive?: string; limit: number }) => {
      const { createCore } = await import('../../core');
      const core = createCore({ archivePath: archivePathFrom(options) });
      try {
        const page = await core.handlers['articles.list']({ offset: 0, limit: Math.max(1, options.limit), query: words.join(' ') });
        for (const row of page.rows) {
          const meta = [row.outlet, row.publishedAt].filter(Boolean).join(', ');
          process.stdout.write(`${row.id}\t${row.title ?? row.originalName}${meta ? `\t(${meta})` : ''}\t${row.statementCount} statements\n`);
        }
        process.stdout.write(`${page.total} matching article${page.total === 1 ? '' : 's'}\n`);
      } finally {
        core.close();
      }
    });
}
