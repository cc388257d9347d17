import type { TextAnchor } from '../domain/desk';

/** Context kept on each side of an anchored span: enough to tell repeated wordings apart. */
export const ANCHOR_CONTEXT = 32;

export function makeAnchor(text: string, start: number, end: number): TextAnchor {
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - ANCHOR_CONTEXT), start),
    suffix: text.slice(end, end + ANCHOR_CONTEXT),
  };
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * Finds an anchored span again in a changed text: where it was if the words are still there,
 * else the occurrence of the exact words whose surroundings agree best with the remembered context
 * (nearest to the old position on a tie), else the same words with different spacing or line breaks.
 * Returns null when the words are gone: the caller lists the anchor as an orphan.
 */
export function reanchor(text: string, anchor: TextAnchor): { start: number; end: number } | null {
  if (anchor.exact === '') return null;
  if (text.slice(anchor.start, anchor.end) === anchor.exact) return { start: anchor.start, end: anchor.end };
  const candidates: { start: number; end: number }[] = [];
  for (let at = text.indexOf(anchor.exact); at >= 0; at = text.indexOf(anchor.exact, at + 1)) {
    candidates.push({ start: at, end: at + anchor.exact.length });
  }
  if (candidates.length === 0) {
    const words = anchor.exact.trim().split(/\s+/u).map(escapeRegExp);
    if (words.length === 0 || words[0] === '') return null;
    const loose = new RegExp(words.join('\\s+'), 'gu');
    for (const m of text.matchAll(loose)) candidates.push({ start: m.index, end: m.index + m[0].length });
  }
  let best: { start: number; end: number; score: number; distance: number } | null = null;
  for (const c of candidates) {
    const score =
      commonSuffixLength(text.slice(Math.max(0, c.start - anchor.prefix.length), c.start), anchor.prefix) +
      commonPrefixLength(text.slice(c.end, c.end + anchor.suffix.length), anchor.suffix);
    const distance = Math.abs(c.start - anchor.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { ...c, score, distance };
  }
  return best ? { start: best.start, end: best.end } : null;
}
