/**
 * Moving one end of a statement's span, in the article's text offsets. Pure, so the drag handles
 * and the keyboard share it and tests can check it without a page.
 */

export interface Span {
  start: number;
  end: number;
}

export type SpanEdge = 'start' | 'end';

const WORD = /[\p{L}\p{N}\p{M}'’-]/u;

/** A dragged start lands at the beginning of the word it is in; a dragged end after its word. */
export function snapToWord(text: string, edge: SpanEdge, at: number): number {
  let offset = Math.min(Math.max(at, 0), text.length);
  if (edge === 'start') {
    while (offset > 0 && WORD.test(text[offset - 1]!) && WORD.test(text[offset] ?? '')) offset--;
    // A start dropped on spaces moves on to the next word.
    while (offset < text.length && /\s/u.test(text[offset]!)) offset++;
  } else {
    while (offset < text.length && WORD.test(text[offset]!) && WORD.test(text[offset - 1] ?? '')) offset++;
    while (offset > 0 && /\s/u.test(text[offset - 1]!)) offset--;
  }
  return offset;
}

/**
 * Where an end moves a word at a time: a start goes to the beginning of the next (or previous)
 * word, an end to the end of one, so the span always takes or gives back whole words.
 */
export function wordStep(text: string, at: number, direction: 1 | -1, edge: SpanEdge): number {
  let offset = at;
  const isWord = (i: number) => i >= 0 && i < text.length && WORD.test(text[i]!);
  if (edge === 'start' && direction > 0) {
    while (offset < text.length && isWord(offset)) offset++;
    while (offset < text.length && !isWord(offset)) offset++;
  } else if (edge === 'start') {
    while (offset > 0 && !isWord(offset - 1)) offset--;
    while (offset > 0 && isWord(offset - 1)) offset--;
  } else if (direction > 0) {
    while (offset < text.length && !isWord(offset)) offset++;
    while (offset < text.length && isWord(offset)) offset++;
  } else {
    while (offset > 0 && isWord(offset - 1)) offset--;
    while (offset > 0 && !isWord(offset - 1)) offset--;
  }
  return offset;
}

/** The span with one end moved; an end never crosses the other (a span keeps at least one character). */
export function moveEdge(span: Span, edge: SpanEdge, to: number, textLength: number): Span {
  if (edge === 'start') return { start: Math.min(Math.max(to, 0), span.end - 1), end: span.end };
  return { start: span.start, end: Math.max(Math.min(to, textLength), span.start + 1) };
}
