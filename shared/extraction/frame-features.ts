import type { FeatureVisitor } from './anchor-features';
import { tokenAt } from './frame-helpers';
import type { Frame, FrameContext } from './frames';

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'who']);
const LENGTHS = [1, 2, 4, 7, 12, 20, 40];

function bucket(n: number): string {
  let b = 0;
  while (b < LENGTHS.length && n > LENGTHS[b]!) b++;
  return String(b);
}

/**
 * Features of a whole attribution frame (its cue, speaker and content), deciding whether
 * it is a statement worth reporting. Shared by the trainer and the runtime model.
 */
export function visitFrameFeatures(ctx: FrameContext, f: Frame, visit: FeatureVisitor): void {
  const { tokens } = ctx;
  const cue = tokens[f.cue.first]!.lower;
  const after = f.contentStart >= tokens[f.cue.first]!.start;
  const direction = after ? 'after' : 'before';
  let sourceShape = 'none';
  let sourceSide = 'none';
  if (f.source) {
    const s = tokens[f.source.first]!;
    sourceShape = PRONOUNS.has(s.lower) ? 'pron' : s.cap ? 'cap' : /^\d/.test(s.text) ? 'num' : 'low';
    sourceSide = f.source.first < f.cue.first ? 'left' : 'right';
  }
  let words = 0;
  let firstWord = '';
  const firstIdx = tokenAt(ctx, f.contentStart);
  for (let k = firstIdx; k < tokens.length && tokens[k]!.start < f.contentEnd; k++) {
    if (!tokens[k]!.word) continue;
    words++;
    if (!firstWord) firstWord = tokens[k]!.lower;
  }
  const startsQuote = ctx.quoteOf[firstIdx] !== -1 && ctx.quotes[ctx.quoteOf[firstIdx]!]!.start === f.contentStart;
  const p = String(Math.min(9, Math.floor(f.confidence * 10)));
  const len = bucket(words);
  visit('bias', '-');
  visit('cue', cue);
  visit('p', p);
  visit('dir', direction);
  visit('kind', f.kind);
  visit('src', sourceShape);
  visit('side', sourceSide);
  visit('len', len);
  visit('first', firstWord);
  visit('quote', startsQuote ? 'yes' : 'no');
  visit('cue+dir', cue, direction);
  visit('cue+first', cue, firstWord);
  visit('cue+len', cue, len);
  visit('cue+src', cue, sourceShape);
  visit('dir+kind', direction, f.kind);
  visit('p+dir', p, direction);
  visit('len+kind', len, f.kind);
  visit('src+side', sourceShape, sourceSide);
}

/** The features as strings, as the trainer stores them. */
export function frameFeatures(ctx: FrameContext, f: Frame): string[] {
  const out: string[] = [];
  visitFrameFeatures(ctx, f, (template, value, second) => out.push(second === undefined ? `${template}=${value}` : `${template}=${value}|${second}`));
  return out;
}
