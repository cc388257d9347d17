/**
 * Scores the extractor on a JSON gold corpus (the nations-dev layout) with the same
 * matching as the brat corpora, plus nation accuracy and a per-case table.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExtractedStatement } from '../../../shared/domain/extraction';
import { extractStatements } from '../../../shared/extraction/index';
import {
  describeDocument,
  emptyTally,
  excerpt,
  tallyDocument,
  toScores,
  type DocumentEval,
  type EvalReport,
  type EvaluateOptions,
} from './evaluate-corpus';
import { listJsonGoldDocuments, parseJsonGold, parseNationCases, type NationCaseRecord } from './json-gold';
import { NationTally } from './nation-scores';
import { scoreDocument } from './score-document';

function describeSpeaker(s: ExtractedStatement['speaker']): string | null {
  const mention = s.mention?.text ?? null;
  if (mention && s.name && s.name !== mention) return `${mention} (= ${s.name})`;
  return mention ?? s.name ?? null;
}

export async function evaluateJsonGoldCorpus(dir: string, options: EvaluateOptions = {}): Promise<EvalReport> {
  const extract = options.extract ?? extractStatements;
  const casesPath = join(dir, 'nation-cases.json');
  const cases = existsSync(casesPath) ? parseNationCases(await readFile(casesPath, 'utf8')) : new Map<string, NationCaseRecord[]>();
  const overall = emptyTally();
  const direct = emptyTally();
  const nations = new NationTally();
  const perDocument: DocumentEval[] = [];
  const unannotated: string[] = [];
  let extractionMs = 0;

  for (const doc of listJsonGoldDocuments(dir)) {
    if (doc.goldPath === null) {
      unannotated.push(doc.name);
      continue;
    }
    const text = await readFile(doc.textPath, 'utf8');
    const allGold = parseJsonGold(await readFile(doc.goldPath, 'utf8'), text, doc.goldPath);
    const started = performance.now();
    const allPredicted = extract(text).statements;
    extractionMs += performance.now() - started;

    // An optional statement is neither a hit nor a miss: drop it, and the prediction that
    // matched it, then score what is left.
    const first = scoreDocument(text, allGold, allPredicted);
    const ignoredPredictions = new Set(first.pairs.filter((p) => allGold[p.gold]!.optional).map((p) => p.predicted));
    const goldIndex = allGold.flatMap((g, i) => (g.optional ? [] : [i]));
    const gold = goldIndex.map((i) => allGold[i]!);
    const predicted = allPredicted.filter((_, i) => !ignoredPredictions.has(i));
    const score = { ...scoreDocument(text, gold, predicted), goldDirect: gold.map((g) => g.kind === 'direct') };
    tallyDocument(score, overall, direct);
    perDocument.push(describeDocument(doc.name, text, gold, predicted, score));

    const records = cases.get(doc.name) ?? [];
    const matchOf = new Map(score.pairs.map((p) => [p.gold, predicted[p.predicted]!]));
    gold.forEach((g, i) => {
      const record = records[goldIndex[i]!];
      nations.add(doc.name, g, matchOf.get(i) ?? null, record?.cases ?? [], (p) => describeSpeaker(p.speaker), excerpt(text.slice(g.content.start, g.content.end)));
    });
  }

  return {
    corpus: dir,
    documents: perDocument.length,
    unannotated,
    extractionMs,
    overall: toScores(overall),
    direct: toScores(direct),
    perDocument,
    nations: nations.result(),
  };
}
