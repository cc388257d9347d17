import { describe, expect, it } from 'vitest';
import { pdfParser } from '../../../../electron/core/import/formats/documents';
import { pdfThread, stopPdfThread } from '../../../../electron/core/import/formats/documents/pdf-worker-host';
import { DEFAULT_IMPORT_LIMITS, ImportFailure, type ParseOutcome } from '../../../../electron/core/import/formats/types';
import {
  asImportSource,
  buildEncryptedPdf,
  buildImageOnlyPdf,
  buildPdf,
  expectedText,
  sampleArticle,
} from '../../../fixtures-builders';

function onlyArticle(outcome: ParseOutcome) {
  expect(outcome.kind).toBe('articles');
  if (outcome.kind !== 'articles') throw new Error('expected articles');
  expect(outcome.articles).toHaveLength(1);
  return outcome.articles[0]!;
}

async function failureOf(bytes: Uint8Array): Promise<ImportFailure> {
  const error = await pdfParser.parse(asImportSource('article.pdf', bytes), DEFAULT_IMPORT_LIMITS).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportFailure);
  return error as ImportFailure;
}

describe('importing a PDF article', () => {
  it('reads a newspaper print-out over several pages as the article, without its running header and page numbers', async () => {
    const bytes = await buildPdf(sampleArticle, {
      runningHeader: 'THE EXAMPLE HERALD — World News',
      pageNumbers: 'page-n-of-m',
      hyphenate: true,
      pageSize: [360, 320],
    });
    const article = onlyArticle(await pdfParser.parse(asImportSource('herald.pdf', bytes), DEFAULT_IMPORT_LIMITS));
    expect(article.text).toBe(expectedText(sampleArticle));
    expect(article.title).toBe(sampleArticle.title);
    expect(article.byline).toBe(sampleArticle.author);
    expect(article.text).not.toMatch(/HERALD|Page \d/);
  });

  it('follows a two-column layout, carrying a paragraph from one column into the next', async () => {
    const bytes = await buildPdf(sampleArticle, { columns: 2, pageSize: [520, 330], pageNumbers: 'bare', runningHeader: 'THE EXAMPLE HERALD' });
    const article = onlyArticle(await pdfParser.parse(asImportSource('columns.pdf', bytes), DEFAULT_IMPORT_LIMITS));
    expect(article.text).toBe(expectedText(sampleArticle));
    expect(article.title).toBe(sampleArticle.title);
  });

  it('drops bare page numbers too', async () => {
    const bytes = await buildPdf(sampleArticle, { pageNumbers: 'bare', pageSize: [360, 300] });
    const article = onlyArticle(await pdfParser.parse(asImportSource('a.pdf', bytes), DEFAULT_IMPORT_LIMITS));
    expect(article.text).toBe(expectedText(sampleArticle));
  });

  it('undoes hyphenation at line ends but keeps the hyphens that belong to words', async () => {
    const bytes = await buildPdf(sampleArticle, {
      includeTitle: false,
      explicitLines: [
        ['Talks on inter-', 'national security resumed after Kim Jong-', 'un spoke, and anti-', 'American slogans were heard.'],
        ['Foreign Minister Han Seo-', 'yeon said a long-', 'term plan and a state-', 'ment would follow from the self-', 'appointed envoy.'],
      ],
    });
    const article = onlyArticle(await pdfParser.parse(asImportSource('a.pdf', bytes), DEFAULT_IMPORT_LIMITS));
    expect(article.text).toBe(
      'Talks on international security resumed after Kim Jong-un spoke, and anti-American slogans were heard.\n\n' +
        'Foreign Minister Han Seo-yeon said a long-term plan and a statement would follow from the self-appointed envoy.',
    );
  });

  it('lets the document’s own spelling decide a hyphen at a line end', async () => {
    const bytes = await buildPdf(sampleArticle, {
      includeTitle: false,
      explicitLines: [['The cease-', 'fire held; the ceasefire talks and the cease-fire line were discussed.'], ['A pre-', 'war treaty, and a second prewar note.']],
    });
    const article = onlyArticle(await pdfParser.parse(asImportSource('a.pdf', bytes), DEFAULT_IMPORT_LIMITS));
    // "cease-fire" appears hyphenated elsewhere, "prewar" appears whole.
    expect(article.text).toContain('The cease-fire held');
    expect(article.text).toContain('A prewar treaty');
  });

  it('refuses a password-protected PDF with a reason', async () => {
    const failure = await failureOf(buildEncryptedPdf(['A confidential cable about the talks.']));
    expect(failure.code).toBe('encrypted');
    expect(failure.message).toMatch(/password/);
  });

  it('uses a test file that is really encrypted: it opens with its password', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const task = pdfjs.getDocument({ data: buildEncryptedPdf(['A confidential cable.'], 'secret'), password: 'secret', verbosity: 0 });
    const document = await task.promise;
    const content = await (await document.getPage(1)).getTextContent();
    expect(content.items.map((item) => ('str' in item ? item.str : '')).join('')).toBe('A confidential cable.');
    await task.destroy();
  });

  it('refuses a scan without a text layer', async () => {
    const failure = await failureOf(await buildImageOnlyPdf());
    expect(failure.code).toBe('no-text-layer');
    expect(failure.message).toMatch(/OCR/);
  });

  it('refuses broken, truncated and empty files', async () => {
    const whole = await buildPdf(sampleArticle);
    expect((await failureOf(new TextEncoder().encode('this is not a pdf at all'))).code).toBe('corrupt');
    expect((await failureOf(whole.slice(0, 300))).code).toBe('corrupt');
    expect((await failureOf(new Uint8Array(0))).code).toBe('empty');
  });

  it('starts a fresh reader thread when the previous one had to be stopped', async () => {
    await pdfParser.parse(asImportSource('first.pdf', await buildPdf(sampleArticle)), DEFAULT_IMPORT_LIMITS);
    const stopped = await pdfThread();
    await stopPdfThread(stopped);
    const article = onlyArticle(await pdfParser.parse(asImportSource('second.pdf', await buildPdf(sampleArticle)), DEFAULT_IMPORT_LIMITS));
    expect(article.text).toBe(expectedText(sampleArticle));
    expect(await pdfThread()).not.toBe(stopped);
  });

  it('reads a PDF again on a fresh thread when the reader thread stops under it', async () => {
    const long = { ...sampleArticle, paragraphs: Array.from({ length: 12 }, () => sampleArticle.paragraphs).flat() };
    await pdfParser.parse(asImportSource('warm-up.pdf', await buildPdf(sampleArticle)), DEFAULT_IMPORT_LIMITS);
    const reading = pdfParser.parse(asImportSource('long.pdf', await buildPdf(long)), DEFAULT_IMPORT_LIMITS);
    await stopPdfThread(await pdfThread());
    const article = onlyArticle(await reading);
    expect(article.text).toBe(long.paragraphs.join('\n\n'));
  });

  it('leaves the bytes it was given intact', async () => {
    const bytes = await buildPdf(sampleArticle);
    const copy = bytes.slice();
    await pdfParser.parse(asImportSource('a.pdf', bytes), DEFAULT_IMPORT_LIMITS);
    expect(bytes).toEqual(copy);
  });
});
