import { franc } from 'franc-min';

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

/** Enough text for a confident guess; more only costs time. */
const SAMPLE_CHARS = 1200;

/** ISO 639-1 code of the text's language (ISO 639-3 where no two-letter code exists), or null. */
export function detectLanguage(text: string): string | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const code = franc(sample, { minLength: 20 });
  if (code === 'und') return null;
  return ISO_639_1[code] ?? code;
}
