/**
 * Scores one document's predicted statements against its gold attributions, following
 * the PolNeAR rules: a prediction matches a gold attribution when their content spans
 * share at least half of the words in their union; matching is one-to-one, greedy by
 * overlap; a match is attributed when the speaker is right.
 */
import type { ExtractedStatement } from '../../../shared/domain/extraction';
import type { CharSpan, GoldAttribution } from './brat-standoff';
import { indexWords, wordJaccard, wordRange, wordsOf, type WordRange } from './word-tokens';

export const MATCH_THRESHOLD = 0.5;

export interface StatementPair {
  gold: number;
  predicted: number;
  overlap: number;
  attributed: boolean;
}

export interface DocumentScore {
  pairs: StatementPair[];
  /** Indices of gold attributions no prediction matched. */
  missed: number[];
  /** Indices of predictions that matched no gold attribution. */
  falseAlarms: number[];
  goldDirect: boolean[];
  predictedDirect: boolean[];
}

const PRONOUNS = new Set([
  'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'he', 'him', 'his', 'she', 'her',
  'they', 'them', 'their', 'it', 'its', 'who', 'whom', 'which', 'that', 'this', 'these', 'those',
  'himself', 'herself', 'themselves', 'itself', 'ourselves', 'myself', 'one',
]);

// Words too common in names and roles to show that two mentions are the same speaker.
const UNINFORMATIVE = new Set([
  ...PRONOUNS, 'the', 'a', 'an', 'of', 'and', 'for', 'in', 'on', 'at', 'to', 'mr', 'mrs', 'ms',
  'dr', 'sen', 'rep', 'gov', 'jr', 'sr',
]);

// Opening quotation marks in the styles the articles use.
const OPENING_QUOTE_RE = /^[\s]*["“”„‟«»‹›'‘’‚‛]/;

/**
 * A gold attribution counts as a direct quote when its content begins with a quotation
 * mark (the annotators keep the marks inside direct-quote spans); a prediction counts as
 * one when the extractor labels it 'direct'. Mixed statements are not direct quotes.
 */
export function isDirectGold(text: string, content: CharSpan): boolean {
  return OPENING_QUOTE_RE.test(text.slice(content.start, Math.min(content.end, content.start + 8)));
}

/** Pronoun sources, and short forms (two words or fewer, such as "Trump" or "Mr. Cruz"). */
export function isPronounOrShortForm(sourceText: string): boolean {
  const words = wordsOf(sourceText);
  if (words.length === 0) return false;
  if (words.every((w) => PRONOUNS.has(w))) return true;
  return words.filter((w) => !UNINFORMATIVE.has(w)).length <= 2;
}

function overlaps(a: CharSpan, b: CharSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

export function speakerIsRight(text: string, gold: GoldAttribution, predicted: ExtractedStatement): boolean {
  const { mention, name } = predicted.speaker;
  if (gold.source === null) return mention === null && !name;
  if (mention !== null && overlaps(mention, gold.source)) return true;
  const sourceText = text.slice(gold.source.start, gold.source.end);
  if (!name || !isPronounOrShortForm(sourceText)) return false;
  const sourceWords = new Set(wordsOf(sourceText).filter((w) => !UNINFORMATIVE.has(w)));
  return wordsOf(name).some((w) => !UNINFORMATIVE.has(w) && sourceWords.has(w));
}

export function scoreDocument(text: string, gold: GoldAttribution[], predicted: ExtractedStatement[]): DocumentScore {
  const words = indexWords(text);
  const goldRanges: WordRange[] = gold.map((g) => wordRange(words, g.content.start, g.content.end));
  const predictedRanges: WordRange[] = predicted.map((p) => wordRange(words, p.content.start, p.content.end));

  const candidates: Array<{ gold: number; predicted: number; overlap: number }> = [];
  goldRanges.forEach((g, gi) => {
    predictedRanges.forEach((p, pi) => {
      const overlap = wordJaccard(g, p);
      if (overlap >= MATCH_THRESHOLD) candidates.push({ gold: gi, predicted: pi, overlap });
    });
  });
  candidates.sort((a, b) => b.overlap - a.overlap || a.gold - b.gold || a.predicted - b.predicted);

  const goldTaken = new Array<boolean>(gold.length).fill(false);
  const predictedTaken = new Array<boolean>(predicted.length).fill(false);
  const pairs: StatementPair[] = [];
  for (const c of candidates) {
    if (goldTaken[c.gold] || predictedTaken[c.predicted]) continue;
    goldTaken[c.gold] = true;
    predictedTaken[c.predicted] = true;
    pairs.push({ ...c, attributed: speakerIsRight(text, gold[c.gold]!, predicted[c.predicted]!) });
  }
  pairs.sort((a, b) => a.gold - b.gold);

  return {
    pairs,
    missed: goldTaken.flatMap((taken, i) => (taken ? [] : [i])),
    falseAlarms: predictedTaken.flatMap((taken, i) => (taken ? [] : [i])),
    goldDirect: gold.map((g) => isDirectGold(text, g.content)),
    predictedDirect: predicted.map((p) => p.kind === 'direct'),
  };
}
