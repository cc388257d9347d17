import type { TextRange } from './types';

export const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const DAY_MONTH = String.raw`(?:${MONTH}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+${MONTH}\.?(?:\s+\d{4})?)`;
const CAPS_PLACE = String.raw`[A-Z][A-Z'’.\-]+(?:[ ][A-Z][A-Z'’.\-]*){0,4}`;
const TITLE_PLACE = String.raw`[A-Z][a-z'’.\-]+(?:[ ][A-Z][a-z'’.\-]+){0,3}`;
const REGION = String.raw`\s*\/[^/\n]{1,40}\/`;
const QUALIFIER = String.raw`,\s*(?!${MONTH}\b)[A-Z][A-Za-z.]{1,15}(?:[ ][A-Z][A-Za-z.]{1,15}){0,2}`;
const TAG = String.raw`\([^()\n]{1,25}\)|\/[A-Za-z][A-Za-z\-]{1,14}\/`;

const DATELINE = new RegExp(
  String.raw`^(?<place>(?<caps>${CAPS_PLACE})|${TITLE_PLACE})(?<region>${REGION})?(?<qualifier>${QUALIFIER})?` +
    String.raw`(?:,\s*(?<date>${DAY_MONTH}))?\.?[ \t]*(?<tag>${TAG})?\.?[ \t]*(?<dash>[—–]|--?)?[ \t]+(?=\S)`,
  'u',
);

export interface Dateline {
  /** The place as written, with its region or state, e.g. "TRENTON, N.J." */
  place: string;
  /** The date as written, e.g. "September 13". */
  date: string | null;
  /** The wire or outlet tag inside the dateline, without brackets or slashes. */
  tag: string | null;
  range: TextRange;
}

/**
 * Reads the dateline that opens a news story's lead: "VOSTOCHNY SPACEPORT /Amur Region/,
 * September 13. /TASS/.", "WASHINGTON (Reuters) -", "Philadelphia (AFP) –", "SEATTLE —".
 * `offset` is where `line` starts in the article.
 */
export function readDateline(line: string, offset: number): Dateline | null {
  const m = DATELINE.exec(line);
  if (!m?.groups) return null;
  const { caps, region, qualifier, date, tag, dash } = m.groups;
  // A title-case place is only a dateline with a wire tag ("Philadelphia (AFP) –"), else it is the sentence's subject.
  if (!caps && !tag) return null;
  if (!date && !tag && !dash) return null;
  // An all-capital word of two letters opening a sentence ("US officials ...") is no dateline without more.
  if (caps && caps.length < 3 && !tag && !date) return null;
  const place = `${m.groups.place ?? ''}${region ?? ''}${qualifier ?? ''}`.trim();
  const tagText = tag ? tag.slice(1, -1).trim() : null;
  return {
    place,
    date: date ?? null,
    tag: tagText,
    range: { start: offset, end: offset + m[0].trimEnd().length },
  };
}
