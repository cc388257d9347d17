import { findAllNations, findNation } from '../nations/index';
import { isHub } from '../nations/places';
import { datelineOpeningLength, findDateline } from './dateline';
import { tokenAt } from './frame-helpers';
import { withContent, type Frame, type FrameContext } from './frame-types';

// "SEOUL, Nov. 19 (Yonhap) --", "GEORGETOWN, Guyana (Wire) —", "DILI, Timor-Leste (Wire) —", "KINSHASA, DR Congo",
// "GOMA, Democratic Republic of Congo (Wire) —": an international service's dateline gives the day or the country after
// the city; a domestic one's ("WASHINGTON (AP) —") gives neither, nor does a US state's abbreviation ("BEDFORD, N.H.
// (AP) —") (see also foreignAgencyDateline).
const INTERNATIONAL_DATELINE_RE = /^[^\n,]{2,40},\s+(?:\p{Lu}\p{Ll}{2,}\.?\s+\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}{2,}|(?:\p{Lu}\p{Ll}[\p{L}.'’-]*|\p{Lu}{2,})(?:\s(?:d['’]|(?:of|the)\s)?(?:\p{Lu}\p{Ll}[\p{L}.'’-]*|\p{Lu}{2,}))*(?:,\s+\p{Lu}\p{Ll}{2,}\.?\s+\d{1,2})?\s*[(/])/u;
// How many paragraphs into a story its dateline may stand (after a headline and a byline).
const DATELINE_PARAGRAPHS = 4;

/**
 * Where the paragraph opening with an international service's dateline starts, or -1 when the story is no
 * international wire copy. Such copy, and the analysts who read it, count "“A,” X said. “B.”" as two quotations of X;
 * US political reporting, as PolNeAR annotates it, as one (only 23 of its 840 training stories carry such a dateline).
 */
export function wireDatelineAt(text: string): number {
  return wireDateline(text)?.start ?? -1;
}

/** The international service's dateline itself ("JEDDAH, Saudi Arabia (Horizon Presse) - "), or null (see wireDatelineAt). */
export function wireDateline(text: string): { start: number; end: number } | null {
  let at = 0;
  for (let paragraph = 0; paragraph < DATELINE_PARAGRAPHS && at < text.length; paragraph++) {
    const opening = text.slice(at, at + 160);
    const length = datelineOpeningLength(opening);
    if (length > 0 && (INTERNATIONAL_DATELINE_RE.test(opening.slice(0, length)) || foreignAgencyDateline(text, at, opening.slice(0, length)))) return { start: at, end: at + length };
    const next = text.indexOf('\n', at);
    if (next === -1) break;
    at = next + 1;
    while (text[at] === '\n') at++;
  }
  return null;
}

/**
 * "ANKARA (Anadolu) -", "TEHRAN (IRNA) -": a capital or a known city (see findDateline), outside the United States,
 * then a service in brackets; unlike "WASHINGTON (AP) —" over US political reporting.
 */
function foreignAgencyDateline(text: string, at: number, opening: string): boolean {
  if (!AGENCY_DASH_DATELINE_RE.test(opening)) return false;
  const dateline = findDateline(text);
  if (dateline !== null) return (dateline.code !== 'US' || aboutAbroad(text)) && dateline.start >= at && dateline.start < at + opening.length;
  return isInternationalSeat(opening.slice(0, opening.indexOf('(')).trim());
}

/**
 * "WASHINGTON (Wire) — North Korean soldiers deployed to Russia are now operating …": a story filed from Washington about
 * other countries, which together it names more often than the United States, is international copy too.
 */
function aboutAbroad(text: string): boolean {
  const counts = new Map<string, number>();
  for (const m of findAllNations(text)) if (m.code !== null && m.kind !== 'media') counts.set(m.code, (counts.get(m.code) ?? 0) + 1);
  let abroad = 0;
  for (const [code, n] of counts) if (code !== 'US') abroad += n;
  return abroad >= ABROAD_MENTIONS && abroad > (counts.get('US') ?? 0);
}

const ABROAD_MENTIONS = 3;

/**
 * "GENEVA (Wire) -", "BRUSSELS (Wire) -": a hub where stories about others are filed, or the seat of an international
 * body, places no speaker but still makes international wire copy. Not New York, where US reporting is filed too.
 */
function isInternationalSeat(place: string): boolean {
  if (isHub(place)) return place.toUpperCase() !== 'NEW YORK';
  const titled = place.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, gap: string, letter: string) => gap + letter.toUpperCase());
  const seat = findNation(titled);
  return seat !== null && seat.kind === 'international' && seat.start === 0 && seat.end === titled.length;
}

// "Canberra (Nusa Press) - ", "Caracas (AFP) - ": the place may be written in title case.
const AGENCY_DASH_DATELINE_RE = /^(?:\p{Lu}[\p{Lu}\s.'’/-]*\p{Lu}|\p{Lu}[\p{Ll}’'.-]+(?:[\s/]\p{Lu}[\p{Ll}’'.-]+){0,2})\s*\([^)\n]{1,40}\)\s*(?:--|[–—-])\s/u;

/**
 * "“The region has had enough of tension,” Karaağaç told reporters. “Today two neighbours chose dialogue.”": a
 * direct statement that runs over its own attribution into a second quotation is one statement per quotation,
 * each with the same speaker and cue.
 */
export function splitAtAttribution(ctx: FrameContext, frames: Frame[]): Frame[] {
  const out: Frame[] = [];
  for (const frame of frames) {
    if (frame.kind !== 'direct') {
      out.push(frame);
      continue;
    }
    const inside = quotationsWithin(ctx, frame);
    if (inside.length < 2 || ctx.quotes[inside[0]!]!.start !== frame.contentStart) {
      out.push(frame);
      continue;
    }
    for (const i of inside) out.push(withContent(frame, ctx.quotes[i]!.start, ctx.quotes[i]!.end, i));
  }
  return out;
}

/** The quotations lying wholly inside the frame's content, read from its own tokens (not from every quotation of the article). */
function quotationsWithin(ctx: FrameContext, frame: Frame): number[] {
  const inside: number[] = [];
  const last = tokenAt(ctx, frame.contentEnd - 1);
  for (let k = tokenAt(ctx, frame.contentStart); k <= last; k++) {
    const q = ctx.quoteOf[k]!;
    if (q === -1 || q === inside.at(-1)) continue;
    const quote = ctx.quotes[q]!;
    if (quote.start >= frame.contentStart && quote.end <= frame.contentEnd) inside.push(q);
  }
  return inside;
}
