import { nationOfPhrase, type PhraseNation } from './nation-evidence';

/**
 * "Congo" and "Congolese" name two countries, so the gazetteer leaves them out. A story that names one of the two
 * unambiguously (the Democratic Republic of Congo, Kinshasa; or the Republic of Congo, Brazzaville) and not the other
 * uses them in that sense.
 */
export function congoSense(text: string): 'CD' | 'CG' | null {
  if (!text.includes('Congo') && !text.includes('DRC')) return null;
  const democratic = DEMOCRATIC_REPUBLIC_RE.test(text);
  const republic = REPUBLIC_RE.test(text);
  if (democratic === republic) return null;
  return democratic ? 'CD' : 'CG';
}

const DEMOCRATIC_REPUBLIC_RE = /\bDemocratic Republic of (?:the )?Congo\b|\bDR ?Congo\b|\bDRC\b|\bKinshasa\b/;
const REPUBLIC_RE = /(?<!Democratic )\bRepublic of (?:the )?Congo\b|\bCongo-Brazzaville\b|\bBrazzaville\b/;

/**
 * The nation a speaker's phrase gives through "Congo" or "Congolese" read in `sense`: the phrase is read as one naming
 * a country of the same length whose words play the same part ("Congolese Foreign Minister X" as "Maldivian Foreign
 * Minister X"), so that every rule about where a country word counts applies, and offsets stay the same.
 */
export function sharedNameNation(phrase: string, at: number, sense: 'CD' | 'CG'): PhraseNation | null {
  if (!phrase.includes('Congo')) return null;
  const standIn = phrase.replace(SHARED_WORD_RE, (word) => STAND_INS[word]!.word);
  const found = nationOfPhrase(standIn, at);
  return found && STAND_IN_CODES.has(found.code ?? '') ? { ...found, code: sense } : null;
}

/** Whether `phrase` is one of the country words two countries share ("Congolese"): a country word, whichever it means. */
export function isSharedCountryWord(phrase: string): boolean {
  return Object.hasOwn(STAND_INS, phrase);
}

// Each shared word and a country word as long as it, playing the same part.
const STAND_INS: Record<string, { word: string; code: string }> = {
  Congolese: { word: 'Maldivian', code: 'MV' },
  Congo: { word: 'Gabon', code: 'GA' },
};
const SHARED_WORD_RE = new RegExp(`\\b(?:${Object.keys(STAND_INS).join('|')})\\b`, 'g');
const STAND_IN_CODES = new Set(Object.values(STAND_INS).map((s) => s.code));
