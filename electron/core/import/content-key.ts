import { createHash } from 'node:crypto';
import { normaliseForComparison } from './near-duplicates';

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * What makes two articles "the same text": the text as it survives a change of format
 * (normaliseForComparison), with a headline line dropped when it is the article's title. Plain text
 * keeps its headline in the body while other formats carry it apart, so the same story as .txt,
 * .html or .docx lands on the same key.
 */
export function contentKey(text: string, title: string | null = null): string {
  const folded = normaliseForComparison(text);
  const heading = title === null ? '' : normaliseForComparison(title);
  const body = heading && folded.startsWith(`${heading} `) ? folded.slice(heading.length + 1) : folded;
  return sha256(body);
}
