import type { Command } from 'commander';
import { parseSearchQuery } from '../../../shared/search/query-syntax';
import { safeName } from '../../../shared/text/safe-name';
import { archiveOption, archivePathFrom } from '../archive-option';

export function registerSearch(program: Command, _setExit: (code: number) => void): void {
  program
    .command('search')
    .description('full-text search over the archive’s articles')
    .argument('<query...>', 'words to find (all must match), "phrases", OR, -word, prefix*')
    .addOption(archiveOption())
    .option('--limit <n>', 'most results to print (1–1000)', '20')
    .action(async (words: string[], options: { archive?: string; limit: string }) => {
      const query = words.join(' ');
      // The same contract as every other host: a bad limit or query is a usage error before any file is opened.
      const { parseCall } = await import('../../../shared/api/calls');
      const call = parseCall('articles.list', { limit: /^\d+$/.test(options.limit) ? Number(options.limit) : options.limit, query });
      parseSearchQuery(query);
      // Read only: a missing archive is reported, never created. Only the article queries load.
      const { openArchiveReader } = await import('../../core/archive-reader');
      const reader = openArchiveReader(archivePathFrom(options));
      try {
        const page = await reader.handlers['articles.list'](call.args as Parameters<(typeof reader.handlers)['articles.list']>[0]);
        for (const row of page.rows) {
          const meta = [row.outlet, row.publishedAt].filter(Boolean).join(', ');
          process.stdout.write(`${row.id}\t${safeName(row.title ?? row.originalName)}${meta ? `\t(${safeName(meta)})` : ''}\t${row.statementCount} statements\n`);
        }
        process.stdout.write(`${page.total} matching article${page.total === 1 ? '' : 's'}\n`);
      } finally {
        reader.close();
      }
    });
}
