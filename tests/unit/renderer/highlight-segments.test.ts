import { describe, expect, it } from 'vitest';
import { segmentText, type SpanRef, type TextSegment } from '../../../renderer/src/features/reader/highlight-segments';

/** What the reader paints: each piece of text with the statements covering it. */
function painted(text: string, spans: readonly SpanRef[]): [string, number[]][] {
  return segmentText(text.length, spans).map((s) => [text.slice(s.start, s.end), s.ids]);
}

function expectTiles(segments: readonly TextSegment[], length: number): void {
  let at = 0;
  for (const segment of segments) {
    expect(segment.start).toBe(at);
    expect(segment.end).toBeGreaterThan(segment.start);
    at = segment.end;
  }
  expect(at).toBe(length);
}

describe('highlighting statements in an article', () => {
  it('shows an article without statements as one plain stretch', () => {
    const text = 'Nothing was said today.';
    expect(segmentText(text.length, [])).toEqual([{ start: 0, end: text.length, ids: [] }]);
  });

  it('gives an empty article no segments at all', () => {
    expect(segmentText(0, [])).toEqual([]);
    expect(segmentText(0, [{ id: 1, start: 0, end: 4 }])).toEqual([]);
  });

  it('cuts plain text around a single quote', () => {
    const text = 'Lavrov said "we will respond" on Monday.';
    const start = text.indexOf('"');
    const end = text.lastIndexOf('"') + 1;
    expect(painted(text, [{ id: 7, start, end }])).toEqual([
      ['Lavrov said ', []],
      ['"we will respond"', [7]],
      [' on Monday.', []],
    ]);
  });

  it('starts and ends with the highlight when a statement spans the text edges', () => {
    const text = '"No comment," he said.';
    expect(painted(text, [{ id: 1, start: 0, end: 13 }])).toEqual([
      ['"No comment,"', [1]],
      [' he said.', []],
    ]);
    expect(painted(text, [{ id: 2, start: 14, end: text.length }])).toEqual([
      ['"No comment," ', []],
      ['he said.', [2]],
    ]);
    expect(painted(text, [{ id: 3, start: 0, end: text.length }])).toEqual([[text, [3]]]);
  });

  it('keeps adjacent statements apart without an empty piece between them', () => {
    const text = 'AAAABBBB';
    expect(painted(text, [
      { id: 1, start: 0, end: 4 },
      { id: 2, start: 4, end: 8 },
    ])).toEqual([
      ['AAAA', [1]],
      ['BBBB', [2]],
    ]);
  });

  it('splits overlapping statements into the parts each covers and the part both cover', () => {
    const text = '0123456789';
    const segments = segmentText(text.length, [
      { id: 1, start: 1, end: 6 },
      { id: 2, start: 4, end: 9 },
    ]);
    expectTiles(segments, text.length);
    expect(segments.map((s) => [text.slice(s.start, s.end), s.ids])).toEqual([
      ['0', []],
      ['123', [1]],
      // Equally long statements keep the order they came in.
      ['45', [1, 2]],
      ['678', [2]],
      ['9', []],
    ]);
  });

  it('lists the innermost statement first where statements nest', () => {
    // A reported statement that contains a direct quote: the quote is painted on top.
    const text = 'She said that the minister called it "a grave mistake" yesterday.';
    const outer = { id: 10, start: 0, end: text.length - 1 };
    const quoteStart = text.indexOf('"');
    const inner = { id: 11, start: quoteStart, end: text.indexOf('"', quoteStart + 1) + 1 };
    const segments = painted(text, [outer, inner]);
    expect(segments).toEqual([
      ['She said that the minister called it ', [10]],
      ['"a grave mistake"', [11, 10]],
      [' yesterday', [10]],
      ['.', []],
    ]);
  });

  it('orders three nested statements from the shortest to the longest, whatever order they come in', () => {
    const spans = [
      { id: 3, start: 0, end: 10 },
      { id: 1, start: 4, end: 6 },
      { id: 2, start: 2, end: 8 },
    ];
    const middle = segmentText(10, spans).find((s) => s.start === 4);
    expect(middle).toEqual({ start: 4, end: 6, ids: [1, 2, 3] });
  });

  it('paints two statements over the very same words together', () => {
    expect(segmentText(6, [
      { id: 1, start: 2, end: 4 },
      { id: 2, start: 2, end: 4 },
    ])).toEqual([
      { start: 0, end: 2, ids: [] },
      { start: 2, end: 4, ids: [1, 2] },
      { start: 4, end: 6, ids: [] },
    ]);
  });

  it('clamps statements that run past either end of the text and ignores empty or outside ones', () => {
    const text = 'short text';
    expect(painted(text, [
      { id: 1, start: -5, end: 5 },
      { id: 2, start: 6, end: 999 },
      { id: 3, start: 3, end: 3 },
      { id: 4, start: 50, end: 60 },
      { id: 5, start: 8, end: 2 },
    ])).toEqual([
      ['short', [1]],
      [' ', []],
      ['text', [2]],
    ]);
  });

  it('counts offsets in UTF-16 units, so text with emoji and astral letters slices cleanly', () => {
    // "𝔘" and "🇺🇦" lie outside the Basic Multilingual Plane: two and four code units.
    const text = 'Kyiv 🇺🇦 said "𝔘nity now" today';
    const start = text.indexOf('"');
    const end = text.lastIndexOf('"') + 1;
    const segments = segmentText(text.length, [{ id: 1, start, end }]);
    expectTiles(segments, text.length);
    expect(segments.map((s) => text.slice(s.start, s.end))).toEqual(['Kyiv 🇺🇦 said ', '"𝔘nity now"', ' today']);
    expect(segments.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
  });

  it('highlights a statement that begins and ends on an astral character at the text edges', () => {
    const text = '🗣️ "Peace first" 🕊️';
    expect(painted(text, [{ id: 1, start: 0, end: 2 }, { id: 2, start: text.length - 3, end: text.length }])).toEqual([
      ['🗣', [1]],
      ['️ "Peace first" ', []],
      ['🕊️', [2]],
    ]);
  });

  it('covers the whole text exactly once however many statements cross', () => {
    const length = 40;
    const spans: SpanRef[] = [
      { id: 1, start: 0, end: 12 },
      { id: 2, start: 5, end: 30 },
      { id: 3, start: 12, end: 13 },
      { id: 4, start: 20, end: 40 },
      { id: 5, start: 25, end: 26 },
    ];
    const segments = segmentText(length, spans);
    expectTiles(segments, length);
    for (const segment of segments) {
      const expected = spans.filter((s) => s.start <= segment.start && s.end >= segment.end).map((s) => s.id);
      expect([...segment.ids].sort((a, b) => a - b)).toEqual(expected);
    }
  });
});
