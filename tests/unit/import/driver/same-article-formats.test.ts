import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readSources } from '../../../../electron/core/import/formats';
import type { ImportSource } from '../../../../electron/core/import/formats/types';
import { contentKey } from '../../../../electron/core/import/content-key';

const TITLE = 'Seoul follows Kim-Putin talks closely';
const PARAGRAPHS = [
  'SEOUL (Yonhap) -- South Korea is closely following a possible military exercise between North Korea and Russia, the defence ministry said on Thursday.',
  '“There may be parts that violate UNSC resolutions and Russia already knows this,” spokesperson Jeon Ha-kyou told reporters.',
  'Kim met Putin at the Vostochny Cosmodrome in Russia’s Amur region, where the two leaders toured the launch facilities.',
];
const TEXT = PARAGRAPHS.join('\n\n');
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const FILES: Record<string, string> = {
  'story.txt': TEXT,
  'story.html': `<!doctype html><html><head><meta charset="utf-8"><title>${TITLE}</title></head><body><nav><a href="/">Home</a> | <a href="/nk">North Korea</a></nav><article><h1>${TITLE}</h1>${PARAGRAPHS.map((p) => `<p>\n  ${escape(p)}\n</p>`).join('')}</article><footer>© Yonhap</footer></body></html>`,
  'story.jsonl': JSON.stringify({ headline: TITLE, body: TEXT, date: '2023-09-14', source: 'Yonhap' }),
  'story.json': JSON.stringify([{ title: TITLE, content: TEXT }]),
  'story.csv': Papa.unparse([{ title: TITLE, text: TEXT, outlet: 'Yonhap' }]),
};

async function textOf(name: string, content: string | Uint8Array): Promise<string | undefined> {
  const source: ImportSource = { path: name, name, bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content, modifiedAt: null, depth: 0 };
  for await (const result of readSources(source)) {
    if ('error' in result) throw result.error;
    return result.articles[0]?.text;
  }
  return undefined;
}

describe('the same article in several formats', () => {
  it.each(Object.keys(FILES))('gives exactly the same text from %s', async (name) => {
    expect(await textOf(name, FILES[name] ?? '')).toBe(TEXT);
  });

  it('gives the same normalised text hash from a CRLF, UTF-16 text file with a trailing newline', async () => {
    const crlf = `${TEXT.replace(/\n/g, '\r\n')}\r\n`;
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from(crlf, 'utf16le')]);
    const fromTxt = await textOf('windows.txt', utf16);
    expect(fromTxt).toBe(crlf);
    expect(contentKey(fromTxt ?? '')).toBe(contentKey((await textOf('story.html', FILES['story.html'] ?? '')) ?? ''));
  });
});
