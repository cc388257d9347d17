/**
 * The extractor's one door to the nation gazetteer: finds the first nation cue in a phrase.
 * A null code means an international body (UN, NATO, EU...).
 */
import { findNation } from '../nations/index';

export interface NationCue {
  code: string | null;
  cue: string;
  start: number;
  end: number;
  /** A demonym or country name only says which nation, never which organization. */
  nationOnly: boolean;
}

// Names and titles repeat within and across articles; the gazetteer walk is worth remembering.
const CACHE_LIMIT = 20_000;
const cache = new Map<string, NationCue | null>();

export function findNationCue(phrase: string): NationCue | null {
  const cached = cache.get(phrase);
  if (cached !== undefined) return cached;
  const m = findNation(phrase);
  const cue = m ? { code: m.code, cue: m.cue, start: m.start, end: m.end, nationOnly: m.kind === 'country' || m.kind === 'demonym' } : null;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(phrase, cue);
  return cue;
}
