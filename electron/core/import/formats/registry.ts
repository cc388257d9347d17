import type { ArticleFormat } from '../../../../shared/domain/article';
import { csvParser, jsonLinesParser, jsonParser } from './bulk/bulk-parsers';
import { containerParsers } from './containers';
import { documentParsers } from './documents';
import { htmlParser, mhtmlParser } from './html/html-parsers';
import { markdownParser, textParser } from './text/text-parsers';
import type { FormatParser } from './types';

const OWN_PARSERS: FormatParser[] = [textParser, markdownParser, htmlParser, mhtmlParser, jsonParser, jsonLinesParser, csvParser];

/**
 * The parser for a format: one of `preferred` first (callers may supply their own), then the built-in
 * ones. Document and container parsers are looked up on each call, as they may be registered later.
 */
export function parserFor(format: ArticleFormat, preferred: readonly FormatParser[] = []): FormatParser | null {
  return [...preferred, ...OWN_PARSERS, ...documentParsers, ...containerParsers].find((p) => p.format === format) ?? null;
}

/** Every extension some parser reads, for file pickers and folder walks. */
export function supportedExtensions(): string[] {
  return [...new Set([...OWN_PARSERS, ...documentParsers, ...containerParsers].flatMap((p) => p.extensions))].sort();
}
