import type { Line } from './lines';
import type { TextRange } from './types';

const MAX_TITLE_CHARS = 200;
const MAX_SUBHEADING_CHARS = 160;

/** A first line that reads like a headline: short, alone on its line, and not a sentence of a paragraph. */
export function isHeadlineLike(line: Line, next: Line | undefined): boolean {
  const text = stripMarkdownHeading(line.text.trim());
  if (text.length < 3 || text.length > MAX_TITLE_CHARS || next === undefined) return false;
  if (/^#{1,6}\s/.test(line.text.trim())) return true;
  const words = text.split(/\s+/).length;
  if (words > 30) return false;
  // Headlines often end in a period in exports; a one-sentence lead does too, so ask for a short line set apart.
  if (/[.!]["”’]?$/.test(text)) return next.text.trim() === '' && (words <= 20 || titleCased(text));
  // "Headline; " followed by a deck line is a headline too.
  return !/[,:]$/.test(text);
}

/** Most words capitalised, as headlines in title case are ("Trump Says He Will Win."). */
function titleCased(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^[\p{L}‘“'"]/u.test(w));
  const capitalised = words.filter((w) => /^[‘“'"]?\p{Lu}/u.test(w)).length;
  return words.length > 0 && capitalised / words.length >= 0.6;
}

export function stripMarkdownHeading(text: string): string {
  return text.replace(/^#{1,6}\s+/, '').replace(/\s+#+\s*$/, '');
}

/**
 * A line inside the body written in capitals ("SOUTH KOREA IS CLOSELY FOLLOWING THE ...") or marked as a
 * markdown heading: structure between paragraphs, not a sentence of the story.
 */
export function subheadingRange(line: Line): TextRange | null {
  const raw = line.text;
  if (raw.length > MAX_SUBHEADING_CHARS + 20) return null;
  const text = raw.trim();
  if (text.length < 4 || text.length > MAX_SUBHEADING_CHARS) return null;
  const start = line.start + raw.indexOf(text);
  const range = { start, end: start + text.length };
  if (/^#{1,6}\s+\S/.test(text)) return range;
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      // ASCII answers without asking for the other case.
      if (c >= 65 && c <= 90) upper++;
      else if (c >= 97 && c <= 122) lower++;
      i++;
    } else {
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      if (ch !== ch.toLowerCase()) upper++;
      else if (ch !== ch.toUpperCase()) lower++;
      i += ch.length;
    }
    // Most lines are sentences: once even every remaining character in capitals could not reach the
    // share below, the answer is already no.
    const mostUpper = upper + text.length - i;
    if (mostUpper / (mostUpper + lower) < 0.85) return null;
  }
  const letters = upper + lower;
  if (letters < 5 || upper / letters < 0.85) return null;
  // A capitalised line with a wire dateline dash continues into the story, so it is not a heading.
  if (/\s[—–]\s|\s--?\s/.test(text) && /\p{Ll}/u.test(text)) return null;
  return range;
}
