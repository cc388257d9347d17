import { describe, expect, it } from 'vitest';
import { docxParser, pdfParser, rtfParser } from '../../../../electron/core/import/formats/documents';
import { DEFAULT_IMPORT_LIMITS, type FormatParser } from '../../../../electron/core/import/formats/types';
import {
  asImportSource,
  buildDocx,
  buildPdf,
  buildRtfBytes,
  nexisExportParagraphs,
  sampleArticle,
  type SampleArticle,
} from '../../../fixtures-builders';

const second: SampleArticle = {
  ...sampleArticle,
  title: 'Beijing urges restraint after launch',
  author: 'Li Wen',
  paragraphs: [
    'BEIJING, March 4 (Parley Wire) — China urged all sides on the Korean peninsula to exercise restraint, a foreign ministry spokesperson said on Wednesday.',
    '“Dialogue is the only way forward,” the spokesperson told a regular briefing.',
  ],
};

/** A news database's export of two stories, as a cover title and the stories' header blocks and bodies. */
const exportDocument: SampleArticle = {
  ...sampleArticle,
  title: 'Search results: missile launch (2 documents)',
  paragraphs: nexisExportParagraphs([sampleArticle, second]),
};

const cases: [string, FormatParser, () => Promise<Uint8Array>][] = [
  ['export.docx', docxParser, () => buildDocx(exportDocument)],
  ['export.rtf', rtfParser, async () => buildRtfBytes(exportDocument)],
  ['export.pdf', pdfParser, () => buildPdf(exportDocument, { pageNumbers: 'page-n-of-m', pageSize: [420, 600] })],
];

describe('a news database export saved as a document', () => {
  it.each(cases)('%s is split into one article per exported story, each with its own header', async (name, parser, build) => {
    const outcome = await parser.parse(asImportSource(name, await build()), DEFAULT_IMPORT_LIMITS);
    if (outcome.kind !== 'articles') throw new Error('expected articles');
    expect(outcome.articles.map((a) => [a.title, a.byline, a.publishedAt])).toEqual([
      [sampleArticle.title, sampleArticle.author, '2026-03-04'],
      [second.title, second.author, '2026-03-04'],
    ]);
    expect(outcome.articles[0]!.text).toBe(sampleArticle.paragraphs.join('\n\n'));
    expect(outcome.articles[1]!.text).toBe(second.paragraphs.join('\n\n'));
  });
});
