/**
 * Paragraph handling shared by the document formats, so a PDF, a Word file and an RTF of the same
 * article yield the same text: whitespace inside a paragraph collapsed to single spaces, paragraphs
 * separated by one blank line.
 */

/**
 * Collapses runs of whitespace (incl. no-break and other Unicode spaces) and drops invisible marks that
 * only guide line breaking (soft hyphen, zero-width space, word joiner, stray BOM). Zero-width joiners
 * and non-joiners stay: Persian and Indic words need them.
 */
export function normalizeParagraph(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00ad\u200b\u2060\ufeff]/g, '')
    .replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .trim();
}

/** Joins paragraphs into article text, dropping the empty ones. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.map(normalizeParagraph).filter((p) => p.length > 0).join('\n\n');
}

/**
 * When the document's first paragraph is its title (a heading, or equal to the title kept in the
 * file's properties), it is shown as the title rather than repeated as the first line of the text.
 */
export function splitLeadingTitle(
  paragraphs: readonly string[],
  knownTitle: string | null,
): { title: string | null; body: string[] } {
  const cleaned = paragraphs.map(normalizeParagraph).filter((p) => p.length > 0);
  const first = cleaned[0];
  if (first !== undefined && knownTitle !== null && sameWords(first, knownTitle)) {
    return { title: first, body: cleaned.slice(1) };
  }
  return { title: knownTitle, body: cleaned };
}

function sameWords(a: string, b: string): boolean {
  const words = (s: string) => normalizeParagraph(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return words(a) === words(b);
}

/** Whether a document-properties title is worth showing (not a file name or a placeholder from a template). */
export function usableTitle(title: string | null | undefined): string | null {
  if (!title) return null;
  const cleaned = normalizeParagraph(title);
  if (cleaned.length < 3 || cleaned.length > 300) return null;
  if (/^(untitled|document\d*|microsoft word - .*|slide \d+)$/i.test(cleaned)) return null;
  if (/\.(docx?|pdf|odt|rtf|txt|html?)$/i.test(cleaned)) return null;
  return cleaned;
}
