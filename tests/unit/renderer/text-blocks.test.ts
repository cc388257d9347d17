import { describe, expect, it } from 'vitest';
import { blockAt, blockRange, cutIntoBlocks, firstEndingAfter } from '../../../renderer/src/features/desk/text-blocks';
import { decodeBlocks, encodeBlocks, firstBlocks, settledBlocks } from '../../../shared/text/text-blocks';

function pieces(text: string): string[] {
  const blocks = cutIntoBlocks(text);
  return Array.from(blocks.starts, (_, i) => {
    const { start, end } = blockRange(blocks, i);
    return text.slice(start, end);
  });
}

describe('cutting a long article into blocks for the reader', () => {
  it('keeps a short article in one block, its line breaks included', () => {
    const text = 'Headline\n\nOne paragraph.\n\nAnother.\n';
    expect(pieces(text)).toEqual([text]);
  });

  it('tiles the text exactly with whole lines, each block ending after its line breaks', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `Paragraph ${i} says something.\n\n`).join('');
    const parts = pieces(text);
    expect(parts.length).toBeGreaterThan(100);
    expect(parts.join('')).toBe(text);
    for (const part of parts) expect(part.endsWith('\n\n')).toBe(true);
  });

  it('cuts a single very long line at spaces, never inside a surrogate pair', () => {
    const words = Array.from({ length: 4000 }, (_, i) => `w${i}`).join(' ');
    const parts = pieces(`${words}\n`);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join('')).toBe(`${words}\n`);
    for (const part of parts.slice(0, -1)) expect(part.endsWith(' ')).toBe(true);
    const emoji = '🇺🇦'.repeat(6000);
    const cut = pieces(emoji);
    expect(cut.join('')).toBe(emoji);
    for (const part of cut) expect(part.length % 2).toBe(0);
  });

  it('finds the block holding any offset, the end of the text included', () => {
    const text = Array.from({ length: 300 }, (_, i) => `Line ${i}\n`).join('');
    const blocks = cutIntoBlocks(text);
    for (const offset of [0, 1, 57, 1000, text.length - 1, text.length]) {
      const { start, end } = blockRange(blocks, blockAt(blocks, offset));
      expect(start).toBeLessThanOrEqual(offset);
      expect(offset < end || offset === text.length).toBe(true);
    }
  });

  it('finds the first segment that reaches past an offset', () => {
    const segments = [{ end: 3 }, { end: 8 }, { end: 20 }];
    expect(firstEndingAfter(segments, 0)).toBe(0);
    expect(firstEndingAfter(segments, 3)).toBe(1);
    expect(firstEndingAfter(segments, 19)).toBe(2);
    expect(firstEndingAfter(segments, 20)).toBe(3);
  });
});

describe('the blocks of a long article known from its first characters', () => {
  /** Short and long lines, runs of blank lines, a line far longer than a block, and surrogate pairs. */
  const tricky = [
    ...Array.from({ length: 40 }, (_, i) => `Line ${i} ${'talks '.repeat(i % 9)}${'\n'.repeat(1 + (i % 4))}`),
    `${'w '.repeat(9000)}\n`,
    '🇺🇦'.repeat(5000),
    '\n'.repeat(30),
    ...Array.from({ length: 30 }, (_, i) => `Tail ${i}.\n`),
  ].join('');
  const whole = cutIntoBlocks(tricky);

  it('are the whole text\'s own first blocks, whatever the length of the prefix', () => {
    for (let length = 0; length <= tricky.length; length += 97) {
      const known = settledBlocks(tricky.slice(0, length), false);
      const count = known.starts.length;
      expect(Array.from(known.starts)).toEqual(Array.from(whole.starts.slice(0, count)));
      expect(Array.from(known.lines)).toEqual(Array.from(whole.lines.slice(0, count)));
      // They end where the whole text's next block starts, within the prefix.
      expect(known.length).toBe(whole.starts[count] ?? whole.length);
      expect(known.length).toBeLessThanOrEqual(length);
    }
  });

  it('are all of them when the prefix is the whole text', () => {
    const known = settledBlocks(tricky, true);
    expect(Array.from(known.starts)).toEqual(Array.from(whole.starts));
    expect(known.length).toBe(tricky.length);
  });

  it('come a page at a time: the first blocks, ending where the next starts', () => {
    const page = firstBlocks(whole, 5);
    expect(Array.from(page.starts)).toEqual(Array.from(whole.starts.slice(0, 5)));
    expect(page.length).toBe(whole.starts[5]);
    expect(firstBlocks(whole, whole.starts.length + 10)).toBe(whole);
  });
});

describe('the outline of a long article on the wire', () => {
  it('comes back as it went, for an empty text, a one-block text and a long one', () => {
    const long = Array.from({ length: 3000 }, (_, i) => `Paragraph ${i} ${'word '.repeat(i % 40)}\n\n`).join('');
    for (const text of ['', 'One line only.', long]) {
      const blocks = cutIntoBlocks(text);
      const back = decodeBlocks(encodeBlocks(blocks));
      expect(Array.from(back.starts)).toEqual(Array.from(blocks.starts));
      expect(Array.from(back.lines)).toEqual(Array.from(blocks.lines));
      expect(back.length).toBe(text.length);
    }
  });

  it('refuses an outline that is damaged', () => {
    expect(() => decodeBlocks({ steps: '0,12', lines: '1', length: 12 })).toThrow(/differ in number/);
    expect(() => decodeBlocks({ steps: '0,,12', lines: '1,1,1', length: 12 })).toThrow(/damaged/);
    expect(() => decodeBlocks({ steps: '0,1x', lines: '1,1', length: 12 })).toThrow(/damaged/);
  });
});
