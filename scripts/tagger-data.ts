/**
 * Writes the span tagger's training data: the vocabulary, and for every sentence of the
 * PolNeAR training split the tagger would look at, each token's feature ids and its BIO
 * label over content, source and cue. Binary arrays for scripts/train_tagger.py; the
 * features come from the runtime's own code, so training and inference cannot disagree.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BratDocument } from '../electron/core/evaluation/brat-corpus';
import { analyzeText } from '../shared/extraction/text-analysis';
import {
  FEATURE_COUNT,
  featureSizes,
  indexVocabulary,
  sentenceFeatures,
  suffixOf,
  TAGGER_LABELS,
  worthTagging,
  type TaggerVocabulary,
} from '../shared/extraction/tagger-features';

const MIN_WORD_COUNT = 3;
const MAX_WORDS = 6000;
const MIN_SUFFIX_COUNT = 5;
const MAX_SUFFIXES = 800;

function topKeys(counts: Map<string, number>, min: number, max: number): string[] {
  return [...counts]
    .filter(([, n]) => n >= min)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, max)
    .map(([w]) => w);
}

const LABEL = Object.fromEntries(TAGGER_LABELS.map((l, i) => [l, i])) as Record<string, number>;

export function writeTaggerData(docs: BratDocument[], dir: string): { sentences: number; tokens: number } {
  const analyses = docs.map((d) => analyzeText(d.text));
  const words = new Map<string, number>();
  const suffixes = new Map<string, number>();
  for (const a of analyses) {
    for (const t of a.tokens) {
      words.set(t.lower, (words.get(t.lower) ?? 0) + 1);
      if (t.word) suffixes.set(suffixOf(t.lower), (suffixes.get(suffixOf(t.lower)) ?? 0) + 1);
    }
  }
  const vocab: TaggerVocabulary = { words: topKeys(words, MIN_WORD_COUNT, MAX_WORDS), suffixes: topKeys(suffixes, MIN_SUFFIX_COUNT, MAX_SUFFIXES) };
  const index = indexVocabulary(vocab);

  const features: Int32Array[] = [];
  const labels: Uint8Array[] = [];
  const lengths: number[] = [];
  docs.forEach((doc, di) => {
    const a = analyses[di]!;
    // Token labels for the whole article first: spans may cross sentence boundaries.
    const tokenLabel = new Uint8Array(a.tokens.length);
    const mark = (span: { start: number; end: number } | null, b: number, inside: number) => {
      if (!span) return;
      let first = true;
      for (let i = 0; i < a.tokens.length; i++) {
        const t = a.tokens[i]!;
        if (t.end <= span.start) continue;
        if (t.start >= span.end) break;
        if (tokenLabel[i] !== 0) continue;
        tokenLabel[i] = first ? b : inside;
        first = false;
      }
    };
    for (const g of doc.gold) {
      mark(g.cue, LABEL['B-Q']!, LABEL['I-Q']!);
      mark(g.source, LABEL['B-S']!, LABEL['I-S']!);
      mark(g.content, LABEL['B-C']!, LABEL['I-C']!);
    }
    a.sentences.forEach((sentence, s) => {
      if (!worthTagging(a, s, sentence)) return;
      features.push(sentenceFeatures(a, sentence, index));
      labels.push(tokenLabel.slice(sentence.first, sentence.last));
      lengths.push(sentence.last - sentence.first);
    });
  });

  mkdirSync(dir, { recursive: true });
  const total = lengths.reduce((x, y) => x + y, 0);
  const allFeatures = new Int32Array(total * FEATURE_COUNT);
  const allLabels = new Uint8Array(total);
  let at = 0;
  features.forEach((f, k) => {
    allFeatures.set(f.subarray(0, lengths[k]! * FEATURE_COUNT), at * FEATURE_COUNT);
    allLabels.set(labels[k]!, at);
    at += lengths[k]!;
  });
  writeFileSync(join(dir, 'features.i32'), allFeatures);
  writeFileSync(join(dir, 'labels.u8'), allLabels);
  writeFileSync(join(dir, 'lengths.i32'), Int32Array.from(lengths));
  writeFileSync(join(dir, 'meta.json'), JSON.stringify({ vocab, sizes: featureSizes(vocab), featureCount: FEATURE_COUNT, labels: TAGGER_LABELS }));
  return { sentences: lengths.length, tokens: total };
}
