import type { StanceKey } from '../domain/positions';

/** Order and colours of the stance mix, the same on screen and in exported pictures. */
export const STANCE_ORDER: readonly StanceKey[] = ['supports', 'concerned', 'neutral', 'ambiguous', 'opposes', 'unset'];

export const STANCE_COLOURS: Record<StanceKey, string> = {
  supports: '#2f8f5b',
  concerned: '#d08a21',
  neutral: '#8a94a3',
  ambiguous: '#8e6cc0',
  opposes: '#c2453d',
  unset: '#c9ced6',
};

export const STANCE_LABELS: Record<StanceKey, string> = {
  supports: 'supports',
  concerned: 'concerned',
  neutral: 'neutral',
  ambiguous: 'ambiguous',
  opposes: 'opposes',
  unset: 'no stance given',
};

/** A statement's words in quotation marks, unless the words already carry their own. */
export function quoted(text: string): string {
  return /^["“«„']/.test(text.trim()) ? text : `“${text}”`;
}
