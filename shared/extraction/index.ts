import type { ExtractedStatement, ExtractionResult } from '../domain/extraction';

// First working version: direct quotes attributed within their sentence, and "X said that ..." clauses.
const CUE = 'said|says|stated|states|told|added|warned|emphasized|noted|argued|claimed|reported|commented|explained';
const QUOTE_RE = /[“"«„‘]([^“”"«»„]{3,}?)[”"»“’]/g;
const AFTER_QUOTE_RE = new RegExp(`^[,\\s]*(?:(${CUE})\\s+((?:[A-Z][\\w.'’-]*\\s?){1,4})|((?:[A-Z][\\w.'’-]*\\s?){1,4}|he|she|they)\\s+(${CUE}))`);
const BEFORE_QUOTE_RE = new RegExp(`((?:[A-Z][\\w.'’-]*\\s?){1,4}|he|she|they)\\s+(${CUE})[,:]?\\s*$`);
const REPORTED_RE = new RegExp(`((?:[A-Z][\\w.'’-]*\\s?){1,4}|[Hh]e|[Ss]he|[Tt]hey)\\s+(${CUE})\\s+(that\\s+[^.!?]+)`, 'g');

function span(text: string, start: number, end: number) {
  return { start, end, text: text.slice(start, end) };
}

function looksLikeHeadline(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length > 0 && trimmed.length < 200 && !/[.!?]["”’]?$/.test(trimmed);
}

export function extractStatements(text: string): ExtractionResult {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const title = looksLikeHeadline(firstLine) ? firstLine.trim() : null;
  const statements: ExtractedStatement[] = [];
  for (const m of text.matchAll(QUOTE_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    const after = text.slice(end, end + 80);
    const before = text.slice(Math.max(0, start - 80), start);
    const a = AFTER_QUOTE_RE.exec(after);
    const b = a ? null : BEFORE_QUOTE_RE.exec(before);
    if (!a && !b) continue;
    let mention = null;
    let cue = null;
    if (a) {
      const name = (a[2] ?? a[3] ?? '').trim();
      const cueWord = a[1] ?? a[4] ?? '';
      const nameAt = end + after.indexOf(name, a.index);
      mention = span(text, nameAt, nameAt + name.length);
      const cueAt = end + after.indexOf(cueWord, a.index);
      cue = span(text, cueAt, cueAt + cueWord.length);
    } else if (b) {
      const base = Math.max(0, start - 80) + b.index;
      const name = (b[1] ?? '').trim();
      mention = span(text, base, base + name.length);
      const cueAt = base + b[0].indexOf(b[2] ?? '', name.length);
      cue = span(text, cueAt, cueAt + (b[2] ?? '').length);
    }
    statements.push({
      kind: 'direct',
      content: span(text, start, end),
      cue,
      speaker: { mention, name: mention?.text ?? null, role: null, organization: null, nation: null },
      confidence: 0.6,
    });
  }
  for (const m of text.matchAll(REPORTED_RE)) {
    const name = (m[1] ?? '').trim();
    const nameAt = m.index;
    const cueAt = m.index + m[0].indexOf(m[2] ?? '', name.length);
    const contentAt = m.index + m[0].length - (m[3] ?? '').length;
    statements.push({
      kind: 'indirect',
      content: span(text, contentAt, m.index + m[0].length),
      cue: span(text, cueAt, cueAt + (m[2] ?? '').length),
      speaker: { mention: span(text, nameAt, nameAt + name.length), name, role: null, organization: null, nation: null },
      confidence: 0.5,
    });
  }
  statements.sort((x, y) => x.content.start - y.content.start);
  return { title, statements };
}
