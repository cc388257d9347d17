import lexicon from '../../resources/extraction/cue-lexicon.json';
import { internValue, tokenValue } from './feature-values';
import type { Token } from './tokens';

/** Mined from the PolNeAR training split by `npm run train:extractor`. */
interface CueLexicon {
  /** word -> [probability it anchors a cue, cues seen, share of contents after the cue] */
  cues: Record<string, [number, number, number]>;
  /** lower-case word -> share of its occurrences inside source mentions */
  sources: Record<string, number>;
}

const data = lexicon as unknown as CueLexicon;

// Verbs of saying that international wire copy uses and PolNeAR's US reporting never does (or spells otherwise),
// read as the verb it does use: "H.E. X affirmed that …", "She underlined that …", "Underlining that …, X said", "He
// emphasised …"; translated French copy's "specified that" (précisé) and "deplored" (déploré); South Asian copy's
// "termed the move illegal".
const WIRE_SPELLINGS: Record<string, string> = {
  affirmed: 'reaffirmed',
  termed: 'called',
  terming: 'calling',
  underlined: 'stressed',
  underlining: 'stressing',
  specified: 'explained',
  deplored: 'lamented',
  emphasised: 'emphasized',
  emphasises: 'emphasizes',
};
// The mined cues with those spellings added (the imported lexicon itself is left as it was read).
const cues: Record<string, [number, number, number]> = { ...data.cues };
for (const [word, known] of Object.entries(WIRE_SPELLINGS)) if (!cues[word] && cues[known]) cues[word] = cues[known]!;

// Looked up for nearly every token: the maps give a small-integer row (no boxed number to
// follow), the figures sit in typed arrays.
const cueWords = Object.keys(cues);
const cueRow = new Map(cueWords.map((w, i) => [w, i]));
const cueProbabilities = Float64Array.from(cueWords, (w) => cues[w]![0]);
const contentAfterShares = Float64Array.from(cueWords, (w) => cues[w]![2]);
const sourceWords = Object.keys(data.sources);
const sourceShares = Float64Array.from(sourceWords, (w) => data.sources[w]!);

// The same probabilities by feature-value id (feature-values.ts), for tokens whose id is known:
// the cue words get theirs as this module loads, before any article is read.
const cueProbabilityByValue = new Float64Array(cueWords.reduce((n, w) => Math.max(n, internValue(w) + 1), 0));
cueWords.forEach((w, i) => (cueProbabilityByValue[internValue(w)] = cueProbabilities[i]!));

/** cueProbability() of the word with this feature-value id (UNKNOWN_VALUE: 0). */
export function cueProbabilityOfValue(id: number): number {
  return id >= 0 && id < cueProbabilityByValue.length ? cueProbabilityByValue[id]! : 0;
}

export function cueProbability(lower: string): number {
  const row = cueRow.get(lower);
  return row === undefined ? 0 : cueProbabilities[row]!;
}

export function contentAfterShare(lower: string): number {
  const row = cueRow.get(lower);
  return row === undefined ? 0.5 : contentAfterShares[row]!;
}

// The source shares by feature-value id too: the source words get ids here, as this module loads.
const sourceShareByValue = new Float64Array(sourceWords.reduce((n, w) => Math.max(n, internValue(w) + 1), 0));
sourceWords.forEach((w, i) => (sourceShareByValue[internValue(w)] = sourceShares[i]!));

/** Share of the occurrences of a token's lower-case word that lie inside source mentions. */
export function sourceWordShareOf(t: Token): number {
  const id = tokenValue(t);
  return id >= 0 && id < sourceShareByValue.length ? sourceShareByValue[id]! : 0;
}
