import type { Command } from 'commander';

export function registerEval(program: Command, _setExit: (code: number) => void): void {
  program
    .command('eval')
    .description('score the statement extractor on a corpus split: brat (text/ and attributions/) or JSON gold (text/ and gold/, with nations)')
    .requiredOption('--corpus <dir>', 'a split folder, e.g. ../shared/corpora/polnear/dev')
    .option('--errors', 'list each document’s misses, false alarms, wrong speakers and wrong nations')
    .action(async (options: { corpus: string; errors?: boolean }) => {
      const { evaluateCorpus, formatEvalReport } = await import('../../core/evaluation');
      const report = await evaluateCorpus(options.corpus);
      process.stdout.write(`${formatEvalReport(report, { errors: options.errors ?? false })}\n`);
    });
}
