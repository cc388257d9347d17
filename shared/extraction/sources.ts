/** Finding the words a cue attaches to: the speaker's mention, left or right of the cue. */
import { placeCountry } from '../nations/places';
import { sourceWordShareOf } from './cue-lexicon';
import { BETWEEN_SUBJECT_AND_CUE, firstWordPastDateline, messageStartBefore, TIME_WORDS } from './frame-helpers';
import type { FrameContext, Range } from './frame-types';
import { NAME_PARTICLES } from './name-particles';
import { GROUPS_OF_STATES, nationsIn } from './nation-evidence';
import { OFFICE_PREMODIFIERS, REMIT_OFFICES } from './office-words';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import { POSSESSIVE_DETERMINERS, isPastTenseWord } from './word-classes';

export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'who']);

export const NP_CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'for', 'at', 'and', 'in', 'on', '’s', "'s", 'a', 'an', 'to', ...NAME_PARTICLES]);

const LEADING_NON_SOURCE = new Set(
  'on in at after before during when while but and so then yet also meanwhile however still now today yesterday monday tuesday wednesday thursday friday saturday sunday last this earlier later as if though although because since for of to the-'.split(' '),
);

export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
// "project's", "Manila-based": a word that ties the noun after it to an owner or a seat.
const POSSESSOR_OR_SEAT_RE = /(?:['’]s|-based)$/;
// "the bloc's top diplomat", "the agency's spokeswoman": a body named by a common noun owns the office.
const BODY_POSSESSORS = new Set(['country', 'nation', 'island', 'republic', 'kingdom', 'sultanate', 'emirate', 'region', 'bloc', 'alliance', 'union', 'agency', 'organisation', 'organization', 'body', 'group', 'company', 'firm', 'party', 'court', 'council', 'commission', 'bank', 'authority', 'board', 'fund', 'tribunal', 'secretariat', 'mission', 'regulator']);
const isDemonym = (word: string) => nationsIn(word).some((m) => m.kind === 'demonym' && m.start === 0 && m.end === word.length);
const SOURCE_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'one']);
const COUNT_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'both']);
// Conjunctions after which a new clause's subject opens ("…, but two people involved in the talks said").
const CLAUSE_CONJUNCTIONS = new Set(['but', 'and']);
// How many tokens a speaker's phrase may run back from its last word ("a spokesperson for the Taiwan Affairs Office of the State Council").
const SOURCE_PHRASE_REACH = 12;
const LEADING_PARTICIPLES = new Set(['led', 'backed']);
// "an official quoted by the state news agency said": participles that name a relay, not the speaker.
export const RELAYED_PARTICIPLES: ReadonlySet<string> = new Set(['quoted', 'cited']);
// Groups another state leads or backs, which speak as one ("a delegation led by X" is X's own).
const LED_GROUPS = new Set(['coalition', 'allies', 'alliance', 'forces', 'group', 'groups', 'bloc', 'separatists', 'rebels', 'militias', 'fighters', 'countries']);
const BODY_HEAD_NOUNS = new Set(['centre', 'center', 'unit', 'body', 'operation', 'mission', 'secretariat', 'observatory', 'monitor', 'network', 'consortium', 'platform']);
// How many capitalised words may name the body before its lower-case head ("the UKMTO centre").
const NAMED_HEAD_REACH = 6;
// A body's initials: "ONCB", "COCOBOD".
export const ABBREVIATION_RE = /^\p{Lu}{2,8}$/u;
const TRAILING_NON_SOURCE = new Set(['of', 'and', 'for', 'at', 'in', 'on', 'the', 'a', 'an', 'to']);

/** The subject noun phrase ending right before token `end`, skipping auxiliaries ("has also"). */
export function leftSource(ctx: FrameContext, sentence: Sentence, cueAt: number, regionStart: number): Range | null {
  const { tokens } = ctx;
  let j = cueAt - 1;
  for (;;) {
    while (j >= regionStart && j >= sentence.first && tokens[j]!.word && !tokens[j]!.cap && (BETWEEN_SUBJECT_AND_CUE.has(tokens[j]!.lower) || isAdverb(tokens[j]!))) j--;
    // "Trump on Friday said", "Clinton early Tuesday told": skip the time, keep the speaker.
    let k = j;
    while (k >= regionStart && k >= sentence.first && k > j - 3 && tokens[k]!.word && TIME_WORDS.has(tokens[k]!.lower)) k--;
    // "Uzbekistan's water minister, Sherzod Nurmatov, on Thursday called": the time follows the apposition's comma.
    if (k < j && k >= Math.max(regionStart, sentence.first) && tokens[k]!.text === ',' && ctx.quoteOf[k] === -1 && TIME_WORDS.has(tokens[j]!.lower)) {
      j = k;
      break;
    }
    if (k === j || k < sentence.first || k < regionStart || !tokens[k]!.word || TIME_WORDS.has(tokens[j]!.lower) === false) break;
    j = k;
  }
  // "Milei for his part stated": the phrase stands between the speaker and the cue.
  if (j - 3 >= Math.max(sentence.first, regionStart) && tokens[j]!.lower === 'part' && POSSESSIVE_DETERMINERS.has(tokens[j - 1]!.lower) && tokens[j - 2]!.lower === 'for') {
    return leftSource(ctx, sentence, j - 2, regionStart);
  }
  if (j < sentence.first || j < regionStart) return null;
  // "The Embassy of the United States in Jakarta in a short statement said": the message stands between speaker and cue.
  const message = messageStartBefore(tokens, j, Math.max(sentence.first, regionStart));
  const beforeMessage = message > Math.max(sentence.first, regionStart) ? leftSource(ctx, sentence, message, regionStart) : null;
  if (beforeMessage) return beforeMessage;
  // "A Brazilian diplomat who asked not to be named said": the clause says how to cite the speaker, who stands before it.
  const relative = anonymityClauseStart(ctx, sentence, j, regionStart);
  if (relative !== -1) return leftSource(ctx, sentence, relative, regionStart) ?? placedSource(ctx, sentence, relative, regionStart);
  // "A senior U.S. official who attended the ceremony said": a short relative clause describes the office holder before
  // it (not an appositive's: "X, a historian who attended the session, said").
  const who = relativeClauseStart(ctx, sentence, j, regionStart);
  const described = who !== -1 ? leftSource(ctx, sentence, who, regionStart) : null;
  if (described && described.last === who && OFFICE_HEADS.has(tokens[who - 1]!.lower) && tokens[described.first - 1]?.text !== ',') return described;
  if (tokens[j]!.text === ',' && ctx.quoteOf[j] === -1) {
    // "A Saudi official at Abha airport, who was not authorised to speak to the media, said": the clause set in
    // commas says how to cite the speaker before it.
    const cited = anonymityClauseInCommas(ctx, sentence, j, regionStart);
    if (cited !== -1) return placedSource(ctx, sentence, cited, regionStart) ?? leftSource(ctx, sentence, cited, regionStart);
    // "Prime Minister X, according to the statement, told the cabinet": the relay set in commas is no apposition.
    const relay = relayBefore(ctx, sentence, j, regionStart);
    if (relay !== -1) return leftSource(ctx, sentence, relay, regionStart);
    // "X, India's Minister of State for Ports, Shipping and Waterways, who attended the ceremony, told": the apposition
    // before a relative clause set in commas, read as it would be without the clause.
    const relative = relativeInCommas(ctx, sentence, j, regionStart);
    const apposed = relative !== -1 ? leftSource(ctx, sentence, relative + 1, regionStart) : null;
    if (apposed && apposed.last === relative + 1 && isOfficeApposition(tokens.slice(apposed.first, relative))) return { first: apposed.first, last: j + 1 };
    // "Sen. Garrett Lyle, R-Ohio, whose state is home to …, said": a member of Congress's party and state set in commas
    // after the name, then the clause.
    const tagged = relative !== -1 ? partyStateTagBefore(ctx, sentence, relative, regionStart) : null;
    if (tagged) return { first: tagged.first, last: j + 1 };
    // "Congo's mines minister, X, speaking at the signing ceremony, said": nor is a participle's phrase set in commas.
    // The phrase before it opens the clause, or the participle is no speaker's ("…, forcing her to …, said X").
    // "Britain's minister for Africa, X, on a visit to Nairobi, announced": so is a preposition's phrase of place or time.
    const participle = participleInCommas(ctx, sentence, j, regionStart);
    const setting = participle === -1 ? settingInCommas(ctx, sentence, j, regionStart) : -1;
    const opening = participle !== -1 ? participle : setting;
    const described = opening !== -1 ? (leftSource(ctx, sentence, opening + 1, regionStart) ?? (setting !== -1 ? leftSource(ctx, sentence, opening, regionStart) : null)) : null;
    // After a setting, only an office ("For now, Pantucci, at the institute, said" holds none).
    // "An official in the border city of Hunchun, in China's Jilin province, told": or an office placed before it.
    const holdsOffice = (r: Range) =>
      (!CLAUSE_OPENING_WORDS.has(tokens[r.first]!.lower) || ARTICLES.has(tokens[r.first]!.lower)) && tokens.slice(r.first, r.last - 1).some((t) => t.text === ',' || OFFICE_HEADS.has(t.lower));
    const clauseFirst = Math.max(firstWordPastDateline(ctx, sentence), regionStart);
    if (described && described.first === clauseFirst && (participle !== -1 || holdsOffice(described))) return described;
    // "Two diplomats from IGAD member states, speaking on condition of anonymity, said": a short noun phrase opening the
    // clause is the subject the participle describes, even one the phrase reader does not take whole.
    const appositive = appositiveSource(ctx, sentence, j, regionStart);
    if (participle === -1 || described || appositive?.first === clauseFirst) return appositive;
    return subjectBeforeComma(ctx, clauseFirst, opening) ?? appositive;
  }
  const closing = dashStart(ctx, j);
  if (closing !== -1) {
    // "Graham—who had endorsed Bush—said", "Kagan -- a former adviser -- told": the aside set off by dashes stands
    // between the speaker and the cue.
    const open = openingDash(ctx, sentence, closing, regionStart);
    const before = open !== -1 ? leftSource(ctx, sentence, open, regionStart) : null;
    return before && before.last === open ? before : null;
  }
  if (tokens[j]!.text === ')') {
    // "Rep. Hank Johnson (D-Ga.) said": the bracket belongs to the name.
    let open = j - 1;
    while (open > Math.max(sentence.first, j - 8) && tokens[open]!.text !== '(') open--;
    if (tokens[open]?.text !== '(') return null;
    const head = leftSource(ctx, sentence, open, regionStart);
    return head && head.last === open ? { first: head.first, last: j + 1 } : null;
  }
  const t = tokens[j]!;
  if (ctx.quoteOf[j] !== -1) return null;
  if (SUBJECT_PRONOUNS.has(t.lower)) return { first: j, last: j + 1 };
  // "A senior official there, who asked not to be named, said": "there" places the speaker where the story just was.
  if (t.lower === 'there' && j - 1 >= Math.max(sentence.first, regionStart)) {
    const placed = leftSource(ctx, sentence, j, regionStart);
    if (placed && placed.last === j) return { first: placed.first, last: j + 1 };
  }
  if (!isSourceToken(t)) {
    // "The family said": any noun right after a determiner can speak.
    const det = tokens[j - 1];
    if (t.word && det && j - 1 >= Math.max(sentence.first, regionStart) && SOURCE_DETERMINERS.has(det.lower)) return withKnowledgeHead(ctx, sentence, { first: j - 1, last: j + 1 }, regionStart);
    // "…, the boats’ owners said": so can one after a plural's possessive apostrophe.
    if (t.word && j - 3 >= Math.max(sentence.first, regionStart) && isPluralPossessive(ctx, j - 1) && SOURCE_DETERMINERS.has(tokens[j - 3]!.lower)) return { first: j - 3, last: j + 1 };
    // "after a Japanese steelmaker said": a capitalised modifier between the determiner and the noun.
    const from = Math.max(sentence.first, regionStart);
    // "…, the project's operator said", "…, the Manila-based lender said": so may a possessive, or where the body sits,
    // in a phrase a comma sets off after what was said.
    if (t.word && det?.word && j - 3 >= from && ctx.quoteOf[j - 1] === -1 && ARTICLES.has(tokens[j - 2]!.lower) && tokens[j - 3]!.text === ',' && POSSESSOR_OR_SEAT_RE.test(det.text)) return { first: j - 2, last: j + 1 };
    if (t.word && det?.cap && det.word && j - 2 >= from && ctx.quoteOf[j - 1] === -1 && ARTICLES.has(tokens[j - 2]!.lower) && isDemonym(det.text)) return { first: j - 2, last: j + 1 };
    // "The United Kingdom Maritime Trade Operations centre said": a name before the noun that heads it.
    if (t.word && det?.cap && BODY_HEAD_NOUNS.has(t.lower)) {
      let k = j - 1;
      while (k > from && j - k <= NAMED_HEAD_REACH && tokens[k]!.word && tokens[k]!.cap && ctx.quoteOf[k] === -1) k--;
      if (k < j - 1 && ARTICLES.has(tokens[k]!.lower) && ctx.quoteOf[k] === -1) return { first: k, last: j + 1 };
    }
    // "the two sides said", "the three countries said": a number between the article and the noun.
    if (t.word && det && j - 2 >= Math.max(sentence.first, regionStart) && COUNT_WORDS.has(det.lower) && tokens[j - 2]!.lower === 'the') return { first: j - 2, last: j + 1 };
    // "but two people involved in the negotiations said": a number opening the phrase.
    if (t.word && !t.cap && det && j - 1 >= Math.max(sentence.first, regionStart) && COUNT_WORDS.has(det.lower) && (!tokens[j - 2]?.word || CLAUSE_CONJUNCTIONS.has(tokens[j - 2]!.lower))) return { first: j - 1, last: j + 1 };
    // "officials from both countries said": the office before the place its holders come from.
    if (t.word && det && j - 2 > Math.max(sentence.first, regionStart) && COUNT_WORDS.has(det.lower) && VENUE_PREPOSITIONS.has(tokens[j - 2]!.lower)) {
      const placed = withKnowledgeHead(ctx, sentence, { first: j - 1, last: j + 1 }, regionStart);
      if (placed.first < j - 1) return placed;
    }
    return t.word ? ofChainSource(ctx, sentence, j, regionStart) : null;
  }
  // "the country's disaster management agency said": lower-case nouns naming what an office is for.
  let k = OFFICE_HEADS.has(t.lower) ? officeModifiersStart(ctx, j, Math.max(sentence.first, regionStart)) : j;
  while (k - 1 >= sentence.first && k - 1 >= regionStart && j - k < SOURCE_PHRASE_REACH) {
    const prev = tokens[k - 1]!;
    if (ctx.quoteOf[k - 1] !== -1) break;
    // "The U.N. human rights office in Tegucigalpa said": an office placed by a phrase is read as it would be alone.
    const officeStart = k < j && OFFICE_HEADS.has(tokens[k]!.lower) ? officeModifiersStart(ctx, k, Math.max(sentence.first, regionStart)) : k;
    if (officeStart < k) k = officeStart;
    else if (prev.word && (isSourceToken(prev) || NP_CONNECTORS.has(prev.lower))) k--;
    else if (k === j && COUNT_WORDS.has(prev.lower) && tokens[k - 2]?.lower === 'the' && k - 2 >= Math.max(sentence.first, regionStart)) {
      k -= 2;
      break;
    }
    // "The Israeli prime minister's office said", "the ministry's spokesman said": an office's possessive.
    else if (prev.word && !prev.cap && /['’]s$/.test(prev.text) && (OFFICE_PREMODIFIERS.has(prev.lower.slice(0, -2)) || BODY_POSSESSORS.has(prev.lower.slice(0, -2)))) k--;
    // "…, the prime minister's office said", "the foreign minister's spokesman": words of the office before its possessive.
    else if (prev.word && !prev.cap && (OFFICE_PREMODIFIERS.has(prev.lower) || TITLE_PREMODIFIERS.has(prev.lower)) && /['’]s$/.test(tokens[k]!.text) && OFFICE_PREMODIFIERS.has(tokens[k]!.lower.slice(0, -2))) k--;
    // "the defence ministry said", "a foreign ministry spokesman said": office words before an office.
    // "EU foreign policy chief Kaja Kallas said": the office may stand before the holder's name.
    // "the foreign ministry in Port Sudan said": the office word right after it, whatever follows.
    else if (prev.word && !prev.cap && OFFICE_PREMODIFIERS.has(prev.lower) && isSourceToken(tokens[k]!) && (OFFICE_HEADS.has(tokens[j]!.lower) || OFFICE_HEADS.has(tokens[k]!.lower) || officeBeforeName(tokens, k, j))) k--;
    else if (isNounAfterModifier(ctx, k - 1, Math.max(sentence.first, regionStart))) k--;
    // "the region's de facto authorities": "de" joins the office only before "facto".
    else if (prev.lower === 'de' && tokens[k]!.lower === 'facto') k--;
    // "Samuel Ajcip of the centre-left Movimiento Raíces said", "the binational Lesotho Highlands Water Commission said":
    // a word that describes a name, between the article and the name.
    else if (prev.word && !prev.cap && NAME_DESCRIBERS.has(prev.lower) && tokens[k]!.cap && tokens[k - 2]?.lower === 'the' && ctx.quoteOf[k - 2] === -1) k--;
    else if (prev.text === '.' && k - 2 >= sentence.first && tokens[k - 2]!.end === prev.start && tokens[k - 2]!.cap) k--;
    // "the workers' union": a plural's possessive after a determiner.
    else if (k - 2 >= sentence.first && isPluralPossessive(ctx, k - 1) && SOURCE_DETERMINERS.has(tokens[k - 3]?.lower ?? '')) k--;
    // "the House of Representatives' Commission XII": a plural name's possessive apostrophe.
    else if ((prev.text === '’' || prev.text === "'") && ctx.quoteOf[k - 1] === -1 && k - 2 >= sentence.first && tokens[k - 2]!.end === prev.start && tokens[k - 2]!.cap && tokens[k - 2]!.text.endsWith('s')) k--;
    else if ((prev.text === '-' || prev.text === '&') && tokens[k - 2]?.word) k--;
    // "Libya's eastern-based administration said", "the Vienna-based agency", "the state-run Pakistan Press Service": where
    // the body sits, who leads it or who runs it, in one word.
    else if (prev.word && /.-(?:based|led|run|owned)$/.test(prev.lower)) k--;
    // "the CDU/CSU parliamentary group": a slash between two capitals joins one name.
    else if (prev.text === '/' && tokens[k - 2]?.cap && tokens[k]!.cap && tokens[k - 2]!.end === prev.start && prev.end === tokens[k]!.start) k--;
    // "the OPEC+ statement said": a plus sign closing a name belongs to it.
    else if (prev.text === '+' && tokens[k - 2]?.cap && tokens[k - 2]!.end === prev.start) k--;
    // "Thailand's Office of the Narcotics Control Board (ONCB) Secretary-General X": a body's abbreviation in brackets.
    // "The Government of National Unity (GNU) in Tripoli": so before the place it sits in, and "the United Kingdom Maritime
    // Trade Operations (UKMTO) agency" before the body's own head noun.
    else if (prev.text === ')' && k - 4 >= Math.max(sentence.first, regionStart) && tokens[k - 3]!.text === '(' && ABBREVIATION_RE.test(tokens[k - 2]!.text) && tokens[k - 4]!.cap && (tokens[k]!.cap || VENUE_PREPOSITIONS.has(tokens[k]!.lower) || (k === j && isSourceToken(tokens[k]!)))) k -= 3;
    else break;
  }
  while (k <= j && (LEADING_NON_SOURCE.has(tokens[k]!.lower) || !tokens[k]!.word)) k++;
  if (k > j) return null;
  const office = portfolioListOffice(ctx, sentence, k, j, regionStart);
  if (office) return { first: office.first, last: j + 1 };
  // "two diplomats in Vienna said": a number opens the phrase.
  const from = Math.max(sentence.first, regionStart);
  if (k - 1 >= from && COUNT_WORDS.has(tokens[k - 1]!.lower) && ctx.quoteOf[k - 1] === -1) {
    k--;
    if (k - 1 >= from && tokens[k - 1]!.lower === 'the') k--;
  }
  // "The Organization of the Petroleum Exporting Countries and allies led by Russia said": the group led speaks.
  if (k - 3 > Math.max(sentence.first, regionStart) && tokens[k - 1]!.lower === 'by' && LEADING_PARTICIPLES.has(tokens[k - 2]!.lower) && LED_GROUPS.has(tokens[k - 3]!.lower)) {
    const led = leftSource(ctx, sentence, k - 2, regionStart);
    if (led && led.last === k - 2) return { first: led.first, last: j + 1 };
  }
  // "an Interior Ministry official quoted by the state news agency said": the one quoted speaks, not the relay.
  const by = relayBy(ctx, sentence, k, regionStart);
  if (by !== -1) {
    const quoted = leftSource(ctx, sentence, by - 1, regionStart);
    if (quoted) return quoted;
  }
  k = listStart(ctx, sentence, k, j, regionStart);
  // "..., his office said": the possessive opens the phrase.
  if (k - 1 >= Math.max(sentence.first, regionStart) && POSSESSIVE_DETERMINERS.has(tokens[k - 1]!.lower) && ctx.quoteOf[k - 1] === -1) k--;
  // "The U.S. mission to the IAEA said": the body a mission is sent to ends the mission's phrase.
  const to = tokens[k - 1]?.lower === 'the' ? k - 2 : k - 1;
  if (to - 1 >= Math.max(sentence.first, regionStart) && tokens[to]!.lower === 'to' && SENT_TO_HEADS.has(tokens[to - 1]!.lower) && ctx.quoteOf[to] === -1) {
    const mission = leftSource(ctx, sentence, to, regionStart);
    if (mission && mission.last === to) return { first: mission.first, last: j + 1 };
  }
  return withKnowledgeHead(ctx, sentence, { first: k, last: j + 1 }, regionStart);
}

/** The first of up to two lower-case nouns before office head `j` that a determiner or a possessive opens, else `j`. */
function officeModifiersStart(ctx: FrameContext, j: number, from: number): number {
  const { tokens } = ctx;
  const modifier = (t: Token) => t.word && !t.cap && !BETWEEN_SUBJECT_AND_CUE.has(t.lower) && !NP_CONNECTORS.has(t.lower) && !SOURCE_DETERMINERS.has(t.lower) && !/(?:ed|ing|ly|['’]s)$/.test(t.lower);
  let m = j;
  while (m - 1 >= from && j - (m - 1) <= 2 && ctx.quoteOf[m - 1] === -1 && modifier(tokens[m - 1]!)) m--;
  const opener = tokens[m - 1];
  if (m === j || m - 1 < from || opener === undefined) return j;
  // "the U.N. refugee agency", "the U.S. military's central command": a dotted abbreviation names whose office it is.
  if (m - 2 >= from && isDottedAbbreviation(ctx, m - 1)) return m - 2;
  return SOURCE_DETERMINERS.has(opener.lower) || /['’]s$/.test(opener.text) ? m : j;
}

/** Whether token `k` is the last period of a dotted abbreviation ("U.N.", "U.S."), glued to its letters. */
function isDottedAbbreviation(ctx: FrameContext, k: number): boolean {
  const { tokens } = ctx;
  const word = tokens[k - 1];
  return tokens[k]!.text === '.' && word !== undefined && word.end === tokens[k]!.start && word.cap && /^(?:\p{Lu}\.)+\p{Lu}$/u.test(word.text);
}

/** The "by" of "quoted by" or "cited by" before the phrase starting at `k` (maybe after a few of its words), or -1. */
function relayBy(ctx: FrameContext, sentence: Sentence, k: number, regionStart: number): number {
  const { tokens } = ctx;
  const from = Math.max(sentence.first, regionStart);
  for (let b = k - 1; b > from && k - b <= 4; b--) {
    if (tokens[b]!.lower === 'by') return RELAYED_PARTICIPLES.has(tokens[b - 1]!.lower) ? b : -1;
    if (!tokens[b]!.word || ctx.quoteOf[b] !== -1) return -1;
  }
  return -1;
}

// Trades wire copy writes between a holder's nationality and name ("Nigerian diplomat X").
const NAME_DESCRIBING_TRADES = new Set(['diplomat', 'economist', 'lawyer', 'politician', 'general', 'official', 'jurist', 'judge', 'academic']);
// Offices whose name may list several portfolios ("Ministry of Trade, Industry, Regional Integration and Employment",
// "National Commission for Refugees, Migrants and Internally Displaced Persons").
const PORTFOLIO_OFFICES = new Set(['ministry', 'minister', 'department', 'secretary', 'office', 'commissioner', 'commission', 'council', 'agency', 'authority', 'board']);

/**
 * "The Gambia's Ministry of Trade, Industry, Regional Integration and Employment said": when the phrase [k, j] is the
 * last part of a list of portfolios ending in "and", the office that opens the list, whose phrase the list finishes.
 */
function portfolioListOffice(ctx: FrameContext, sentence: Sentence, k: number, j: number, regionStart: number): Range | null {
  const { tokens } = ctx;
  if (tokens[k - 1]?.text !== ',') return null;
  let joined = false;
  for (let n = k; n <= j; n++) if (tokens[n]!.lower === 'and' || tokens[n]!.text === '&') joined = true;
  if (!joined) return null;
  const from = Math.max(sentence.first, regionStart);
  let c = k - 1;
  while (c > from && tokens[c]!.text === ',' && ctx.quoteOf[c] === -1) {
    let b = c - 1;
    while (b > from && tokens[b]!.word && tokens[b]!.cap) b--;
    if (b === c - 1) return null;
    if ((tokens[b]!.lower === 'of' || tokens[b]!.lower === 'for') && PORTFOLIO_OFFICES.has(tokens[b - 1]?.lower ?? '')) return leftSource(ctx, sentence, b, regionStart);
    c = b;
  }
  return null;
}

/**
 * The office word opening "Ministry of Land, Infrastructure, Transport and Tourism" when that list of portfolios
 * ends right before `comma`; -1 otherwise.
 */
function portfolioListStart(ctx: FrameContext, sentence: Sentence, comma: number, regionStart: number): number {
  const { tokens } = ctx;
  const from = Math.max(sentence.first, regionStart);
  let and = -1;
  let b = comma - 1;
  while (b > from && ((tokens[b]!.word && tokens[b]!.cap) || (tokens[b]!.text === ',' && ctx.quoteOf[b] === -1) || tokens[b]!.lower === 'and' || tokens[b]!.text === '&')) {
    if ((tokens[b]!.lower === 'and' || tokens[b]!.text === '&') && and === -1) and = b;
    b--;
  }
  const office = b - 1;
  if (and === -1 || (tokens[b]!.lower !== 'of' && tokens[b]!.lower !== 'for') || !PORTFOLIO_OFFICES.has(tokens[office]?.lower ?? '')) return -1;
  // At least one comma inside the list, before its "and": "Ministry of Trade and Industry" sets nothing off, and
  // neither does "Office for Kosovo and Metohija, X," whose comma comes after it.
  for (let k = b + 1; k < and; k++) if (tokens[k]!.text === ',') return office;
  return -1;
}

/**
 * Where the phrase of an office opening at `office` starts ("Jordan's Minister of Industry, Trade and Supply") when a
 * list of portfolios closes it and a name after one more comma ends right before `comma`; -1 otherwise.
 */
function officeOfListedPortfolios(ctx: FrameContext, office: number, comma: number, from: number): number {
  const { tokens } = ctx;
  let and = -1;
  for (let k = office + 1; k < comma; k++) if (tokens[k]!.lower === 'and' || tokens[k]!.text === '&') and = k;
  let nameComma = -1;
  for (let k = and + 1; k < comma && nameComma === -1; k++) if (tokens[k]!.text === ',') nameComma = k;
  if (and === -1 || nameComma === -1 || comma - nameComma < 3) return -1;
  // The name, maybe after the holder's nationality and trade ("Nigerian diplomat Ifeoma Adebayo-Okeke").
  for (let k = nameComma + 1; k < comma; k++) if (!tokens[k]!.word || ctx.quoteOf[k] !== -1 || (!tokens[k]!.cap && !NAME_DESCRIBING_TRADES.has(tokens[k]!.lower))) return -1;
  if (!tokens[comma - 1]!.cap) return -1;
  // The determiner, the country's possessive and the title words before the office belong to its phrase.
  let start = office;
  while (start - 1 >= from && ctx.quoteOf[start - 1] === -1 && ((tokens[start - 1]!.word && tokens[start - 1]!.cap) || tokens[start - 1]!.lower === 'the')) start--;
  return start;
}

const RELAY_REACH = 10;

/** The comma opening ", according to …," that closes at `comma`, or -1. */
function relayBefore(ctx: FrameContext, sentence: Sentence, comma: number, regionStart: number): number {
  const { tokens } = ctx;
  for (let c = comma - 3; c > Math.max(sentence.first, regionStart, comma - RELAY_REACH); c--) {
    if (!tokens[c]!.word && tokens[c]!.text !== '.' && tokens[c]!.text !== '’s' && tokens[c]!.text !== "'s") {
      return tokens[c]!.text === ',' && tokens[c + 1]!.lower === 'according' && tokens[c + 2]!.lower === 'to' ? c : -1;
    }
  }
  return -1;
}

// What follows "who" when a source asks not to be cited by name; wire copy sets it off without commas.
const ANONYMITY_CLAUSE_RE =
  /^(?:(?:asked|requested|declined|refused|preferred|did not want|didn[’']t want|did not wish|didn[’']t wish|wished)(?: not)? to (?:be (?:named|identified|quoted)(?: by name)?|remain anonymous)|(?:requested|demanded|insisted on) anonymity|(?:spoke|talked|briefed) (?:(?:to )?[\w.’' ]{1,40} )?(?:on|under) (?:the )?condition of anonymity|(?:was|were|is|are) not authori[sz]ed to (?:speak|comment|talk|brief)(?: publicly| to the media| to reporters| on the record)?)$/;
const ANONYMITY_CLAUSE_REACH = 12;

function wordsBetween(ctx: FrameContext, first: number, last: number): string {
  return ctx.tokens.slice(first, last + 1).map((t) => t.lower).join(' ').replace(/ n[’']t/g, 'n’t');
}

/** Where "who ..." starts when the words ending at `end` are a request for anonymity, or -1. */
function anonymityClauseStart(ctx: FrameContext, sentence: Sentence, end: number, regionStart: number): number {
  const { tokens } = ctx;
  if (!tokens[end]!.word) return -1;
  for (let w = end - 2; w >= Math.max(sentence.first, regionStart, end - ANONYMITY_CLAUSE_REACH); w--) {
    if (tokens[w]!.lower !== 'who' || ctx.quoteOf[w] !== -1) continue;
    return w > Math.max(sentence.first, regionStart) && ANONYMITY_CLAUSE_RE.test(wordsBetween(ctx, w + 1, end)) ? w : -1;
  }
  return -1;
}

/**
 * The clause's opening words up to the comma (or the participle) at `comma`, when they are a short noun phrase ("Two diplomats from IGAD
 * member states"): no verb, no quotation, opening with a number, a determiner or a capital; otherwise null.
 */
function subjectBeforeComma(ctx: FrameContext, first: number, comma: number): Range | null {
  const { tokens } = ctx;
  if (comma - first < 2 || comma - first > SUBJECT_BEFORE_COMMA_REACH) return null;
  const opening = tokens[first]!;
  if (!opening.word || !(opening.cap || COUNT_WORDS.has(opening.lower) || SOURCE_DETERMINERS.has(opening.lower))) return null;
  for (let k = first; k < comma; k++) {
    const t = tokens[k]!;
    if (ctx.quoteOf[k] !== -1 || !t.word || (!t.cap && (FINITE_VERB_WORDS.has(t.lower) || /ed$/.test(t.lower)))) return null;
  }
  return { first, last: comma };
}

/** The first token of a dash ending at token `k` ("—", "–", or "--" read as two hyphens), or -1. */
function dashStart(ctx: FrameContext, k: number): number {
  const { tokens } = ctx;
  if (k < 0 || ctx.quoteOf[k] !== -1) return -1;
  const text = tokens[k]!.text;
  if (text === '—' || text === '–') return k;
  return text === '-' && tokens[k - 1]?.text === '-' && tokens[k - 1]!.end === tokens[k]!.start ? k - 1 : -1;
}

/** The first token of the dash opening the aside that the dash at `close` ends, within the same sentence, or -1. */
function openingDash(ctx: FrameContext, sentence: Sentence, close: number, regionStart: number): number {
  for (let k = close - 2; k > Math.max(sentence.first, regionStart) && close - k <= DASH_ASIDE_REACH; k--) {
    if (ctx.quoteOf[k] !== -1) return -1;
    const start = dashStart(ctx, k);
    if (start !== -1) return start;
  }
  return -1;
}

/** The "who" of a short relative clause, with no punctuation, ending at token `end` ("who attended the ceremony"), or -1. */
function relativeClauseStart(ctx: FrameContext, sentence: Sentence, end: number, regionStart: number): number {
  const { tokens } = ctx;
  for (let w = end - 1; w > Math.max(sentence.first, regionStart) && end - w <= RELATIVE_CLAUSE_REACH; w--) {
    const t = tokens[w]!;
    if (!t.word || ctx.quoteOf[w] !== -1) return -1;
    if (t.lower === 'who') return w;
    // "A team from the International Atomic Energy Agency that has been stationed at the plant since 2023 said".
    if ((t.lower === 'that' || t.lower === 'which') && RELATIVE_VERBS.has(tokens[w + 1]?.lower ?? '')) return w;
  }
  return -1;
}

// Verbs that open a relative clause right after "that" or "which" ("that has been stationed", "which was set up").
const RELATIVE_VERBS = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were']);

/**
 * The comma opening ", who asked not to be named," when the comma at `comma` closes such a clause, the reason it
 * gives included (", who asked not to be named because an internal review has not been published,"); -1 otherwise.
 */
function anonymityClauseInCommas(ctx: FrameContext, sentence: Sentence, comma: number, regionStart: number): number {
  const c = openingComma(ctx, sentence, comma, regionStart, ANONYMITY_CLAUSE_REACH + ANONYMITY_REASON_REACH);
  if (c === -1 || ctx.tokens[c + 1]?.lower !== 'who') return -1;
  const clause = wordsBetween(ctx, c + 2, comma - 1);
  return (comma - c <= ANONYMITY_CLAUSE_REACH + 1 && ANONYMITY_CLAUSE_RE.test(clause)) || ANONYMITY_WITH_REASON_RE.test(clause) ? c : -1;
}

/**
 * "X, speaking at the signing ceremony, said", "A senior official, speaking on condition of anonymity, said": the
 * comma opening a participle's phrase that ends at `comma`, or -1.
 */
function participleInCommas(ctx: FrameContext, sentence: Sentence, comma: number, regionStart: number): number {
  const c = openingComma(ctx, sentence, comma, regionStart, PARTICIPLE_PHRASE_REACH);
  return c !== -1 && isParticipleModifier(ctx.tokens[c + 1]!) && ctx.quoteOf[c + 1] === -1 ? c : -1;
}

/** The comma opening ", who attended the ceremony," or ", which is recognised by …," that ends at `comma`, or -1. */
function relativeInCommas(ctx: FrameContext, sentence: Sentence, comma: number, regionStart: number): number {
  const c = openingComma(ctx, sentence, comma, regionStart, RELATIVE_PHRASE_REACH);
  return c !== -1 && RELATIVE_PRONOUNS_IN_COMMAS.has(ctx.tokens[c + 1]!.lower) && ctx.quoteOf[c + 1] === -1 ? c : -1;
}

const RELATIVE_PRONOUNS_IN_COMMAS = new Set(['who', 'which', 'whose']);
const RELATIVE_PHRASE_REACH = 16;

/** A name and an office set off by a comma, with no verb between: "X, India's Minister of State for Ports". */
function isOfficeApposition(words: Token[]): boolean {
  return words.some((t) => t.text === ',') && words.some((t) => APPOSED_OFFICE_HEADS.has(t.lower)) && !words.some((t) => CLAUSE_VERBS.has(t.lower));
}

// Finite verbs that make words set in commas a clause rather than a phrase.
const CLAUSE_VERBS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'said', 'says', 'told']);

/** The comma opening ", on a visit to Nairobi," or ", in Geneva," that ends at `comma`, or -1. */
function settingInCommas(ctx: FrameContext, sentence: Sentence, comma: number, regionStart: number): number {
  const c = openingComma(ctx, sentence, comma, regionStart, SETTING_PHRASE_REACH);
  if (c === -1 || !SETTING_PREPOSITIONS.has(ctx.tokens[c + 1]!.lower) || ctx.quoteOf[c + 1] !== -1) return -1;
  // A setting is a noun phrase: a finite verb inside makes the commas a clause's.
  for (let k = c + 2; k < comma; k++) if (CLAUSE_VERBS.has(ctx.tokens[k]!.lower)) return -1;
  return c;
}

// Not "at", which also names where the speaker works ("Pantucci, at the Royal United Services Institute,").
const SETTING_PREPOSITIONS = new Set(['on', 'in', 'during', 'after', 'before']);
const SETTING_PHRASE_REACH = 8;

/** The last comma outside quotations before the comma at `comma`, within `reach` tokens of it and the sentence, or -1. */
function openingComma(ctx: FrameContext, sentence: Sentence, comma: number, regionStart: number, reach: number): number {
  const { tokens } = ctx;
  for (let c = comma - 2; c > Math.max(sentence.first, regionStart, comma - reach - 1); c--) {
    if (tokens[c]!.text === ',' && ctx.quoteOf[c] === -1) return c;
  }
  return -1;
}

const PARTICIPLE_PHRASE_REACH = 16;

// The same clause at the start of longer words.
const ANONYMITY_CLAUSE_OPENING_RE = new RegExp(`${ANONYMITY_CLAUSE_RE.source.slice(0, -1)}(?= |$)`);
// The clause and why the source asked ("because they were not authorised to speak", "as talks continue").
const ANONYMITY_WITH_REASON_RE = new RegExp(`${ANONYMITY_CLAUSE_RE.source.slice(0, -1)} (?:because|as|since|given|pending|while|amid|ahead of|due to|in line with) `);
const ANONYMITY_REASON_REACH = 16;

/** "who asked not to be named", "who spoke on condition of anonymity": the clause opened by the "who" at `who`. */
export function opensAnonymityClause(ctx: FrameContext, who: number): boolean {
  let last = who + 1;
  while (last < Math.min(ctx.tokens.length, who + ANONYMITY_CLAUSE_REACH) && ctx.tokens[last + 1]?.word) last++;
  return last > who + 1 && ANONYMITY_CLAUSE_OPENING_RE.test(wordsBetween(ctx, who + 1, last));
}

/**
 * "Lithuania, Latvia and Estonia asked ...", "France, Germany and Italy said": a list of names whose
 * last two are joined by "and" speaks as one; its earlier items, one capitalised word or two each, are
 * set off by commas from the start of the clause.
 */
function listStart(ctx: FrameContext, sentence: Sentence, k: number, j: number, regionStart: number): number {
  const { tokens } = ctx;
  if (tokens[k - 1]?.text !== ',' || !tokens[k]!.cap) return k;
  let and = k + 1;
  while (and < j && tokens[and]!.lower !== 'and') and++;
  if (and >= j || !(tokens[and + 1]?.cap || (tokens[and + 1]?.lower === 'the' && tokens[and + 2]?.cap))) return k;
  const from = Math.max(sentence.first, regionStart);
  let start = k;
  for (;;) {
    let item = start - 2;
    if (item < from || !tokens[item]!.cap || ctx.quoteOf[item] !== -1) return k;
    if (item - 1 >= from && tokens[item - 1]!.cap && tokens[item - 1]!.word) item--;
    // "In Brussels, Asylum and Migration Minister X said": a venue opening the sentence is no item of a list.
    if (CLAUSE_OPENING_WORDS.has(tokens[item]!.lower)) return k;
    start = item;
    // The clause opens with the list: at the sentence's start or after a dateline's dash, not after "In".
    if (start === from || (!tokens[start - 1]!.word && tokens[start - 1]!.text !== ',')) return start;
    // "The Quint group of France, Germany, Italy, Britain and the United States said": the group the list makes up.
    if (start - 2 >= from && tokens[start - 1]!.lower === 'of' && LISTED_GROUPS.has(tokens[start - 2]!.lower)) {
      const group = leftSource(ctx, sentence, start - 1, regionStart);
      return group && group.last === start - 1 ? group.first : k;
    }
    if (tokens[start - 1]!.text !== ',') return k;
  }
}

const LISTED_GROUPS = new Set([...GROUPS_OF_STATES, 'countries', 'nations', 'governments', 'ministers']);

// "Officials familiar with the talks said": what ties the speakers to the matter, between them and its name.
const KNOWLEDGE_LINKS: readonly (readonly string[])[] = [['familiar', 'with'], ['close', 'to'], ['briefed', 'on'], ['involved', 'in'], ['knowledgeable', 'about'], ['with', 'knowledge', 'of'], ['with', 'direct', 'knowledge', 'of']];

/** The phrase with its head before "familiar with" and the like, when such a link opens it. */
function withKnowledgeHead(ctx: FrameContext, sentence: Sentence, phrase: Range, regionStart: number): Range {
  const { tokens } = ctx;
  // "Beijing's liaison office in the city said": an office placed by the phrase speaks, not the place.
  const venue = phrase.first - 1;
  if (venue > Math.max(sentence.first, regionStart) && VENUE_PREPOSITIONS.has(tokens[venue]!.lower) && ctx.quoteOf[venue] === -1) {
    const office = leftSource(ctx, sentence, venue, regionStart);
    if (office && office.last === venue && OFFICE_HEADS.has(tokens[venue - 1]!.lower)) return { first: office.first, last: phrase.last };
  }
  // "the European Union's envoy for the dialogue said", "the UN rapporteur on the matter said": the office's remit.
  if (venue > Math.max(sentence.first, regionStart) && REMIT_PREPOSITIONS.has(tokens[venue]!.lower) && ctx.quoteOf[venue] === -1 && REMIT_HOLDERS.has(tokens[venue - 1]!.lower)) {
    const office = leftSource(ctx, sentence, venue, regionStart);
    if (office && office.last === venue) return { first: office.first, last: phrase.last };
  }
  // "An official in the border city of Hunchun said": the place named after its kind ends the office's phrase.
  const of = phrase.first - 1;
  if (of - 1 > Math.max(sentence.first, regionStart) && tokens[of]!.lower === 'of' && PLACE_KIND_BEFORE_NAME.has(tokens[of - 1]!.lower) && ctx.quoteOf[of] === -1) {
    // The article, and one word of what the place is ("the border city"), before its kind.
    let article = of - 2;
    if (article > Math.max(sentence.first, regionStart) && tokens[article]!.word && !tokens[article]!.cap && !ARTICLES.has(tokens[article]!.lower)) article--;
    const venueAt = article - 1;
    if (ARTICLES.has(tokens[article]?.lower ?? '') && venueAt > Math.max(sentence.first, regionStart) && VENUE_PREPOSITIONS.has(tokens[venueAt]!.lower) && OFFICE_HEADS.has(tokens[venueAt - 1]!.lower)) {
      const office = leftSource(ctx, sentence, venueAt, regionStart);
      if (office && office.last === venueAt) return { first: office.first, last: phrase.last };
    }
  }
  for (const link of KNOWLEDGE_LINKS) {
    const at = phrase.first - link.length;
    if (at <= Math.max(sentence.first, regionStart) || !link.every((w, n) => tokens[at + n]!.lower === w)) continue;
    const head = leftSource(ctx, sentence, at, regionStart);
    if (head && head.last === at) return { first: head.first, last: phrase.last };
  }
  // "A Qatari diplomat attending the meeting said", "Diplomats following the talks said": the participle's object is
  // what the speaker attends; the speaker, without the participial phrase, stands before it.
  const participle = phrase.first - 1;
  if (participle > Math.max(sentence.first, regionStart) && ARTICLES.has(tokens[phrase.first]!.lower) && isParticipleModifier(tokens[participle]!)) {
    const head = leftSource(ctx, sentence, participle, regionStart);
    if (head && head.last === participle && !SUBJECT_PRONOUNS.has(tokens[head.first]!.lower)) return head;
  }
  // "A joint communique adopted at the meeting said": where or after what a document was adopted is no speaker (unlike
  // who issued it: "a statement issued by the ministry").
  const made = phrase.first - 2;
  if (made > Math.max(sentence.first, regionStart) && DOCUMENT_PARTICIPLES.has(tokens[made]!.lower) && (tokens[made + 1]!.lower === 'at' || tokens[made + 1]!.lower === 'after') && ctx.quoteOf[made] === -1) {
    // The document's own short phrase: an article, then a few words ("A joint communique").
    let a = made - 1;
    while (a > Math.max(sentence.first, regionStart) && made - a < 4 && tokens[a]!.word && !ARTICLES.has(tokens[a]!.lower) && ctx.quoteOf[a] === -1) a--;
    if (ARTICLES.has(tokens[a]!.lower) && a < made - 1) return { first: a, last: made };
  }
  // "Arab League foreign ministers meeting in Cairo on Tuesday called on …": the place where the speakers met is no speaker.
  const gathered = phrase.first - 2;
  if (gathered > Math.max(sentence.first, regionStart) && VENUE_PREPOSITIONS.has(tokens[gathered + 1]!.lower) && (GATHERED_WORDS.has(tokens[gathered]!.lower) || isParticipleModifier(tokens[gathered]!)) && tokens[phrase.first]!.cap) {
    const head = leftSource(ctx, sentence, gathered, regionStart) ?? subjectBeforeComma(ctx, Math.max(firstWordPastDateline(ctx, sentence), regionStart), gathered);
    if (head && head.last === gathered && !SUBJECT_PRONOUNS.has(tokens[head.first]!.lower)) return head;
  }
  return phrase;
}

// Participles of a gathering, "meeting" among them (which is also a noun, see NOT_PARTICIPLES).
const GATHERED_WORDS = new Set(['meeting', 'gathered', 'assembled', 'convened']);

function isParticipleModifier(t: Token): boolean {
  return t.word && !t.cap && t.lower.length > 5 && t.lower.endsWith('ing') && !NOT_PARTICIPLES.has(t.lower);
}

// "-ing" words that are prepositions or nouns, not participles describing the speaker.
const NOT_PARTICIPLES = new Set(['during', 'including', 'according', 'regarding', 'concerning', 'excluding', 'pending', 'notwithstanding', 'morning', 'evening', 'briefing', 'meeting', 'hearing', 'building', 'something', 'nothing', 'anything', 'everything']);

const SUBORDINATORS = new Set(['when', 'while', 'as', 'after', 'before', 'although', 'though', 'because', 'if', 'since', 'once', 'until', 'unless', 'whereas']);
// How many tokens into the phrase its office noun may stand ("The U.S. special envoy": the fifth).
const OFFICE_HEAD_REACH = 6;
// How many tokens such an office's phrase may take ("The European Union's special representative for the Belgrade-Pristina dialogue").
const OFFICE_CLAUSE_REACH = 18;

/**
 * "Russia's envoy to the talks, Sergei Volkov, said": an office whose phrase runs on past its head
 * ("to the talks") and opens the clause, capitalised, before the comma. The clause's first token, or -1.
 */
function officeOpeningClause(ctx: FrameContext, sentence: Sentence, comma: number, regionStart: number): number {
  const { tokens } = ctx;
  const from = Math.max(sentence.first, regionStart);
  let k = comma - 1;
  // "the Belgrade-Pristina dialogue", "The U.N. envoy": a hyphen or an abbreviation's period stays inside the phrase.
  // "the United Nations’ resident coordinator": so does a plural's possessive apostrophe, and "the Ghana Cocoa Board
  // (COCOBOD)": a bracket.
  const inPhrase = (j: number) => tokens[j]!.word || tokens[j]!.text === '(' || tokens[j]!.text === ')' || ((tokens[j]!.text === '-' || tokens[j]!.text === '.' || tokens[j]!.text === '’' || tokens[j]!.text === "'") && tokens[j - 1]?.end === tokens[j]!.start && tokens[j - 1]!.cap);
  while (k > from && comma - k < OFFICE_CLAUSE_REACH && inPhrase(k - 1) && ctx.quoteOf[k - 1] === -1) k--;
  // '"…," the mayor of the border town of Khiam, X, told': a quotation's closing comma opens it too.
  // "BEIJING, June 9 (Xinwen) -- The chairman of …, X, said": so does a dateline's dash.
  if (k !== from && tokens[k - 1]?.text !== ',' && !afterQuotationComma(ctx, k) && k !== firstWordPastDateline(ctx, sentence)) return -1;
  // "When the F.B.I. director, James B. Comey, said", "As the LinkedIn chief executive, Jeff Weiner, put it": the
  // subordinator opens the clause, the office the phrase.
  if (SUBORDINATORS.has(tokens[k]!.lower) && k + 1 < comma) {
    k++;
    if (!SOURCE_DETERMINERS.has(tokens[k]!.lower) && !tokens[k]!.cap) return -1;
  } else if (!tokens[k]!.cap && !(k !== from && SOURCE_DETERMINERS.has(tokens[k]!.lower))) return -1;
  // The office opens the phrase ("Russia's envoy", "The U.S. ambassador"): a clause with its office
  // further in is about something else ("In a year when arguments against big government ...").
  for (let i = k; i < Math.min(comma, k + OFFICE_HEAD_REACH); i++) if (APPOSED_OFFICE_HEADS.has(tokens[i]!.lower) || SECOND_OFFICE_RE.test(tokens[i]!.lower)) return k;
  return -1;
}

/** "Sen. X, R-Ohio," closing at the comma `comma`: the name before the tag, with the tag. */
function partyStateTagBefore(ctx: FrameContext, sentence: Sentence, comma: number, regionStart: number): Range | null {
  const { tokens } = ctx;
  const tag = tokens[comma - 1];
  if (!tag || !PARTY_STATE_TAG_RE.test(tag.text) || tokens[comma - 2]?.text !== ',') return null;
  const name = leftSource(ctx, sentence, comma - 2, regionStart);
  return name && name.last === comma - 2 ? { first: name.first, last: comma } : null;
}

// "R-Ohio", "D-Texas": a party's letter and a state, joined by a hyphen.
const PARTY_STATE_TAG_RE = /^[RDI]-\p{Lu}[\p{L}]*$/u;

/**
 * '"…," a relative of one of the freed men told Warta': after a quotation's closing comma, a determiner, a noun and
 * "of" open a phrase of lower-case words that ends at the cue; the noun before "of" is the speaker.
 */
function ofChainSource(ctx: FrameContext, sentence: Sentence, j: number, regionStart: number): Range | null {
  const { tokens } = ctx;
  const from = Math.max(sentence.first, regionStart);
  // "The prefect of Tulcea county, X, said", "…, but the chief minister of India's West Bengal state warned": an office
  // of a place its kind follows in lower case.
  if (PLACE_KIND_NOUNS.has(tokens[j]!.lower)) {
    let k = j - 1;
    while (k >= from && j - k <= PLACE_NAME_REACH && tokens[k]!.word && tokens[k]!.cap && ctx.quoteOf[k] === -1) k--;
    const named = k < j - 1;
    // "of the eastern Ouaddaï province": where in the country, and the article, between "of" and the name.
    if (named && k >= from && DIRECTION_WORDS.has(tokens[k]!.lower)) k--;
    if (named && k >= from && tokens[k]!.lower === 'the') k--;
    let a = k - 1;
    while (a >= from && k - a <= OFFICE_WORDS_REACH && tokens[a]!.word && !tokens[a]!.cap && !ARTICLES.has(tokens[a]!.lower) && ctx.quoteOf[a] === -1) a--;
    const clauseStart = Math.max(firstWordPastDateline(ctx, sentence), regionStart);
    const opens = a === clauseStart || tokens[a - 1]?.text === ',' || afterQuotationComma(ctx, a) || (CLAUSE_JOINERS.has(tokens[a - 1]?.lower ?? '') && tokens[a - 2]?.text === ',');
    if (named && k >= from && tokens[k]!.lower === 'of' && a >= from && a < k - 1 && ARTICLES.has(tokens[a]!.lower) && opens) return { first: a, last: j + 1 };
  }
  for (let k = j - 1; k - 2 >= from && j - k < OF_CHAIN_REACH; k--) {
    const w = tokens[k]!;
    if (!w.word || w.cap || ctx.quoteOf[k] !== -1) return null;
    if (w.lower === 'of' && ARTICLES.has(tokens[k - 2]!.lower) && tokens[k - 1]!.word && !tokens[k - 1]!.cap) return afterQuotationComma(ctx, k - 2) ? { first: k - 2, last: j + 1 } : null;
    // "…, Namibia's ministry of mines and energy said": a country's ministry with its portfolios in lower case, opening a clause.
    if (w.lower === 'of' && MINISTRY_HEADS.has(tokens[k - 1]!.lower) && tokens[k - 2]!.cap && /['’]s$/.test(tokens[k - 2]!.text)) {
      const opens = k - 2 === Math.max(firstWordPastDateline(ctx, sentence), regionStart) || tokens[k - 3]?.text === ',' || afterQuotationComma(ctx, k - 2);
      return opens ? { first: k - 2, last: j + 1 } : null;
    }
    // "Rep. Kang Hye-won of the main opposition party said": a name owned by a body named in lower case.
    if (w.lower === 'of' && tokens[k - 1]!.cap && ARTICLES.has(tokens[k + 1]?.lower ?? '')) {
      const named = leftSource(ctx, sentence, k, regionStart);
      return named && named.last === k ? { first: named.first, last: j + 1 } : null;
    }
  }
  return null;
}

const OF_CHAIN_REACH = 8;
const MINISTRY_HEADS = new Set(['ministry', 'minister', 'department']);
// The kinds of place copy names before the place's name ("the border city of Hunchun").
const PLACE_KIND_BEFORE_NAME = new Set(['city', 'town', 'village', 'port', 'province', 'region', 'district', 'county', 'state', 'island', 'enclave']);
// The kinds copy writes in lower case after a place's name ("Tulcea county", "West Bengal state").
const PLACE_KIND_NOUNS = new Set(['county', 'province', 'state', 'district', 'region', 'prefecture', 'governorate', 'municipality', 'department', 'oblast']);
// How many capitalised words the place's name may take, and how many lower-case words the office before its "of".
const PLACE_NAME_REACH = 4;
const OFFICE_WORDS_REACH = 3;
// Where in a country a place lies ("of the eastern Ouaddaï province").
const DIRECTION_WORDS = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'far-northern', 'coastal']);

/**
 * "Scott Goodstein, its chief executive officer, said": the name before the apposition speaks; so does a name opening
 * the clause before an office set in commas ("Hamisi Mzee Kombo, Tanzania's minister of minerals, who is on a visit to
 * Seoul, said").
 */
function appositiveSource(ctx: FrameContext, sentence: Sentence, comma: number, regionStart: number): Range | null {
  const found = appositiveHead(ctx, sentence, comma, regionStart);
  if (!found) return null;
  const clauseStart = Math.max(firstWordPastDateline(ctx, sentence), regionStart);
  // Not a scene opening the sentence ("In Kolkata, the state's chief minister, X,").
  const named = ctx.tokens[found.first - 1]?.text === ',' && found.first - 1 > clauseStart && !CLAUSE_OPENING_WORDS.has(ctx.tokens[clauseStart]!.lower) && namesUpTo(ctx, clauseStart, found.first - 1);
  if (named) return { first: clauseStart, last: found.last };
  // "Khyber Pakhtunkhwa's chief minister, X, whose province hosts …, said": the office opening the clause before the
  // name and its relative clause.
  const office = ctx.tokens[found.first - 1]?.text === ',' && ctx.tokens[found.first]!.cap && found.first - 1 > clauseStart ? leftSource(ctx, sentence, found.first - 1, regionStart) : null;
  const opensWithPreposition = CLAUSE_OPENING_WORDS.has(ctx.tokens[clauseStart]!.lower) && !ARTICLES.has(ctx.tokens[clauseStart]!.lower);
  if (office && office.first === clauseStart && !opensWithPreposition && office.last === found.first - 1 && OFFICE_HEADS.has(ctx.tokens[office.last - 1]!.lower)) return { first: clauseStart, last: found.last };
  return found;
}

const CLAUSE_OPENING_WORDS = new Set(['in', 'at', 'on', 'from', 'for', 'after', 'before', 'by', 'with', 'during', 'under', 'over', 'as', 'according', 'the', 'a', 'an']);

function appositiveHead(ctx: FrameContext, sentence: Sentence, comma: number, regionStart: number): Range | null {
  const { tokens } = ctx;
  // "BAKU, Azerbaijan (Horizon Presse) - Delegates ...,": a dateline's comma sets off no apposition.
  const opening = firstWordPastDateline(ctx, sentence);
  // "Hiroshi Tanabe of the Ministry of Land, Infrastructure, Transport and Tourism,": the list's commas are the office's.
  const list = portfolioListStart(ctx, sentence, comma, regionStart);
  // An office opens the phrase at the clause's start, after a comma, or after a quotation's closing comma.
  const opensPhrase = (office: number) => office === Math.max(opening, regionStart) || tokens[office - 1]?.text === ',' || afterQuotationComma(ctx, office);
  // "…, Jordan's Minister of Industry, Trade and Supply, Khaled Obeidat, said": the list is the office before the name.
  const listed = list !== -1 ? officeOfListedPortfolios(ctx, list, comma, Math.max(opening, regionStart)) : -1;
  if (listed !== -1 && opensPhrase(listed)) return { first: listed, last: comma + 1 };
  for (let c = list !== -1 ? list - 1 : comma - 2; c >= Math.max(opening, regionStart, comma - 40); c--) {
    if (ctx.quoteOf[c] !== -1 && tokens[c]!.text !== ',') continue;
    if (tokens[c]!.text === ';' || tokens[c]!.text === ':') return null;
    if (tokens[c]!.text !== ',') continue;
    // "The government granted a licence to a miner, and its minister for mineral resources, X, said": an office that
    // a determiner opens after a clause's ", and" starts a clause of its own.
    if (c + 2 < comma && CLAUSE_JOINERS.has(tokens[c + 1]!.lower) && OFFICE_OPENERS.has(tokens[c + 2]!.lower) && tokens[comma - 1]!.cap && headsOffice(ctx, c + 3, nextComma(ctx, c + 2, comma))) {
      return { first: c + 2, last: comma + 1 };
    }
    const head = leftSource(ctx, sentence, c, regionStart) ?? shortPhraseBefore(ctx, sentence, c, regionStart);
    // "Two days later, Lavrov hit back, telling …": a lapse of time opening the sentence heads no apposition.
    if (head && head.last === c && head.first === Math.max(opening, regionStart) && opensTimeLapse(ctx, head.first, c + 1)) return null;
    if (!head || head.last !== c) {
      // "The U.N. secretary-general's personal envoy for Sudan, Algerian diplomat Karim Boudiaf, said": an office
      // opening the sentence, too long or too lower-case for the noun-phrase walk, before a name.
      const office = tokens[comma - 1]!.cap ? officeOpeningClause(ctx, sentence, c, regionStart) : -1;
      // "…, the United Nations’ resident coordinator in Kingston, Peruvian diplomat Inés Carranza, said": or one
      // closing the sentence after what was said.
      if (office !== -1 && opensPhrase(office)) return { first: office, last: comma + 1 };
      continue;
    }
    // "Cuba, which hosts the talks along with Norway, Venezuela and Mexico, welcomed": a list opened after a
    // preposition or verb is that word's object, inside the clause set off, not the subject.
    const before = tokens[head.first - 1];
    if (before?.word && !before.cap && !SOURCE_DETERMINERS.has(before.lower) && head.first - 1 >= Math.max(sentence.first, regionStart) && endsList(ctx, c, comma)) continue;
    // "Giulia Ferraro, head of operations at Mare Aperto, a Genoa-based charity …, called": a name after a preposition
    // is inside the apposition; the speaker stands before it.
    // "Germany's minister of state for Europe, Lena Hartwig, told": unless the clause before is an office opening
    // the sentence, and a name follows it.
    if (before?.word && APPOSITION_PREPOSITIONS.has(before.lower) && head.first - 1 > Math.max(opening, regionStart)) {
      const office = tokens[comma - 1]!.cap ? officeOpeningClause(ctx, sentence, c, regionStart) : -1;
      if (office !== -1 && opensPhrase(office)) return { first: office, last: comma + 1 };
      continue;
    }
    // "X, speaking by telephone from Dakar, where she has lived since 2023, told": a place a preposition brings in,
    // described by its own clause, is inside the apposition; the speaker stands before it.
    // "X, speaking at a news conference in Astana, Kazakhstan, said", "in Wilmington, N.C.,": so is a place whose
    // country or state follows its own comma, inside a participle's phrase (not "An engineer posted at the barrage in
    // Bhimnagar, Nepal, said", whose phrase opens the sentence).
    if (before?.word && VENUE_PREPOSITIONS.has(before.lower) && head.first - 1 > Math.max(opening, regionStart) && (PLACE_CLAUSE_OPENERS.has(tokens[c + 1]?.lower ?? '') || (isPlaceSecondPart(ctx, c, comma) && describingPhraseBefore(ctx, c, Math.max(opening, regionStart))))) continue;
    // "…, the United Nations’ resident coordinator in Kingston, Peruvian diplomat Inés Carranza, said": the place ends
    // an office that opens the phrase.
    if (before?.word && (before.lower === 'in' || before.lower === 'from') && head.first - 1 > Math.max(opening, regionStart) && tokens[comma - 1]!.cap) {
      const office = officeOpeningClause(ctx, sentence, c, regionStart);
      if (office !== -1 && office < head.first && opensPhrase(office)) return { first: office, last: comma + 1 };
    }
    // "Silverpeak Lithium, a company based in Charlotte, North Carolina, which …, said": a place's second part.
    // "NATO's Joint Force Command in Norfolk, Virginia, which …, said": so is a state after its city.
    if (before?.text === ',' && (placeBefore(ctx, head.first - 1) || (isPlaceSecondPart(ctx, head.first - 1, c) && describingPhraseBefore(ctx, comma, c - 1)))) continue;
    // "In Washington, a senior administration official, speaking ..., said": the venue opening the sentence is
    // no speaker; the phrase after its comma is.
    if (before?.word && VENUE_PREPOSITIONS.has(before.lower) && head.first - 1 === opening && speakerAfterVenue(ctx, c, comma)) return { first: c + 1, last: comma + 1 };
    // "The commander of the European Union's naval operation Aspides, Greek Rear Admiral X, said": a name closing an
    // office that opens the phrase is the office's last word, not the speaker.
    if (before?.word && !before.cap && !SOURCE_DETERMINERS.has(before.lower) && head.first - 1 > Math.max(opening, regionStart)) {
      const office = officeOpeningClause(ctx, sentence, c, regionStart);
      if (office !== -1 && office < head.first && opensPhrase(office)) return { first: office, last: comma + 1 };
    }
    // "But a Gabonese civil society network, the ROC, said": a conjunction opening the sentence leaves the phrase its opener.
    const opensAfterConjunction = head.first - 1 === opening && SENTENCE_CONJUNCTIONS.has(tokens[opening]!.lower);
    if (!tokens[head.first]!.cap && !opensAfterConjunction) {
      const office = officeOpeningClause(ctx, sentence, c, regionStart);
      if (office !== -1) return { first: office, last: comma + 1 };
      // '"…," the group's West Africa director, Moussa Ndiaye, told AFP': after the quotation, an office before the name.
      if (afterQuotationComma(ctx, head.first) && officeHeaded(ctx, head) && tokens[comma - 1]!.cap) return { first: head.first, last: comma + 1 };
      continue;
    }
    return { first: head.first, last: comma + 1 };
  }
  return null;
}

/** Whether a participle's or a relative's phrase opens after a comma between `from` and `c` ("X, speaking at …", "X, which runs …"). */
function describingPhraseBefore(ctx: FrameContext, c: number, from: number): boolean {
  for (let k = c - 1; k > from && c - k <= PARTICIPLE_PHRASE_REACH; k--) {
    if (ctx.tokens[k]!.text === ',' && ctx.quoteOf[k] === -1) return isParticipleModifier(ctx.tokens[k + 1]!) || RELATIVE_PRONOUNS_IN_COMMAS.has(ctx.tokens[k + 1]!.lower) || CONTACT_PARTICIPLES.has(ctx.tokens[k + 1]!.text);
  }
  return false;
}

// "A spokesperson for U.S. Africa Command, reached in Stuttgart, Germany, said": how the speaker was got hold of.
const CONTACT_PARTICIPLES = new Set(['reached', 'contacted', 'interviewed']);
// A state's abbreviation as US copy writes it after a city: "N.C.", "Ark.", "Fla.".
const STATE_ABBREVIATION_RE = /^(?:\p{Lu}\.){1,2}\p{Lu}?\.?$|^\p{Lu}\p{Ll}{1,3}\.$/u;

/** Whether tokens (c, comma) after a capitalised place name its country or state: "Astana, Kazakhstan,", "Wilmington, N.C.,", "Norfolk, Virginia,". */
function isPlaceSecondPart(ctx: FrameContext, c: number, comma: number): boolean {
  const { tokens } = ctx;
  if (comma <= c + 1 || !tokens[c - 1]?.cap || ctx.quoteOf[c + 1] !== -1) return false;
  const part = ctx.text.slice(tokens[c + 1]!.start, tokens[comma - 1]!.end);
  if (STATE_ABBREVIATION_RE.test(part)) return true;
  const nation = nationsIn(part)[0];
  if (nation !== undefined && nation.kind === 'country' && nation.start === 0 && nation.end === part.length) return true;
  // "Norfolk, Virginia": a state or province the gazetteer knows.
  return placeCountry(part) !== null;
}

const CLAUSE_JOINERS = new Set(['and', 'but']);
const SENTENCE_CONJUNCTIONS = new Set(['but', 'and', 'yet']);
const OFFICE_OPENERS = new Set(['the', 'its', 'his', 'her', 'their']);

/** Whether words [from, end) are a short office phrase: an office's head word among its first few. */
function headsOffice(ctx: FrameContext, from: number, end: number): boolean {
  if (end - from > OFFICE_PHRASE_REACH) return false;
  for (let k = from; k < end && k < from + 3; k++) if (APPOSED_OFFICE_HEADS.has(ctx.tokens[k]!.lower)) return true;
  return false;
}

const OFFICE_PHRASE_REACH = 8;

/** The first comma outside quotations from token `from` on, or `end`. */
function nextComma(ctx: FrameContext, from: number, end: number): number {
  for (let k = from; k < end; k++) if (ctx.tokens[k]!.text === ',' && ctx.quoteOf[k] === -1) return k;
  return end;
}

/** Whether token `i` is the apostrophe closing a plural's possessive ("boats’"), no quotation mark. */
function isPluralPossessive(ctx: FrameContext, i: number): boolean {
  const { tokens } = ctx;
  const mark = tokens[i]!;
  const noun = tokens[i - 1];
  return (mark.text === '’' || mark.text === "'") && ctx.quoteOf[i] === -1 && noun !== undefined && noun.word && !noun.cap && noun.end === mark.start && noun.lower.endsWith('s');
}

/** Whether token `first` follows a quotation's closing comma ('"…," the director'). */
function afterQuotationComma(ctx: FrameContext, first: number): boolean {
  const { tokens } = ctx;
  let k = first - 1;
  while (k >= 0 && !tokens[k]!.word && tokens[k]!.text !== ',' && ctx.quoteOf[k] !== -1) k--;
  return k >= 0 && tokens[k]!.text === ',' && ctx.quoteOf[k] !== -1;
}

const VENUE_PREPOSITIONS = new Set(['in', 'at', 'from']);
const REMIT_PREPOSITIONS = new Set(['for', 'on', 'to']);
// Participles that tell how a document came about: "a communique adopted at the meeting".
const DOCUMENT_PARTICIPLES = new Set(['adopted', 'issued', 'released', 'signed', 'published', 'approved']);
// In a source, also the offices whose "for" may name a person as well as a remit ("a spokesman for Prime Minister X").
const REMIT_HOLDERS = new Set([...REMIT_OFFICES, 'envoys', 'mediator', 'negotiator', 'negotiators', 'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor']);
const PLACE_CLAUSE_OPENERS = new Set(['where', 'which']);
// How many tokens the speaker's phrase after a venue may take ("a spokesman for the Ministry of Energy and Water").
const VENUE_SPEAKER_REACH = 10;

/**
 * Whether the comma at `comma` follows where a body is seated ("based in Charlotte"), so that capitals after
 * it finish the place. Not any place after "in" or "at": "his best friend at Lehigh, Bruce Turry" names him.
 */
function placeBefore(ctx: FrameContext, comma: number): boolean {
  const { tokens } = ctx;
  let k = comma - 1;
  while (k >= 0 && tokens[k]!.word && tokens[k]!.cap) k--;
  return k < comma - 1 && k >= 1 && tokens[k]!.lower === 'in' && SEATED.has(tokens[k - 1]!.lower);
}

// Words that say where a body sits ("based in", "headquartered in").
export const SEATED: ReadonlySet<string> = new Set(['based', 'headquartered', 'located']);
const APPOSITION_PREPOSITIONS = new Set(['at', 'of', 'for', 'with']);

/**
 * Whether tokens (c, comma) are a short speaker's phrase ("a senior administration official"), maybe with a
 * describing clause after its own comma (", speaking on condition of anonymity,"), not a place's second part
 * ("Ark.") or a clause ("the plant is hanging on").
 */
function speakerAfterVenue(ctx: FrameContext, c: number, comma: number): boolean {
  const { tokens } = ctx;
  const first = tokens[c + 1];
  if (!first?.word || !(first.cap || SOURCE_DETERMINERS.has(first.lower))) return false;
  let d = c + 1;
  while (d < comma && tokens[d]!.text !== ',' && ctx.quoteOf[d] === -1) d++;
  if (d - (c + 1) > VENUE_SPEAKER_REACH || ctx.quoteOf[d] !== -1) return false;
  const describing = tokens[d + 1];
  return d === comma || (describing !== undefined && (describing.lower === 'who' || (describing.lower.endsWith('ing') && describing.lower.length > 5))) || namesUpTo(ctx, d + 1, comma);
}

/** Whether tokens [from, comma) are one capitalised name ("Mawlawi Abdul Basir Haqmal"), the apposition of an office. */
function namesUpTo(ctx: FrameContext, from: number, comma: number): boolean {
  if (comma - from < 2 || comma - from > 5) return false;
  for (let k = from; k < comma; k++) if (!ctx.tokens[k]!.word || !ctx.tokens[k]!.cap || ctx.quoteOf[k] !== -1) return false;
  return true;
}

/** Whether tokens (c, comma) close a list of names: ", Venezuela and Mexico,", ", the US and the EU,". */
function endsList(ctx: FrameContext, c: number, comma: number): boolean {
  const { tokens } = ctx;
  let joined = false;
  const capAfter = (k: number) => tokens[k]?.cap || (tokens[k]?.lower === 'the' && tokens[k + 1]?.cap);
  for (let k = c + 1; k < comma; k++) {
    const t = tokens[k]!;
    if (t.lower === 'and' && tokens[k - 1]?.cap && capAfter(k + 1)) joined = true;
    else if (t.lower === 'the' && tokens[k + 1]?.cap) continue;
    else if (!t.word || !t.cap) return false;
  }
  return joined;
}

/**
 * "The Philippine coast guard said", "Japan's embassy in Manila said": a common noun right
 * after a capitalised modifier or possessive is part of the speaker's phrase.
 */
function isNounAfterModifier(ctx: FrameContext, i: number, first: number): boolean {
  const t = ctx.tokens[i]!;
  const before = ctx.tokens[i - 1];
  if (!t.word || t.cap || i - 1 < first || !before || !before.word || !before.cap) return false;
  if (ctx.quoteOf[i - 1] !== -1 || BETWEEN_SUBJECT_AND_CUE.has(t.lower) || NP_CONNECTORS.has(t.lower)) return false;
  return !/(?:ed|ing|ly|s)$/.test(t.lower) || /(?:ss|us|news)$/.test(t.lower);
}

// The head nouns of a state office, which lower-case office words may precede ("the interior ministry").
// Words that qualify a title without being an office of their own ("prime minister", "deputy minister").
const TITLE_PREMODIFIERS = new Set(['prime', 'deputy', 'vice', 'acting', 'interim', 'senior']);
// Offices a state sends to a body or another state ("the U.S. mission to the IAEA", "Japan's envoy to the talks").
const SENT_TO_HEADS = new Set(['mission', 'missions', 'delegation', 'delegations', 'ambassador', 'envoy', 'envoys', 'representative', 'representatives']);
// An opposition party's member who shadows a portfolio, as Canadian copy names them ("Conservative public safety critic X").
const SHADOW_OFFICE_HEADS = new Set(['critic']);
const OFFICE_HEADS = new Set([...SHADOW_OFFICE_HEADS, 'ministry', 'ministries', 'minister', 'ministers', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'delegate', 'delegates', 'secretary', 'adviser', 'advisor', 'envoy', 'ambassador', 'diplomat', 'diplomats', 'office', 'department', 'agency', 'chief', 'commander', 'authorities', 'embassy', 'embassies', 'consulate', 'consulates', 'government', 'presidency', 'commission', 'consul', 'delegation', 'negotiator', 'negotiators', 'mediator', 'representative', 'coordinator', 'commissioner', 'officer', "d'affaires", 'd’affaires', 'watchdog', 'regulator', 'board', 'authority', 'service', 'team', 'guard']);
// The heads of international bodies, written hyphenated and so rarer as one word in the lexicon's corpus.
const BODY_HEAD_TITLES = new Set(['secretary-general', 'secretaries-general', 'director-general', 'directors-general']);
// Offices a person's apposition may name in lower case ("the company's chief technology officer").
const APPOSED_OFFICE_HEADS = new Set([...OFFICE_HEADS, ...BODY_HEAD_TITLES, 'nuncio', 'director', 'president', 'chancellor', 'premier', 'king', 'queen', 'emir', 'sultan', 'lehendakari', 'chairman', 'chairwoman', 'head', 'founder', 'leader', 'executive', 'manager', 'analyst', 'economist', 'researcher', 'professor', 'expert', 'governor', 'mayor', 'facilitator', 'rapporteur', 'operator', 'owner', 'developer', 'company', 'lender', 'contractor', 'judge', 'magistrate', 'prosecutor']);

/** "the group's West Africa director", "the mayor of Khiam", "the governor of the central bank of Kenya": an office, or one of a place or body. */
function officeHeaded(ctx: FrameContext, phrase: Range): boolean {
  const { tokens } = ctx;
  if (!SOURCE_DETERMINERS.has(tokens[phrase.first]!.lower)) return false;
  if (APPOSED_OFFICE_HEADS.has(tokens[phrase.last - 1]!.lower)) return true;
  if (!tokens[phrase.last - 1]!.cap) return false;
  for (let h = phrase.first + 1; h < phrase.last - 2; h++) if (APPOSED_OFFICE_HEADS.has(tokens[h]!.lower) && OFFICE_OF.has(tokens[h + 1]!.lower)) return true;
  return false;
}

const OFFICE_OF = new Set(['of', 'in', 'for']);

/** An office head among tokens k..j whose words after it are all capitalised (a name); the last one of "ministry spokesman X". */
function officeBeforeName(tokens: Token[], k: number, j: number): boolean {
  for (let h = j - 1; h >= k; h--) {
    if (!OFFICE_HEADS.has(tokens[h]!.lower)) continue;
    for (let n = h + 1; n <= j; n++) if (!tokens[n]!.cap) return false;
    return true;
  }
  return false;
}

// Offices that speak for a state abroad, rarer in the training texts than in wire copy ("The U.S. embassy in Cairo said").
const DIPLOMATIC_HEADS = new Set(['diplomacy', 'embassy', 'consulate', 'ministry', 'minister', 'envoy', 'ambassador', 'diplomat', 'diplomats', 'delegate', 'delegates', 'spokesman', 'spokeswoman', 'spokesperson', 'negotiator', 'negotiators', 'mediator', 'mediators']);
// State bodies that speak in wire copy of wars and coups ("Ukraine's navy said", "the committee's press service said"),
// unseen as speakers in the lexicon's corpus.
const STATE_BODY_HEADS = new Set('navy military force forces militia rebels coastguard guard junta presidency parliament cabinet regulator command service committee'.split(' '));
// How many words a relative clause between a speaker and the cue may take ("who attended the ceremony").
const RELATIVE_CLAUSE_REACH = 8;
// How many words a clause's opening noun phrase before a participle's comma may hold.
const SUBJECT_BEFORE_COMMA_REACH = 8;
// Lower-case words that make such an opening a clause rather than a noun phrase (with any word ending in "-ed").
const FINITE_VERB_WORDS = new Set('is are was were be been has have had will would can could may might must shall should do does did said says told'.split(' '));
// How many tokens an aside set off by dashes may hold ("Graham—who had previously endorsed Jeb Bush—said").
const DASH_ASIDE_REACH = 24;
// What "according to" may measure by rather than cite.
const MEASURES = new Set('needs need plan plans schedule rules rule terms law laws procedure procedures tradition custom capacity wishes requirements standards principles'.split(' '));
// Ranks that head an unnamed officer's phrase ("a police colonel said"), seldom lower-case in the lexicon's corpus.
const RANK_HEADS = new Set('colonel colonels lieutenant captain admiral sergeant commodore brigadier commander commanders'.split(' '));
// Local and elected offices wire copy writes in lower case before a name ("In Basra, provincial governor X"), which the
// lexicon's corpus capitalises ("Gov. X").
const LOCAL_OFFICE_HEADS = new Set('governor governors mayor mayors premier prefect prefects prosecutor prosecutors'.split(' '));
// What kind of mission, force or network speaks ("a spokesperson for the U.N. peacekeeping force in Cyprus said", "the air
// force said", "a civil society network said"), and words that say when or how an office is held ("the presiding judge").
const BODY_QUALIFIERS = new Set(['peacekeeping', 'peace-keeping', 'observer', 'monitoring', 'stabilisation', 'stabilization', 'air', 'task', 'civil', 'society', 'domestic', 'regional', 'provincial', 'municipal', 'presiding', 'outgoing', 'incoming', 'interim']);
// Groups wire copy quotes as one voice ("French farmers ..., saying"), rare in the corpus the lexicon is learned from.
const GROUP_HEADS = new Set('network networks monitors observers farmers fishermen growers exporters importers producers traders workers unions residents villagers protesters activists doctors nurses teachers students investors refugees migrants organisers organizers demonstrators campaigners witnesses'.split(' '));

/** A word that can stand in a speaker's phrase: a capital, a number, or a noun that often names a speaker. */
// Words copy writes between "the" and a name to describe it: where a party stands, or who runs a body.
const NAME_DESCRIBERS = new Set([
  ...'centre-left center-left centre-right center-right left-wing right-wing far-left far-right ruling governing opposition'.split(' '),
  ...'conservative liberal leftist nationalist populist socialist binational bilateral intergovernmental'.split(' '),
  // "Harriet Okonkwo of the charity Floodline International said": what kind of body the name is.
  ...'charity nonprofit non-profit watchdog'.split(' '),
]);

export function isSourceToken(t: Token): boolean {
  if (!t.word) return false;
  if (t.cap) return true;
  // "the Quai d'Orsay", "Côte d'Ivoire": an elided particle before a capital is part of a name.
  if (ELIDED_NAME_RE.test(t.text)) return true;
  // "Nazar al-Saadi", "Abdel Fattah el-Sisi": a particle joined by a hyphen to a capital is part of a name.
  if (HYPHENED_PARTICLE_NAME_RE.test(t.text)) return true;
  if (/^\d/.test(t.text)) return true;
  return sourceWordShareOf(t) >= 0.08 || DIPLOMATIC_HEADS.has(t.lower) || STATE_BODY_HEADS.has(t.lower) || GROUP_HEADS.has(t.lower) || BODY_HEAD_TITLES.has(t.lower) || RANK_HEADS.has(t.lower) || LOCAL_OFFICE_HEADS.has(t.lower) || SHADOW_OFFICE_HEADS.has(t.lower) || SENT_TO_HEADS.has(t.lower) || REMIT_OFFICES.has(t.lower) || BODY_QUALIFIERS.has(t.lower);
}

const ELIDED_NAME_RE = /^[dl][’']\p{Lu}/u;
// "vice-president", "deputy-governor", "co-chair": an office's second or shared holder, in one word.
const SECOND_OFFICE_RE = /^(?:vice|deputy|co|acting)-(?:president|chair|chairman|chairwoman|chairperson|minister|director|governor|secretary|premier|chancellor|commander|chief|head|speaker)$/;
const HYPHENED_PARTICLE_NAME_RE = /^(?:al|el|ad|ar|as|ash|at|az|an|ul|wal|bin|ibn|abu|ben|ould)-\p{Lu}/u;


// How many tokens a speaker's phrase after the cue or a participial clause may take ("lawmaker Dewi Anggraini of the
// House of Representatives' Commission XII").
const RIGHT_SOURCE_REACH = 12;

/** The noun phrase starting at token `i` ("said Smith", "according to the official"). */
export function rightSource(ctx: FrameContext, sentence: Sentence, i: number): Range | null {
  const { tokens } = ctx;
  const t = tokens[i];
  if (!t || i >= sentence.last || ctx.quoteOf[i] !== -1) return null;
  if (SUBJECT_PRONOUNS.has(t.lower) && t.lower !== 'it' && t.lower !== 'who') return { first: i, last: i + 1 };
  let k = i;
  let content = 0;
  // Tokens in a bracketed portfolio, which do not count against the reach.
  let bracketed = 0;
  while (k < sentence.last && k - i - bracketed < RIGHT_SOURCE_REACH) {
    const cur = tokens[k]!;
    if (ctx.quoteOf[k] !== -1) break;
    const bracket = cur.text === '(' && content > 0 ? bracketedPortfolioEnd(ctx, k) : -1;
    if (cur.word && isSourceToken(cur)) {
      content++;
      k++;
    } else if (cur.word && (NP_CONNECTORS.has(cur.lower) || (k === i && POSSESSIVE_DETERMINERS.has(cur.lower)))) k++;
    // "said Brazil's foreign minister": an office's lower-case words before its head.
    else if (cur.word && OFFICE_PREMODIFIERS.has(cur.lower) && k + 1 < sentence.last && isSourceToken(tokens[k + 1]!)) k++;
    else if (cur.text === '.' && tokens[k - 1]?.end === cur.start && tokens[k - 1]?.cap && tokens[k + 1]?.cap && tokens[k + 1]!.start > cur.end) k++;
    else if ((cur.text === '’' || cur.text === "'") && tokens[k + 1]?.lower === 's') k += 2;
    // "the House of Representatives' Commission XII": a plural name's possessive apostrophe.
    else if ((cur.text === '’' || cur.text === "'") && tokens[k - 1]?.cap && tokens[k - 1]!.end === cur.start && tokens[k - 1]!.text.endsWith('s') && tokens[k + 1]?.cap) k++;
    // "said Minister in the Prime Minister's Department (Religious Affairs) Datuk Seri X": a portfolio in brackets inside
    // the title, before more of the name.
    else if (bracket !== -1) {
      bracketed += bracket - k;
      k = bracket;
    }
    // "The host of the summit, Nigerian President X,": a common noun closing the phrase before the name's apposition.
    else if (cur.word && content > 0 && NP_CONNECTORS.has(tokens[k - 1]!.lower) && appositiveNameEnd(ctx, sentence, k + 1) > k + 1) {
      k++;
      break;
    } else break;
  }
  while (k > i && (TRAILING_NON_SOURCE.has(tokens[k - 1]!.lower) || !tokens[k - 1]!.word)) k--;
  if (content === 0 || k === i) return null;
  // "…,” the nominee tweeted Sunday.": a day is when, not who.
  if (tokens.slice(i, k).every((w) => !w.word || TIME_WORDS.has(w.lower))) return null;
  return { first: i, last: appositiveNameEnd(ctx, sentence, k) };
}

/** Past "(Religious Affairs)" at `open`: capitalised words in brackets with a capitalised word after them; else -1. */
function bracketedPortfolioEnd(ctx: FrameContext, open: number): number {
  const { tokens } = ctx;
  let k = open + 1;
  while (k < open + 5 && tokens[k]?.word && (tokens[k]!.cap || NP_CONNECTORS.has(tokens[k]!.lower))) k++;
  return k > open + 1 && tokens[k]?.text === ')' && tokens[k + 1]?.cap && ctx.quoteOf[k + 1] === -1 ? k + 1 : -1;
}

/**
 * "said Brazil's foreign minister, Mauro Vieira.": a name set off by a comma after the phrase ends the
 * sentence or clause; it names the speaker the phrase describes. Returns where the source ends.
 */
function appositiveNameEnd(ctx: FrameContext, sentence: Sentence, k: number): number {
  const { tokens } = ctx;
  if (tokens[k]?.text !== ',' || ctx.quoteOf[k] !== -1) return k;
  let j = k + 1;
  // "John E. Herbst": an initial's period stays inside the name.
  const initial = (n: number) => tokens[n]!.text === '.' && tokens[n - 1]!.text.length === 1 && tokens[n - 1]!.end === tokens[n]!.start && tokens[n + 1]?.cap;
  while (j < sentence.last && j - k <= 5 && ((tokens[j]!.word && tokens[j]!.cap) || initial(j)) && ctx.quoteOf[j] === -1) j++;
  if (j - (k + 1) < 2) return k;
  const next = tokens[j];
  return j >= sentence.last || !next || next.text === '.' || next.text === ',' ? j : k;
}

/** "according to diplomats familiar with the plans": everything up to the next comma. */
export function accordingToSource(ctx: FrameContext, sentence: Sentence, i: number): Range | null {
  const { tokens } = ctx;
  // "according to the needs of the Vanuatu side", "according to plan": a measure, not a source.
  const head = SOURCE_DETERMINERS.has(tokens[i]?.lower ?? '') ? i + 1 : i;
  const after = tokens[head + 1];
  if (MEASURES.has(tokens[head]?.lower ?? '') && (!after || after.lower === 'of' || !after.word)) return null;
  let k = i;
  while (k < sentence.last && k - i < 15 && ctx.quoteOf[k] === -1 && (!/^[,;:.!?()—–]$/.test(tokens[k]!.text) || isAbbreviationPeriod(ctx, sentence, k))) k++;
  if (k === i || k - i >= 15) return rightSource(ctx, sentence, i);
  return { first: i, last: k };
}

/** "the U.S. Department of Justice", "the U.N. refugee agency": a period glued to a word inside the sentence ends an abbreviation, not the phrase. */
function isAbbreviationPeriod(ctx: FrameContext, sentence: Sentence, k: number): boolean {
  const { tokens } = ctx;
  const t = tokens[k]!;
  const word = tokens[k - 1];
  return t.text === '.' && word !== undefined && k + 1 < sentence.last && word.end === t.start && (tokens[k + 1]!.cap || word.text.includes('.'));
}

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
// How many words a place after the speaker may take ("at Abha airport", "in the border town", "from one of the member states").
const PLACE_PHRASE_REACH = 7;

/**
 * "A Saudi official at Abha airport, who was not authorised to speak to the media, said": a speaker placed by
 * "at", "in" or "from" before the clause that says how to cite them. The phrase up to `end`, or null.
 */
function placedSource(ctx: FrameContext, sentence: Sentence, end: number, regionStart: number): Range | null {
  const { tokens } = ctx;
  let k = end - 1;
  if (tokens[k]?.text === ',') k--;
  for (let p = k; p > Math.max(sentence.first, regionStart, k - PLACE_PHRASE_REACH); p--) {
    const t = tokens[p]!;
    if (!t.word || ctx.quoteOf[p] !== -1) return null;
    if (!VENUE_PREPOSITIONS.has(t.lower)) continue;
    // "A police colonel involved in the search, who spoke on condition of anonymity,": a participle's phrase is left out.
    const participle = tokens[p - 1]?.word && !tokens[p - 1]!.cap && /ed$/.test(tokens[p - 1]!.lower) ? leftSource(ctx, sentence, p - 1, regionStart) : null;
    // Not a relative pronoun's verb ("Another Muslim who worshiped at the Islamic Center here and who …").
    if (participle && participle.last === p - 1 && !RELATIVE_PRONOUNS.has(tokens[participle.first]!.lower)) return participle;
    const speaker = leftSource(ctx, sentence, p, regionStart);
    return speaker && speaker.last === p ? { first: speaker.first, last: k + 1 } : null;
  }
  return null;
}

/** The first noun phrase of the sentence, taken as the speaker of its trailing participles. */
export function sentenceSubject(ctx: FrameContext, sentence: Sentence): Range | null {
  const i = pastClauseOpeners(ctx, sentence, firstWordPastDateline(ctx, sentence), sentence.last);
  return i === -1 ? null : (rightSource(ctx, sentence, i) ?? commonNounSubject(ctx, sentence, i));
}

/**
 * "The delegates walked out on Saturday, saying ...": a determiner and one to three lower-case words
 * before a past-tense verb are the subject the trailing participle speaks for.
 */
function commonNounSubject(ctx: FrameContext, sentence: Sentence, i: number): Range | null {
  const { tokens } = ctx;
  if (!SOURCE_DETERMINERS.has(tokens[i]!.lower) || ctx.quoteOf[i] !== -1) return null;
  let k = i + 1;
  while (k < sentence.last && k - i <= 3 && tokens[k]!.word && !tokens[k]!.cap && ctx.quoteOf[k] === -1 && !isPastVerb(tokens[k]!)) k++;
  return k > i + 1 && k < sentence.last && isPastVerb(tokens[k]!) ? { first: i, last: k } : null;
}

function isPastVerb(t: Token): boolean {
  return t.word && !t.cap && isPastTenseWord(t.lower);
}

const COORDINATORS = new Set(['but', 'and', 'so', 'yet', 'still', 'meanwhile', 'however', 'now', 'then', 'also', 'instead', 'indeed', 'rather']);
const INTRODUCERS = new Set(
  'after despite by in when while although if as since because before during on at with for though unlike like following amid once until without under over from through throughout upon given earlier later last this'.split(' '),
);

/**
 * "But Trump said", "After the debate, Trump said": the first word where the clause's subject
 * may start, past conjunctions and an introductory phrase closed by a comma; -1 when an
 * introductory phrase runs on to `limit` without one.
 */
export function pastClauseOpeners(ctx: FrameContext, sentence: Sentence, i: number, limit: number): number {
  const { tokens } = ctx;
  for (;;) {
    while (i < limit && ctx.quoteOf[i] === -1 && (!tokens[i]!.word || COORDINATORS.has(tokens[i]!.lower))) i++;
    if (i >= limit || !(INTRODUCERS.has(tokens[i]!.lower) || opensTimeLapse(ctx, i, limit))) return i;
    let k = i + 1;
    while (k < limit && !(tokens[k]!.text === ',' && ctx.quoteOf[k] === -1)) k++;
    if (k >= limit) return -1;
    i = k + 1;
  }
}

const DURATION_UNITS = new Set(['minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'moments']);
const LAPSE_WORDS = new Set(['later', 'earlier', 'ago', 'afterwards', 'after', 'before']);
const TIME_LAPSE_REACH = 5;

/** "Hours later,", "Two days earlier,", "A week after the vote,": a lapse of time opening the clause, closed by a comma. */
function opensTimeLapse(ctx: FrameContext, i: number, limit: number): boolean {
  const { tokens } = ctx;
  let unit = false;
  for (let k = i; k < limit && k - i < TIME_LAPSE_REACH; k++) {
    const t = tokens[k]!;
    if (ctx.quoteOf[k] !== -1) return false;
    if (DURATION_UNITS.has(t.lower)) unit = true;
    else if (unit && LAPSE_WORDS.has(t.lower)) return true;
    else if (!t.word) return false;
  }
  return false;
}

/** A short phrase opening the sentence before a comma ("One attendee, who ..., said"). */
function shortPhraseBefore(ctx: FrameContext, sentence: Sentence, comma: number, regionStart: number): Range | null {
  const first = Math.max(sentence.first, regionStart);
  if (comma - first < 1 || comma - first > 4) return null;
  for (let k = first; k < comma; k++) if (!ctx.tokens[k]!.word || ctx.quoteOf[k] !== -1) return null;
  return { first, last: comma };
}

// Words in -ly that name things rather than qualify a verb ("the family said").
const NOT_ADVERBS = new Set(['family', 'assembly', 'rally', 'ally', 'supply', 'reply', 'july', 'italy', 'daily', 'weekly', 'monthly', 'quarterly', 'anomaly', 'monopoly', 'homily', 'folly']);

/** "Trump angrily denied": an adverb in -ly between the subject and its verb. */
function isAdverb(t: Token): boolean {
  return (t.lower.length > 4 && t.lower.endsWith('ly') && !NOT_ADVERBS.has(t.lower)) || SENTENCE_ADVERBS.has(t.lower);
}

// "Kigali nonetheless urged …": adverbs without "-ly" that stand between a speaker and the cue.
const SENTENCE_ADVERBS = new Set(['nonetheless', 'nevertheless', 'likewise', 'meanwhile', 'however', 'instead', 'too', 'similarly', 'subsequently', 'separately']);

const LONE_DETERMINERS = new Set(['the', 'a', 'an', 'one']);
// Words that may close a subject noun phrase: a relative, an auxiliary, a coordinator.
const PHRASE_CLOSERS = new Set(['who', 'whom', 'which', 'that', 'whose', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'does', 'did', 'do', 'and', 'but', 'or']);
const PHRASE_PREPOSITIONS = new Set(['to', 'for', 'from', 'in', 'on', 'at', 'with', 'by', 'about', 'into', 'over', 'after', 'before', 'against']);
const DETERMINER_PHRASE_REACH = 4;

/**
 * A frame's source as the statement names it. The words a lone determiner only began are added ("said one party
 * activist", "the candidate had never so plainly articulated"): lower-case words closed by punctuation, a relative, an
 * auxiliary, an adverb or a past-tense verb, never reaching into the cue or the content; anything else after them (a
 * capital, a preposition, a present verb) leaves the determiner alone. A word or two of time and a subordinator
 * opening the source are left out ("Even after the campaign", "in June when Mr. Trump"), and a participle opening the
 * sentence gives way to the subject after its phrase ("Walking to the next address, Ebeling reminisced").
 */
export function completedSource(ctx: FrameContext, source: Range, cue: Range, contentStart: number, contentEnd: number): Range {
  const { tokens } = ctx;
  const afterTime = phraseAfterTimeOpener(ctx, source) ?? subjectAfterOpeningParticiple(ctx, source);
  if (afterTime) return afterTime;
  if (source.last - source.first !== 1 || !LONE_DETERMINERS.has(tokens[source.first]!.lower) || ctx.quoteOf[source.first] !== -1) return source;
  const sentence = ctx.sentences[ctx.analysis.sentenceOf[source.first]!]!;
  let k = source.last;
  for (; k < sentence.last && k - source.first <= DETERMINER_PHRASE_REACH; k++) {
    const w = tokens[k]!;
    if (!w.word || k === cue.first || ctx.quoteOf[k] !== -1 || (w.end > contentStart && w.start < contentEnd)) break;
    if (PHRASE_CLOSERS.has(w.lower) || /n[’']t$|ly$/.test(w.lower) || isPastTenseWord(w.lower)) break;
    if (w.cap || PHRASE_PREPOSITIONS.has(w.lower)) return source;
  }
  const closed = k === sentence.last || k - source.first <= DETERMINER_PHRASE_REACH;
  return closed && k > source.last && tokens[k - 1]!.lower !== 'of' ? { first: source.first, last: k } : source;
}

// Subordinators after which a clause's subject begins: "Even after the campaign", "June when Mr. Trump".
const SUBORDINATORS_BEFORE_SUBJECT = new Set(['after', 'before', 'when', 'while', 'as', 'since', 'that', 'until', 'once', 'because', 'although', 'though']);

/** The noun phrase after a subordinator one or two words into the source ("June when Mr. Trump"), ending it; or null. */
function phraseAfterTimeOpener(ctx: FrameContext, source: Range): Range | null {
  const { tokens } = ctx;
  for (let at = source.first + 1; at <= source.first + 2 && at < source.last - 1; at++) {
    if (!SUBORDINATORS_BEFORE_SUBJECT.has(tokens[at]!.lower)) continue;
    const sentence = ctx.sentences[ctx.analysis.sentenceOf[source.first]!]!;
    const phrase = leftSource(ctx, sentence, source.last, at + 1);
    const opener = tokens[at + 1]!;
    if (phrase && phrase.first === at + 1 && phrase.last === source.last && (opener.cap || SOURCE_DETERMINERS.has(opener.lower))) return phrase;
  }
  return null;
}

const OPENING_PARTICIPLE_REACH = 16;

/** "Walking to the next address, Ebeling reminisced": the subject after the comma closing a participle that opens the sentence. */
function subjectAfterOpeningParticiple(ctx: FrameContext, source: Range): Range | null {
  const { tokens } = ctx;
  const t = tokens[source.first]!;
  if (source.last - source.first !== 1 || !t.cap || !t.lower.endsWith('ing') || t.lower.length <= 5 || NOT_PARTICIPLES.has(t.lower)) return null;
  // Asked of every frame's source: the sentence only once the word could open a participle's phrase.
  const sentence = ctx.sentences[ctx.analysis.sentenceOf[source.first]!]!;
  if (source.first !== firstWordPastDateline(ctx, sentence)) return null;
  for (let k = source.last; k < sentence.last && k - source.first <= OPENING_PARTICIPLE_REACH; k++) {
    if (ctx.quoteOf[k] !== -1) return null;
    if (tokens[k]!.text !== ',') continue;
    const subject = rightSource(ctx, sentence, k + 1);
    const opener = subject && tokens[subject.first]!;
    return opener && (opener.cap || SOURCE_DETERMINERS.has(opener.lower) || SUBJECT_PRONOUNS.has(opener.lower)) ? subject : null;
  }
  return null;
}
