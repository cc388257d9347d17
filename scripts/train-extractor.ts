/**
 * Learns the statement extractor's resources from the PolNeAR training split:
 *   resources/extraction/cue-lexicon.json
 *     - cue words: how often each word anchors an attribution cue, against how often it occurs;
 *     - source words: lower-case words that occur inside source mentions ("official", "aides");
 *   resources/extraction/anchor-model.json
 *     - a logistic-regression model over a word and its context deciding whether it anchors a cue;
 *   resources/extraction/content-end-model.json, frame-model.json
 *     - where reported content ends, and which candidate frames are statements;
 *   resources/extraction/span-tagger.json
 *     - the convolutional span tagger, trained by scripts/train_tagger.py with Debian's PyTorch
 *       (/usr/bin/python3 with python3-torch; the product itself never needs it).
 *
 * The lexicon is written first because the model's features read it. Deterministic: same
 * corpus, same files.
 *
 *   npm run train:extractor [-- --skip-tagger]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// The corpus reader alone: the evaluation index loads the extractor, whose resources this script rewrites.
import { readBratCorpus, type BratDocument } from '../electron/core/evaluation/brat-corpus';
import { tokenize, type Token } from '../shared/extraction/tokens';
import { polnearSplitDir } from './polnear';

const TRAIN_DIR = polnearSplitDir('train');
if (!existsSync(TRAIN_DIR)) {
  console.log(`PolNeAR train split not found at ${TRAIN_DIR}; nothing to learn from.`);
  process.exit(0);
}
const docs = await readBratCorpus(TRAIN_DIR);

const inside = (t: Token, s: { start: number; end: number }) => t.start >= s.start && t.end <= s.end;
// A word enters the cue lexicon on its own evidence, or on its inflection family's.
const MIN_WORD_ANCHORS = 2;
const MIN_FAMILY_ANCHORS = 6;

// Pass 1: how often each word sits inside any cue span.
const occurrences = new Map<string, number>();
const inCue = new Map<string, number>();
const tokensByDoc = docs.map((d) => tokenize(d.text));
docs.forEach((doc, di) => {
  const tokens = tokensByDoc[di]!;
  const cues = doc.gold.map((a) => a.cue).filter((c) => c !== null);
  for (const t of tokens) {
    if (!t.word) continue;
    occurrences.set(t.lower, (occurrences.get(t.lower) ?? 0) + 1);
  }
  for (const cue of cues) {
    for (const t of tokens) if (t.word && inside(t, cue)) inCue.set(t.lower, (inCue.get(t.lower) ?? 0) + 1);
  }
});
const membership = (w: string) => (inCue.get(w) ?? 0) / (occurrences.get(w) ?? 1);

// Pass 2: each cue's anchor is its most cue-like word; count anchors, content direction and source words.
const anchors = new Map<string, { n: number; after: number }>();
const sourceWords = new Map<string, number>();
docs.forEach((doc, di) => {
  const tokens = tokensByDoc[di]!;
  for (const a of doc.gold) {
    if (a.cue) {
      let best: Token | null = null;
      for (const t of tokens) {
        if (t.start >= a.cue.end) break;
        if (t.word && inside(t, a.cue) && (!best || membership(t.lower) > membership(best.lower))) best = t;
      }
      if (best) {
        const e = anchors.get(best.lower) ?? { n: 0, after: 0 };
        e.n++;
        if (a.content.start >= a.cue.start) e.after++;
        anchors.set(best.lower, e);
      }
    }
    if (a.source) {
      for (const t of tokens) {
        if (t.start >= a.source.end) break;
        if (t.word && !t.cap && inside(t, a.source)) sourceWords.set(t.lower, (sourceWords.get(t.lower) ?? 0) + 1);
      }
    }
  }
});

const round = (x: number) => Math.round(x * 1000) / 1000;
// Inflections share their evidence: "questioning" is a cue when "questioned" and "questions" are.
const families = new Map<string, { n: number; after: number; occ: number }>();
for (const [w, occ] of occurrences) {
  const f = families.get(stem(w)) ?? { n: 0, after: 0, occ: 0 };
  const e = anchors.get(w);
  f.occ += occ;
  f.n += e?.n ?? 0;
  f.after += e?.after ?? 0;
  families.set(stem(w), f);
}
const cues: Record<string, [number, number, number]> = {};
const ranked = [...occurrences.keys()].sort((a, b) => (anchors.get(b)?.n ?? 0) - (anchors.get(a)?.n ?? 0) || (a < b ? -1 : 1));
for (const w of ranked) {
  const e = anchors.get(w);
  const occ = occurrences.get(w)!;
  // [probability the word anchors a cue, anchored cues seen, share with content after the cue]
  if (e && e.n >= MIN_WORD_ANCHORS) {
    cues[w] = [round(e.n / occ), e.n, round(e.after / e.n)];
    continue;
  }
  const f = families.get(stem(w))!;
  if (f.n >= MIN_FAMILY_ANCHORS && w.length > 3) cues[w] = [round(f.n / f.occ), e?.n ?? 0, round(f.after / f.n)];
}
const sources: Record<string, number> = {};
for (const [w, n] of [...sourceWords].sort((a, b) => b[1] - a[1])) {
  const occ = occurrences.get(w) ?? n;
  if (n >= 3 && n / occ >= 0.05) sources[w] = round(n / occ);
}

/** A crude stem that folds a verb's or noun's inflections together ("supports", "supported" → "support"). */
function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) return trimE(w.slice(0, -3));
  if (w.length > 4 && (w.endsWith('ied') || w.endsWith('ies'))) return w.slice(0, -3) + 'y';
  if (w.length > 4 && (w.endsWith('ed') || w.endsWith('es'))) return trimE(w.slice(0, -2));
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return trimE(w.slice(0, -1));
  return trimE(w);
}

function trimE(w: string): string {
  return w.length > 3 && w.endsWith('e') ? w.slice(0, -1) : w;
}

const outDir = new URL('../resources/extraction/', import.meta.url);
mkdirSync(outDir, { recursive: true });
writeFileSync(new URL('cue-lexicon.json', outDir), JSON.stringify({ cues, sources }) + '\n');
console.log(`cue words: ${Object.keys(cues).length}, source words: ${Object.keys(sources).length}`);

// Each model's features read the resources written before it, so their modules load only now.
// Features reach the trainer as ids; every word must get one, not only the words the current models know.
const { learnEveryValue } = await import('../shared/extraction/feature-values');
learnEveryValue();
const anchorModel = await trainAnchorModel(docs);
writeFileSync(new URL('anchor-model.json', outDir), JSON.stringify(anchorModel) + '\n');
console.log(`anchor model: ${Object.keys(anchorModel.weights).length} weights`);
const endModel = await trainContentEndModel(docs);
writeFileSync(new URL('content-end-model.json', outDir), JSON.stringify(endModel) + '\n');
console.log(`content-end model: ${Object.keys(endModel.weights).length} weights`);
const startModel = await trainContentStartModel(docs);
writeFileSync(new URL('content-start-model.json', outDir), JSON.stringify(startModel) + '\n');
console.log(`content-start model: ${Object.keys(startModel.weights).length} weights`);
const frameModel = await trainFrameModel(docs);
writeFileSync(new URL('frame-model.json', outDir), JSON.stringify(frameModel) + '\n');
console.log(`frame model: ${Object.keys(frameModel.weights).length} weights`);

// The span tagger trains in PyTorch; everything above is plain TypeScript and is kept even
// when Python is missing, so the message names exactly what is absent.
// --skip-tagger: for quick rounds on the linear models; the tagger reads the cue lexicon, so
// a changed lexicon needs a full run before the resources are committed.
if (process.argv.includes('--skip-tagger')) {
  console.log('span tagger skipped (--skip-tagger): resources/extraction/span-tagger.json left as it was.');
  process.exit(0);
}
const { torchMissing, trainTagger } = await import('./train-tagger');
const missing = torchMissing();
if (missing) {
  console.error(`span tagger NOT rebuilt: ${missing}. The other resources are up to date; resources/extraction/span-tagger.json is left as it was.`);
  process.exit(1);
}
trainTagger(docs, fileURLToPath(new URL('span-tagger.json', outDir)));

/**
 * Logistic regression by stochastic gradient descent over every word the lexicon knows,
 * outside quotations; the positives are the words that anchor a gold cue.
 */
async function trainAnchorModel(corpus: BratDocument[]): Promise<{ weights: Record<string, number> }> {
  const { analyzeText } = await import('../shared/extraction/text-analysis');
  const { anchorFeatures, isAnchorCandidate } = await import('../shared/extraction/anchor-features');
  const { cueProbability } = await import('../shared/extraction/cue-lexicon');
  const examples: { features: string[]; label: number }[] = [];
  const seen = new Map<string, number>();
  for (const doc of corpus) {
    const a = analyzeText(doc.text);
    const anchorsAt = new Set<number>();
    for (const at of doc.gold) {
      if (!at.cue) continue;
      let best = -1;
      for (let i = 0; i < a.tokens.length; i++) {
        const t = a.tokens[i]!;
        if (t.start >= at.cue.end) break;
        if (t.word && t.start >= at.cue.start && (best === -1 || cueProbability(t.lower) > cueProbability(a.tokens[best]!.lower))) best = i;
      }
      if (best !== -1) anchorsAt.add(best);
    }
    for (let i = 0; i < a.tokens.length; i++) {
      const t = a.tokens[i]!;
      if (!t.word || a.quoteOf[i] !== -1 || !isAnchorCandidate(a.cuePrior[i]!)) continue;
      const features = anchorFeatures(a, i);
      for (const f of features) seen.set(f, (seen.get(f) ?? 0) + 1);
      examples.push({ features, label: anchorsAt.has(i) ? 1 : 0 });
    }
  }
  return trainLogistic('anchor model', examples, seen);
}

/**
 * Where reported content ends: for each gold content that follows its cue within one
 * sentence, the candidate end nearest the gold end is the positive, the others negatives.
 */
async function trainContentEndModel(corpus: BratDocument[]): Promise<{ weights: Record<string, number> }> {
  const { analyzeText } = await import('../shared/extraction/text-analysis');
  const { endCandidates, endFeatures } = await import('../shared/extraction/content-end-features');
  const examples: { features: string[]; label: number }[] = [];
  const seen = new Map<string, number>();
  for (const doc of corpus) {
    const a = analyzeText(doc.text);
    for (const at of doc.gold) {
      if (!at.cue || at.content.start < at.cue.end) continue;
      let from = a.tokens.findIndex((t) => t.start >= at.content.start);
      if (from === -1) continue;
      while (from < a.tokens.length && !a.tokens[from]!.word && a.quoteOf[from] === -1) from++;
      const sentence = a.sentences[a.sentenceOf[from]!];
      if (!sentence || a.tokens[sentence.last - 1]!.end + 1 < at.content.end) continue;
      let cueWord = '';
      let best = -1;
      for (let i = 0; i < a.tokens.length && a.tokens[i]!.start < at.cue.end; i++) {
        if (a.tokens[i]!.start >= at.cue.start && a.cuePrior[i]! > best) {
          best = a.cuePrior[i]!;
          cueWord = a.tokens[i]!.lower;
        }
      }
      const candidates = endCandidates(a, sentence, from);
      const endChar = (k: number) => {
        let j = k;
        while (j > from && !a.tokens[j - 1]!.word && a.quoteOf[j - 1] === -1) j--;
        return a.tokens[Math.max(from, j - 1)]!.end;
      };
      let target = candidates[0]!;
      for (const k of candidates) if (Math.abs(endChar(k) - at.content.end) < Math.abs(endChar(target) - at.content.end)) target = k;
      for (const k of candidates) {
        const features = endFeatures(a, sentence, from, k, cueWord);
        for (const f of features) seen.set(f, (seen.get(f) ?? 0) + 1);
        examples.push({ features, label: k === target ? 1 : 0 });
      }
    }
  }
  return trainLogistic('content-end model', examples, seen);
}

/**
 * Where reported content starts: for each gold content after its cue in one sentence, the
 * rules' first guess is the first word after the cue; the candidate at the gold start is the
 * positive, the other candidates negatives.
 */
async function trainContentStartModel(corpus: BratDocument[]): Promise<{ weights: Record<string, number> }> {
  const { analyzeText } = await import('../shared/extraction/text-analysis');
  const { startCandidates, startFeatures } = await import('../shared/extraction/content-start-features');
  const examples: { features: string[]; label: number }[] = [];
  const seen = new Map<string, number>();
  for (const doc of corpus) {
    const a = analyzeText(doc.text);
    for (const at of doc.gold) {
      if (!at.cue || at.content.start < at.cue.end) continue;
      let from = a.tokens.findIndex((t) => t.start >= at.cue!.end);
      while (from !== -1 && from < a.tokens.length && (a.tokens[from]!.text === ',' || a.tokens[from]!.text === ':')) from++;
      const gold = a.tokens.findIndex((t) => t.start >= at.content.start);
      if (from === -1 || gold === -1 || gold < from || a.sentenceOf[gold] !== a.sentenceOf[from]) continue;
      const sentence = a.sentences[a.sentenceOf[from]!]!;
      const candidates = startCandidates(a, sentence, from);
      if (candidates.length < 2 || !candidates.includes(gold)) continue;
      let cueWord = '';
      let best = -1;
      for (let i = 0; i < a.tokens.length && a.tokens[i]!.start < at.cue.end; i++) {
        if (a.tokens[i]!.start >= at.cue.start && a.cuePrior[i]! > best) {
          best = a.cuePrior[i]!;
          cueWord = a.tokens[i]!.lower;
        }
      }
      for (const k of candidates) {
        const features = startFeatures(a, from, k, cueWord);
        for (const f of features) seen.set(f, (seen.get(f) ?? 0) + 1);
        examples.push({ features, label: k === gold ? 1 : 0 });
      }
    }
  }
  return trainLogistic('content-start model', examples, seen);
}

/**
 * Logistic regression over every candidate frame the rules build on train; a frame is a
 * positive when its content matches a gold content (word Jaccard of at least one half).
 */
async function trainFrameModel(corpus: BratDocument[]): Promise<{ weights: Record<string, number> }> {
  const { prepareContext, candidateFrames } = await import('../shared/extraction/pipeline');
  const { frameFeatures } = await import('../shared/extraction/frame-features');
  const examples: { features: string[]; label: number }[] = [];
  const seen = new Map<string, number>();
  for (const doc of corpus) {
    const ctx = prepareContext(doc.text);
    const words = [...doc.text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m.index);
    const wordsIn = (start: number, end: number) => {
      const out = new Set<number>();
      for (let k = 0; k < words.length; k++) if (words[k]! >= start && words[k]! < end) out.add(k);
      return out;
    };
    const gold = doc.gold.map((g) => wordsIn(g.content.start, g.content.end));
    for (const frame of candidateFrames(ctx)) {
      if (frame.byLayout) continue;
      const mine = wordsIn(frame.contentStart, frame.contentEnd);
      const match = gold.some((g) => {
        let inter = 0;
        for (const x of g) if (mine.has(x)) inter++;
        return inter > 0 && inter / (g.size + mine.size - inter) >= 0.5;
      });
      const features = frameFeatures(ctx, frame);
      for (const f of features) seen.set(f, (seen.get(f) ?? 0) + 1);
      examples.push({ features, label: match ? 1 : 0 });
    }
  }
  return trainLogistic('frame model', examples, seen);
}

/** Stochastic gradient descent on the log-loss, with a fixed shuffle for reproducibility. */
function trainLogistic(
  label: string,
  examples: { features: string[]; label: number }[],
  seen: Map<string, number>,
): { weights: Record<string, number> } {
  const w = new Map<string, number>();
  const averaged = new Map<string, number>();
  const EPOCHS = 16;
  const AVERAGE_FROM = 3;
  const L2 = 1e-6;
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const order = examples.map((_, i) => i);
  const kept = examples.map((ex) => ex.features.filter((f) => (seen.get(f) ?? 0) >= 2));
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = 0.2 / (1 + epoch);
    for (const idx of order) {
      const feats = kept[idx]!;
      let z = 0;
      for (const f of feats) z += w.get(f) ?? 0;
      const g = examples[idx]!.label - 1 / (1 + Math.exp(-z));
      for (const f of feats) {
        const cur = w.get(f) ?? 0;
        w.set(f, cur + rate * (g - L2 * cur));
      }
    }
    let loss = 0;
    for (let i = 0; i < examples.length; i++) {
      let z = 0;
      for (const f of kept[i]!) z += w.get(f) ?? 0;
      const p = 1 / (1 + Math.exp(-z));
      loss -= examples[i]!.label ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12);
    }
    console.log(`${label} epoch ${epoch + 1}: ${examples.length} examples, mean log-loss ${(loss / examples.length).toFixed(4)}`);
    // Averaging the weights of the later epochs steadies the model against the last few updates.
    if (epoch >= AVERAGE_FROM) for (const [f, v] of w) averaged.set(f, (averaged.get(f) ?? 0) + v / (EPOCHS - AVERAGE_FROM));
  }
  const weights: Record<string, number> = {};
  for (const [f, v] of [...averaged].sort((x, y) => (x[0] < y[0] ? -1 : 1))) if (Math.abs(v) >= 0.05) weights[f] = Math.round(v * 1000) / 1000;
  return { weights };
}
