import { franc, francAll } from 'franc-min';

// franc answers in ISO 639-3; the archive stores ISO 639-1. Covers every language franc-min knows.
const ISO_639_1: Record<string, string> = {
  afr: 'af', amh: 'am', arb: 'ar', azj: 'az', bel: 'be', ben: 'bn', bos: 'bs', bul: 'bg', ceb: 'ceb',
  ces: 'cs', ckb: 'ku', cmn: 'zh', deu: 'de', ell: 'el', eng: 'en', fra: 'fr', fuv: 'ff', guj: 'gu',
  hau: 'ha', hin: 'hi', hrv: 'hr', hun: 'hu', ibo: 'ig', ilo: 'ilo', ind: 'id', ita: 'it', jav: 'jv',
  jpn: 'ja', kan: 'kn', kaz: 'kk', kin: 'rw', kor: 'ko', lin: 'ln', mad: 'mad', mag: 'mag', mai: 'mai',
  mal: 'ml', mar: 'mr', mya: 'my', nld: 'nl', npi: 'ne', nya: 'ny', pan: 'pa', pbu: 'ps', pes: 'fa',
  plt: 'mg', pol: 'pl', por: 'pt', qug: 'qu', ron: 'ro', run: 'rn', rus: 'ru', sin: 'si', skr: 'skr',
  som: 'so', spa: 'es', srp: 'sr', sun: 'su', swe: 'sv', swh: 'sw', tam: 'ta', tel: 'te', tgl: 'tl',
  tha: 'th', tur: 'tr', ukr: 'uk', urd: 'ur', uzn: 'uz', vie: 'vi', yor: 'yo', zlm: 'ms', zul: 'zu',
  zyb: 'za', hms: 'hms', hnj: 'hnj', bho: 'bho', koi: 'koi',
};

/** Enough text for a confident guess; more only costs time (franc takes about 2 ms per kilobyte). */
const SAMPLE_CHARS = 600;

// The commonest short words of the languages most news arrives in. Where they settle the question,
// franc's trigram comparison against every language is skipped.
const FUNCTION_WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set(['the', 'of', 'and', 'to', 'in', 'a', 'that', 'is', 'was', 'for', 'on', 'with', 'said', 'he', 'it', 'as', 'by', 'his', 'at', 'be', 'has', 'have', 'from']),
  fr: new Set(['le', 'la', 'les', 'de', 'des', 'et', 'du', 'un', 'une', 'est', 'que', 'qui', 'dans', 'pour', 'au', 'sur', 'il', 'a', 'pas', 'par']),
  de: new Set(['der', 'die', 'das', 'und', 'den', 'des', 'ist', 'nicht', 'mit', 'ein', 'eine', 'zu', 'auf', 'für', 'von', 'dem', 'sich', 'im', 'auch', 'es']),
  es: new Set(['el', 'la', 'los', 'las', 'de', 'y', 'que', 'en', 'del', 'un', 'una', 'por', 'con', 'para', 'se', 'es', 'al', 'su', 'dijo']),
  it: new Set(['il', 'la', 'di', 'che', 'e', 'del', 'della', 'in', 'un', 'una', 'per', 'non', 'con', 'sono', 'è', 'gli', 'le', 'alla', 'ha']),
  pt: new Set(['o', 'a', 'os', 'as', 'de', 'do', 'da', 'dos', 'das', 'e', 'que', 'em', 'um', 'uma', 'para', 'com', 'não', 'no', 'na', 'por']),
  nl: new Set(['de', 'het', 'een', 'en', 'van', 'in', 'is', 'dat', 'op', 'te', 'met', 'voor', 'niet', 'zijn', 'die', 'aan', 'ook', 'bij']),
  tr: new Set(['ve', 'bir', 'bu', 'da', 'de', 'için', 'ile', 'olarak', 'çok', 'daha', 'olan', 'gibi', 'ancak', 'sonra', 'kadar', 'dedi']),
};

const SHORT_SAMPLE_CHARS = 300;
const MAJOR_LANGUAGES = [
  'eng', 'fra', 'deu', 'spa', 'ita', 'por', 'nld', 'swe', 'pol', 'ces', 'ron', 'hun', 'hrv', 'srp', 'bos', 'bul',
  'rus', 'ukr', 'bel', 'tur', 'arb', 'pes', 'urd', 'hin', 'ben', 'ind', 'zlm', 'vie', 'tgl', 'swh', 'kaz', 'uzn', 'azj',
  'cmn', 'jpn', 'kor', 'ell', 'tha',
];

/** ISO 639-1 code of the text's language (ISO 639-3 where no two-letter code exists), or null. */
export function detectLanguage(text: string): string | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const quick = byFunctionWords(sample);
  if (quick) return quick;
  const code = sample.length < SHORT_SAMPLE_CHARS ? guessShort(sample) : franc(sample, { minLength: 20 });
  if (code === 'und') return null;
  return ISO_639_1[code] ?? code;
}

/**
 * On a sentence or two, names weigh as much as words and franc's trigrams often favour a rare language:
 * keep to widely read languages, and say nothing unless one clearly leads.
 */
function guessShort(sample: string): string {
  const [first, second] = francAll(sample, { minLength: 20, only: MAJOR_LANGUAGES });
  if (!first || first[0] === 'und') return 'und';
  return !second || first[1] - second[1] >= 0.1 ? first[0] : 'und';
}

/** The languages of FUNCTION_WORDS in their order, and for each listed word a bit per language listing it. */
const FUNCTION_WORD_LANGUAGES = Object.keys(FUNCTION_WORDS);
const FUNCTION_WORD_BITS = (() => {
  const bits = new Map<string, number>();
  FUNCTION_WORD_LANGUAGES.forEach((language, index) => {
    for (const word of FUNCTION_WORDS[language]!) bits.set(word, (bits.get(word) ?? 0) | (1 << index));
  });
  return bits;
})();

function byFunctionWords(sample: string): string | null {
  const words = sample.toLowerCase().match(/\p{L}+/gu);
  if (!words || words.length < 8) return null;
  // One look-up per word for all the languages at once, instead of one per word and language.
  const hits = new Array<number>(FUNCTION_WORD_LANGUAGES.length).fill(0);
  for (const word of words) {
    let bits = FUNCTION_WORD_BITS.get(word) ?? 0;
    for (let index = 0; bits !== 0; index++, bits >>>= 1) if (bits & 1) hits[index]!++;
  }
  let best = '';
  let bestHits = 0;
  let second = 0;
  FUNCTION_WORD_LANGUAGES.forEach((language, index) => {
    const count = hits[index]!;
    if (count > bestHits) {
      second = bestHits;
      bestHits = count;
      best = language;
    } else if (count > second) second = count;
  });
  // Real prose in one of these languages has a quarter or more of its words from the list, far ahead of the rest.
  return bestHits >= words.length * 0.2 && bestHits >= second * 2.5 ? best : null;
}
