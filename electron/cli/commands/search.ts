import type { Command } from 'commander';
import { QuerySyntaxError, parseSearchQuery } from '../../../shared/search/query-syntax';
import { archiveOption, archivePathFrom } from '../archive-option';
import { EXIT_USAGE } from '../exit-codes';

export function registerSearch(program: Command, setExit: (code: number) => void): void {
  program
    .command('search')
    .description('full-text search over the archive’s articles')
    .argument('<query...>', 'words to find (all must match), "phrases", OR, -word, prefix*')
    .addOption(archiveOption())
    .option('--limit <n>', 'most results to print', (v) => Number.parseInt(v, 10), 20)
    .action(async (words: string[], options: { archive?: string; limit: number }) => {
      try {
        parseSearchQuery(words.join(' '));
      } catch (error) {
        if (!(error instanceof QuerySyntaxError)) throw error;
        process.stderr.write(`parley search: ${error.message}\n`);
        setExit(EXIT_USAGE);
        return;
      }
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
