import { stemmer } from 'stemmer';
import { eng as englishStopwords } from 'stopword';
import { indexTokens } from '../search/query-syntax';

/**
 * Whether two statements report the same words. Two outlets copying one wire story share most of
 * their words; two translations of one quote ("may violate UNSC resolutions" / "may breach the
 * Security Council's resolutions") share far fewer, but keep the same content words once endings
 * and function words are set aside, and are said by the same person at the same time.
 */

/** Two wordings sharing at least this share of their words report the same statement. */
export const SAME_WORDING = 0.5;
/**
 * Content-word overlap (stems, no function words) that makes two wordings of one speaker, said
 * close in time, one quote translated twice.
 */
export const SAME_SPEAKER_CONTENT = 0.3;
/** Two reports of one quote are published within this many days of each other. */
export const SAME_TIME_DAYS = 7;
/** Shorter statements ("No.", "We will see.") pair with too much by chance. */
export const MIN_PAIR_WORDS = 6;

const STOPWORDS = new Set(englishStopwords);

/** Stems of the words that carry meaning, for comparing translations. */
export function contentStems(text: string): string[] {
  return indexTokens(text)
    .map((t) => t.token)
    .filter((word) => !STOPWORDS.has(word) && !/^\d+$/u.test(word))
    .map((word) => stemmer(word));
}

export interface QuoteSide {
  text: string;
  /** The speaker as the registry knows them, when known. */
  actorId: number | null;
  speakerName: string | null;
  /** The article's date (YYYY, YYYY-MM or YYYY-MM-DD…), null when unknown. */
  publishedAt: string | null;
  /** Folded words and content stems, kept here once computed (a side is compared with many others). */
  words?: { count: number; set: ReadonlySet<string> };
  stems?: ReadonlySet<string>;
  names?: string[];
}

function wordsOf(side: QuoteSide): { count: number; set: ReadonlySet<string> } {
  if (!side.words) {
    const words = indexTokens(side.text).map((t) => t.token);
    side.words = { count: words.length, set: new Set(words) };
  }
  return side.words;
}

function stemsOf(side: QuoteSide): ReadonlySet<string> {
  side.stems ??= new Set(contentStems(side.text));
  return side.stems;
}

/** Jaccard overlap of two sets of distinct words. */
function setOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The folded words of the speaker's name, kept on the side once computed. */
function nameWords(side: QuoteSide): string[] {
  side.names ??= indexTokens(side.speakerName ?? '').map((t) => t.token);
  return side.names;
}

export function sameSpeaker(a: QuoteSide, b: QuoteSide): boolean {
  if (a.actorId !== null && a.actorId === b.actorId) return true;
  const leftWords = nameWords(a);
  const rightWords = nameWords(b);
  if (leftWords.length === 0 || rightWords.length === 0) return false;
  // The surname is the last word; one side may carry only the surname, the other the full name.
  const left = leftWords[leftWords.length - 1]!;
  const right = rightWords[rightWords.length - 1]!;
  return left === right || leftWords.includes(right) || rightWords.includes(left);
}

/** The days from `days` before to `days` after a date given to the day, or null when it is not. */
export function dayWindow(date: string | null, days: number): { from: string; to: string } | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}/u.test(date)) return null;
  const at = Date.parse(date.slice(0, 10));
  if (Number.isNaN(at)) return null;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { from: day(at - days * 86_400_000), to: day(at + days * 86_400_000) };
}

/** Days between two dates given to the day; null when either is unknown or coarser than a day. */
export function daysApart(a: string | null, b: string | null): number | null {
  const day = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}/u.test(value) ? Date.parse(value.slice(0, 10)) : NaN);
  const left = day(a);
  const right = day(b);
  if (Number.isNaN(left) || Number.isNaN(right)) return null;
  return Math.abs(left - right) / 86_400_000;
}

export interface SameQuote {
  similarity: number;
  /** 'wording': the same words; 'translation': other words for one quote of one speaker. */
  basis: 'wording' | 'translation';
}

/** How two statements are one quote, or null when they are not. */
export function sameQuote(a: QuoteSide, b: QuoteSide): SameQuote | null {
  const left = wordsOf(a);
  const right = wordsOf(b);
  if (left.count < MIN_PAIR_WORDS || right.count < MIN_PAIR_WORDS) return null;
  const wording = setOverlap(left.set, right.set);
  if (wording >= SAME_WORDING) return { similarity: wording, basis: 'wording' };
  if (!sameSpeaker(a, b)) return null;
  const apart = daysApart(a.publishedAt, b.publishedAt);
  if (apart !== null && apart > SAME_TIME_DAYS) return null;
  const content = setOverlap(stemsOf(a), stemsOf(b));
  return content >= SAME_SPEAKER_CONTENT ? { similarity: content, basis: 'translation' } : null;
}
