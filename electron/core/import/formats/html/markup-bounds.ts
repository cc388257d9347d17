import { ImportFailure } from '../types';

/** Real pages nest a few dozen levels; past this, parsing alone could take minutes. */
const MAX_NESTING = 3000;
/**
 * A news page holds a few thousand elements and the longest encyclopaedia pages about a hundred
 * thousand; a page of two million took 95 s and 2.7 GB to read before it was bounded.
 */
const MAX_ELEMENTS = 200_000;

// Elements that never hold others, so they do not deepen the tree.
const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'p', 'li', 'option', '!doctype']);
const TAG = /<(\/?)([a-zA-Z!][\w:-]*)/g;

/** What a pass over a page's tags tells before it is parsed: how deep its elements nest, and how many there are. */
export interface MarkupShape {
  depth: number;
  elements: number;
}

/**
 * The nesting depth and element count of the markup, estimated in one pass over its tags. Parsing
 * time grows faster than the depth, and memory with the count, so a page built to exhaust the parser
 * is refused before parsing. Paragraphs and list items, often left unclosed, do not deepen the tree.
 */
export function measureMarkup(html: string): MarkupShape {
  let depth = 0;
  let deepest = 0;
  let elements = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = (m[2] ?? '').toLowerCase();
    if (name === '!doctype') continue;
    const closing = m[1] !== '';
    if (!closing) elements++;
    // A tag that never deepens the tree (or is often left open) must not make it shallower when closed.
    if (VOID_TAGS.has(name)) continue;
    if (closing) depth = Math.max(0, depth - 1);
    else if (++depth > deepest) deepest = depth;
  }
  return { depth: deepest, elements };
}

/**
 * Refuses markup built to exhaust the parser, before it is parsed: every page or mail body goes
 * through here first. `where` names it in the message ("report.html", "The e-mail alert.eml"), and
 * `advice` says what to import instead.
 */
export function assertParsableMarkup(html: string, where: string, advice: string): void {
  const shape = measureMarkup(html);
  if (shape.depth > MAX_NESTING) {
    throw new ImportFailure('corrupt', `${where} is not a readable page: its elements nest more than ${MAX_NESTING} levels deep`);
  }
  if (shape.elements > MAX_ELEMENTS) {
    throw new ImportFailure(
      'too-large',
      `${where} holds about ${shape.elements.toLocaleString('en-US')} elements, over the limit of ${MAX_ELEMENTS.toLocaleString('en-US')} for one page; ${advice}`,
    );
  }
}
