import { describe, expect, it } from 'vitest';
import { rtfParser } from '../../../../electron/core/import/formats/documents';
import { DEFAULT_IMPORT_LIMITS, ImportFailure, type ParseOutcome } from '../../../../electron/core/import/formats/types';
import { asImportSource, buildRtfBytes, expectedText, sampleArticle } from '../../../fixtures-builders';

function onlyArticle(outcome: ParseOutcome) {
  if (outcome.kind !== 'articles') throw new Error('expected articles');
  expect(outcome.articles).toHaveLength(1);
  return outcome.articles[0]!;
}

/** Adds an info title, so the first paragraph is read as text rather than taken for a headline. */
async function textOf(rtf: string): Promise<string> {
  rtf = rtf.replace(/^\{\\rtf1\\ansi/, '{\\rtf1\\ansi{\\info{\\title Test document}}');
  const bytes = Uint8Array.from(rtf, (c) => c.charCodeAt(0));
  return onlyArticle(await rtfParser.parse(asImportSource('a.rtf', bytes), DEFAULT_IMPORT_LIMITS)).text;
}

describe('importing an RTF document', () => {
  it('reads the article as Word writes it, with title and author from the info group', async () => {
    const article = onlyArticle(await rtfParser.parse(asImportSource('story.rtf', buildRtfBytes(sampleArticle)), DEFAULT_IMPORT_LIMITS));
    expect(article.text).toBe(expectedText(sampleArticle));
    expect(article.title).toBe(sampleArticle.title);
    expect(article.byline).toBe(sampleArticle.author);
    // Windows-1252 quote bytes stay curly quotes; the \u escape's fallback byte is not doubled.
    expect(article.text).toContain('“We will respond firmly to any provocation,”');
    expect(article.text).toContain('A café owner');
  });

  it('decodes \\u escapes with any fallback length, including surrogate pairs', async () => {
    expect(await textOf(String.raw`{\rtf1\ansi{\uc0 Erdo\u287 an}\par{\uc2 \u350\'3f\'3fim\u351\'3f\'3fek}\par Emoji \u-10179?\u-8576? here\par}`)).toBe(
      'Erdoğan\n\nŞimşek\n\nEmoji 🚀 here',
    );
  });

  it('decodes bytes with the document code page and with the charset of the current font', async () => {
    expect(await textOf(String.raw`{\rtf1\ansi\ansicpg1251 \'cf\'f3\'f2\'e8\'ed \'e7\'e0\'ff\'e2\'e8\'eb.\par}`)).toBe('Путин заявил.');
    expect(
      await textOf(String.raw`{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}{\f1\fcharset161 Greek Font;}}\f0 Caf\'e9 \f1\'c1\'e8\'DE\'ed\'e1\f0  \'93ok\'94\par}`),
    ).toBe('Café Αθήνα “ok”');
  });

  it('keeps destinations, tables and binary data out of the text', async () => {
    const rtf = String.raw`{\rtf1\ansi{\fonttbl{\f0 Times;}}{\colortbl;\red255\green0\blue0;}{\stylesheet{\s1 Heading;}}{\*\generator Writer;}` +
      String.raw`{\header Running header\par}{\*\bkmkstart x}{\pict\pngblip\bin4 {}\}x}` +
      String.raw`Minister said {\field{\*\fldinst HYPERLINK "http://example.com"}{\fldrslt the talks}} went well.\par` +
      String.raw`{\footnote A footnote.}Cell one\cell Cell two\cell\row Escaped \{braces\} and \\ backslash\par}`;
    expect(await textOf(rtf)).toBe('Minister said the talks went well.\n\nCell one Cell two\n\nEscaped {braces} and \\ backslash');
  });

  it('refuses a file that is not RTF, and an empty one', async () => {
    for (const [bytes, code] of [
      [new TextEncoder().encode('Plain text pretending to be RTF'), 'corrupt'],
      [new Uint8Array(0), 'empty'],
      [new TextEncoder().encode('{\\rtf1\\ansi {\\fonttbl{\\f0 Arial;}}}'), 'no-article-text'],
    ] as const) {
      const error = await rtfParser.parse(asImportSource('x.rtf', bytes), DEFAULT_IMPORT_LIMITS).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(ImportFailure);
      expect((error as ImportFailure).code).toBe(code);
    }
  });
});
