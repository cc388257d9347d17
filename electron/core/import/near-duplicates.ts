import { MIN_HASH_FUNCTIONS, MinHashKernel } from './min-hash';

/** Hash functions in a fingerprint: 64 estimates Jaccard similarity to about ±0.06 and banding stays cheap. */
export const FINGERPRINT_SIZE = MIN_HASH_FUNCTIONS;
/** Words per shingle: three keeps a story's wording while letting a changed word affect few shingles. */
const SHINGLE_WORDS = 3;
const EMPTY_SLOT = 0xffffffff;

// Fixed seeds, so a fingerprint stored today matches one computed after an upgrade.
const SEEDS = (() => {
  const seeds = new Uint32Array(FINGERPRINT_SIZE);
  let state = 0x2545f491;
  for (let i = 0; i < FINGERPRINT_SIZE; i++) {
    state = mix32((state + 0x9e3779b9) >>> 0);
    seeds[i] = state;
  }
  return seeds;
})();

const minHash = new MinHashKernel(SEEDS);

/** A 32-bit finaliser (from MurmurHash3): small input changes flip about half the output bits. */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Lower-case words, letters and digits only, so punctuation, quotes and layout do not matter. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/**
 * For each code of the Basic Multilingual Plane, whether it is a letter or digit as the Unicode classes
 * say: 0 not asked yet, 1 a word character, 2 not. ASCII is filled in at once, the rest as met.
 */
const BMP_WORD = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 128; c++) table[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return table;
})();

/**
 * wordsOf(text).map(fnv1a) without making the words: FNV-1a over each word's UTF-16 code units as the
 * scan passes them. A character of the Basic Multilingual Plane asks the Unicode classes once per
 * thread (BMP_WORD), one beyond it each time it is met.
 */
function wordHashes(text: string): Uint32Array {
  const folded = text.toLowerCase().normalize('NFKC');
  // Every word but the last ends at a character that is not a letter or digit: at most this many.
  const hashes = new Uint32Array((folded.length >> 1) + 1);
  let count = 0;
  let h = 0;
  let inWord = false;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    let units = 1;
    let word: boolean;
    if (c < 0xd800 || c > 0xdfff) {
      let known = BMP_WORD[c]!;
      if (known === 0) BMP_WORD[c] = known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
      word = known === 1;
    } else {
      const code = folded.codePointAt(i)!;
      units = code > 0xffff ? 2 : 1;
      word = WORD_CHAR.test(String.fromCodePoint(code));
    }
    if (word) {
      if (!inWord) {
        h = 0x811c9dc5;
        inWord = true;
      }
      h = Math.imul(h ^ c, 0x01000193);
      if (units === 2) h = Math.imul(h ^ folded.charCodeAt(i + 1), 0x01000193);
    } else if (inWord) {
      hashes[count++] = h;
      inWord = false;
    }
    i += units - 1;
  }
  if (inWord) hashes[count++] = h;
  return hashes.subarray(0, count);
}

/** Hashes of each run of SHINGLE_WORDS words (of all the words when there are fewer), into `out`. */
function shingleHashes(words: Uint32Array, out: Uint32Array): void {
  for (let i = 0; i < out.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + SHINGLE_WORDS && j < words.length; j++) h = mix32((h ^ words[j]!) + j - i);
    out[i] = h;
  }
}

/**
 * A MinHash signature of the text's word shingles: deterministic, FINGERPRINT_SIZE values. The share
 * of equal positions between two signatures estimates how many shingles the two texts share. The
 * minimums are taken by the WebAssembly kernel (min-hash.ts), the loop that runs FINGERPRINT_SIZE
 * times per word of every article imported.
 */
export function fingerprint(text: string): Uint32Array {
  const words = wordHashes(text);
  const count = Math.max(words.length - SHINGLE_WORDS + 1, words.length > 0 ? 1 : 0);
  shingleHashes(words, minHash.shingles(count));
  return minHash.signature(count);
}

/** Estimated Jaccard similarity of the texts behind two fingerprints, 0 to 1 (0 for texts without words). */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  let empty = 0;
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) {
      if (a[i] === EMPTY_SLOT) empty++;
      else same++;
    }
  }
  return empty === n ? 0 : same / n;
}

/**
 * The text reduced to what survives a change of format: Unicode-normalised, curly quotes and dashes
 * made plain, white space collapsed, case folded. The same article as .txt, .html or a bulk record
 * normalises to the same string.
 */
export function normaliseForComparison(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    // A lone space stays as it is: replacing each of them, most of the text's white space, costs most of the normalisation.
    .replace(/[\u00a0\s]{2,}|[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g, ' ')
    .trim()
    .toLowerCase();
}
