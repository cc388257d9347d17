// An extractor bug met on one article of a bulk file: that article is refused with the reason, and the
// others of its chunk are prepared as usual.
import { describe, expect, it } from 'vitest';
import { NO_ARCHIVE } from '../../../../electron/core/import/archive-lookup';
import { prepareArticles, type ParsedEntry } from '../../../../electron/core/import/prepare';
import { extractStatements } from '../../../../shared/extraction/index';

const entry = (index: number, text: string): ParsedEntry => ({
  index,
  article: { text, title: null, outlet: null, byline: null, publishedAt: null, language: null, url: null, dateline: null },
});

describe('an article the extractor fails on', () => {
  it('is refused alone, with its place in the file and the reason, and the rest of the chunk is prepared', () => {
    const entries = [
      entry(0, 'SEOUL, March 4 (Wire) - The ministry said talks would resume on Monday.'),
      entry(1, 'A text the extractor cannot read.'),
      entry(2, 'TOKYO, March 5 (Wire) - The minister said the plant would reopen.'),
    ];
    // The extractor's failure is the edge simulated here: a bug in it, met on one text.
    const extract = (text: string) => {
      if (text.startsWith('A text the extractor')) throw new Error('index out of range');
      return extractStatements(text);
    };
    const prepared = prepareArticles(entries, NO_ARCHIVE, extract);
    expect(prepared.articles.map((a) => a.index)).toEqual([0, 2]);
    expect(prepared.articles.map((a) => a.extraction?.statements.length)).toEqual([1, 1]);
    expect(prepared.failures).toEqual([{ code: 'extraction-failed', message: 'article 2: its statements could not be found (index out of range); it was not imported, the others were' }]);
  });
});
