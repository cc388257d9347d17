import { describe, expect, it } from 'vitest';
import { zipSync, strToU8, unzipSync } from 'fflate';
import { docxParser, odtParser } from '../../../../electron/core/import/formats/documents';
import { DEFAULT_IMPORT_LIMITS, ImportFailure, type FormatParser, type ParseOutcome } from '../../../../electron/core/import/formats/types';
import { asImportSource, buildDocx, buildOdt, buildZip, expectedText, sampleArticle } from '../../../fixtures-builders';

function onlyArticle(outcome: ParseOutcome) {
  if (outcome.kind !== 'articles') throw new Error('expected articles');
  expect(outcome.articles).toHaveLength(1);
  return outcome.articles[0]!;
}

async function failureOf(parser: FormatParser, name: string, bytes: Uint8Array, limits = DEFAULT_IMPORT_LIMITS): Promise<ImportFailure> {
  const error = await parser.parse(asImportSource(name, bytes), limits).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ImportFailure);
  expect((error as ImportFailure).message).not.toBe('');
  return error as ImportFailure;
}

/** The first bytes of an OLE compound file: what Word saves when a document is given a password. */
const ENCRYPTED_OFFICE = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);

describe('importing a Word document', () => {
  it('reads the body paragraph by paragraph, with the title style and document properties as metadata', async () => {
    const bytes = await buildDocx(sampleArticle, { header: 'CONFIDENTIAL — Press digest', splitRuns: true });
    const article = onlyArticle(await docxParser.parse(asImportSource('story.docx', bytes), DEFAULT_IMPORT_LIMITS));
    expect(article.text).toBe(expectedText(sampleArticle));
    expect(article.title).toBe(sampleArticle.title);
    expect(article.byline).toBe(sampleArticle.author);
    expect(article.outlet).toBe('Parley Wire');
    expect(article.dateline).toBe('SEOUL');
    expect(article.text).not.toContain('CONFIDENTIAL');
  });

  it('tells a password-protected document from a damaged one', async () => {
    expect((await failureOf(docxParser, 'locked.docx', ENCRYPTED_OFFICE)).code).toBe('encrypted');
    expect((await failureOf(docxParser, 'broken.docx', strToU8('PK\u0003\u0004 not really a zip'))).code).toBe('corrupt');
    expect((await failureOf(docxParser, 'text.docx', strToU8('just some text'))).code).toBe('corrupt');
    expect((await failureOf(docxParser, 'empty.docx', new Uint8Array(0))).code).toBe('empty');
  });

  it('refuses a document whose parts would expand past the limit before inflating them', async () => {
    const bytes = await buildDocx(sampleArticle);
    const failure = await failureOf(docxParser, 'big.docx', bytes, { ...DEFAULT_IMPORT_LIMITS, maxExpandedBytes: 1000 });
    expect(failure.code).toBe('too-large');
  });

  it('refuses a part that inflates past the size it declares before the Word reader inflates it', async () => {
    // The Word reader's own zip reader believes no declared size; here the styles would inflate to 4 MB.
    const parts = unzipSync(await buildDocx(sampleArticle));
    const styles = parts['word/styles.xml']!;
    const padded = new Uint8Array(styles.length + 4_000_000).fill(0x20);
    padded.set(styles);
    const bytes = buildZip(Object.entries(parts).map(([path, data]) => (path === 'word/styles.xml' ? { path, bytes: padded, declaredSize: styles.length } : { path, bytes: data })));
    const failure = await failureOf(docxParser, 'padded.docx', bytes);
    expect(failure.code).toBe('corrupt');
    expect(failure.message).toBe(
      `The Word file padded.docx (part word/styles.xml) inflates past the size its zip header declares (${styles.length} bytes); refused as a possible zip bomb.`,
    );
  });

  it('says so when a zip is not a Word document', async () => {
    const failure = await failureOf(docxParser, 'other.docx', buildZip([{ path: 'notes.txt', bytes: 'hello' }]));
    expect(failure.code).toBe('corrupt');
  });
});

describe('importing an OpenDocument text', () => {
  it('reads headings and paragraphs in order, with title and author from meta.xml', async () => {
    const article = onlyArticle(await odtParser.parse(asImportSource('story.odt', buildOdt(sampleArticle)), DEFAULT_IMPORT_LIMITS));
    expect(article.text).toBe(expectedText(sampleArticle));
    expect(article.title).toBe(sampleArticle.title);
    expect(article.byline).toBe(sampleArticle.author);
  });

  it('keeps list items and table cells but leaves notes and annotations out', async () => {
    const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">
<office:body><office:text>
<text:h text:outline-level="1">Envoy upbeat</text:h>
<text:p>The envoy said<text:note><text:note-body><text:p>A footnote.</text:p></text:note-body></text:note> talks would resume.<office:annotation><text:p>Check this</text:p></office:annotation></text:p>
<text:list><text:list-item><text:p>First point:<text:tab/>sanctions.</text:p></text:list-item></text:list>
<table:table><table:table-row><table:table-cell><text:p>Cell  text<text:s text:c="3"/>here.</text:p></table:table-cell></table:table-row></table:table>
</office:text></office:body></office:document-content>`;
    const bytes = zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }], 'content.xml': strToU8(content) });
    const article = onlyArticle(await odtParser.parse(asImportSource('notes.odt', bytes), DEFAULT_IMPORT_LIMITS));
    expect(article.text).toBe('The envoy said talks would resume.\n\nFirst point: sanctions.\n\nCell text here.');
  });

  it('refuses a package without content.xml, and one that is not a zip', async () => {
    const noContent = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text') });
    expect((await failureOf(odtParser, 'hollow.odt', noContent)).code).toBe('corrupt');
    expect((await failureOf(odtParser, 'locked.odt', ENCRYPTED_OFFICE)).code).toBe('encrypted');
    expect((await failureOf(odtParser, 'text.odt', strToU8('plain words'))).code).toBe('corrupt');
  });
});
