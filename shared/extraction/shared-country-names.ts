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
  const standIn = phrase.replace(/\bCongolese\b/g, STAND_IN_DEMONYM).replace(/\bCongo\b/g, STAND_IN_NAME);
  const found = nationOfPhrase(standIn, at);
  return found && (found.code === STAND_IN_DEMONYM_CODE || found.code === STAND_IN_NAME_CODE) ? { ...found, code: sense } : null;
}

// As long as the words they stand for.
const STAND_IN_DEMONYM = 'Maldivian';
const STAND_IN_DEMONYM_CODE = 'MV';
const STAND_IN_NAME = 'Gabon';
const STAND_IN_NAME_CODE = 'GA';
