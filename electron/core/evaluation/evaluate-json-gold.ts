/**
 * Scores the extractor on a JSON gold corpus (the nations-dev layout) with the same
 * matching as the brat corpora, plus nation accuracy and a per-case table.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractStatements } from '../../../shared/extraction/index';
import { CorpusTally, describeSpeaker, excerpt, type EvalReport, type EvaluateOptions } from './corpus-tally';
import { listJsonGoldDocuments, parseJsonGold, parseNationCases, type NationCaseRecord } from './json-gold';
import { NationTally } from './nation-scores';
import { scoreDocument } from './score-document';

export async function evaluateJsonGoldCorpus(dir: string, options: EvaluateOptions = {}): Promise<EvalReport> {
  const casesPath = join(dir, 'nation-cases.json');
  const cases = existsSync(casesPath) ? parseNationCases(await readFile(casesPath, 'utf8')) : new Map<string, NationCaseRecord[]>();
  const tally = new CorpusTally(options.extract ?? extractStatements);
  const nations = new NationTally();

  for (const doc of listJsonGoldDocuments(dir)) {
    if (doc.goldPath === null) {
      tally.skipUnannotated(doc.name);
      continue;
    }
    const text = await readFile(doc.textPath, 'utf8');
    const allGold = parseJsonGold(await readFile(doc.goldPath, 'utf8'), text, doc.goldPath);
    const allPredicted = tally.statementsOf(text);

    // An optional statement is neither a hit nor a miss: drop it, and the prediction that
    // matched it, then score what is left.
    const first = scoreDocument(text, allGold, allPredicted);
    const ignoredPredictions = new Set(first.pairs.filter((p) => allGold[p.gold]!.optional).map((p) => p.predicted));
    const goldIndex = allGold.flatMap((g, i) => (g.optional ? [] : [i]));
    const gold = goldIndex.map((i) => allGold[i]!);
    const predicted = allPredicted.filter((_, i) => !ignoredPredictions.has(i));
    const score = { ...scoreDocument(text, gold, predicted), goldDirect: gold.map((g) => g.kind === 'direct') };
    tally.add(doc.name, text, gold, predicted, score);

    const records = cases.get(doc.name) ?? [];
    const matchOf = new Map(score.pairs.map((p) => [p.gold, predicted[p.predicted]!]));
    gold.forEach((g, i) => {
      const record = records[goldIndex[i]!];
      nations.add(doc.name, g, matchOf.get(i) ?? null, record?.cases ?? [], (p) => describeSpeaker(p.speaker), excerpt(text.slice(g.content.start, g.content.end)));
    });
  }

  return tally.report(dir, nations.result());
}
