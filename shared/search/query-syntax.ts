/**
 * The search syntax an analyst expects, for articles and statements alike:
 *
 *   Russia China        both words (every word must match)
 *   "arms transfer"     the exact phrase
 *   Russia OR France    either (OR in capitals; binds tighter than the space)
 *   Moscow -Trump       Moscow but not Trump (also: NOT Trump)
 *   sanction*           words starting with "sanction"
 *   (Russia OR China) -Iran   parentheses group alternatives
 *
 * It compiles to an FTS5 MATCH expression in which every user word is quoted, so punctuation can
 * never reach FTS5's own syntax. What it cannot honour faithfully it refuses with a message instead
 * of searching for something else: symbols that the index does not keep ("C++", "C#"), a query of
 * exclusions only, unbalanced quotes or parentheses, a dangling OR.
 */

export class QuerySyntaxError extends Error {
  override readonly name = 'QuerySyntaxError';
}

/** One thing to look for: a word (maybe a prefix) or a phrase, as index tokens. */
export interface QueryTerm {
  /** Folded tokens (lower case, no diacritics), in order; a phrase has several. */
  tokens: string[];
  /** The last token matches as a prefix. */
  prefix: boolean;
}

export interface ParsedQuery {
  /** Safe FTS5 MATCH expression. */
  match: string;
  /** Positive terms (not under a negation), for highlighting hits. */
  terms: QueryTerm[];
}

type Node =
  | { type: 'term'; term: QueryTerm; source: string }
  | { type: 'and'; positives: Node[]; negatives: Node[] }
  | { type: 'or'; options: Node[] };

type Token =
  | { type: 'word'; text: string; negated: boolean }
  | { type: 'phrase'; text: string; negated: boolean }
  | { type: 'or' }
  | { type: 'open'; negated: boolean }
  | { type: 'close' };

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Joiners the index splits on but that leave the words themselves intact: "Jong-un", "U.S.", "O'Brien". */
const JOINERS = new Set(['-', "'", '’', '.', '_', '/', '&', ':', '‐', '–']);
/** Punctuation a pasted phrase may carry around its words; the index ignores it and so may we. */
const PHRASE_PUNCTUATION = /^[,.;:!?()[\]«»“”„"'‘’—–-]+|[,.;:!?()[\]«»“”„"'‘’—–-]+$/gu;

/** Lower case without diacritics, as the index's tokenizer (unicode61 remove_diacritics 2) sees it. */
export function foldToken(token: string): string {
  return token.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Index tokens of a piece of text, with their offsets. */
export function indexTokens(text: string): { token: string; start: number; end: number }[] {
  const out: { token: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    out.push({ token: foldToken(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function checkWord(word: string, context: string): void {
  let core = word;
  // A trailing full stop ends an abbreviation ("U.S.") or a sentence; either way it adds nothing.
  while (core.endsWith('.')) core = core.slice(0, -1);
  if (!WORD_CHAR.test(core)) {
    throw new QuerySyntaxError(`“${word}” has no letters or digits to search for${context}.`);
  }
  for (const ch of core) {
    if (WORD_CHAR.test(ch) || JOINERS.has(ch)) continue;
    throw new QuerySyntaxError(
      `“${word}” cannot be searched: the index keeps only letters and digits, so “${ch}” would be ignored and the search would answer something else${context}. Search for the words around it instead.`,
    );
  }
}

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    if (/\s/u.test(ch)) {
      i++;
      continue;
    }
    let negated = false;
    let j = i;
    if (ch === '-' && j + 1 < input.length && !/\s/u.test(input[j + 1]!)) {
      negated = true;
      j++;
    } else if (ch === '-') {
      throw new QuerySyntaxError('A lone “-” excludes nothing: write it right before a word, as in -Trump.');
    }
    const next = input[j]!;
    if (next === '"' || next === '“' || next === '”') {
      const close = input.slice(j + 1).search(/["“”]/u);
      if (close < 0) throw new QuerySyntaxError('A quotation mark is not closed: phrases go between two " marks.');
      const text = input.slice(j + 1, j + 1 + close);
      tokens.push({ type: 'phrase', text, negated });
      i = j + close + 2;
      if (input[i] === '*') throw new QuerySyntaxError('A phrase cannot end in *: put the * on a single word, as in sanction*.');
      continue;
    }
    if (next === '(') {
      tokens.push({ type: 'open', negated });
      i = j + 1;
      continue;
    }
    if (ch === ')') {
      tokens.push({ type: 'close' });
      i++;
      continue;
    }
    let end = j;
    while (end < input.length && !/[\s()"“”]/u.test(input[end]!)) end++;
    const word = input.slice(j, end);
    i = end;
    if (!negated && (word === 'OR' || word === '|')) tokens.push({ type: 'or' });
    else if (!negated && word === 'AND') continue;
    else if (!negated && word === 'NOT') {
      const following = input.slice(i).trimStart();
      if (following === '' || /^(OR|AND|NOT)\b|^\)/u.test(following)) {
        throw new QuerySyntaxError('NOT must be followed by a word or a phrase to exclude.');
      }
      // NOT x is -x: rewrite the rest so the next word carries the negation.
      input = `${input.slice(0, i)} -${following}`;
    } else tokens.push({ type: 'word', text: word, negated });
  }
  return tokens;
}

function termOf(token: Extract<Token, { type: 'word' | 'phrase' }>): Node {
  if (token.type === 'phrase') {
    const words = token.text.split(/\s+/u).map((w) => w.replace(PHRASE_PUNCTUATION, '')).filter((w) => w !== '');
    if (words.length === 0) throw new QuerySyntaxError('An empty phrase ("") finds nothing: put words between the quotation marks.');
    for (const w of words) checkWord(w, ` in the phrase “${token.text}”`);
    const tokens = words.flatMap((w) => indexTokens(w).map((t) => t.token));
    return { type: 'term', term: { tokens, prefix: false }, source: `"${words.join(' ')}"` };
  }
  let word = token.text;
  const prefix = word.endsWith('*');
  if (prefix) word = word.slice(0, -1);
  if (word.includes('*')) throw new QuerySyntaxError(`“${token.text}”: * only works at the end of a word, as in sanction*.`);
  if (word === '') throw new QuerySyntaxError('A lone * matches nothing in particular: put it at the end of a word, as in sanction*.');
  checkWord(word, '');
  const tokens = indexTokens(word).map((t) => t.token);
  return { type: 'term', term: { tokens, prefix }, source: word };
}

class Parser {
  #pos = 0;
  constructor(readonly tokens: Token[]) {}

  parseAll(): Node {
    const node = this.#parseAnd(false);
    if (this.#pos < this.tokens.length) throw new QuerySyntaxError('A closing parenthesis “)” has no opening one.');
    return node;
  }

  #parseAnd(inGroup: boolean): Node {
    const positives: Node[] = [];
    const negatives: Node[] = [];
    while (this.#pos < this.tokens.length) {
      const token = this.tokens[this.#pos]!;
      if (token.type === 'close') {
        if (!inGroup) throw new QuerySyntaxError('A closing parenthesis “)” has no opening one.');
        break;
      }
      if (token.type === 'or') throw new QuerySyntaxError('OR needs something on both sides, as in Russia OR France.');
      const { node, negated } = this.#parseOr();
      (negated ? negatives : positives).push(node);
    }
    if (positives.length === 0) {
      if (negatives.length > 0) {
        throw new QuerySyntaxError('A search needs at least one word to find: exclusions such as -Trump only narrow what other words find.');
      }
      throw new QuerySyntaxError(inGroup ? 'Empty parentheses “()” find nothing.' : 'Nothing to search for.');
    }
    return positives.length === 1 && negatives.length === 0 ? positives[0]! : { type: 'and', positives, negatives };
  }

  #parseOr(): { node: Node; negated: boolean } {
    const first = this.#parseUnit();
    const options = [first];
    while (this.tokens[this.#pos]?.type === 'or') {
      this.#pos++;
      const next = this.tokens[this.#pos];
      if (!next || next.type === 'or' || next.type === 'close') {
        throw new QuerySyntaxError('OR needs something on both sides, as in Russia OR France.');
      }
      options.push(this.#parseUnit());
    }
    if (options.length === 1) return first;
    if (options.some((o) => o.negated)) {
      throw new QuerySyntaxError('An exclusion (-word) cannot be one side of OR: write the alternatives, then the exclusion, as in (Russia OR France) -Trump.');
    }
    return { node: { type: 'or', options: options.map((o) => o.node) }, negated: false };
  }

  #parseUnit(): { node: Node; negated: boolean } {
    const token = this.tokens[this.#pos++]!;
    if (token.type === 'open') {
      const node = this.#parseAnd(true);
      if (this.tokens[this.#pos]?.type !== 'close') throw new QuerySyntaxError('A parenthesis “(” is not closed.');
      this.#pos++;
      return { node, negated: token.negated };
    }
    if (token.type === 'word' || token.type === 'phrase') return { node: termOf(token), negated: token.negated };
    throw new QuerySyntaxError('OR needs something on both sides, as in Russia OR France.');
  }
}

function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

function compile(node: Node): string {
  switch (node.type) {
    case 'term':
      return `${quote(node.term.tokens.join(' '))}${node.term.prefix ? '*' : ''}`;
    case 'or':
      return `(${node.options.map(compile).join(' OR ')})`;
    case 'and': {
      let out = node.positives.length === 1 ? compile(node.positives[0]!) : `(${node.positives.map(compile).join(' AND ')})`;
      for (const negative of node.negatives) out = `(${out} NOT ${compile(negative)})`;
      return out;
    }
  }
}

function positiveTerms(node: Node, out: QueryTerm[]): QueryTerm[] {
  if (node.type === 'term') out.push(node.term);
  else if (node.type === 'or') for (const o of node.options) positiveTerms(o, out);
  else for (const p of node.positives) positiveTerms(p, out);
  return out;
}

/**
 * Parses a query in the search syntax. Returns null for a blank query (nothing to filter on);
 * throws QuerySyntaxError, with a message for the analyst, for what it cannot search faithfully.
 */
export function parseSearchQuery(input: string): ParsedQuery | null {
  if (input.trim() === '') return null;
  const node = new Parser(tokenize(input)).parseAll();
  return { match: compile(node), terms: positiveTerms(node, []) };
}

/** The ranges of `text` that the query's positive terms match, in order, merged where they touch. */
export function findQueryHits(text: string, terms: readonly QueryTerm[]): { start: number; end: number }[] {
  if (terms.length === 0) return [];
  const tokens = indexTokens(text);
  const hits: { start: number; end: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const term of terms) {
      const n = term.tokens.length;
      if (n === 0 || i + n > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const token = tokens[i + k]!.token;
        const wanted = term.tokens[k]!;
        ok = k === n - 1 && term.prefix ? token.startsWith(wanted) : token === wanted;
      }
      if (ok) hits.push({ start: tokens[i]!.start, end: tokens[i + n - 1]!.end });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number }[] = [];
  for (const hit of hits) {
    const last = merged.at(-1);
    if (last && hit.start <= last.end) last.end = Math.max(last.end, hit.end);
    else merged.push({ ...hit });
  }
  return merged;
}

/** Short help for the app, one line per construct. */
export const QUERY_SYNTAX_HELP: readonly { example: string; meaning: string }[] = [
  { example: 'Russia China', meaning: 'both words' },
  { example: '"arms transfer"', meaning: 'the exact phrase' },
  { example: 'Russia OR France', meaning: 'either word' },
  { example: 'Moscow -Trump', meaning: 'Moscow, but not where Trump is mentioned (also NOT Trump)' },
  { example: 'sanction*', meaning: 'words starting with “sanction”' },
  { example: '(Russia OR China) -Iran', meaning: 'parentheses group alternatives' },
];
