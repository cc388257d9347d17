/**
 * Finds direct quotations: spans from an opening mark to its closing mark (marks included),
 * in any of the usual styles, across paragraphs when the next paragraph reopens the quote,
 * and cut at the paragraph's end when a quote never closes.
 */
export interface QuoteSpan {
  start: number;
  end: number;
  closed: boolean;
}

type Family = 'double' | 'single' | 'guillemet' | 'low';

const isSpaceOrStart = (c: string | undefined) => c === undefined || /[\s([{\u2014\u2013\-/]/.test(c);
const isLetterOrDigit = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** What an opening mark at position i would open, or null. */
function opening(text: string, i: number): { family: Family; length: number } | null {
  const c = text[i];
  const prev = i > 0 ? text[i - 1] : undefined;
  const next = text[i + 1];
  if (c === '“') return { family: 'double', length: 1 };
  // ”Fear. I am afraid ...”: a closing-style mark typed as the opener, at a word's start.
  if (c === '”' && isSpaceOrStart(prev) && isLetterOrDigit(next)) return { family: 'double', length: 1 };
  if (c === '„') return { family: 'low', length: 1 };
  if (c === '«') return { family: 'guillemet', length: 1 };
  if (c === '"' && isSpaceOrStart(prev) && next !== undefined && !/\s/.test(next)) return { family: 'double', length: 1 };
  if (c === "'" && next === "'" && isSpaceOrStart(prev)) return { family: 'double', length: 2 };
  if ((c === '‘' || c === "'") && isSpaceOrStart(prev) && (isLetterOrDigit(next) || next === '…' || next === '.')) return { family: 'single', length: 1 };
  return null;
}

/** Length of a closing mark for the family at position i, or 0. */
function closing(text: string, i: number, family: Family): number {
  const c = text[i];
  const next = text[i + 1];
  if (family === 'double') {
    if (c === '”') return 1;
    if (c === '"') return 1;
    if (c === "'" && next === "'") return 2;
    return 0;
  }
  if (family === 'low') return c === '“' || c === '”' ? 1 : 0;
  if (family === 'guillemet') return c === '»' ? 1 : 0;
  // A single closing mark must not be an apostrophe inside a word ("don’t").
  if ((c === '’' || c === "'") && !isLetterOrDigit(next)) return 1;
  return 0;
}

/** Opening marks that, met while a quote of the family is open, begin a stray second quote. */
function reopens(text: string, i: number, family: Family): boolean {
  if (family === 'double') return text[i] === '“';
  if (family === 'guillemet') return text[i] === '«';
  if (family === 'low') return text[i] === '„';
  return false;
}

// Characters that can open or close a quotation. The regular expression engine skips the text
// between them: a character loop here was the hottest loop of a fresh worker, compiled again each
// time real text met a mark the warm-up had not (an OSR and a full TurboFan compile every time).
const QUOTE_MARK = /["'\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019]/g;

/** The position of the first quotation mark at or after `from`, or the text's length. */
function nextQuoteMark(text: string, from: number): number {
  QUOTE_MARK.lastIndex = from;
  return QUOTE_MARK.exec(text)?.index ?? text.length;
}

function paragraphEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl === -1 ? text.length : nl;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

// ', he said.' closing a paragraph whose quotation was never closed: the attribution is not quoted.
const ATTRIBUTION_TAIL_RE = /,\s+(?:he|she|they|we|[A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+){0,2})\s+(?:said|says|added|adds|stated|noted|explained|continued|commented|warned|told\s+\p{L}+)\.?$/u;

/** The end of an unclosed quotation: after the comma of a closing ', he said.', else `end`. */
function beforeAttributionTail(text: string, start: number, end: number): number {
  const tail = ATTRIBUTION_TAIL_RE.exec(text.slice(Math.max(start, end - 80), end));
  return tail ? end - tail[0].length + 1 : end;
}

// '… had "paid the price for ten years of promises. She called on both governments …': a sentence opening with a
// pronoun and its cue is the writer's again, however the quotation before it was left open.
const NEW_ATTRIBUTION_RE = /[.!?]\s+(?:He|She|They|We)\s+(?:also\s+)?(?:said|says|called|calls|added|adds|urged|urges|told|tells|warned|warns|stated|noted|insisted|stressed|argued|announced)\b/;

/** The end of an unclosed quotation: before the full stop of its sentence when the next one is a new attribution. */
function beforeNewAttribution(text: string, start: number, end: number): number {
  const m = NEW_ATTRIBUTION_RE.exec(text.slice(start, end));
  return m ? start + m.index : end;
}

export function findQuotes(text: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let i = 0;
  while ((i = nextQuoteMark(text, i)) < text.length) {
    const open = opening(text, i);
    if (!open) {
      i++;
      continue;
    }
    const start = i;
    let j = i + open.length;
    let paraEnd = paragraphEnd(text, j);
    let end = -1;
    let closed = false;
    while (j < text.length) {
      if (j >= paraEnd) {
        // A quote that reaches its paragraph's end continues only if the next paragraph reopens it.
        let k = j;
        while (k < text.length && /\s/.test(text[k]!)) k++;
        const again = k < text.length ? opening(text, k) : null;
        if (again && again.family === open.family) {
          j = k + again.length;
          paraEnd = paragraphEnd(text, j);
          continue;
        }
        end = beforeNewAttribution(text, start, beforeAttributionTail(text, start, trimEnd(text, start, paraEnd)));
        break;
      }
      const mark = nextQuoteMark(text, j);
      if (mark >= paraEnd) {
        j = paraEnd;
        continue;
      }
      j = mark;
      const len = closing(text, j, open.family);
      if (len > 0 && j > start + open.length) {
        end = j + len;
        closed = true;
        break;
      }
      if (reopens(text, j, open.family)) {
        j++;
        continue;
      }
      j++;
    }
    if (end === -1) end = beforeNewAttribution(text, start, trimEnd(text, start, text.length));
    // An unclosed single mark is far more often an apostrophe than a quote.
    if (closed || open.family !== 'single') quotes.push({ start, end, closed });
    i = closed || open.family !== 'single' ? end : i + 1;
  }
  return quotes;
}
