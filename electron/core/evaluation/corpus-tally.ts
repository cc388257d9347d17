/**
 * What every corpus evaluation shares, whatever its gold format: the score lines, the
 * running tallies, the per-document error lists and the report they add up to.
 */
import type { ExtractedStatement, ExtractionResult } from '../../../shared/domain/extraction';
import type { GoldAttribution } from './brat-standoff';
import type { NationScores } from './nation-scores';
import type { DocumentScore } from './score-document';

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

export function describeSpeaker(s: ExtractedStatement['speaker']): string | null {
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

/** Adds up one corpus: each document's score, its error lists and the extractor's time. */
export class CorpusTally {
  private readonly overall = emptyTally();
  private readonly direct = emptyTally();
  private readonly perDocument: DocumentEval[] = [];
  private readonly unannotated: string[] = [];
  private extractionMs = 0;

  constructor(private readonly extract: (text: string) => ExtractionResult) {}

  /** Runs the extractor, counting only its own time. */
  statementsOf(text: string): ExtractedStatement[] {
    const started = performance.now();
    const statements = this.extract(text).statements;
    this.extractionMs += performance.now() - started;
    return statements;
  }

  skipUnannotated(name: string): void {
    this.unannotated.push(name);
  }

  add(name: string, text: string, gold: GoldAttribution[], predicted: ExtractedStatement[], score: DocumentScore): void {
    tallyDocument(score, this.overall, this.direct);
    this.perDocument.push(describeDocument(name, text, gold, predicted, score));
  }

  report(corpus: string, nations?: NationScores): EvalReport {
    return {
      corpus,
      documents: this.perDocument.length,
      unannotated: this.unannotated,
      extractionMs: this.extractionMs,
      overall: toScores(this.overall),
      direct: toScores(this.direct),
      perDocument: this.perDocument,
      ...(nations ? { nations } : {}),
    };
  }
}
