import { describe, expect, it } from 'vitest';
import { documentParsers } from '../../../../electron/core/import/formats/documents';
import { DEFAULT_IMPORT_LIMITS } from '../../../../electron/core/import/formats/types';
import {
  asImportSource,
  buildDocx,
  buildEml,
  buildOdt,
  buildPdf,
  buildRtfBytes,
  expectedText,
  sampleArticle,
} from '../../../fixtures-builders';

/** The same story as the analyst might have it: printed to PDF, saved from Word, LibreOffice or WordPad, or mailed. */
const files: [string, () => Promise<Uint8Array | string>][] = [
  ['story.pdf', () => buildPdf(sampleArticle, { runningHeader: 'PARLEY WIRE — Asia', pageNumbers: 'page-n-of-m', hyphenate: true })],
  ['story.docx', () => buildDocx(sampleArticle, { header: 'Parley Wire', splitRuns: true })],
  ['story.odt', async () => buildOdt(sampleArticle)],
  ['story.rtf', async () => buildRtfBytes(sampleArticle)],
  ['story.eml', async () => buildEml(sampleArticle)],
];

describe('the same article in every document format', () => {
  it('yields the same text, title and wire metadata whichever format it arrives in', async () => {
    const results = [];
    for (const [name, build] of files) {
      const parser = documentParsers.find((p) => p.extensions.some((ext) => name.endsWith(ext)));
      expect(parser, name).toBeDefined();
      const outcome = await parser!.parse(asImportSource(name, await build()), DEFAULT_IMPORT_LIMITS);
      if (outcome.kind !== 'articles') throw new Error(`${name} gave no articles`);
      const [article] = outcome.articles;
      results.push({ name, text: article!.text, title: article!.title, outlet: article!.outlet, dateline: article!.dateline, language: article!.language });
    }
    for (const result of results) {
      expect(result, result.name).toEqual({
        name: result.name,
        text: expectedText(sampleArticle),
        title: sampleArticle.title,
        outlet: 'Parley Wire',
        dateline: 'SEOUL',
        language: 'en',
      });
    }
  });
});
