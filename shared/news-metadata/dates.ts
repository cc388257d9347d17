import * as chrono from 'chrono-node/en';
import { MONTH } from './dateline';

/** YYYY-MM-DD of a date in the user's own time zone. */
export function isoDay(date: Date): string {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

// A quick look for anything chrono could call a full date, so most texts never pay for chrono.
// Month names must be capitalised: "may" and "march" are common words, "May" and "March" rarely so.
const MAYBE_DATE = new RegExp(String.raw`\b(?:${MONTH}\b[.,]?\s*\d|\d{1,2}\s+${MONTH}\b|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})`);

const MAYBE_DATES = new RegExp(MAYBE_DATE.source, 'g');
/** Around a likely date, room for a weekday before it and a year and time after it. */
const WINDOW_BEFORE = 32;
const WINDOW_AFTER = 48;
/**
 * A date with its year and day certain needs at least two numbers (a day and a year, or a numeric date)
 * or a day written as a word ("the fifth of March 2026", "today"): a window with less is not worth chrono's time.
 */
const TWO_NUMBERS = /\d\D+\d/;
const ORDINAL_WORD = /\b(?:today|tonight|yesterday|tomorrow|now|noon|midnight|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\b/i;

/**
 * The first date in `text` that names its year, month and day, as YYYY-MM-DD. chrono reads only a
 * window around each likely date (most of the cost of reading an article's metadata was chrono
 * running every parser over the whole header).
 */
export function findExplicitDate(text: string, reference: Date | null): string | null {
  if (!MAYBE_DATE.test(text)) return null;
  let searchedTo = 0;
  for (const match of text.matchAll(MAYBE_DATES)) {
    const at = match.index ?? 0;
    if (at + match[0].length <= searchedTo) continue;
    // Windows start and end at word boundaries, so chrono never sees half a word or number.
    let from = Math.max(searchedTo, at - WINDOW_BEFORE);
    while (from > searchedTo && /\S/.test(text[from - 1] ?? '')) from--;
    let to = Math.min(text.length, at + match[0].length + WINDOW_AFTER);
    while (to < text.length && /\S/.test(text[to] ?? '')) to++;
    searchedTo = to;
    const window = text.slice(from, to);
    if (!TWO_NUMBERS.test(window) && !ORDINAL_WORD.test(window)) continue;
    for (const result of chrono.parse(window, reference ?? undefined)) {
      const start = result.start;
      if (start.isCertain('year') && start.isCertain('month') && start.isCertain('day')) return isoDay(start.date());
    }
  }
  return null;
}

/**
 * Runs chrono twice on a made-up sentence. V8 compiles a regular expression to machine code on its
 * second use, and one of chrono's takes about 0.1 s: a fresh import worker calls this while warming
 * up, so that cost never falls on the first date an import meets (the made-up texts alone leave it).
 */
export function compileDateReader(): void {
  for (const suffix of ['', '.']) chrono.parse(`The vote on Friday, March 25, 2016, in Paris${suffix}`);
}

/**
 * A date written without its year ("September 13", as in datelines), placed in the latest year that
 * keeps it on or before the file's date: a story is not dated after the file that holds it.
 * Null without a file date: the year would be a guess.
 */
export function resolveDayMonth(written: string, fileDate: Date | null): string | null {
  const withYear = findExplicitDate(written, fileDate);
  if (withYear) return withYear;
  if (!fileDate) return null;
  const result = chrono.parse(written, fileDate)[0];
  if (!result?.start.isCertain('month') || !result.start.isCertain('day')) return null;
  const date = result.start.date();
  const latest = new Date(fileDate.getFullYear(), fileDate.getMonth(), fileDate.getDate() + 1);
  while (date > latest) date.setFullYear(date.getFullYear() - 1);
  return isoDay(date);
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const RELATIVE = /\b(yesterday|today|tonight|last night|(?:sun|mon|tues|wednes|thurs|fri|satur)day)\b/i;

/**
 * The day a news lead's relative words point to, counted back from the file's date: "yesterday" is the
 * day before, "Wednesday" the latest Wednesday on or before it (news reports the past).
 */
export function resolveRelativeDay(text: string, fileDate: Date): string | null {
  const m = RELATIVE.exec(text);
  if (!m?.[1]) return null;
  const word = m[1].toLowerCase();
  const day = new Date(fileDate.getFullYear(), fileDate.getMonth(), fileDate.getDate());
  if (word === 'yesterday' || word === 'last night') day.setDate(day.getDate() - 1);
  else if (word !== 'today' && word !== 'tonight') {
    const target = WEEKDAYS.indexOf(word);
    day.setDate(day.getDate() - ((day.getDay() - target + 7) % 7));
  }
  return isoDay(day);
}

/**
 * Any date a bulk record or a page's metadata may carry (ISO text, "Sep 13, 2023", epoch seconds or
 * milliseconds) as ISO 8601: the date-time when a time is given, else the day.
 */
export function normaliseDate(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number' && Number.isFinite(value)) {
    const ms = value < 1e11 ? value * 1000 : value;
    const date = new Date(ms);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (iso) {
    if (!iso[4]) return `${iso[1]}-${iso[2]}-${iso[3]}`;
    const date = new Date(text.replace(' ', 'T'));
    return Number.isNaN(date.getTime()) ? `${iso[1]}-${iso[2]}-${iso[3]}` : date.toISOString();
  }
  if (/^\d{9,13}$/.test(text)) return normaliseDate(Number(text));
  const parsed = chrono.parse(text)[0];
  if (!parsed?.start.isCertain('year') || !parsed.start.isCertain('day')) return null;
  return parsed.start.isCertain('hour') ? parsed.start.date().toISOString() : isoDay(parsed.start.date());
}
