/** Small token-walking helpers shared by the frame finders. */
import { afterDateline } from './dateline';
import { withContent, type Frame, type FrameContext } from './frame-types';
import type { Sentence } from './sentences';
import { tokenIndexAt, type Token } from './tokens';

// Words allowed between a subject and its reporting verb ("Smith has also said").
export const BETWEEN_SUBJECT_AND_CUE = new Set(
  'has have had also is was were are be been being would will could can may might must should did does do not n’t n\'t never later then again first previously repeatedly recently publicly privately reportedly once even still further just only already often always long initially since herself himself themselves itself both all'.split(' '),
);

const ADVERBIALS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday yesterday today tonight recently also repeatedly publicly privately earlier later again last week month year night morning afternoon evening flatly bluntly simply frankly early late this here'.split(' '),
);

const ADVERBIAL_PHRASES: string[][] = [
  ['in', 'a', 'statement'], ['in', 'an', 'interview'], ['in', 'a', 'speech'], ['in', 'an', 'email'], ['in', 'a', 'tweet'],
  ['on', 'twitter'], ['on', 'facebook'], ['in', 'a', 'press', 'release'], ['at', 'a', 'press', 'conference'],
  ['in', 'a', 'phone', 'interview'], ['on', 'monday'], ['on', 'tuesday'], ['on', 'wednesday'], ['on', 'thursday'],
  ['on', 'friday'], ['on', 'saturday'], ['on', 'sunday'], ['this', 'week'], ['last', 'week'], ['in', 'a', 'radio', 'interview'],
  ['in', 'a', 'television', 'interview'], ['in', 'a', 'written', 'statement'], ['in', 'remarks'],
  ['on', 'condition', 'of', 'anonymity'],
];

export const isQuoteMark = (t: Token) => /^[“”"‘’«»„']$/.test(t.text);

export function firstWordOf(ctx: FrameContext, sentence: Sentence): number {
  let i = sentence.first;
  while (i < sentence.last && !ctx.tokens[i]!.word) i++;
  return i;
}

/** The sentence's first word, past a dateline opening its paragraph ("BAKU, Azerbaijan (Horizon Presse) - Delegates"). */
export function firstWordPastDateline(ctx: FrameContext, sentence: Sentence): number {
  const first = firstWordOf(ctx, sentence);
  // A dateline opens with a run of capitals; most sentences do not, and need no pattern run.
  if (first >= sentence.last || !ctx.tokens[first]!.cap) return first;
  const start = ctx.tokens[first]!.start;
  const past = afterDateline(ctx.text, start, ctx.tokens[sentence.last - 1]!.end);
  if (past === start) return first;
  let i = first;
  while (i < sentence.last && ctx.tokens[i]!.start < past) i++;
  return i < sentence.last ? i : first;
}

const CONCESSION_OPENERS = new Set(['but', 'and', 'still', 'yet', 'so']);

/** "That said, the plan may work": a concession that opens the sentence, not a report. */
export function isThatSaid(ctx: FrameContext, sentence: Sentence, i: number): boolean {
  const { tokens } = ctx;
  if (tokens[i]!.lower !== 'said' || tokens[i + 1]?.text !== ',' || tokens[i - 1]?.lower !== 'that') return false;
  let first = firstWordOf(ctx, sentence);
  while (first < i - 1 && CONCESSION_OPENERS.has(tokens[first]!.lower)) first++;
  return first === i - 1;
}

export function skipToWord(ctx: FrameContext, sentence: Sentence, i: number, skippable: string[]): number {
  while (i < sentence.last && skippable.includes(ctx.tokens[i]!.text)) i++;
  return i;
}

export function skipAdverbials(ctx: FrameContext, sentence: Sentence, i: number): number {
  const { tokens } = ctx;
  let afterOccasion = false;
  for (;;) {
    const t = tokens[i];
    if (!t || i >= sentence.last) return i;
    if (ADVERBIALS.has(t.lower) || t.text === ',') {
      i++;
      continue;
    }
    const phrase = adverbialPhraseAt(tokens, i);
    if (phrase) {
      i += phrase.length;
      afterOccasion = OCCASION_NOUNS.has(phrase[phrase.length - 1]!);
      continue;
    }
    const occasion = occasionPhraseEnd(tokens, i, sentence.last);
    if (occasion > i) {
      i = occasion;
      afterOccasion = true;
      continue;
    }
    const cited = citedSourceEnd(ctx, i, sentence.last);
    if (cited > i) return cited;
    const carried = afterOccasion ? Math.max(carrierEnd(tokens, i, sentence.last), recipientEnd(tokens, i, sentence.last)) : i;
    if (carried > i) {
      i = carried;
      afterOccasion = false;
      continue;
    }
    return i;
  }
}

// "in a statement carried by KCNA that ...", "in a letter sent to the council that ...": how the words went out.
const CARRIER_PARTICIPLES = new Set('carried released issued posted published sent read distributed broadcast aired circulated delivered shared relayed reported'.split(' '));
const CARRIER_PREPOSITIONS = new Set(['by', 'on', 'to', 'through', 'via', 'in', 'from']);

/** The "that" after a participle naming how the occasion's words went out, or `i` when there is none. */
function carrierEnd(tokens: Token[], i: number, limit: number): number {
  if (!CARRIER_PARTICIPLES.has(tokens[i]?.lower ?? '') || !CARRIER_PREPOSITIONS.has(tokens[i + 1]?.lower ?? '')) return i;
  let k = i + 2;
  for (; k < limit && k < i + 10; k++) {
    const t = tokens[k]!;
    if (t.lower === 'that') return k;
    if (!t.word && t.text !== '’s' && t.text !== "'s" && t.text !== '.') return i;
  }
  // "…, the council said in a statement carried by the official news agency.": the carrier closes the sentence, and
  // what was said stands before the cue.
  return k >= limit ? limit : i;
}

// "reported, citing an unnamed government official, that ...": the relay's own source stands between the cue and its "that".
const CITED_SOURCE_REACH = 14;

/** The "that" after ", citing X,", ", quoting X,", ", according to X," or ", as quoted by X,", or `i` when there is none. */
export function citedSourceEnd(ctx: FrameContext, i: number, limit: number): number {
  const { tokens } = ctx;
  if (ctx.quoteOf[i] !== -1 || tokens[i - 1]?.text !== ',') return i;
  const opener = relayOpenerLength(tokens, i);
  if (opener === 0) return i;
  for (let k = i + opener; k < limit && k < i + CITED_SOURCE_REACH; k++) {
    const t = tokens[k]!;
    if (t.text === ',') return tokens[k + 1]?.lower === 'that' ? k + 1 : i;
    if (!t.word && t.text !== '.' && t.text !== '’s' && t.text !== "'s") return i;
  }
  return i;
}

const RELAY_OPENERS: readonly string[][] = [['citing'], ['quoting'], ['according', 'to'], ['as', 'quoted', 'by'], ['as', 'cited', 'by'], ['as', 'reported', 'by']];

/** How many words of a relay's opener start at token i ("according to", "as quoted by"), or 0. */
function relayOpenerLength(tokens: Token[], i: number): number {
  for (const opener of RELAY_OPENERS) if (opener.every((w, n) => tokens[i + n]?.lower === w)) return opener.length;
  return 0;
}

// "in an emailed response to AFP that ...", "in an interview with the Financial Times that ...": whom the occasion's words went to.
const RECIPIENT_PREPOSITIONS = new Set(['to', 'with']);
const RECIPIENT_REACH = 6;

/** The "that" after a capitalised recipient of the occasion's words, or `i` when there is none. */
function recipientEnd(tokens: Token[], i: number, limit: number): number {
  if (!RECIPIENT_PREPOSITIONS.has(tokens[i]?.lower ?? '')) return i;
  let k = i + 1;
  if (tokens[k]?.lower === 'the') k++;
  const nameStart = k;
  while (k < limit && k < i + RECIPIENT_REACH && tokens[k]!.word && tokens[k]!.cap) k++;
  return k > nameStart && tokens[k]?.lower === 'that' ? k : i;
}

/** The first adverbial phrase whose words start at token i (a loop: this runs after every cue). */
function adverbialPhraseAt(tokens: Token[], i: number): readonly string[] | undefined {
  for (const phrase of ADVERBIAL_PHRASES) {
    let k = 0;
    while (k < phrase.length && tokens[i + k]?.lower === phrase[k]) k++;
    if (k === phrase.length) return phrase;
  }
  return undefined;
}

// "in a separate statement", "at the opening session", "during a regular briefing": where words were said.
const OCCASION_PREPOSITIONS = new Set(['in', 'at', 'during', 'on']);
const OCCASION_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their']);
export const OCCASION_NOUNS: ReadonlySet<string> = new Set(
  'statement statements interview video post posts message letter briefing conference session ceremony forum meeting speech address remarks readout summit hearing media television broadcast communique communiqué response reply email note'.split(' '),
);

// What words went out in: "in a short statement", "in a letter". Not a gathering ("the delegates at the union
// meeting"), which may be where the speaker is.
const MESSAGE_NOUNS = new Set('statement statements interview post message letter speech remarks readout communique communiqué response reply email note video'.split(' '));

/**
 * The "in" of a message phrase ending at token `j` ("in a short statement"), or -1: it stands between a speaker and
 * the cue ("The Embassy … in a short statement said").
 */
export function messageStartBefore(tokens: Token[], j: number, from: number): number {
  if (!MESSAGE_NOUNS.has(tokens[j]?.lower ?? '')) return -1;
  let k = j - 1;
  while (k >= from && j - k <= 3 && tokens[k]!.word && !tokens[k]!.cap && !OCCASION_DETERMINERS.has(tokens[k]!.lower) && tokens[k]!.lower !== 'in') k--;
  if (k >= from && OCCASION_DETERMINERS.has(tokens[k]!.lower)) k--;
  return k >= from && tokens[k]!.lower === 'in' ? k : -1;
}

/** Whether an occasion phrase ("in a statement widely read as …") starts at token `i`. */
export function opensOccasion(tokens: Token[], i: number, limit: number): boolean {
  return occasionPhraseEnd(tokens, i, limit) > i;
}

/** The token after an occasion phrase starting at `i`, or `i` when there is none. */
function occasionPhraseEnd(tokens: Token[], i: number, limit: number): number {
  if (!OCCASION_PREPOSITIONS.has(tokens[i]?.lower ?? '')) return i;
  let k = i + 1;
  if (OCCASION_DETERMINERS.has(tokens[k]?.lower ?? '')) k++;
  for (let n = 0; n < 4 && k < limit; n++, k++) {
    const t = tokens[k]!;
    if (!t.word || t.cap) return i;
    if (OCCASION_NOUNS.has(t.lower)) {
      // "in a video message", "at a press conference": the occasion may take two nouns.
      while (k + 1 < limit && OCCASION_NOUNS.has(tokens[k + 1]!.lower)) k++;
      return k + 1;
    }
  }
  return i;
}

export function skipAux(ctx: FrameContext, i: number): number {
  while (ctx.tokens[i] && BETWEEN_SUBJECT_AND_CUE.has(ctx.tokens[i]!.lower)) i++;
  return Math.min(i, ctx.tokens.length - 1);
}

export function countWords(ctx: FrameContext, first: number, last: number): number {
  let n = 0;
  for (let k = first; k < last; k++) if (ctx.tokens[k]!.word) n++;
  return n;
}

/** Index of the token starting at or covering a character offset. */
export function tokenAt(ctx: FrameContext, offset: number): number {
  return tokenIndexAt(ctx.tokens, offset);
}

// Cues whose listener may stand between them and what was said ("told reporters ...", "urged him to ...").
export const OBJECT_TAKING: ReadonlySet<string> = new Set(['told', 'tell', 'tells', 'telling', 'assured', 'assuring', 'warned', 'warning', 'reminded', 'reminding', 'informed', 'urged', 'urging', 'asked', 'asking', 'advised', 'convinced', 'promised', 'promising']);

/** "to" and a lower-case word after it, outside quotations: an infinitive ("urged him to resign"). */
export function opensInfinitive(ctx: FrameContext, at: number): boolean {
  const to = ctx.tokens[at];
  // 'to “respect international humanitarian law”': the verb may open a quotation.
  const quoted = ctx.tokens[at + 1] !== undefined && isQuoteMark(ctx.tokens[at + 1]!) && ctx.quoteOf[at + 1] !== -1;
  const verb = ctx.tokens[at + (quoted ? 2 : 1)];
  return to?.lower === 'to' && ctx.quoteOf[at] === -1 && verb !== undefined && verb.word && !verb.cap;
}

// How likely the word after "and" must be a cue for it to open the same speaker's next statement.
const SECOND_CUE_PRIOR = 0.5;
const ACCUSATION_FORMS = new Set(['accused', 'accuses', 'accusing', 'accuse']);
const CALL_FORMS = new Set(['called', 'calls', 'call', 'calling']);
const WARNING_FORMS = new Set(['warned', 'warns', 'warn', 'warning', 'cautioned']);
// How sure an appeal laid out as "called on X to do Y" is, whatever its speaker's words: the frame model, which
// learned from US political copy, doubted "The ministry called on both sides to refrain" (0.33).
const APPEAL_LAYOUT_P = 0.6;

// Cues that close a sentence after what was said: ", Minister Arief Wicaksono stated here on Monday.", ", X told reporters."
const CLOSING_CUES = new Set(['said', 'told', 'stated', 'added', 'noted', 'stressed', 'emphasised', 'emphasized', 'underlined', 'remarked', 'declared', 'asserted', 'announced']);
// How sure a closing attribution laid out as a whole clause, a comma, its speaker, the cue and the sentence's end is:
// the frame model, which learned few closing "stated", gave "…, Minister X stated here on Monday." 0.32 to 0.49.
const CLOSING_LAYOUT_P = 0.6;

/**
 * ", the minister stated on Monday.": a whole clause, a comma, the speaker, a closing cue, its adverbials and the end,
 * or a participle or scene the writer adds after a comma (", the electoral commission announced on Wednesday, narrowly
 * avoiding a runoff.", ", the government announced on Tuesday, in a move meant to …").
 */
export function closingLayoutConfidence(ctx: FrameContext, frame: Frame, p: number): number {
  const { tokens } = ctx;
  if (p >= CLOSING_LAYOUT_P || frame.source === null || frame.kind === 'direct' || !CLOSING_CUES.has(tokens[frame.cue.first]!.lower)) return p;
  const sentence = ctx.sentences[frame.sentence]!;
  const comma = frame.source.first - 1;
  if (tokens[comma]?.text !== ',' || ctx.quoteOf[comma] !== -1 || frame.source.last !== frame.cue.first) return p;
  const first = tokenAt(ctx, frame.contentStart);
  if ((first !== firstWordOf(ctx, sentence) && first !== firstWordPastDateline(ctx, sentence)) || tokenAt(ctx, frame.contentEnd - 1) !== comma - 1) return p;
  let k = tokens[frame.cue.first]!.lower === 'told' ? pastListenerAndVenue(ctx, sentence, frame.cue.last) : skipAdverbials(ctx, sentence, frame.cue.last);
  if (tokens[k]?.lower === 'here' || tokens[k]?.lower === 'there') k = skipAdverbials(ctx, sentence, k + 1);
  const ends = endsSentence(ctx, sentence, k);
  // The adverbials may have taken the comma before the participle.
  // "…, the coordinator said on Wednesday, as the first trains arrived": so may a clause of time "as" opens.
  const asideAt = (j: number) => opensParticiple(ctx, j) || opensScene(ctx, j) || opensAsClause(ctx, j);
  // They may also have read the aside as an occasion ("…, announced on Wednesday, in response to the tariffs").
  const commaAside = () => {
    for (let j = frame.cue.last; j < k; j++) if (tokens[j]!.text === ',' && asideAt(j + 1)) return true;
    return false;
  };
  const aside = (tokens[k]?.text === ',' && asideAt(k + 1)) || (tokens[k - 1]?.text === ',' && asideAt(k)) || commaAside();
  return ends || aside ? CLOSING_LAYOUT_P : p;
}

/** "as the first trains arrived", "as Beijing stepped up": "as" opening a clause with a subject of its own. */
function opensAsClause(ctx: FrameContext, j: number): boolean {
  const { tokens } = ctx;
  const next = tokens[j + 1];
  return tokens[j]?.lower === 'as' && next !== undefined && next.word && (next.cap || ARTICLES_AND_POSSESSIVES.has(next.lower)) && ctx.quoteOf[j] === -1;
}

const ARTICLES_AND_POSSESSIVES = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'some', 'many']);

/**
 * "According to the Russian defense ministry, air defenses downed 41 drones overnight.": "According to" opening the
 * sentence, its source, a comma and the rest of the sentence as the content is as sure a layout as a closing "said"
 * (the frame model, which weighs the content's words, gave this one 0.44).
 */
export function openingAccordingConfidence(ctx: FrameContext, frame: Frame, p: number): number {
  const { tokens } = ctx;
  if (p >= CLOSING_LAYOUT_P || frame.source === null || frame.kind === 'direct' || tokens[frame.cue.first]!.lower !== 'according') return p;
  const sentence = ctx.sentences[frame.sentence]!;
  if (frame.cue.first !== firstWordOf(ctx, sentence) && frame.cue.first !== firstWordPastDateline(ctx, sentence)) return p;
  const comma = frame.source.last;
  if (tokens[comma]?.text !== ',' || tokenAt(ctx, frame.contentStart) !== comma + 1) return p;
  return endsSentence(ctx, sentence, tokenAt(ctx, frame.contentEnd - 1) + 1) ? CLOSING_LAYOUT_P : p;
}

/**
 * "Turnout had reached 41% by mid-afternoon, according to the Autonomous National Electoral Commission.": the whole
 * sentence before a comma, then "according to" and its source to the sentence's end, is the same layout closing it.
 */
export function closingAccordingConfidence(ctx: FrameContext, frame: Frame, p: number): number {
  const { tokens } = ctx;
  if (p >= CLOSING_LAYOUT_P || frame.source === null || frame.kind === 'direct' || tokens[frame.cue.first]!.lower !== 'according') return p;
  const sentence = ctx.sentences[frame.sentence]!;
  const first = tokenAt(ctx, frame.contentStart);
  if (first !== firstWordOf(ctx, sentence) && first !== firstWordPastDateline(ctx, sentence)) return p;
  const comma = frame.cue.first - 1;
  if (tokens[comma]?.text !== ',' || ctx.quoteOf[comma] !== -1 || tokenAt(ctx, frame.contentEnd - 1) !== comma - 1) return p;
  return frame.source.first === frame.cue.last && endsSentence(ctx, sentence, frame.source.last) ? CLOSING_LAYOUT_P : p;
}

/** Whether token `k` is the sentence's end or its closing full stop. */
function endsSentence(ctx: FrameContext, sentence: Sentence, k: number): boolean {
  return k >= sentence.last || (k === sentence.last - 1 && ctx.tokens[k]!.text === '.');
}

/**
 * Past the listener of a closing "told" ("told reporters", "told state television", "told the Financial Times"): a few
 * words, up to a preposition or the end, that open no clause of their own; then when and where ("on Sunday in Tehran").
 */
function pastListenerAndVenue(ctx: FrameContext, sentence: Sentence, from: number): number {
  const { tokens } = ctx;
  let k = from;
  while (k < sentence.last && k - from < LISTENER_MAX_WORDS && ctx.quoteOf[k] === -1 && tokens[k]!.word && !LISTENER_STOPS.has(tokens[k]!.lower)) k++;
  for (let round = 0; round < 2; round++) {
    k = skipAdverbials(ctx, sentence, k);
    const venue = tokens[k]?.lower === 'in' || tokens[k]?.lower === 'at' ? k + 1 : -1;
    if (venue === -1 || !tokens[venue]?.cap) break;
    k = venue;
    while (k < sentence.last && tokens[k]!.cap && tokens[k]!.word) k++;
  }
  return k;
}

// How many words the listener of a closing "told" may take ("told a regular news conference").
const LISTENER_MAX_WORDS = 5;
// Words a listener never holds: where the rest of the sentence goes on (a preposition, a conjunction, a clause).
const LISTENER_STOPS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'from', 'via', 'by', 'with', 'that', 'and', 'but', 'or', 'to', 'as', 'when', 'while', 'who', 'which', 'late', 'early', 'earlier', 'last', 'this', 'here', 'there', 'today', 'yesterday', 'tonight']);

const WRITERS_VIEW_NOUNS = new Set(['move', 'bid', 'effort', 'attempt', 'sign', 'step', 'shift', 'blow', 'boost', 'rebuke', 'setback', 'reversal', 'departure']);
const RELATION_NOUNS = new Set(['defiance', 'violation', 'breach', 'response', 'retaliation', 'reply']);

// Words opening an adverbial phrase the writer adds after an attribution, not the rest of what was said.
// Not "since" or "because": a reason given after the attribution is often part of the claim.
const SCENE_OPENERS = new Set(['after', 'before', 'following', 'amid', 'ahead', 'during', 'despite', 'when', 'while', 'citing', 'without']);
// "even as", "even though": the writer's contrast.
const EVEN_CLAUSE_OPENERS = new Set(['as', 'though', 'if', 'after', 'before', 'while', 'when']);
// "hours after", "two days before", "shortly after": a time measured from the event the scene names.
const SCENE_MEASURES = new Set(['a', 'an', 'one', 'two', 'three', 'several', 'just', 'only', 'hours', 'hour', 'days', 'day', 'weeks', 'week', 'minutes', 'moments', 'months', 'shortly', 'soon']);

/** "a day after", "hours before", "shortly after", "a week into": a time measured from another event, starting at token `k`. */
export function measuredScene(ctx: FrameContext, k: number): boolean {
  const { tokens } = ctx;
  let j = k;
  while (j < k + 3 && SCENE_MEASURES.has(tokens[j]?.lower ?? '')) j++;
  return j > k && (tokens[j]?.lower === 'after' || tokens[j]?.lower === 'before' || tokens[j]?.lower === 'into');
}

/** Whether token `k` opens a scene the writer sets after an attribution: an opener, or a time measured from an event. */
export function opensScene(ctx: FrameContext, k: number): boolean {
  const { tokens } = ctx;
  if (SCENE_OPENERS.has(tokens[k]?.lower ?? '')) return true;
  // ", even as the government moved away from …", ", even though …": the writer's contrast.
  if (tokens[k]?.lower === 'even' && EVEN_CLAUSE_OPENERS.has(tokens[k + 1]?.lower ?? '')) return true;
  // ", in defiance of U.N. resolutions", ", in response to the sanctions": how the event stands to others.
  if (tokens[k]?.lower === 'in' && RELATION_NOUNS.has(tokens[k + 1]?.lower ?? '') && (tokens[k + 2]?.lower === 'of' || tokens[k + 2]?.lower === 'to' || tokens[k + 2]?.lower === 'for')) return true;
  // ", in a move meant to force …", ", in a bid to …": what the writer makes of the event.
  if (tokens[k]?.lower === 'in' && (tokens[k + 1]?.lower === 'a' || tokens[k + 1]?.lower === 'an') && WRITERS_VIEW_NOUNS.has(tokens[k + 2]?.lower ?? '')) return true;
  // ", with turnout falling to 39.9 percent": an absolute phrase, the writer's circumstance.
  if (tokens[k]?.lower === 'with' && withParticiple(ctx, k)) return true;
  return measuredScene(ctx, k);
}

/** A participle among the few words after "with" at `k` ("with turnout falling", "with most of the votes counted"). */
function withParticiple(ctx: FrameContext, k: number): boolean {
  for (let j = k + 2; j <= k + ABSOLUTE_SUBJECT_REACH + 1 && j < ctx.tokens.length; j++) {
    const t = ctx.tokens[j]!;
    if (!t.word || ctx.quoteOf[j] !== -1) return false;
    if (isParticiple(t)) return true;
  }
  return false;
}

// How many words the subject of an absolute phrase may take ("with most of the votes" before "counted" is not read).
const ABSOLUTE_SUBJECT_REACH = 4;

// "..., diplomats said, forcing the other leaders to ...": a participle after the attribution tells what
// the event did; it continues nothing that was said.
export function isParticiple(t: Token): boolean {
  return t.word && !t.cap && t.lower.length > 5 && t.lower.endsWith('ing') && !/thing$/.test(t.lower);
}

/** A participle at token `k`, or an adverb in "-ly" and one: "avoiding a runoff", "narrowly avoiding a runoff". */
export function opensParticiple(ctx: FrameContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || ctx.quoteOf[k] !== -1) return false;
  if (isParticiple(t)) return true;
  const next = ctx.tokens[k + 1];
  return t.word && !t.cap && t.lower.length > 4 && t.lower.endsWith('ly') && next !== undefined && ctx.quoteOf[k + 1] === -1 && isParticiple(next);
}

/** "called on Yerevan and Baku to refrain from …": "called on", an addressee of a few words, and an infinitive. */
export function appealLayoutConfidence(ctx: FrameContext, frame: Frame, p: number): number {
  const { tokens } = ctx;
  if (p >= APPEAL_LAYOUT_P || frame.source === null || !CALL_FORMS.has(tokens[frame.cue.first]!.lower)) return p;
  const on = frame.cue.last - frame.cue.first === 2 ? frame.cue.last - 1 : frame.cue.last;
  return callsOnToDo(ctx, frame.cue.first, on) ? APPEAL_LAYOUT_P : p;
}

// Cues that name whom they address before what was said: "reminded political leaders that …", "assured Kyiv that …".
const ADDRESSED_THAT_CUES = new Set(['reminded', 'assured', 'warned', 'told', 'informed', 'advised', 'promised']);
// How many words the addressee may take ("the visiting Chinese foreign minister").
const ADDRESSEE_THAT_REACH = 6;

/**
 * "… and reminded political leaders that incitement to violence may fall under its jurisdiction": a cue, its addressee and
 * "that" are a saying's layout however doubtful the frame model is of the words (0.45), as "called on X to" is.
 */
export function addressedThatConfidence(ctx: FrameContext, frame: Frame, p: number): number {
  const { tokens } = ctx;
  if (p >= APPEAL_LAYOUT_P || frame.source === null || !ADDRESSED_THAT_CUES.has(tokens[frame.cue.first]!.lower)) return p;
  const that = tokenAt(ctx, frame.contentStart);
  // Not "Who told you that?": "that" there is what was told, not the clause's opening.
  if (tokens[that]?.lower !== 'that' || !tokens[that + 1]?.word || that <= frame.cue.last || that - frame.cue.last > ADDRESSEE_THAT_REACH) return p;
  for (let k = frame.cue.last; k < that; k++) if (!tokens[k]!.word || ctx.quoteOf[k] !== -1) return p;
  return APPEAL_LAYOUT_P;
}

/**
 * Whether the call form at `cue` is laid out as "called on X to do Y", "on" at `on`: found as a candidate cue
 * however doubtful the anchor model is of it ("Several foreign ministers called on Pyongyang to return", 0.2).
 */
export function callsOnToDo(ctx: FrameContext, cue: number, on = cue + 1): boolean {
  const { tokens } = ctx;
  if (!CALL_FORMS.has(tokens[cue]!.lower) || (tokens[on]?.lower !== 'on' && tokens[on]?.lower !== 'upon')) return false;
  for (let k = on + 1; k <= Math.min(tokens.length - 2, on + 1 + ADDRESSEE_REACH); k++) {
    if (tokens[k]!.lower === 'to' && ctx.quoteOf[k] === -1) return k > on + 1 && opensInfinitive(ctx, k);
    if (!tokens[k]!.word || ctx.quoteOf[k] !== -1) return false;
  }
  return false;
}

/** The quotation that spans exactly [start, end), marks included, or -1. */
export function wholeQuotation(ctx: FrameContext, start: number, end: number): number {
  const q = ctx.quoteOf[tokenAt(ctx, start)]!;
  return q !== -1 && ctx.quotes[q]!.start === start && ctx.quotes[q]!.end === end ? q : -1;
}

/** Whether the frame's content ends where a quotation closes. */
function endsAtQuotation(ctx: FrameContext, frame: Frame): boolean {
  const last = tokenAt(ctx, frame.contentEnd - 1);
  const q = ctx.quoteOf[last]!;
  return q !== -1 && ctx.quotes[q]!.end === frame.contentEnd;
}

function quotedBetween(ctx: FrameContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.quoteOf[k] !== -1) return true;
  return false;
}

// The most words an appeal's addressee takes ("the Ethiopian and Egyptian governments").
const ADDRESSEE_REACH = 8;

/**
 * "urged him to resign", "asked NATO to station batteries": the one an appeal addresses belongs to
 * what was asked. The frame was found and scored with its content from the infinitive's verb on, as
 * the models learned it; only then does the content reach back over the addressee and its "to" (or a
 * warning's "against"), and a charge or a quoted appeal run on to the end of their clause.
 */
export function withAddressee(ctx: FrameContext, frame: Frame): Frame {
  const { tokens } = ctx;
  const cue = tokens[frame.cue.first]!.lower;
  // 'accused Nairobi of "trying to create facts on the water" by licensing …': the charge runs on past its quotation.
  if (ACCUSATION_FORMS.has(cue) && frame.kind === 'mixed' && endsAtQuotation(ctx, frame)) return withContent(frame, frame.contentStart, appealEnd(ctx, frame), null, 'mixed');
  // "called on Yerevan and Baku to refrain from …": "on" joins the cue, the addressee follows.
  const onAfter = (tokens[frame.cue.last]?.lower === 'on' || tokens[frame.cue.last]?.lower === 'upon') && frame.cue.last - frame.cue.first === 1;
  // 'called on "all parties concerned" to exercise restraint': the cue may hold its "on" already.
  const onWithin = (tokens[frame.cue.last - 1]?.lower === 'on' || tokens[frame.cue.last - 1]?.lower === 'upon') && frame.cue.last - frame.cue.first === 2;
  const callOn = CALL_FORMS.has(cue) && (onAfter || onWithin);
  // 'called for "a political settlement" of the peninsula issue': what is called for runs on past its quotation.
  if (frame.kind === 'direct' && CALL_FORMS.has(cue) && tokens[frame.cue.last - 1]?.lower === 'for' && tokenAt(ctx, frame.contentStart) === frame.cue.last) {
    const end = appealEnd(ctx, frame);
    if (end !== frame.contentEnd) return withContent(frame, frame.contentStart, end, null, 'mixed');
  }
  const from = frame.cue.last + (onAfter ? 1 : 0);
  if ((!OBJECT_TAKING.has(cue) && !callOn) || from >= tokens.length) return frame;
  if (frame.kind === 'direct') return quotedAppeal(ctx, frame);
  const first = tokenAt(ctx, frame.contentStart);
  // The content starts past the cue and at most at the infinitive's verb: "partners to speed up" from
  // "urged Western partners to speed up" moves back to "Western" as "speed up" does.
  if (first <= from) return frame;
  for (let to = from + 1; to <= Math.min(tokens.length - 2, from + ADDRESSEE_REACH); to++) {
    const t = tokens[to - 1]!;
    // "urged the U.N. Security Council to …": an abbreviation's period stays inside the addressee.
    const abbreviation = t.text === '.' && tokens[to - 2]?.cap === true && tokens[to - 2]!.end === t.start && tokens[to]?.cap === true;
    if ((!t.word && !abbreviation) || ctx.quoteOf[to - 1] !== -1 || t.lower === 'that') return frame;
    // 'warned Addis Ababa against "unilateral actions" that could …': the warning runs from its addressee.
    if (WARNING_FORMS.has(cue) && tokens[to]!.lower === 'against' && ctx.quoteOf[to] === -1 && first > to) {
      return withContent(frame, tokens[from]!.start, frame.contentEnd, null, quotedBetween(ctx, to, first) ? 'mixed' : frame.kind);
    }
    if (tokens[to]!.lower !== 'to' || ctx.quoteOf[to] !== -1) continue;
    if (!opensInfinitive(ctx, to) || (first > to + 1 && !thatInsideInfinitive(ctx, to, first))) return frame;
    // "urged both the security forces and armed separatists to …": a content the model ended inside a longer
    // addressee runs on through the infinitive.
    const end = frame.contentEnd <= tokens[to]!.start ? appealEnd(ctx, frame) : frame.contentEnd;
    const quoted = quotedBetween(ctx, to + 1, first) || (end !== frame.contentEnd && quotedBetween(ctx, to + 1, tokenAt(ctx, end - 1) + 1));
    return withContent(frame, tokens[from]!.start, end, null, quoted ? 'mixed' : frame.kind);
  }
  return frame;
}

/**
 * "urged both sides to refrain from steps that could endanger navigation": a content the models
 * started at a "that" inside the infinitive's clause (a relative clause, or "to ensure that ...")
 * still belongs to the whole appeal, quoted words in it too ('to refrain from "unilateral actions" that').
 */
function thatInsideInfinitive(ctx: FrameContext, to: number, first: number): boolean {
  const { tokens } = ctx;
  if (tokens[first]!.lower !== 'that' || first - to > THAT_AFTER_INFINITIVE_REACH) return false;
  for (let k = to + 1; k < first; k++) if (!tokens[k]!.word && ctx.quoteOf[k] === -1 && !isQuoteMark(tokens[k]!)) return false;
  return true;
}

// How far past "to" a "that" may open a clause inside the infinitive's.
const THAT_AFTER_INFINITIVE_REACH = 8;

/**
 * 'urged Manila to "stop provocations"': a quotation right after the addressee's "to" is the appeal's
 * infinitive; the content reaches back over "to" and the addressee, and mixes report and quotation.
 */
function quotedAppeal(ctx: FrameContext, frame: Frame): Frame {
  const { tokens } = ctx;
  const from = frame.cue.last;
  const first = tokenAt(ctx, frame.contentStart);
  // 'urged both sides "to put the interests of the Sudanese people above all …"': the quotation opens with the "to".
  const quotedTo = isQuoteMark(tokens[first]!) && tokens[first + 1]?.lower === 'to';
  // 'called on "all parties concerned" to exercise restraint': the quotation is the addressee, the infinitive follows it.
  const next = tokenAt(ctx, frame.contentEnd - 1) + 1;
  if (first === from && opensInfinitive(ctx, next)) return withContent(frame, frame.contentStart, appealEnd(ctx, frame), null, 'mixed');
  const to = quotedTo ? first : first - 1;
  if ((!quotedTo && (tokens[to]?.lower !== 'to' || ctx.quoteOf[to] !== -1)) || to <= from || to - from > ADDRESSEE_REACH) return frame;
  for (let k = from; k < to; k++) if (!tokens[k]!.word || ctx.quoteOf[k] !== -1) return frame;
  return withContent(frame, tokens[from]!.start, appealEnd(ctx, frame), null, 'mixed');
}

/**
 * 'urged Tokyo to "show sincerity" toward the victims', 'to "keep channels open" and to avoid …': the appeal
 * runs on past its quotation to the clause's end, a comma, semicolon or the sentence's end.
 */
function appealEnd(ctx: FrameContext, frame: Frame): number {
  const { tokens } = ctx;
  const sentence = ctx.sentences[frame.sentence]!;
  let k = tokenAt(ctx, frame.contentEnd - 1) + 1;
  if (k >= sentence.last || !tokens[k]!.word || tokens[k]!.cap) return frame.contentEnd;
  let end = frame.contentEnd;
  for (; k < sentence.last; k++) {
    const t = tokens[k]!;
    if (ctx.quoteOf[k] === -1 && !t.word && !isQuoteMark(t) && t.text !== '-' && t.text !== '’s' && t.text !== "'s") break;
    // '… to "stop provocations" and said …': a second cue of the same speaker ends the appeal.
    // "… and Donald Trump has said …": a capital after "and" opens another clause too.
    if (ctx.quoteOf[k] === -1 && (t.lower === 'and' || t.lower === 'but') && ((ctx.cuePrior[k + 1] ?? 0) >= SECOND_CUE_PRIOR || tokens[k + 1]?.cap)) break;
    end = t.end;
  }
  return end;
}

// How far "as saying" may stand from "quoted" ("quoted Deputy Minister for International Cooperation U Kyaw Thu
// Aung, who led his country's delegation in Kunming, as saying").
const QUOTED_AS_SAYING_REACH = 30;
// How many capitalised words the place after "as saying in" may take ("in Buenos Aires").
const PLACE_WORDS_REACH = 3;

const QUOTING_CUES = new Set(['quoted', 'quoting', 'cited', 'citing']);

/**
 * "IRNA quoted government spokeswoman X as saying that ...", "Tasnim cited a senior official as saying …": the one quoted is the speaker (the
 * speaker resolver reads them there), and what was said starts after "as saying". Moved after the
 * frame is scored, like the addressee: the models learned these contents with the speaker inside.
 */
export function withoutQuotedSpeaker(ctx: FrameContext, frame: Frame): Frame {
  const { tokens } = ctx;
  const cue = tokens[frame.cue.first]!.lower;
  if (frame.kind === 'direct' || !QUOTING_CUES.has(cue)) return frame;
  const first = tokenAt(ctx, frame.contentStart);
  const end = tokenAt(ctx, frame.contentEnd - 1);
  for (let k = first; k < Math.min(end - 1, first + QUOTED_AS_SAYING_REACH); k++) {
    if (ctx.quoteOf[k] !== -1) return frame;
    if (tokens[k]!.lower !== 'as' || tokens[k + 1]!.lower !== 'saying') continue;
    let at = k + 2;
    while (at <= end && !tokens[at]!.word && ctx.quoteOf[at] === -1) at++;
    if (at > end) return frame;
    // "as saying in Beijing that …": where it was said comes before what was said.
    if (tokens[at]!.lower === 'in' || tokens[at]!.lower === 'at') {
      let place = at + 1;
      while (place <= end && place <= at + PLACE_WORDS_REACH && tokens[place]!.cap && ctx.quoteOf[place] === -1) place++;
      if (place > at + 1 && tokens[place]?.lower === 'that') at = place;
    }
    const q = wholeQuotation(ctx, tokens[at]!.start, frame.contentEnd);
    return withContent(frame, tokens[at]!.start, frame.contentEnd, q === -1 ? null : q, q === -1 ? frame.kind : 'direct');
  }
  return frame;
}

// Time words that may sit between a speaker and the verb ("Trump on Friday said").
export const TIME_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday yesterday today tonight week month year night morning afternoon evening weekend early late last this on'.split(' '),
);

/** "shipped by rail", "port and rail fees": "rail" reports only when it rails against or at someone. */
export function isRailWithoutTarget(ctx: FrameContext, i: number): boolean {
  return ctx.tokens[i]!.lower === 'rail' && !RAIL_PARTICLES.has(ctx.tokens[i + 1]?.lower ?? '');
}

const RAIL_PARTICLES = new Set(['against', 'at']);
