import type { QuoteSpan } from './quotes';
import type { Token } from './tokens';

/** A sentence as a token range [first, last) within one paragraph. */
export interface Sentence {
  first: number;
  last: number;
  paragraph: number;
}

// Abbreviations whose period does not end a sentence (lower case, without the period).
const ABBREVIATIONS = new Set(
  'mr mrs ms dr sen rep gov gen lt col capt cmdr cdr brig cpl pvt sgt maj adm amb st jr sr vs no prof rev hon fr h.e u.s u.n u.k d.c inc corp co ltd dept est approx jan feb mar apr aug sept sep oct nov dec pres sens reps gens ft mt'.split(' '),
);
// "J. Smith", "A.K.M. Nurul Absar Chowdhury": a name's initials, whose last period ends no sentence.
const INITIALS_RE = /^(?:\p{Lu}\.){0,3}\p{Lu}$/u;
// "at his golf club at Bedminster, N.J. Roger Ailes …": a state's abbreviation, which often ends a sentence.
const US_STATE_ABBREVIATIONS = new Set(['N.J', 'N.Y', 'N.H', 'N.C', 'N.D', 'N.M', 'S.C', 'S.D', 'R.I']);
const QUOTE_TAIL_RE = /^[”"’'»“]+$/;
const CLOSERS = new Set(['”', '"', '’', "'", ')', '»', ']']);

/** Whether text[from, to) holds a line break; read in place, since it is asked between every two tokens. */
export function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/**
 * Whether a terminator lies inside a quotation, so that it cannot end the sentence. A
 * terminator right before the closing mark ends the quotation, and maybe the sentence.
 * (A question or exclamation closing a quotation is usually followed by its attribution:
 * "“Why not?” Clinton asked.") Asked of terminators only: the test reads the rest of the quote.
 */
function insideQuote(text: string, t: Token, quote: QuoteSpan | undefined): boolean {
  return quote !== undefined && quote.start < t.start && t.end < quote.end && (t.text === '?' || t.text === '!' || !QUOTE_TAIL_RE.test(text.slice(t.end, quote.end)));
}

/**
 * Splits tokens into sentences. A sentence never ends inside a quotation, so a quoted
 * passage and the words that attribute it stay together; paragraphs always end one.
 */
export function splitSentences(text: string, tokens: Token[], quotes: QuoteSpan[]): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let first = 0;
  let q = 0;
  // "''He said…": a quotation opening with straight marks starts a sentence as a capital does.
  const quoteStarts = new Set(quotes.map((qs) => qs.start));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    while (q < quotes.length && quotes[q]!.end <= t.start) q++;
    let newParagraph = next !== undefined && hasNewline(text, t.end, next.start);
    let ends = newParagraph || next === undefined;
    if (!ends && (t.text === '.' || t.text === '!' || t.text === '?' || t.text === '…') && !insideQuote(text, t, quotes[q])) {
      let k = i + 1;
      while (k < tokens.length && CLOSERS.has(tokens[k]!.text) && tokens[k]!.start === tokens[k - 1]!.end) k++;
      const after = tokens[k];
      const prev = tokens[i - 1];
      // "No. 10 Downing Street" abbreviates a number; "the candidate said no. But …" ends a sentence.
      const numberWord = prev?.lower === 'no' && !/^\d/.test(after?.text ?? '');
      const abbreviation = t.text === '.' && prev !== undefined && prev.end === t.start && ((ABBREVIATIONS.has(prev.lower) && !numberWord) || (INITIALS_RE.test(prev.text) && !US_STATE_ABBREVIATIONS.has(prev.text)));
      if (after && !abbreviation && (after.cap || /^[“"‘«„(\d]/.test(after.text) || quoteStarts.has(after.start)) && text.slice(tokens[k - 1]!.end, after.start).length > 0) {
        i = k - 1;
        ends = true;
        // The closing marks consumed may be what stands before the paragraph break.
        newParagraph = hasNewline(text, tokens[i]!.end, after.start);
      }
    }
    if (ends) {
      sentences.push({ first, last: i + 1, paragraph });
      first = i + 1;
      if (newParagraph) paragraph++;
    }
  }
  return sentences;
}
