import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ImportFailure, type FormatParser, type ImportSource, type ParseOutcome } from '../types';
import { articlesFromDocument } from './document-article';
import { usableTitle } from './paragraph-text';
import { assertNotEmpty, withImportFailures } from './parse-guard';
import { dropRunningLines, linesToLayout, runsToLines, type PositionedRun } from './pdf-layout';
import { letPdfThreadIdle, pdfThread, stopPdfThread, type PdfThread } from './pdf-worker-host';

type PdfJs = typeof PdfJsModule;
type PdfWorkerHandle = InstanceType<PdfJs['PDFWorker']>;

/** A PDF still being read after this long is given up and its reader thread stopped. */
const PARSE_TIME_BOUND_MS = 60_000;
const pdfWorkers = new WeakMap<PdfThread, PdfWorkerHandle>();

let pdfjsLoading: Promise<PdfJs> | null = null;

/** pdf.js is large; it is loaded the first time a PDF is imported. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsLoading ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsLoading;
}

function standardFontDataUrl(): string {
  const packageJson = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
  return join(dirname(packageJson), 'standard_fonts') + '/';
}

/**
 * Reads a PDF's text layer with pdf.js (no scripts, no font loading, no network), rebuilds its paragraphs
 * in reading order and drops running headers, footers and page numbers.
 */
export const pdfParser: FormatParser = {
  format: 'pdf',
  extensions: ['.pdf'],
  parse: (source) => withImportFailures(`The PDF ${source.name}`, 'corrupt', () => parsePdf(source)),
};

async function parsePdf(source: ImportSource): Promise<ParseOutcome> {
  assertNotEmpty(source.bytes, `The PDF ${source.name}`);
  const pdfjs = await loadPdfJs();
  try {
    return await parseOnThread(pdfjs, source);
  } catch (error) {
    if (!(error instanceof ThreadDied)) throw error;
  }
  // The reader thread serves every PDF being read at once; when another file brought it down, this
  // one is read again on a fresh thread. A file that brings the thread down twice is the culprit.
  try {
    return await parseOnThread(pdfjs, source);
  } catch (error) {
    throw error instanceof ThreadDied ? error.failure : error;
  }
}

/** The reader thread stopped while this file was being read. */
class ThreadDied extends Error {
  constructor(readonly failure: ImportFailure) {
    super(failure.message);
  }
}

async function parseOnThread(pdfjs: PdfJs, source: ImportSource): Promise<ParseOutcome> {
  const describe = `The PDF ${source.name}`;
  // Without worker threads (never expected in Node or Electron) pdf.js falls back to its in-thread reader.
  const thread = await pdfThread().catch(() => null);
  if (!thread) return readPdf(pdfjs, source, undefined);

  let worker = pdfWorkers.get(thread);
  if (!worker) {
    worker = pdfjs.PDFWorker.create({ port: thread.port as never, verbosity: 0 });
    pdfWorkers.set(thread, worker);
    letPdfThreadIdle(thread);
  }
  let timer: NodeJS.Timeout | undefined;
  const overrun = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void stopPdfThread(thread);
      reject(new ImportFailure('unreadable', `${describe} took longer than ${PARSE_TIME_BOUND_MS / 1000} s to read and was given up.`));
    }, PARSE_TIME_BOUND_MS);
  });
  const reading = readPdf(pdfjs, source, worker);
  // Once the thread has died or the bound has passed, the abandoned read's own failure is of no interest.
  reading.catch(() => undefined);
  const threadDeath = thread.died.catch((error: unknown) => {
    const outOfMemory = error instanceof Error && 'code' in error && error.code === 'ERR_WORKER_OUT_OF_MEMORY';
    throw new ThreadDied(
      outOfMemory
        ? new ImportFailure('too-large', `${describe} needs more memory than a PDF may take to read.`)
        : new ImportFailure('corrupt', `${describe} made the PDF reader fail; it is probably damaged.`),
    );
  });
  try {
    return await Promise.race([reading, threadDeath, overrun]);
  } finally {
    clearTimeout(timer);
  }
}

async function readPdf(pdfjs: PdfJs, source: ImportSource, worker: PdfWorkerHandle | undefined): Promise<ParseOutcome> {
  const describe = `The PDF ${source.name}`;
  const task = pdfjs.getDocument({
    worker,
    // pdf.js takes ownership of (and may detach) the buffer it is given; the source keeps its bytes.
    data: source.bytes.slice(),
    standardFontDataUrl: standardFontDataUrl(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    disableAutoFetch: true,
    disableStream: true,
    enableXfa: false,
    verbosity: 0,
  });
  try {
    let document;
    try {
      document = await task.promise;
    } catch (error) {
      throw describeOpenError(error, describe);
    }
    const pages = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const runs: PositionedRun[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
        runs.push({
          text: item.str,
          x,
          y,
          width: item.width,
          size: Math.hypot(c, d) || Math.hypot(a, b) || item.height,
          endsLine: item.hasEOL,
        });
      }
      pages.push(runsToLines(runs));
      page.cleanup();
    }
    if (!pages.some((lines) => lines.some((l) => /[\p{L}\p{N}]/u.test(l.text)))) {
      throw new ImportFailure(
        'no-text-layer',
        `${describe} has no text layer (it looks like a scan or images of text); run it through OCR first.`,
      );
    }
    const layout = linesToLayout(dropRunningLines(pages));
    const info = await readInfo(document);
    return {
      kind: 'articles',
      format: 'pdf',
      articles: articlesFromDocument(layout.paragraphs, source, {
        title: layout.heading ?? usableTitle(info.title),
        byline: usableAuthor(info.author),
      }),
    };
  } finally {
    // A reader thread that died cannot confirm the clean-up; it is not waited for.
    await Promise.race([task.destroy(), new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
  }
}

function describeOpenError(error: unknown, describe: string): ImportFailure {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new ImportFailure('encrypted', `${describe} is password-protected; open it, save an unprotected copy and import that.`);
  }
  if (name === 'InvalidPDFException') return new ImportFailure('corrupt', `${describe} is not a valid PDF file.`);
  const detail = error instanceof Error ? error.message : String(error);
  return new ImportFailure('corrupt', `${describe} is damaged and cannot be opened (${detail.slice(0, 160)}).`);
}

async function readInfo(document: { getMetadata(): Promise<{ info: unknown }> }): Promise<{ title: string | null; author: string | null }> {
  try {
    const { info } = await document.getMetadata();
    const record = (info ?? {}) as Record<string, unknown>;
    const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);
    return { title: text(record.Title), author: text(record.Author) };
  } catch {
    // A damaged info dictionary costs the metadata, not the article.
    return { title: null, author: null };
  }
}

function usableAuthor(author: string | null): string | null {
  if (!author || author.length > 120) return null;
  return /^(admin|administrator|user|owner|unknown|microsoft|adobe)/i.test(author) ? null : author;
}
