/**
 * Attributions that layout, not a cue word, marks: a quotation signed with a dash and a
 * name ("“We will not back down.” ― Pamela Padilla"), as reader comments and vox pops
 * are often set.
 */
import type { Frame, FrameContext } from './frame-types';
import { NAME_PARTICLES } from './name-particles';

const SIGNATURE_DASHES = new Set(['―', '—', '–', '-']);
const MAX_NAME_TOKENS = 8;
// As sure as a speaker label: the layout leaves little doubt.
const SIGNED_QUOTE_CONFIDENCE = 0.9;

/** A quotation followed, in its paragraph, by a dash and a capitalised name, and nothing else. */
export function signedQuoteFrames(ctx: FrameContext): Frame[] {
  const { tokens, quotes, analysis } = ctx;
  const frames: Frame[] = [];
  let i = 0;
  for (let q = 0; q < quotes.length; q++) {
    const quote = quotes[q]!;
    while (i < tokens.length && tokens[i]!.start < quote.end) i++;
    const dash = tokens[i];
    if (!dash || !SIGNATURE_DASHES.has(dash.text) || ctx.quoteOf[i] !== -1) continue;
    const s = analysis.sentenceOf[i]!;
    if (ctx.skip[s]) continue;
    const paragraph = ctx.sentences[s]!.paragraph;
    let k = i + 1;
    let words = 0;
    while (k < tokens.length && k - i <= MAX_NAME_TOKENS && ctx.quoteOf[k] === -1 && ctx.sentences[analysis.sentenceOf[k]!]!.paragraph === paragraph) {
      const t = tokens[k]!;
      if (t.word && !t.cap && !NAME_PARTICLES.has(t.lower) && !/^\d/.test(t.text)) break;
      if (!t.word && t.text !== '.' && t.text !== ',' && t.text !== '-') break;
      if (t.word) words++;
      k++;
    }
    const after = k;
    while (k > i + 1 && !tokens[k - 1]!.word) k--;
    // The name must close the paragraph (or run into the next quotation); a full stop after it may too.
    const next = tokens[after];
    const closes = !next || ctx.quoteOf[after] !== -1 || ctx.sentences[analysis.sentenceOf[after]!]!.paragraph !== paragraph;
    if (words === 0 || words > 5 || !closes) continue;
    frames.push({
      cue: { first: i, last: i + 1 },
      source: { first: i + 1, last: k },
      contentStart: quote.start,
      contentEnd: quote.end,
      quote: q,
      kind: 'direct',
      confidence: SIGNED_QUOTE_CONFIDENCE,
      sentence: s,
      byLayout: true,
    });
  }
  return frames;
}
