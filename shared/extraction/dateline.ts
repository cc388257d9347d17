/**
 * The dateline of a wire story ("N'DJAMENA/PARIS, March 18 (Sahel Dispatch) –",
 * "GEORGETOWN, Guyana (Caribbean Wire) —", "MOSCOW, September 9. /Sever-Press/."): the place
 * the story was filed from, weak evidence of the nation of speakers the article does not place.
 */
import { findNation, placeInCapitals } from '../nations/index';
import { isHub, placeCountry } from '../nations/places';

export interface Dateline {
  code: string;
  start: number;
  end: number;
}

// A paragraph opening with a place in capitals (several joined by "/"), then a comma, then a country
// ("GEORGETOWN, Guyana (Wire) —", "WELLINGTON, New Zealand —") or a date ("ABU DHABI, 1st December, 2025 (WAM) --").
const DATELINE_RE = /^((?:\p{Lu}[\p{Lu}'’.\- ]*[\p{Lu}.])(?:\/\p{Lu}[\p{Lu}'’.\- ]*[\p{Lu}.])*),\s+(?:([A-Z][\p{L} '’-]+?)\s*(?:[,(]|--|[–—]|-\s)|[A-Z][a-z]{2,}\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,})/u;

// "WASHINGTON (AP) — ", "MOSCOW (Reuters) - ", "SEATTLE — ": a place in capitals with no comma, then its dash.
// "VICTORIA FALLS (Zimbabwe) -": the brackets may hold the country instead of the agency.
const DASH_DATELINE_RE = /^((?:\p{Lu}[\p{Lu}'’.\- ]*[\p{Lu}.])(?:\/\p{Lu}[\p{Lu}'’.\- ]*[\p{Lu}.])*)\s*(?:\(([^)\n]{1,40})\)\s*)?(?:--|[–—-])\s/u;

// "TACNA (Peru), 27 Apr. (Agencia Cóndor) -": the country in brackets after the place, then the date.
const BRACKETED_COUNTRY_DATELINE_RE = /^(\p{Lu}[\p{Lu}'’.\- ]*[\p{Lu}.])\s*\(([^)\n]{1,40})\),\s+(?:[A-Z][a-z]{2,}\.?\s+\d|\d{1,2}\s+\p{L}{3,}\.?)/u;

// "MANILA, April 2 (Kyodo) - ", "WASHINGTON — ", "DILI, Timor-Leste (Wire) — ": the dateline that opens a paragraph,
// up to its dash (a hyphen between letters belongs to a name); "ISLAMABAD, Jun 11 (APP): ": or the colon after its agency.
const DATELINE_OPENING_RE = /^\p{Lu}[\p{Lu}\s.'’/-]*\p{Lu}(?:\s*\([^)\n]{1,40}\)(?=,))?(?:,(?:[^\n–—-]|\p{L}-(?=\p{L})){1,56}?)?(?:(?:\s*\([^)\n]{1,40}\))?\s*(?:--|[–—-])|\s*\([^)\n]{1,40}\):)\s+/u;

// "MOSCOW, February 20. /Volga-Inform/. ": the agency between slashes after the day, with no dash.
const SLASH_DATELINE_RE = /^\p{Lu}[\p{Lu}\s.'’-]*\p{Lu},\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2}\.\s+\/[^/\n]{1,40}\/\.?\s+/u;

// "Bogota, Mar 12 (EFE).- ", "Caracas (AFP) - ", "Kampala/Nairobi (NWP) - ", "Kathmandu, Nov 20 (RSS): ": the place in
// title case, then the agency in brackets and a dash or a colon.
const TITLE_DATELINE_RE = /^(\p{Lu}[\p{Ll}’'.-]+(?:[\s/]\p{Lu}[\p{Ll}’'.-]+){0,2})(?:,\s+(?:\p{Lu}[\p{L}.]*\s+\d{1,2}|\d{1,2}\s+\p{L}{3,}\.?))?\s*\([^)\n]{1,30}\)\s*(?:\.?\s*(?:--|[–—-])|:)\s+/u;

// "Havana, Oct 23 (Prensa Latina) The …": a title-case place and its date, the agency in brackets, and no dash.
const TITLE_DATELINE_NO_DASH_RE = /^(\p{Lu}[\p{Ll}’'.-]+(?:\s\p{Lu}[\p{Ll}’'.-]+){0,2}),\s+(?:\p{Lu}[\p{L}.]*\s+\d{1,2}|\d{1,2}\s+\p{L}{3,}\.?)\s*\([^)\n]{1,30}\)\s+(?=\p{Lu})/u;

// "Baku, November 12, Xazar Info": a title-case place, its date and the agency, on a line of their own.
const LINE_DATELINE_RE = /^(\p{Lu}[\p{Ll}’'.-]+(?:\s\p{Lu}[\p{Ll}’'.-]+){0,2}),\s+(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+\.?)(?:,\s+\d{4})?,\s+\p{Lu}[^\n,.()]{1,40}(?=\n)/u;

// The bracket of a title-case dateline stands within its first few words: most paragraphs have none there.
const TITLE_DATELINE_BRACKET_REACH = 50;

function hasTitleDatelineShape(opening: string): boolean {
  const c = opening.charCodeAt(0);
  if (!(c >= 65 && c <= 90)) return false;
  const bracket = opening.indexOf('(');
  return bracket !== -1 && bracket < TITLE_DATELINE_BRACKET_REACH;
}

function titleDateline(opening: string): RegExpExecArray | null {
  return TITLE_DATELINE_RE.exec(opening) ?? TITLE_DATELINE_NO_DASH_RE.exec(opening);
}

// How far into a paragraph its dateline may run.
const DATELINE_REACH = 120;

// "A: Pakistan had …, she said": the label of an answer in a briefing's transcript, which opens its paragraph as
// a dateline does and is no more part of what was said.
const ANSWER_LABEL_RE = /^A:[ \t]+/;

/**
 * How many characters of the text a dateline opening it takes, with the dash and spaces after it (or a
 * transcript's answer label); 0 for none.
 */
export function datelineOpeningLength(text: string): number {
  if (text.startsWith('A:')) return ANSWER_LABEL_RE.exec(text)?.[0].length ?? 0;
  const opening = text.length > DATELINE_REACH ? text.slice(0, DATELINE_REACH) : text;
  const m = DATELINE_OPENING_RE.exec(opening) ?? SLASH_DATELINE_RE.exec(opening) ?? (hasTitleDatelineShape(opening) ? titleDateline(opening) : null);
  return m?.[0].length ?? 0;
}

/**
 * Where content that opens a paragraph starts once its dateline is left out: "MANILA, April 2 (Kyodo) -
 * The Philippines lodged a protest ..., officials said" reports the protest, not the dateline.
 */
export function afterDateline(text: string, start: number, end: number): number {
  if (start > 0 && text[start - 1] !== '\n') return start;
  const length = datelineOpeningLength(text.slice(start, Math.min(end, start + DATELINE_REACH)));
  return length > 0 && start + length < end ? start + length : start;
}

/**
 * "PAKISTAN, AFGHANISTAN TRADE FIRE AT TORKHAM CROSSING, FOUR KILLED": a headline in capitals whose first comma follows
 * a country reads like "BAKU, AZERBAIJAN (Wire) -", but what follows the comma is more than a country.
 */
function isHeadlineInCapitals(m: RegExpExecArray): boolean {
  const after = m[2];
  if (!after || /\p{Ll}/u.test(after)) return false;
  const country = findNation(after);
  if (country) return country.start !== 0 || country.end !== after.trimEnd().length;
  return after.trim().split(/\s+/).length > COUNTRY_NAME_WORDS;
}

// The most words a country's name in a dateline takes ("SAINT KITTS AND NEVIS").
const COUNTRY_NAME_WORDS = 4;

// The agency between brackets or slashes in a dateline ("(Hellenic Press Agency)", "/Anadolu/").
const DATELINE_AGENCY_RE = /[(/]([^()/\n]{2,40})[)/]/;

/**
 * "ALEXANDROUPOLIS, Mar. 3 /Hellenic Press Agency/ --": a town the gazetteer does not know, filed by a national agency,
 * is in the agency's country.
 */
function agencyCountry(opening: string, at: number): Dateline | null {
  const length = datelineOpeningLength(opening);
  const agency = length > 0 ? DATELINE_AGENCY_RE.exec(opening.slice(0, length)) : null;
  if (!agency) return null;
  const country = findNation(agency[1]!);
  if (!country?.code) return null;
  const start = at + agency.index + 1 + country.start;
  return { code: country.code, start, end: start + country.end - country.start };
}

/** The first dateline in the first few paragraphs, when it names a known capital or country. */
export function findDateline(text: string): Dateline | null {
  let at = 0;
  for (let line = 0; line < 8 && at < text.length; line++) {
    const opening = text.slice(at, at + 200);
    const full = DATELINE_RE.exec(opening);
    const dash = full ? null : DASH_DATELINE_RE.exec(opening);
    const bracketed = full || dash ? null : BRACKETED_COUNTRY_DATELINE_RE.exec(opening);
    const m = full ?? dash ?? bracketed ?? (hasTitleDatelineShape(opening) ? titleDateline(opening) : null) ?? LINE_DATELINE_RE.exec(opening);
    if (m && !isHeadlineInCapitals(m)) {
      const first = m[1]!.split('/')[0]!;
      if (isHub(first)) return null;
      // "GEORGETOWN, Guyana": a country after the city decides; so does one in the brackets ("(Zimbabwe)", not "(AP)"),
      // and a state or province ("IQALUIT, Nunavut,").
      if (m[2]) {
        const country = findNation(m[2]);
        const countryStart = at + m[0].indexOf(m[2]);
        if (country?.code && ((m !== dash && m !== bracketed) || country.kind === 'country')) return { code: country.code, start: countryStart + country.start, end: countryStart + country.end };
        const region = m === full ? placeCountry(m[2].trim()) : null;
        if (region) return { code: region, start: countryStart, end: countryStart + m[2].trim().length };
      }
      const code = placeInCapitals(first) ?? placeCountry(first);
      if (code) return { code, start: at, end: at + first.length };
      return agencyCountry(opening, at);
    }
    const next = text.indexOf('\n', at);
    if (next === -1) break;
    at = next + 1;
    while (text[at] === '\n') at++;
  }
  return null;
}
