/**
 * Reader for brat standoff attribution files (the PolNeAR layout).
 *
 * Brat counts offsets in Unicode code points; Parley's spans are JavaScript string
 * indices (UTF-16 units), so every offset is converted against the article text.
 */

export interface CharSpan {
  start: number;
  end: number;
}

export interface GoldAttribution {
  /** Event id in the .ann file (E12), kept for error listings. */
  id: string;
  content: CharSpan;
  cue: CharSpan | null;
  /** Null for `Attribution-no-source` events and events whose source is missing. */
  source: CharSpan | null;
}

interface TextBound {
  type: string;
  span: CharSpan;
}

const TEXT_BOUND_RE = /^(T\d+)\t(\S+) ([\d ;]+)\t/;
const EVENT_RE = /^(E\d+)\t(\S+)/;
const ATTRIBUTION_EVENTS = new Set(['Attribution', 'Attribution-no-source']);

/**
 * Maps code-point offsets to UTF-16 indices. Returns null when the text has no astral
 * characters, in which case both counts agree and no table is needed.
 */
export function codePointIndex(text: string): Int32Array | null {
  let astral = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      astral = true;
      break;
    }
  }
  if (!astral) return null;
  const table = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[cp++] = i;
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
  }
  table[cp] = text.length;
  return table.subarray(0, cp + 1);
}

function toUnits(offset: number, table: Int32Array | null, textLength: number): number {
  if (table === null) return Math.min(offset, textLength);
  return table[Math.min(offset, table.length - 1)] ?? textLength;
}

/** `start end;start end` pieces read as one span from the first start to the last end. */
function parsePieces(pieces: string): { start: number; end: number } | null {
  let start = Infinity;
  let end = -Infinity;
  for (const piece of pieces.split(';')) {
    const [a, b] = piece.trim().split(/\s+/).map(Number);
    if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b)) return null;
    start = Math.min(start, a);
    end = Math.max(end, b);
  }
  return Number.isFinite(start) ? { start, end } : null;
}

function cover(spans: CharSpan[]): CharSpan | null {
  if (spans.length === 0) return null;
  return {
    start: Math.min(...spans.map((s) => s.start)),
    end: Math.max(...spans.map((s) => s.end)),
  };
}

/**
 * Reads the attribution events of one .ann file. Lines that are neither text-bound
 * annotations nor events (notes, and continuation lines of span texts that contain a
 * line break) are ignored: only the offsets matter, the text comes from the article.
 */
export function parseBratAttributions(ann: string, articleText: string): GoldAttribution[] {
  const table = codePointIndex(articleText);
  const bounds = new Map<string, TextBound>();
  const events: Array<{ id: string; type: string; args: Array<[string, string]> }> = [];

  for (const line of ann.split('\n')) {
    const t = TEXT_BOUND_RE.exec(line);
    if (t) {
      const [, id, type, pieces] = t;
      const raw = parsePieces(pieces ?? '');
      if (id && type && raw) {
        const start = toUnits(raw.start, table, articleText.length);
        const end = toUnits(raw.end, table, articleText.length);
        bounds.set(id, { type, span: { start, end } });
      }
      continue;
    }
    const e = EVENT_RE.exec(line);
    if (!e) continue;
    const [, id, trigger] = e;
    const [type] = (trigger ?? '').split(':');
    if (!id || !type || !ATTRIBUTION_EVENTS.has(type)) continue;
    const args = line
      .split('\t')[1]!
      .trim()
      .split(/\s+/)
      .slice(1)
      .map((arg) => arg.split(':') as [string, string]);
    events.push({ id, type, args });
  }

  const gold: GoldAttribution[] = [];
  for (const event of events) {
    const role = (name: RegExp): CharSpan[] =>
      event.args
        .filter(([r, ref]) => name.test(r) && ref !== undefined && bounds.has(ref))
        .map(([, ref]) => bounds.get(ref)!.span);
    // A second content piece (Content2) belongs to the same statement: cover both,
    // as with multi-piece spans.
    const content = cover(role(/^Content\d*$/));
    if (!content) continue;
    const source = event.type === 'Attribution-no-source' ? null : cover(role(/^Source\d*$/));
    gold.push({ id: event.id, content, cue: cover(role(/^Cue\d*$/)), source });
  }
  gold.sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
  return gold;
}
