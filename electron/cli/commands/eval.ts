import type { Command } from 'commander';

export function registerEval(program: Command, _setExit: (code: number) => void): void {
  program
    .command('eval')
    .description('score the statement extractor on a brat-format corpus split (text/ and attributions/)')
    .requiredOption('--corpus <dir>', 'a split folder, e.g. ../shared/corpora/polnear/dev')
    .option('--errors', 'list each document’s misses, false alarms and wrong speakers')
    .action(async (options: { corpus: string; errors?: boolean }) => {
      const { evaluateCorpus, formatEvalReport } = await import('../../core/evaluation');
      const report = await evaluateCorpus(options.corpus);
      process.stdout.write(`${formatEvalReport(report, { errors: options.errors ?? false })}\n`);
    });
}
