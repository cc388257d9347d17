import { isJoinedParticleWord, NAME_PARTICLES } from './name-particles';
import { findNation } from '../nations/index';
import { findNationCue } from './nation';
import { PORTFOLIO_WORDS, REMIT_OFFICES } from './office-words';
import { isSharedCountryWord } from './shared-country-names';

/** A speaker mention split into its parts. */
export interface SpeakerParts {
  kind: 'person' | 'surname' | 'pronoun' | 'institution' | 'anonymous';
  name: string | null;
  role: string | null;
  organization: string | null;
  nation: string | null;
  /** The nation cue was found (a null nation may still mean an international body). */
  nationKnown: boolean;
}

// Words that make up titles and offices rather than names.
const ROLE_HEADS = new Set(
  'president leader undersecretary under-secretary spokesperson spokesman spokeswoman minister secretary senator sen sen. rep rep. representative gov gov. governor chairman chairwoman chair director ambassador general gen gen. chief head adviser advisor official officials commander mayor candidate nominee envoy aide aides lawmaker lawmakers congressman congresswoman speaker attorney justice judge ceo executive manager strategist pollster professor analyst correspondent premier chancellor king queen prince emperor sheikh ayatollah pope cardinal bishop editor reporter founder chairperson secretary-general spokespeople officer negotiator diplomat administrator superintendent commissioner coordinator counsel prosecutor sheriff regent dr dr. mr mr. mrs mrs. ms ms. lt colonel col admiral major captain sergeant commodore brigadier lieutenant marshal capt capt. maj maj. brig brig. cmdr sgt sgt. datuk dato tun seri mep meps mp mps mla msp'.split(' '),
);
const ROLE_MODIFIERS = new Set([
  ...'deputy vice human rights crown senior chief special personal permanent presidential climate nuclear arms disarmament peace humanitarian cyber maritime water oil petroleum unification intelligence commerce foreign policy agriculture education environment transport labour labor culture industry tourism fisheries housing immigration development planning science technology home defense defence press prime state assistant acting former top interim first deputy-chief general supreme executive national security finance interior justice health trade economy energy communications campaign principal associate lead majority minority house senate white rear'.split(' '),
  ...PORTFOLIO_WORDS,
]);
const ORG_WORDS = new Set(
  'community league alliance presidency bank fund programme program mission tribunal forum affairs commerce irrigation resources relations guard fleet ministry department authority authorities pentagon kremlin house office agency committee party campaign council commission government administration army navy force forces embassy bureau court senate congress parliament assembly cabinet institute university foundation association union news post times journal daily herald tribune gazette network agency service command staff center centre group coalition secretariat organization organisation arena stadium airport hotel plaza society ministers directors trustees'.split(' '),
);
// The last word of a body's or a meeting's name, which closes no person's.
const BODY_NAME_ENDS: ReadonlySet<string> = new Set(['dialogue', 'summit', 'conference', 'forum', 'format', 'council', 'commission', 'committee', 'initiative', 'partnership', 'secretariat', 'ministry', 'agency', 'authority']);
// "Casa Presidencial", "Palácio do Governo", "Palazzo Chigi": a building's name, not a person's.
export const BUILDING_WORDS: ReadonlySet<string> = new Set(['casa', 'palacio', 'palácio', 'palais', 'palazzo', 'paço']);
const CIVILIAN_OFFICES = new Set(['minister', 'secretary', 'president', 'ambassador', 'governor', 'mayor', 'spokesperson', 'spokesman', 'spokeswoman', 'premier', 'chancellor']);
// Title words that also stand inside a personal name ("Hassan Sheikh Mohamud").
const NAME_INNER_TITLES = new Set(['sheikh', 'sheik']);
const ARABIC_ARTICLES = new Set(['al', 'el']);
// A Malay honorific that also ends Burmese names ("Maj. Gen. Zaw Min Tun").
const NAME_FINAL_TITLES = new Set(['tun']);
const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'who', 'him', 'them', 'his', 'her', 'their']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'several', 'many', 'one', 'two', 'three', 'other', 'another', 'most']);

// Capitals after these name a place, not the speaker ("a company based in Charlotte").
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near']);

const WORD_SPLIT_RE = /[^\s,]+/g;
const CAP_RE = /^\p{Lu}/u;

// One set for the question asked of every capitalised word in an article.
const TITLE_OR_OFFICE_WORDS = new Set([...ROLE_HEADS, ...ROLE_MODIFIERS, ...ORG_WORDS]);

/** "Deputy Minister of ...", "Secretary for ...": title words, a title head, then "of" or "for". */
function opensTitleWithPortfolio(words: string[]): boolean {
  // "Egyptian Minister of Foreign Affairs": the country's adjective before the title.
  let k = words.length > 1 && isOnlyANation(words[0]!) ? 1 : 0;
  while (k < words.length && ROLE_MODIFIERS.has(words[k]!.toLowerCase()) && !ROLE_HEADS.has(words[k]!.toLowerCase())) k++;
  if (k >= words.length || !CAP_RE.test(words[k]!) || !ROLE_HEADS.has(words[k]!.toLowerCase())) return false;
  // "Secretary General of NATO": more title words may follow the head; "Deputy Prime Minister and Minister of …": a
  // second title too.
  let j = k + 1;
  const titleWord = (w: string) => ROLE_HEADS.has(w.toLowerCase()) || ROLE_MODIFIERS.has(w.toLowerCase());
  while (j < words.length && (titleWord(words[j]!) || (words[j] === 'and' && j + 1 < words.length && CAP_RE.test(words[j + 1]!) && titleWord(words[j + 1]!)))) j++;
  return j < words.length && /^(?:of|for)$/.test(words[j]!);
}

const JOINT_PORTFOLIO_REACH = 2;

/**
 * "Trade and Industry Minister", "Foreign and Diaspora Affairs Cabinet Secretary": two portfolios joined before a
 * capitalised title belong to it, not to an organisation. Each side is at most two capitalised words that name no
 * nation ("Ghana Trade and Industry Minister") and no body ("House Ways and Means Committee Chairman"), and the
 * first side holds a word known as a portfolio. Returns where the role then starts.
 */
function jointPortfolioStart(words: string[], roleStart: number, nameStart: number): number {
  if (roleStart >= nameStart || !CAP_RE.test(words[nameStart - 1]!)) return roleStart;
  const conjunct = (w: string) => CAP_RE.test(w) && !/['’]s?$/.test(w) && (!ORG_WORDS.has(w.toLowerCase()) || ROLE_MODIFIERS.has(w.toLowerCase()) || w === 'Affairs') && !isOnlyANation(w);
  let right = roleStart;
  while (right > 0 && roleStart - right < JOINT_PORTFOLIO_REACH && conjunct(words[right - 1]!)) right--;
  if (right < 2 || !/^(?:and|&)$/.test(words[right - 1]!)) return roleStart;
  let left = right - 1;
  while (left > 0 && right - 1 - left < JOINT_PORTFOLIO_REACH && conjunct(words[left - 1]!)) left--;
  if (left === right - 1) return roleStart;
  // "Donald Trump and House Speaker Paul Ryan", "Citizenship and Immigration Services": two people or a body's name.
  const portfolio = words.slice(left, right - 1).some((w) => ROLE_MODIFIERS.has(w.toLowerCase()) && !ROLE_HEADS.has(w.toLowerCase()));
  return portfolio ? left : roleStart;
}

/** "The U.S. ambassador to the agency": a phrase that names an office by a lower-case title word. */
export function namesOfficeByTitle(phrase: string): boolean {
  return (phrase.match(WORD_SPLIT_RE) ?? []).some((w) => !CAP_RE.test(w) && ROLE_HEADS.has(w));
}

/** A title, office or organisation word, never part of a personal name. */
export function isTitleOrOfficeWord(lower: string): boolean {
  return TITLE_OR_OFFICE_WORDS.has(lower);
}

function isNameWord(w: string): boolean {
  const lower = w.toLowerCase();
  if (!CAP_RE.test(w) && !NAME_PARTICLES.has(lower) && !isJoinedParticleWord(w)) return false;
  // "Cmdr.", "Gen.": a title's abbreviation keeps its period.
  if (ROLE_HEADS.has(lower) || ROLE_HEADS.has(lower.replace(/\.$/, '')) || ROLE_MODIFIERS.has(lower) || ORG_WORDS.has(lower)) return false;
  if (/^(Mr|Mrs|Ms|Dr)\.?$/.test(w)) return false;
  if (findNationCue(w)) return false;
  return true;
}

export function isOnlyANation(phrase: string): boolean {
  const cue = findNationCue(phrase);
  // "Congolese Foreign Minister": a country word two countries share is still a country word.
  return (cue !== null && cue.nationOnly && cue.cue === phrase) || isSharedCountryWord(phrase);
}

// World regions an office's remit may name; countries are read by isOnlyANation.
const REMIT_REGIONS = new Set(['Europe', 'Africa', 'Asia', 'Americas', 'Oceania', 'Pacific', 'Indo-Pacific', 'Caribbean', 'Arctic', 'Middle East', 'Latin America', 'Central Asia', 'South Asia', 'East Asia', 'North Africa', 'West Africa', 'East Africa', 'Southern Africa', 'Western Balkans', 'Balkans', 'Gulf']);

/** "Europe", "the Middle East": a world region an office's remit names ("Minister for Europe"). */
export function isRemitRegion(place: string): boolean {
  return REMIT_REGIONS.has(place);
}

/** Where the name starts after an office's "for" (or "to") and the region or country of its remit, or `nameStart`. */
function remitBeforeName(words: string[], nameStart: number, preposition = 'for'): number {
  const forAt = words[nameStart - 1] === 'the' ? nameStart - 2 : nameStart - 1;
  if (forAt < 1 || words[forAt] !== preposition || nameStart > words.length - 3) return nameStart;
  for (const length of [2, 1]) {
    const place = words.slice(nameStart, nameStart + length).join(' ');
    if (nameStart + length <= words.length - 2 && (isRemitRegion(place) || isOnlyANation(place))) return nameStart + length;
  }
  return nameStart;
}

/** A capital's or a country's one-word name ("Washington", "Israel") that a person may bear as a given name. */
function givenNameLikePlace(word: string): boolean {
  if (!CAP_RE.test(word) || /[’'.]/.test(word)) return false;
  const place = findNation(word);
  return place !== null && place.cue === word && (place.kind === 'capital' || place.kind === 'country');
}

const clean = (words: string[]) => {
  const s = words.join(' ').replace(/[’']s$/, '').trim();
  return s.length > 0 ? s : null;
};

// Names repeat through an article and across articles; parsing them once is enough.
const PARSE_CACHE_LIMIT = 20_000;
const parsed = new Map<string, SpeakerParts>();

export function parseMention(mention: string): SpeakerParts {
  const cached = parsed.get(mention);
  if (cached) return cached;
  const parts = parseMentionUncached(mention);
  if (parsed.size >= PARSE_CACHE_LIMIT) parsed.clear();
  parsed.set(mention, parts);
  return parts;
}

// "a spokesperson for Prime Minister Rishi Sunak", "an aide to Senator X": someone unnamed who speaks
// for the one named, not that person.
const SPEAKS_FOR_NAMED_RE = /^(?:an?|one)\s+((?:[a-z-]+\s+){0,2}(?:spokesperson|spokesman|spokeswoman|aide|adviser|advisor|official|source|representative))\s+(?:for|to|of|close to)\s+(\S.*)$/;
// "A senior official at the Mines Ministry": an unnamed office holder at a body, which the sentence may open with.
const OFFICIAL_AT_BODY_RE = /^(?:[Aa]n?|[Oo]ne)\s+((?:[a-z-]+\s+){0,2}(?:spokesperson|spokesman|spokeswoman|official|source|representative))\s+at\s+(\S.*)$/;

const NAME_OF_BODY_RE = /^(.*?\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+)\s+(?:of|at|from)\s+(the\s+(?:\p{Ll}[\p{Ll}-]*\s+)?\p{Lu}.*|\p{Lu}[\p{L}'’ -]*\s(?:Prefecture|Province|Region|County|District|Governorate|Oblast|State|Party))$/u;

const NAME_OF_COUNTRY_RE = /^(.*?\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+)\s+of\s+((?:the\s+)?\p{Lu}[\p{L}'’ .-]*)$/u;

// "His Highness Sheikh X", "His Excellency Y", "H.E. Z": Gulf state agencies' style, a courtesy before the title or
// name, not a part of either.
const SPELLED_COURTESY = String.raw`(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Excellency|Majesty)`;
const HONORIFIC_RE = new RegExp(String.raw`^(?:${SPELLED_COURTESY}|H\.\s?(?:E|H|R\.\s?H)\.)(?:\s+|$)`);
const SPELLED_COURTESY_ALONE_RE = new RegExp(`^${SPELLED_COURTESY}$`);

/** "His Highness", "Her Excellency": a courtesy written out, standing alone for the one it was given to. */
export function isSpelledCourtesy(text: string): boolean {
  return SPELLED_COURTESY_ALONE_RE.test(text.trim());
}

function parseMentionUncached(mention: string): SpeakerParts {
  // "His Highness affirmed": the courtesy alone stands for the one it was given to, as a pronoun does.
  const honorific = HONORIFIC_RE.exec(mention.trim());
  if (honorific) {
    const rest = mention.trim().slice(honorific[0].length);
    if (rest === '') return { kind: 'pronoun', name: null, role: null, organization: null, nation: null, nationKnown: false };
    return parseMention(rest);
  }
  const forNamed = SPEAKS_FOR_NAMED_RE.exec(mention.trim()) ?? OFFICIAL_AT_BODY_RE.exec(mention.trim());
  if (forNamed) {
    const nationCue = findNationCue(mention);
    return { kind: 'anonymous', name: null, role: forNamed[1]!, organization: forNamed[2]!, nation: nationCue?.code ?? null, nationKnown: nationCue !== null };
  }
  // "Dewi Anggraini of the House of Representatives' Commission XII", "Hiroshi Tanabe of the Ministry of Land, …",
  // "Gov. Masaru Ikeda of Shimane Prefecture": a full name, then the body or region it belongs to.
  const ofBody = NAME_OF_BODY_RE.exec(mention.trim());
  if (ofBody) {
    const named = parseMention(ofBody[1]!);
    if (named.kind === 'person' && named.name?.includes(' ')) {
      const nationCue = findNationCue(mention);
      return { ...named, organization: ofBody[2]!.replace(/[\s,]+$/, ''), nation: nationCue?.code ?? null, nationKnown: nationCue !== null };
    }
  }
  // "President Babajide Olatunji of Nigeria": a full name, then the country the title is of.
  const ofCountry = NAME_OF_COUNTRY_RE.exec(mention.trim());
  if (ofCountry && isOnlyANation(ofCountry[2]!)) {
    const named = parseMention(ofCountry[1]!);
    if (named.kind === 'person' && named.name?.includes(' ')) {
      const nationCue = findNationCue(mention);
      return { ...named, nation: nationCue?.code ?? null, nationKnown: nationCue !== null };
    }
  }
  const words = mention.match(WORD_SPLIT_RE) ?? [];
  while (words.length > 0 && DETERMINERS.has(words[0]!.toLowerCase())) words.shift();
  const nationCue = findNationCue(mention);
  const base = { nation: nationCue?.code ?? null, nationKnown: nationCue !== null };
  if (words.length === 1 && PRONOUNS.has(words[0]!.toLowerCase())) {
    return { kind: 'pronoun', name: null, role: null, organization: null, ...base };
  }
  // "Saudi Arabia", "the United Arab Emirates": a country's whole name, whatever words it is made of.
  if (nationCue !== null && nationCue.code !== null && nationCue.nationOnly && nationCue.cue === words.join(' ')) {
    return { kind: 'institution', name: nationCue.cue, role: null, organization: nationCue.cue, ...base };
  }
  // The name is the trailing run of capitalised words that are not titles or offices.
  // "Zaw Min Tun": after a name word, a last word that is also a title is the name's end.
  const lastIsName = words.length >= 2 && NAME_FINAL_TITLES.has(words[words.length - 1]!.toLowerCase()) && isNameWord(words[words.length - 2]!);
  let nameStart = lastIsName ? words.length - 1 : words.length;
  // "Hassan Sheikh Mohamud": a title word between two name words is part of the name.
  while (nameStart > 0 && (isNameWord(words[nameStart - 1]!) || (nameStart < words.length && nameStart >= 2 && NAME_INNER_TITLES.has(words[nameStart - 1]!.toLowerCase()) && isNameWord(words[nameStart - 2]!)))) nameStart--;
  // "Ambassador Le Quang Minh", "Ambassador Du Xiaohui", "Du said": a capitalised particle opening a name, or standing
  // alone as a family name, belongs to it (not the Arabic article: "Minister Al Harthy").
  const particleOpens = (at: number) => !NAME_PARTICLES.has(words[at]!.toLowerCase()) || (words[at] !== words[at]!.toLowerCase() && (words.length - at >= 2 || words.length === 1) && !ARABIC_ARTICLES.has(words[at]!.toLowerCase()));
  while (nameStart < words.length && !particleOpens(nameStart)) nameStart++;
  // "The Casa Presidencial": a building that stands for its occupant.
  if (nameStart < words.length && BUILDING_WORDS.has(words[nameStart]!.toLowerCase())) nameStart = words.length;
  // "the Foreign Ministers' Dialogue", "the Strategic Dialogue": capitals a body's kind closes name the body.
  if (nameStart < words.length && BODY_NAME_ENDS.has(words[words.length - 1]!.toLowerCase())) nameStart = words.length;
  // "Defense Minister Gen Nakatani": after a civilian office, "Gen" with no period is a given name, not a rank.
  if (nameStart >= 2 && nameStart < words.length && words[nameStart - 1] === 'Gen' && CIVILIAN_OFFICES.has(words[nameStart - 2]!.toLowerCase())) nameStart--;
  // "Ministry of External Affairs", "Centre for Water and Security", "the Presidency of the Republic": capitals after
  // "of" name an institution.
  const joint = nameStart > 1 && words[nameStart - 1] === 'the' ? nameStart - 2 : nameStart - 1;
  if (joint >= 0 && nameStart < words.length && /^(of|for|and)$/i.test(words[joint]!) && words.slice(0, joint).some((w) => ORG_WORDS.has(w.toLowerCase()))) nameStart = words.length;
  // "the Interstate Commission for Water Coordination": one capitalised word closing a body's name after a
  // capitalised portfolio word is the name's last word, not a person's.
  if (nameStart === words.length - 1 && nameStart > 0 && CAP_RE.test(words[nameStart - 1]!) && ROLE_MODIFIERS.has(words[nameStart - 1]!.toLowerCase()) && !ROLE_HEADS.has(words[nameStart - 1]!.toLowerCase()) && words.slice(0, nameStart - 1).some((w) => ORG_WORDS.has(w.toLowerCase()))) nameStart = words.length;
  // "Chinese Ambassador to Zambia Du Xiaohui": the country an envoy is sent to, then the holder's name.
  const sentTo = remitBeforeName(words, nameStart, 'to');
  const pastDestination = sentTo > nameStart;
  nameStart = sentTo;
  // "ambassador to the United Nations", "envoy to Beijing": capitals after "to" name where an office is sent, not its holder.
  const beforeName = pastDestination ? -1 : nameStart > 1 && words[nameStart - 1]!.toLowerCase() === 'the' ? nameStart - 2 : nameStart - 1;
  // "the European Union's envoy for Central Asia": nor do capitals after an envoy's "for", which name the remit.
  if (nameStart < words.length && beforeName > 0 && (words[beforeName]!.toLowerCase() === 'to' || (words[beforeName]!.toLowerCase() === 'for' && REMIT_OFFICES.has(words[beforeName - 1]?.toLowerCase() ?? '')))) nameStart = words.length;
  // "a company based in Charlotte, North Carolina": capitals after "in", "at" or "from" name a place.
  if (nameStart < words.length && beforeName > 0 && PLACE_PREPOSITIONS.has(words[beforeName]!.toLowerCase())) nameStart = words.length;
  // "Mali and Burkina Faso", "Britain and the United States": a country's whole name ends the phrase, not a person's.
  const joinedAt = words[nameStart - 1] === 'the' ? nameStart - 2 : nameStart - 1;
  if (nameStart < words.length - 1 && /^(?:and|or)$/.test(words[joinedAt] ?? '') && isOnlyANation(words.slice(nameStart).join(' '))) nameStart = words.length;
  // "Sources at La Moneda", "Foggy Bottom": a place that stands for a government is no person's name.
  if (nameStart < words.length && nationCue !== null && !nationCue.nationOnly && nationCue.cue.endsWith(words.slice(nameStart).join(' ').replace(/[’']s$/, ''))) nameStart = words.length;
  // "Minister for Europe Harriet Linwood", "Minister of State for the Middle East X": the region or country an
  // office has in its remit, then the holder's name.
  const remit = remitBeforeName(words, nameStart);
  if (remit > nameStart) nameStart = remit;
  const nameWords = words.slice(nameStart);
  let roleStart = nameStart;
  while (roleStart > 0) {
    const lower = words[roleStart - 1]!.toLowerCase().replace(/\.$/, '');
    const before = roleStart >= 2 ? words[roleStart - 2]!.toLowerCase() : '';
    // "Ministry of Defense Spokesperson": "Defense" belongs to the ministry, not to the role.
    if (ROLE_MODIFIERS.has(lower) && !ROLE_HEADS.has(lower) && (before === 'of' || before === 'for')) break;
    // "Chief Cabinet Secretary": the cabinet names the office, not an organisation it belongs to.
    const cabinetTitle = lower === 'cabinet' && roleStart < nameStart && /^secretar/i.test(words[roleStart]!);
    if (ROLE_HEADS.has(lower) || ROLE_HEADS.has(lower + '.') || ROLE_MODIFIERS.has(lower) || cabinetTitle) roleStart--;
    else break;
  }
  roleStart = jointPortfolioStart(words, roleStart, nameStart);
  let roleWords = words.slice(roleStart, nameStart).filter((w) => !/^(Mr|Mrs|Ms|Dr)\.?$/.test(w));
  let prefix = words.slice(0, roleStart);
  // "Minister of Mines and Energy", "Secretary of State", "Minister for Foreign Affairs": a title with
  // its portfolio is the role, not an organisation ("Ministry of Defense Spokesperson" stays one).
  if (opensTitleWithPortfolio(prefix)) {
    // The country's adjective is the nation's, not the role's.
    roleWords = [...(prefix.length > 1 && isOnlyANation(prefix[0]!) ? prefix.slice(1) : prefix), ...roleWords];
    prefix = [];
  }
  // A prefix that only names a nation ("Russian", "North Korean") is not an organisation.
  const prefixText = clean(prefix);
  const prefixIsNation =
    prefixText !== null && isOnlyANation(prefixText) && !prefix.some((w) => ORG_WORDS.has(w.toLowerCase()));
  const organization = prefixIsNation ? null : prefixText;
  const anyCap = words.some((w) => CAP_RE.test(w));
  // "Washington Echenique", "Santiago Peña": a place right before a lone surname, with no title, is a given name.
  if (words.length === 2 && nameWords.length === 1 && roleWords.length === 0 && !ORG_WORDS.has(words[1]!.toLowerCase()) && givenNameLikePlace(words[0]!)) {
    return { kind: 'person', name: words.join(' '), role: null, organization: null, nation: null, nationKnown: false };
  }
  if (nameWords.length > 0 && !(nameWords.length === 1 && roleWords.length === 0 && prefix.length > 0 && ORG_WORDS.has(words[words.length - 1]!.toLowerCase()))) {
    const name = clean(nameWords);
    const kind = nameWords.length === 1 && roleWords.length === 0 && prefix.length === 0 ? 'surname' : 'person';
    return { kind, name, role: clean(roleWords), organization, ...base };
  }
  if (roleWords.length > 0 && prefix.length === 0 && !anyCap) {
    return { kind: 'anonymous', name: null, role: clean(roleWords), organization: null, ...base };
  }
  if (anyCap) {
    const institution = clean(words);
    return { kind: 'institution', name: institution, role: null, organization: institution, ...base };
  }
  return { kind: 'anonymous', name: null, role: clean(roleWords.length ? roleWords : words), organization: null, ...base };
}
