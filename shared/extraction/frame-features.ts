import { internValue, literalIds, tokenValue, valueId } from './feature-values';
import { afterDateline } from './dateline';
import { tokenAt } from './frame-helpers';
import type { Frame, FrameContext } from './frames';
import { featureStrings, type FeatureVisitor } from './linear-model';

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'who']);
const LENGTHS = [1, 2, 4, 7, 12, 20, 40];

function bucket(n: number): number {
  let b = 0;
  while (b < LENGTHS.length && n > LENGTHS[b]!) b++;
  return BUCKETS[b]!;
}

const BUCKETS = Array.from({ length: LENGTHS.length + 1 }, (_, b) => internValue(String(b)));
const P_BUCKETS = Array.from({ length: 10 }, (_, b) => internValue(String(b)));
const T = literalIds('bias', 'cue', 'p', 'dir', 'kind', 'src', 'side', 'len', 'first', 'quote', 'cue+dir', 'cue+first', 'cue+len', 'cue+src', 'dir+kind', 'p+dir', 'len+kind', 'src+side');
const V = literalIds('-', 'after', 'before', 'none', 'pron', 'cap', 'num', 'low', 'left', 'right', 'yes', 'no', '', 'direct', 'indirect', 'mixed');

/**
 * Features of a whole attribution frame (its cue, speaker and content), deciding whether
 * it is a statement worth reporting. Shared by the trainer and the runtime model.
 */
export function visitFrameFeatures(ctx: FrameContext, f: Frame, visit: FeatureVisitor): void {
  const { tokens } = ctx;
  const cue = tokenValue(tokens[f.cue.first]!);
  const after = f.contentStart >= tokens[f.cue.first]!.start;
  const direction = after ? V.after : V.before;
  let sourceShape = V.none;
  let sourceSide = V.none;
  if (f.source) {
    const s = tokens[f.source.first]!;
    sourceShape = PRONOUNS.has(s.lower) ? V.pron : s.cap ? V.cap : /^\d/.test(s.text) ? V.num : V.low;
    sourceSide = f.source.first < f.cue.first ? V.left : V.right;
  }
  let words = 0;
  let firstWord = V[''];
  // Reported content opening a paragraph is read from after its dateline ("WASHINGTON (AP) — The Fed
  // will ..., officials said"), as it is reported: the place names no statement.
  const firstIdx = tokenAt(ctx, f.kind === 'direct' ? f.contentStart : afterDateline(ctx.text, f.contentStart, f.contentEnd));
  for (let k = firstIdx; k < tokens.length && tokens[k]!.start < f.contentEnd; k++) {
    if (!tokens[k]!.word) continue;
    if (words++ === 0) firstWord = tokenValue(tokens[k]!);
  }
  const startsQuote = ctx.quoteOf[firstIdx] !== -1 && ctx.quotes[ctx.quoteOf[firstIdx]!]!.start === f.contentStart;
  const p = P_BUCKETS[Math.min(9, Math.floor(f.confidence * 10))]!;
  const len = bucket(words);
  const kind = f.kind === 'direct' ? V.direct : f.kind === 'indirect' ? V.indirect : f.kind === 'mixed' ? V.mixed : valueId(f.kind);
  visit(T.bias, V['-']);
  visit(T.cue, cue);
  visit(T.p, p);
  visit(T.dir, direction);
  visit(T.kind, kind);
  visit(T.src, sourceShape);
  visit(T.side, sourceSide);
  visit(T.len, len);
  visit(T.first, firstWord);
  visit(T.quote, startsQuote ? V.yes : V.no);
  visit(T['cue+dir'], cue, direction);
  visit(T['cue+first'], cue, firstWord);
  visit(T['cue+len'], cue, len);
  visit(T['cue+src'], cue, sourceShape);
  visit(T['dir+kind'], direction, kind);
  visit(T['p+dir'], p, direction);
  visit(T['len+kind'], len, kind);
  visit(T['src+side'], sourceShape, sourceSide);
}

/** The features as strings, as the trainer stores them. */
export function frameFeatures(ctx: FrameContext, f: Frame): string[] {
  return featureStrings((visit) => visitFrameFeatures(ctx, f, visit));
}
