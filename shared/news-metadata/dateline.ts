import type { TextRange } from './types';
import { outletForTag } from './wire-outlets';

export const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const DAY_MONTH = String.raw`(?:${MONTH}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+${MONTH}\.?(?:\s+\d{4})?)`;
// A story filed from two or three cities names them all: "NEW DELHI/ISLAMABAD", "N'DJAMENA/PARIS".
// Capitals of any Latin script: "BRASÍLIA", "SÃO PAULO", "REYKJAVÍK".
const CAPS_PLACE = String.raw`\p{Lu}[\p{Lu}'’.\-]+(?:[ ]\p{Lu}[\p{Lu}'’.\-]*){0,2}(?:\/\p{Lu}[\p{Lu}'’.\-]+(?:[ ]\p{Lu}[\p{Lu}'’.\-]*){0,2}){0,2}`;
const TITLE_PLACE = String.raw`[A-Z][a-z'’.\-]+(?:[ ][A-Z][a-z'’.\-]+){0,3}`;
const REGION = String.raw`\s*\/[^/\n]{1,40}\/`;
const QUALIFIER = String.raw`,\s*(?!${MONTH}\b)[A-Z][A-Za-z.]{1,15}(?:[ ][A-Z][A-Za-z.]{1,15}){0,2}`;
const TAG = String.raw`\([^()\n]{1,25}\)|\/[A-Za-z][A-Za-z\-]{1,14}\/`;

const DATELINE = new RegExp(
  String.raw`^(?<place>(?<caps>${CAPS_PLACE})|${TITLE_PLACE})(?<region>${REGION})?(?<qualifier>${QUALIFIER})?` +
    String.raw`(?:,\s*(?<date>${DAY_MONTH}))?\.?[ \t]*(?<tag>${TAG})?\.?[ \t]*(?<dash>[—–]|--?)?[ \t]+(?=\S)`,
  'u',
);

// Capitalised words that open a lead like a dateline but are labels.
const NOT_PLACES = new Set(['EXCLUSIVE', 'BREAKING', 'BREAKING NEWS', 'UPDATE', 'UPDATED', 'WATCH', 'ANALYSIS', 'OPINION', 'NOTE', 'EDITOR', 'LIVE', 'VIDEO', 'PHOTOS', 'CORRECTION']);
// An outlet's name: capitalised words, in any script, joined by the particles of its language ("Río de
// la Plata Press", "Corriere della Sera", "Süddeutsche Zeitung"); not "(R-Texas)", "(D)" or "(a Democrat)".
const OUTLET_PARTICLES = String.raw`(?:de|del|della|di|da|do|dos|das|du|des|la|le|el|los|las|of|the|and|for|y|e) `;
const OUTLET_LIKE = new RegExp(String.raw`^(?![DRI]-)\p{Lu}[\p{L}\p{M}\p{N}&'’.-]*[\p{L}\p{M}\p{N}](?: (?:${OUTLET_PARTICLES})*\p{Lu}[\p{L}\p{M}\p{N}&'’.-]*)*$`, 'u');
const HONORIFIC = /^(?:Sens?|Reps?|Gov|Govs|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Prof|Rev|President|Secretary|Senator|Rep)\.?\s/;

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
 * September 13. /TASS/.", "WASHINGTON (Reuters) -", "Philadelphia (AFP) –", "SEATTLE —",
 * "GENEVA/BRUSSELS, May 14 (Euro-Asia Press) –".
 * `offset` is where `line` starts in the article.
 */
export function readDateline(line: string, offset: number): Dateline | null {
  const m = DATELINE.exec(line);
  if (!m?.groups) return null;
  const { caps, region, qualifier, date, tag, dash } = m.groups;
  const tagText = tag ? tag.slice(1, -1).trim() : null;
  const agency = tagText !== null && outletForTag(tagText) !== null;
  // "(R-Texas)", "(D)", "(a Democrat)" follow a politician's name, not a place.
  const outletLike = tagText !== null && (agency || OUTLET_LIKE.test(tagText));
  if (tagText !== null && !outletLike) return null;
  // A title-case place needs a wire tag and a dash ("Philadelphia (AFP) –"); else it is the sentence's subject.
  if (!caps && !(agency || (outletLike && dash))) return null;
  if (!date && !agency && !dash) return null;
  if (caps && (NOT_PLACES.has(caps) || (caps.length < 3 && !agency && !date))) return null;
  if (!/\p{Ll}/u.test(line)) return null; // a line all in capitals is a heading
  const place = `${m.groups.place ?? ''}${region ?? ''}${qualifier ?? ''}`.trim();
  if (HONORIFIC.test(place)) return null;
  return {
    place,
    date: date ?? null,
    tag: tagText,
    range: { start: offset, end: offset + m[0].trimEnd().length },
  };
}
