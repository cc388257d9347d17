import lexicon from '../../resources/extraction/cue-lexicon.json';

/** Mined from the PolNeAR training split by `npm run train:extractor`. */
interface CueLexicon {
  /** word -> [probability it anchors a cue, cues seen, share of contents after the cue] */
  cues: Record<string, [number, number, number]>;
  /** lower-case word -> share of its occurrences inside source mentions */
  sources: Record<string, number>;
}

const data = lexicon as unknown as CueLexicon;
const cues = new Map(Object.entries(data.cues));
const sources = new Map(Object.entries(data.sources));

export function cueProbability(lower: string): number {
  return cues.get(lower)?.[0] ?? 0;
}

export function contentAfterShare(lower: string): number {
  return cues.get(lower)?.[2] ?? 0.5;
}

export function sourceWordShare(lower: string): number {
  return sources.get(lower) ?? 0;
}
