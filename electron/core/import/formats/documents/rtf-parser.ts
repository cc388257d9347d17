import { ImportFailure, type FormatParser, type ImportSource, type ParseOutcome } from '../types';
import { articlesFromDocument } from './document-article';
import { usableTitle } from './paragraph-text';
import { assertNotEmpty, withImportFailures } from './parse-guard';
import { NotRtfError, readRtf } from './rtf-reader';

/** Reads an RTF document's body text, with title, author and creation date from its info group. */
export const rtfParser: FormatParser = {
  format: 'rtf',
  extensions: ['.rtf'],
  parse: (source) => withImportFailures(`The RTF file ${source.name}`, 'corrupt', async () => parseRtf(source)),
};

function parseRtf(source: ImportSource): ParseOutcome {
  assertNotEmpty(source.bytes, `The RTF file ${source.name}`);
  let document;
  try {
    document = readRtf(source.bytes);
  } catch (error) {
    if (error instanceof NotRtfError) {
      throw new ImportFailure('corrupt', `The RTF file ${source.name} is not an RTF document (${error.message}).`);
    }
    throw error;
  }
  return {
    kind: 'articles',
    format: 'rtf',
    articles: articlesFromDocument(document.paragraphs, source, {
      title: usableTitle(document.title),
      byline: document.author,
    }),
  };
}
