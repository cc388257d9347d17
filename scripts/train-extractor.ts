/**
 * Mines the statement extractor's lexicons from the PolNeAR training split and writes
 * them to resources/extraction/cue-lexicon.json:
 *   - cue words: how often each word anchors an attribution cue, against how often it occurs;
 *   - source words: lower-case words that occur inside source mentions ("official", "aides").
 *
 *   npm run train:extractor
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tokenize, type Token } from '../shared/extraction/tokens';
import { loadSplit } from './tune-extractor';

const docs = loadSplit('train');
if (docs.length === 0) {
  console.log('PolNeAR train split not found next to the repository; nothing to learn from.');
  process.exit(0);
}

const inside = (t: Token, s: { start: number; end: number }) => t.start >= s.start && t.end <= s.end;

// Pass 1: how often each word sits inside any cue span.
const occurrences = new Map<string, number>();
const inCue = new Map<string, number>();
const tokensByDoc = docs.map((d) => tokenize(d.text));
docs.forEach((doc, di) => {
  const tokens = tokensByDoc[di]!;
  const cues = doc.attributions.map((a) => a.cue).filter((c): c is { start: number; end: number } => c !== null);
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
  for (const a of doc.attributions) {
    if (a.cue) {
      let best: Token | null = null;
      for (const t of tokens) {
        if (t.start >= a.cue.end) break;
        if (t.word && inside(t, a.cue) && (!best || membership(t.lower) > membership(best.lower))) best = t;
      }
      if (best) {
        const e = anchors.get(best.lower) ?? { n: 0, after: 0 };
        e.n++;
        if (a.content && a.content.start >= a.cue.start) e.after++;
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
const cues: Record<string, [number, number, number]> = {};
for (const [w, e] of [...anchors].sort((a, b) => b[1].n - a[1].n)) {
  const occ = occurrences.get(w) ?? e.n;
  if (e.n < 3) continue;
  // [probability the word anchors a cue, anchored cues seen, share with content after the cue]
  cues[w] = [round(e.n / occ), e.n, round(e.after / e.n)];
}
const sources: Record<string, number> = {};
for (const [w, n] of [...sourceWords].sort((a, b) => b[1] - a[1])) {
  const occ = occurrences.get(w) ?? n;
  if (n >= 3 && n / occ >= 0.05) sources[w] = round(n / occ);
}

const outDir = new URL('../resources/extraction/', import.meta.url);
mkdirSync(outDir, { recursive: true });
writeFileSync(new URL('cue-lexicon.json', outDir), JSON.stringify({ cues, sources }) + '\n');
console.log(`cue words: ${Object.keys(cues).length}, source words: ${Object.keys(sources).length}`);
