import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readSources } from '../../../../electron/core/import/formats';
import { ImportFailure, DEFAULT_IMPORT_LIMITS, type ImportFailureCode } from '../../../../electron/core/import/formats/types';

/** A small seeded generator, so a failing case can be replayed. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STORY = 'WASHINGTON (Reuters) - U.S. officials said on Tuesday that “talks would continue”, according to a statement.\n\nThe ministry said it was following the situation closely.';
const SEEDS: Record<string, string> = {
  'a.txt': `Talks continue\n\n${STORY}\n`,
  'a.md': `# Talks continue\n\n${STORY}\n\n## Next\n\nMore.`,
  'a.html': `<!doctype html><html><head><meta charset="utf-8"><title>T</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"T","datePublished":"2023-09-13"}</script></head><body><nav>Home</nav><article><h1>T</h1><p>${STORY.replace('\n\n', '</p><p>')}</p></article></body></html>`,
  'a.mhtml': `MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"\r\n\r\n--B\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<html><body><p>${STORY.replace(/=/g, '=3D')}</p></body></html>\r\n--B--\r\n`,
  'a.json': JSON.stringify({ articles: [{ title: 'T', text: STORY, date: '2023-09-13' }, { title: 'U', body: STORY }] }),
  'a.jsonl': [{ title: 'T', text: STORY }, { headline: 'U', content: STORY, published: 1694563200 }].map((r) => JSON.stringify(r)).join('\n'),
  'a.csv': Papa.unparse([{ title: 'T', text: STORY, date: 'Sep 13, 2023' }, { title: 'U', text: STORY, date: '' }]),
  'factiva.txt': `HD\nT\nBY\nBy A B\nPD\n13 September 2023\nSN\nTASS\nLA\nEnglish\nLP\n${STORY}\nTD\nMore.\nAN\nDocument TASSEN0020230913ej9d0005x\n`,
  'export.txt': `T1\nOutlet\nSeptember 13, 2023\nBody\n${STORY}\nEnd of Document\nT2\n12 words\n13 September 2023\nTASS\n\n${STORY}\n\nDocument TASSEN0020230913ej9d0005x\n`,
};

const CODES: ReadonlySet<ImportFailureCode> = new Set([
  'unsupported-type', 'too-large', 'empty', 'corrupt', 'encrypted', 'no-text-layer', 'no-article-text',
  'missing-field', 'record-without-text', 'too-deep', 'too-many-entries', 'unreadable', 'timed-out',
]);

function mutate(bytes: Uint8Array, random: () => number): Uint8Array {
  const pick = Math.floor(random() * 6);
  const at = Math.floor(random() * (bytes.length + 1));
  const copy = Array.from(bytes);
  switch (pick) {
    case 0: // truncated anywhere
      return bytes.slice(0, at);
    case 1: // random bytes overwritten
      for (let i = 0; i < 1 + random() * 12; i++) copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
      return Uint8Array.from(copy);
    case 2: // random bytes inserted
      copy.splice(at, 0, ...Array.from({ length: 1 + Math.floor(random() * 40) }, () => Math.floor(random() * 256)));
      return Uint8Array.from(copy);
    case 3: // a stretch deleted
      copy.splice(at, Math.floor(random() * 60));
      return Uint8Array.from(copy);
    case 4: // a stretch repeated many times (deep nesting, long lines)
      {
        const piece = copy.slice(at, at + 1 + Math.floor(random() * 12));
        const times = 50 + Math.floor(random() * 2000);
        copy.splice(at, 0, ...Array.from({ length: times }, () => piece).flat());
      }
      return Uint8Array.from(copy);
    default: // structural characters sprinkled in
      for (let i = 0; i < 1 + random() * 20; i++) copy.splice(Math.floor(random() * copy.length), 0, '<>{}[]",\n\r\0=/'.charCodeAt(Math.floor(random() * 14)));
      return Uint8Array.from(copy);
  }
}

const PER_FORMAT = 250;

describe('mutated and truncated files of every text format', () => {
  it(`never crash or hang: ${PER_FORMAT} variants of each of ${Object.keys(SEEDS).length} files end in articles or a clear failure`, async () => {
    const random = prng(20260928);
    const tally: Record<string, number> = {};
    for (const [name, seed] of Object.entries(SEEDS)) {
      const original = new TextEncoder().encode(seed);
      for (let i = 0; i < PER_FORMAT; i++) {
        const bytes = mutate(original, random);
        const results = [];
        for await (const result of readSources({ path: name, name, bytes, modifiedAt: new Date(2023, 8, 14), depth: 0 }, { ...DEFAULT_IMPORT_LIMITS, maxParseMillis: 10_000 })) {
          results.push(result);
        }
        expect(results.length).toBeGreaterThan(0);
        for (const result of results) {
          if ('error' in result) {
            expect(result.error).toBeInstanceOf(ImportFailure);
            expect(CODES.has(result.error.code)).toBe(true);
            expect(result.error.code).not.toBe('timed-out');
            expect(result.error.message.length).toBeGreaterThan(5);
            tally[result.error.code] = (tally[result.error.code] ?? 0) + 1;
          } else {
            for (const article of result.articles) expect(typeof article.text).toBe('string');
            for (const failure of result.failures) expect(CODES.has(failure.code)).toBe(true);
            tally.imported = (tally.imported ?? 0) + 1;
          }
        }
      }
    }
    // Most mutations still leave something readable; the rest fail with reasons.
    expect(tally.imported ?? 0).toBeGreaterThan(PER_FORMAT);
    console.log(`fuzz outcomes over ${PER_FORMAT * Object.keys(SEEDS).length} files:`, JSON.stringify(tally));
  }, 120_000);
});
