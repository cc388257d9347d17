/** Closed classes of English words that several extraction steps test tokens against. */

/** Possessive determiners: "her campaign manager", "its biggest drill", "our Brazilian counterpart". */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our']);

/** Modal verbs: "will ask", "could take". */
export const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);

// Past-tense verbs that do not end in "-ed": "The delegates left the hall, saying", "Opposition calls grew".
const IRREGULAR_PAST = new Set(
  'was were had made took gave held left went came met sent said told wrote spoke stood brought put kept grew began fell rose broke ran'.split(' '),
);

/** A lower-case word that reads as a past-tense verb: an irregular form, or a longer word in "-ed". */
export function isPastTenseWord(lower: string): boolean {
  return IRREGULAR_PAST.has(lower) || (lower.length > 4 && lower.endsWith('ed'));
}
