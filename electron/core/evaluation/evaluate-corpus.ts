/**
 * Scores the statement extractor on a brat-format corpus split (a folder holding
 * `text/NAME.txt` and `attributions/NAME_XXXX.ann`), as the PolNeAR README defines it.
 */
import { readFile } from 'node:fs/promises';
import type { ExtractedStatement, ExtractionResult } from '../../../shared/domain/extraction';
import { extractStatements } from '../../../shared/extraction/index';
import { listCorpusDocuments } from './brat-corpus';
import { parseBratAttributions, type GoldAttribution } from './brat-standoff';
import { scoreDocument, type DocumentScore } from './score-document';
import type { NationScores } from './nation-scores';
import { evaluateJsonGoldCorpus } from './evaluate-json-gold';
import { isJsonGoldCorpus } from './json-gold';

export interface ScoreLine {
  gold: number;
  predicted: number;
  /** Gold items found (recall numerator). */
  goldFound: number;
  /** Predictions that were right (precision numerator); equals goldFound except in subsets. */
  predictedRight: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalScores {
  content: ScoreLine;
  attribution: ScoreLine;
}

export interface ErrorExcerpt {
  content: string;
  /** Gold source text, or the predicted speaker (mention and resolved name). */
  speaker: string | null;
}

export interface WrongSpeaker {
  content: string;
  goldSource: string | null;
  predictedSpeaker: string | null;
}

export interface DocumentEval {
  name: string;
  gold: number;
  predicted: number;
  matched: number;
  attributed: number;
  misses: ErrorExcerpt[];
  falseAlarms: ErrorExcerpt[];
  wrongSpeakers: WrongSpeaker[];
}

export interface EvalReport {
  corpus: string;
  documents: number;
  /** Texts without any .ann file, left out of the scores. */
  unannotated: string[];
  /** Time spent inside the extractor only. */
  extractionMs: number;
  overall: EvalScores;
  /** Direct quotes only: gold content opening with a quotation mark, predictions of kind 'direct'. */
  direct: EvalScores;
  perDocument: DocumentEval[];
  /** Gold formats that give each statement's nation (the JSON gold layout) also score nations. */
  nations?: NationScores;
}

export interface EvaluateOptions {
  extract?: (text: string) => ExtractionResult;
}

function line(gold: number, predicted: number, goldFound: number, predictedRight: number): ScoreLine {
  const precision = predicted === 0 ? 0 : predictedRight / predicted;
  const recall = gold === 0 ? 0 : goldFound / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold, predicted, goldFound, predictedRight, precision, recall, f1 };
}

const EXCERPT_CHARS = 90;

export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_CHARS) return flat;
  const half = Math.floor((EXCERPT_CHARS - 3) / 2);
  return `${flat.slice(0, half)} … ${flat.slice(-half)}`;
}

function describeSpeaker(s: ExtractedStatement['speaker']): string | null {
  const mention = s.mention?.text ?? null;
  if (mention && s.name && s.name !== mention) return `${mention} (= ${s.name})`;
  return mention ?? s.name ?? null;
}

export interface Tally {
  gold: number;
  predicted: number;
  goldFound: number;
  predictedRight: number;
  goldAttributed: number;
  predictedAttributed: number;
}

export function emptyTally(): Tally {
  return { gold: 0, predicted: 0, goldFound: 0, predictedRight: 0, goldAttributed: 0, predictedAttributed: 0 };
}

export function toScores(t: Tally): EvalScores {
  return {
    content: line(t.gold, t.predicted, t.goldFound, t.predictedRight),
    attribution: line(t.gold, t.predicted, t.goldAttributed, t.predictedAttributed),
  };
}

export function tallyDocument(score: DocumentScore, overall: Tally, direct: Tally): void {
  overall.gold += score.goldDirect.length;
  overall.predicted += score.predictedDirect.length;
  direct.gold += score.goldDirect.filter(Boolean).length;
  direct.predicted += score.predictedDirect.filter(Boolean).length;
  for (const pair of score.pairs) {
    overall.goldFound++;
    overall.predictedRight++;
    if (pair.attributed) {
      overall.goldAttributed++;
      overall.predictedAttributed++;
    }
    // The direct subset reuses the overall matching: a gold quote found by a 'mixed'
    // prediction still counts as found, and a 'direct' prediction matching reported
    // speech still counts as right.
    if (score.goldDirect[pair.gold]) {
      direct.goldFound++;
      if (pair.attributed) direct.goldAttributed++;
    }
    if (score.predictedDirect[pair.predicted]) {
      direct.predictedRight++;
      if (pair.attributed) direct.predictedAttributed++;
    }
  }
}

export function describeDocument(
  name: string,
  text: string,
  gold: GoldAttribution[],
  predicted: ExtractedStatement[],
  score: DocumentScore,
): DocumentEval {
  const sourceText = (g: GoldAttribution) => (g.source ? text.slice(g.source.start, g.source.end) : null);
  const goldContent = (g: GoldAttribution) => excerpt(text.slice(g.content.start, g.content.end));
  return {
    name,
    gold: gold.length,
    predicted: predicted.length,
    matched: score.pairs.length,
    attributed: score.pairs.filter((p) => p.attributed).length,
    misses: score.missed.map((i) => ({ content: goldContent(gold[i]!), speaker: sourceText(gold[i]!) })),
    falseAlarms: score.falseAlarms.map((i) => ({
      content: excerpt(predicted[i]!.content.text),
      speaker: describeSpeaker(predicted[i]!.speaker),
    })),
    wrongSpeakers: score.pairs
      .filter((p) => !p.attributed)
      .map((p) => ({
        content: goldContent(gold[p.gold]!),
        goldSource: sourceText(gold[p.gold]!),
        predictedSpeaker: describeSpeaker(predicted[p.predicted]!.speaker),
      })),
  };
}

export async function evaluateCorpus(dir: string, options: EvaluateOptions = {}): Promise<EvalReport> {
  if (isJsonGoldCorpus(dir)) return evaluateJsonGoldCorpus(dir, options);
  const extract = options.extract ?? extractStatements;
  const documents = await listCorpusDocuments(dir);
  const overall = emptyTally();
  const direct = emptyTally();
  const perDocument: DocumentEval[] = [];
  const unannotated: string[] = [];
  let extractionMs = 0;

  for (const doc of documents) {
    if (doc.annotationPath === null) {
      unannotated.push(doc.name);
      continue;
    }
    const [text, ann] = await Promise.all([readFile(doc.textPath, 'utf8'), readFile(doc.annotationPath, 'utf8')]);
    const gold = parseBratAttributions(ann, text);
    const started = performance.now();
    const predicted = extract(text).statements;
    extractionMs += performance.now() - started;
    const score = scoreDocument(text, gold, predicted);
    tallyDocument(score, overall, direct);
    perDocument.push(describeDocument(doc.name, text, gold, predicted, score));
  }

  return {
    corpus: dir,
    documents: perDocument.length,
    unannotated,
    extractionMs,
    overall: toScores(overall),
    direct: toScores(direct),
    perDocument,
  };
}
