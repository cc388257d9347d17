/**
 * Quick measuring loop for the statement extractor on PolNeAR (content and attribution
 * F1 as the corpus README defines them), with an optional error listing. The official
 * figures come from `scripts/eval-polnear.ts`; this one exists for fast iteration and
 * also provides the brat reader the training script uses.
 *
 *   npx tsx scripts/tune-extractor.ts [train|dev] [--errors] [--threshold=P] [--without=anchor,frame,end]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExtractedStatement } from '../shared/domain/extraction';

export interface GoldAttribution {
  content: { start: number; end: number } | null;
  cue: { start: number; end: number } | null;
  source: { start: number; end: number } | null;
}

export interface GoldDocument {
  name: string;
  text: string;
  attributions: GoldAttribution[];
}

export const POLNEAR_DIR = new URL('../../shared/corpora/polnear/', import.meta.url);

/** Brat offsets count code points; JavaScript strings count UTF-16 units. */
function codePointToUnitMap(text: string): Int32Array {
  const map = new Int32Array(text.length + 2);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[cp] = i;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) i++;
    cp++;
  }
  map[cp] = text.length;
  return map;
}

export function loadSplit(split: string): GoldDocument[] {
  const dir = join(POLNEAR_DIR.pathname, split);
  if (!existsSync(dir)) return [];
  const annFiles = readdirSync(join(dir, 'attributions')).sort();
  const docs: GoldDocument[] = [];
  for (const file of readdirSync(join(dir, 'text')).sort()) {
    const name = file.replace(/\.txt$/, '');
    const text = readFileSync(join(dir, 'text', file), 'utf8');
    const map = codePointToUnitMap(text);
    const ann = annFiles.find((f) => f.startsWith(name + '_') && /^_[^_]+\.ann$/.test(f.slice(name.length)));
    const attributions: GoldAttribution[] = [];
    if (ann) {
      const spans = new Map<string, { start: number; end: number }>();
      const events: Record<string, string>[] = [];
      for (const line of readFileSync(join(dir, 'attributions', ann), 'utf8').split('\n')) {
        const t = /^(T\d+)\t(\S+) (\d+(?: \d+)?(?:;\d+ \d+)*)\t/.exec(line);
        if (t) {
          const nums = t[3]!.split(/[ ;]/).map(Number);
          spans.set(t[1]!, { start: map[nums[0]!]!, end: map[nums[nums.length - 1]!]! });
          continue;
        }
        const e = /^E\d+\t(.*)$/.exec(line);
        if (e) events.push(Object.fromEntries(e[1]!.trim().split(/\s+/).map((kv) => kv.split(':') as [string, string])));
      }
      for (const ev of events) {
        const get = (role: string) => (ev[role] ? spans.get(ev[role]!) ?? null : null);
        attributions.push({ content: get('Content'), cue: get('Cue'), source: get('Source') });
      }
    }
    docs.push({ name, text, attributions });
  }
  return docs;
}

const WORD_RE = /[\p{L}\p{N}]+/gu;
const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'his', 'her', 'their', 'who', 'him', 'them', 'our', 'my']);

function wordIndexSet(words: { start: number; end: number }[], start: number, end: number): Set<number> {
  const set = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.end <= start) continue;
    if (w.start >= end) break;
    set.add(i);
  }
  return set;
}

function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

function attributedCorrectly(text: string, gold: GoldAttribution, pred: ExtractedStatement): boolean {
  const m = pred.speaker.mention;
  if (!gold.source) return m === null;
  if (!m) return false;
  if (m.start < gold.source.end && gold.source.start < m.end) return true;
  const srcText = text.slice(gold.source.start, gold.source.end);
  const srcWords = srcText.toLowerCase().match(WORD_RE) ?? [];
  const short = srcWords.length <= 2 || srcWords.every((w) => PRONOUNS.has(w));
  if (!short || !pred.speaker.name) return false;
  const nameWords = new Set(pred.speaker.name.toLowerCase().match(WORD_RE) ?? []);
  return srcWords.some((w) => nameWords.has(w) && !PRONOUNS.has(w));
}

export interface Tally {
  gold: number;
  predicted: number;
  matched: number;
  attributed: number;
  directGold: number;
  directPredicted: number;
  directMatched: number;
}

const isQuoteStart = (s: string) => /^[“"‘«„']/.test(s);

export function scoreDocument(doc: GoldDocument, preds: ExtractedStatement[], tally: Tally, errors?: string[]): void {
  const words = [...doc.text.matchAll(WORD_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const gold = doc.attributions.filter((g) => g.content);
  const gs = gold.map((g) => wordIndexSet(words, g.content!.start, g.content!.end));
  const ps = preds.map((p) => wordIndexSet(words, p.content.start, p.content.end));
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < gold.length; i++)
    for (let j = 0; j < preds.length; j++) {
      const jac = jaccard(gs[i]!, ps[j]!);
      if (jac >= 0.5) pairs.push([jac, i, j]);
    }
  pairs.sort((a, b) => b[0] - a[0]);
  const gUsed = new Map<number, number>();
  const pUsed = new Set<number>();
  for (const [, i, j] of pairs) {
    if (gUsed.has(i) || pUsed.has(j)) continue;
    gUsed.set(i, j);
    pUsed.add(j);
  }
  tally.gold += gold.length;
  tally.predicted += preds.length;
  const gDirect = gold.map((g) => isQuoteStart(doc.text.slice(g.content!.start, g.content!.end)));
  tally.directGold += gDirect.filter(Boolean).length;
  tally.directPredicted += preds.filter((p) => p.kind === 'direct').length;
  for (const [i, j] of gUsed) {
    tally.matched++;
    if (gDirect[i] && preds[j]!.kind === 'direct') tally.directMatched++;
    const ok = attributedCorrectly(doc.text, gold[i]!, preds[j]!);
    if (ok) tally.attributed++;
    else
      errors?.push(
        `WRONG-SPEAKER gold=${gold[i]!.source ? JSON.stringify(doc.text.slice(gold[i]!.source!.start, gold[i]!.source!.end)) : '∅'} pred=${JSON.stringify(preds[j]!.speaker.mention?.text ?? null)}/${preds[j]!.speaker.name} :: ${clip(preds[j]!.content.text)}`,
      );
  }
  for (let i = 0; i < gold.length; i++) {
    if (gUsed.has(i)) continue;
    const g = gold[i]!;
    const best = ps.reduce((b, p, j) => Math.max(b, pUsed.has(j) ? 0 : jaccard(gs[i]!, p)), 0);
    errors?.push(
      `MISSED cue=${g.cue ? JSON.stringify(doc.text.slice(g.cue.start, g.cue.end)) : '∅'} src=${g.source ? JSON.stringify(doc.text.slice(g.source.start, g.source.end)) : '∅'} best=${best.toFixed(2)} :: ${clip(doc.text.slice(g.content!.start, g.content!.end))}`,
    );
  }
  for (let j = 0; j < preds.length; j++) {
    if (pUsed.has(j)) continue;
    const p = preds[j]!;
    errors?.push(`SPURIOUS ${p.kind} cue=${JSON.stringify(p.cue?.text ?? null)} src=${JSON.stringify(p.speaker.mention?.text ?? null)} :: ${clip(p.content.text)}`);
  }
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 160 ? one.slice(0, 157) + '…' : one;
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function summarize(t: Tally): string {
  const cp = t.matched / Math.max(1, t.predicted);
  const cr = t.matched / Math.max(1, t.gold);
  const ap = t.attributed / Math.max(1, t.predicted);
  const ar = t.attributed / Math.max(1, t.gold);
  const dp = t.directMatched / Math.max(1, t.directPredicted);
  const dr = t.directMatched / Math.max(1, t.directGold);
  const fmt = (x: number) => x.toFixed(3);
  return [
    `gold ${t.gold}  predicted ${t.predicted}  matched ${t.matched}  attributed ${t.attributed}`,
    `content      P ${fmt(cp)}  R ${fmt(cr)}  F1 ${fmt(f1(cp, cr))}`,
    `attribution  P ${fmt(ap)}  R ${fmt(ar)}  F1 ${fmt(f1(ap, ar))}`,
    `direct       P ${fmt(dp)}  R ${fmt(dr)}  F1 ${fmt(f1(dp, dr))}  (gold ${t.directGold}, predicted ${t.directPredicted})`,
  ].join('\n');
}

async function main(): Promise<void> {
  // Loaded here so that the trainer can read the corpus before the resources it writes exist.
  const { extractStatements } = await import('../shared/extraction/index');
  const args = process.argv.slice(2);
  const split = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? 'dev';
  const withErrors = args.includes('--errors');
  const docs = loadSplit(split);
  if (docs.length === 0) {
    console.log(`PolNeAR ${split} split not found under ${POLNEAR_DIR.pathname}; nothing to measure.`);
    return;
  }
  const tally: Tally = { gold: 0, predicted: 0, matched: 0, attributed: 0, directGold: 0, directPredicted: 0, directMatched: 0 };
  const t0 = performance.now();
  const thresholdArg = args.find((a) => a.startsWith('--threshold='));
  // --without=anchor,frame,end switches learned parts off, to measure what each adds.
  const without = (args.find((a) => a.startsWith('--without='))?.split('=')[1] ?? '').split(',');
  const learned = { anchorModel: !without.includes('anchor'), frameModel: !without.includes('frame'), contentEndModel: !without.includes('end') };
  const options = { learned, ...(thresholdArg ? { threshold: Number(thresholdArg.split('=')[1]) } : {}) };
  const results = docs.map((d) => extractStatements(d.text, options).statements);
  const ms = performance.now() - t0;
  for (let i = 0; i < docs.length; i++) {
    const errors: string[] = [];
    scoreDocument(docs[i]!, results[i]!, tally, withErrors ? errors : undefined);
    if (withErrors && errors.length) console.log(`## ${docs[i]!.name}\n${errors.join('\n')}`);
  }
  console.log(summarize(tally));
  console.log(`${docs.length} articles in ${ms.toFixed(0)} ms (${((docs.length * 1000) / ms).toFixed(0)} articles/s)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
