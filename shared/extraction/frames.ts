/**
 * Builds attribution frames (cue, speaker mention, content) sentence by sentence, from
 * the cue words the anchor model picks and the shapes news writing gives reported speech.
 */
import { isAnchorCandidate } from './anchor-features';
import { chooseContentEnd, insideVerbList } from './content-end';
import { chooseContentStart } from './content-start';
import { cueProbability, sourceWordShareOf } from './cue-lexicon';
import { BETWEEN_SUBJECT_AND_CUE, callsOnToDo, citedSourceEnd, countWords, firstWordOf, firstWordPastDateline, isQuoteMark, isRailWithoutTarget, isThatSaid, measuredScene, OBJECT_TAKING, opensInfinitive, opensOccasion, opensParticiple, opensScene, skipAdverbials, skipAux, skipToWord, TIME_WORDS, tokenAt } from './frame-helpers';
import { withContent, type Frame, type FrameContext, type Range } from './frame-types';
import type { Sentence } from './sentences';
import { isJoinedParticleWord, NAME_PARTICLES } from './name-particles';
import { OFFICE_PREMODIFIERS } from './office-words';
import type { Token } from './tokens';
import { ABBREVIATION_RE, accordingToSource, ARTICLES, isSourceToken, leftSource, NP_CONNECTORS, opensAnonymityClause, pastClauseOpeners, RELAYED_PARTICIPLES, rightSource, sentenceSubject } from './sources';
import { speakerLabelFrame } from './speaker-labels';
import { MODALS, POSSESSIVE_DETERMINERS, isPastTenseWord } from './word-classes';

export type { Frame, FrameContext, Range } from './frame-types';

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'reporters', 'journalists', 'supporters', 'voters', 'lawmakers']);
const NOT_CONTENT_START = new Set(['and', 'but', 'or', 'before', 'while', 'as', 'when', 'after', 'because', 'at', 'during', 'in', 'on', 'with', 'then', 'so']);
const APPOSITION_START = new Set(['a', 'an', 'the', 'who', 'which', 'whose', 'his', 'her', 'their', 'its', 'one', 'former', 'now', 'and', 'but', 'as', 'according']);
const TRAILING_CLAUSE = new Set(['which', 'who', 'but']);
const CLAIM_NOUNS = new Set(['claim', 'charge', 'accusation', 'allegation', 'assertion', 'figure', 'version']);
const WRITERS_RELATIVES = new Set(['where', 'which', 'who', 'whose', 'when']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those']);
const INVERTED_DAY_WORDS = new Set(['today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const SPEECH_ACT_VERBS = new Set(['made', 'make', 'makes', 'making', 'issued', 'issue', 'issues', 'gave', 'give', 'gives', 'delivered', 'released', 'held']);
// "The Palácio do Governo later published a statement saying …": how a statement goes out, for withStatementIssuer.
const ISSUING_VERBS = new Set([...SPEECH_ACT_VERBS, 'published', 'posted']);
const SPEECH_ACT_NOUNS = new Set(['statement', 'statements', 'remarks', 'comments', 'comment', 'speech', 'speeches', 'announcement', 'address', 'assessment', 'evaluation', 'evaluations', 'briefing', 'press', 'interview', 'declaration']);
// "told a regular press briefing", "told the weekly cabinet meeting", "told state television": the
// gathering or outlet addressed, heard as the listener of a told-cue, never what was said.
const ADDRESSED_HEADS = new Set(['briefing', 'briefings', 'conference', 'rally', 'meeting', 'summit', 'session', 'audience', 'crowd', 'parliament', 'assembly', 'forum', 'gathering', 'hearing', 'television', 'radio', 'broadcaster', 'newspaper', 'agency', 'media', 'correspondents', 'legislators', 'diplomats', 'delegates']);
const ADDRESSED_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'state']);
// "-ing" words that are nouns after an article and a noun ("a police warning"), and what opens their content.
const ING_NOUNS = new Set(['warning', 'warnings', 'briefing', 'ruling', 'finding', 'hearing', 'meeting']);
const NOUN_COMPOUND_REACH = 3;
// Reporting verbs whose third-person form is also a plural noun: "Peace talks resumed", "Opposition calls grew".
const PLURAL_NOUN_CUES = new Set(['talks', 'calls', 'claims', 'reports', 'comments', 'remarks', 'notes', 'pledges', 'promises', 'demands', 'appeals', 'vows', 'charges', 'answers', 'replies', 'questions', 'statements']);
// What a clause's own verb is followed by when it takes no object: "resumed in Geneva", "stalled last week".
const AFTER_INTRANSITIVE = new Set(['in', 'on', 'at', 'after', 'before', 'since', 'for', 'without', 'with', 'over', 'last', 'this', 'again', 'today', 'yesterday', 'earlier', 'late', 'early', 'abruptly', 'quickly', 'as', 'when', 'until', 'amid', 'despite', ',', '.', ';']);
const FINITE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'have', 'has', 'had', 'could', 'can', 'may', 'might', 'must', 'should', 'remain', 'remained']);
const NOMINAL_CONTENT_OPENERS = new Set(['about', 'of', 'that', 'over', 'against', 'on']);
const CONTRAST_OPENERS = new Set(['while', 'whereas', 'whilst', 'though', 'although']);
const CLAUSE_BREAK = new Set(['while', 'whereas', 'although', 'though', 'however', 'putting', 'meaning', 'according']);
// "called for a ban", "pointed to the polls": the particle belongs to the cue.
const PARTICLES = new Set(['for', 'out', 'about', 'on', 'against', 'up', 'of']);
const TO_PARTICLE_CUES = new Set(['point', 'points', 'pointed', 'pointing', 'refer', 'refers', 'referred', 'referring', 'respond', 'responds', 'responded', 'responding', 'talk', 'talks', 'talked', 'talking', 'spoke', 'speaking', 'reacted', 'reacting', 'alluded', 'alluding', 'objected', 'appealed', 'turned', 'listened']);
const DANGLING_MIN_WORDS = 2;
// "supported Sanders", "endorsed Trump": one name after the cue can be the whole content;
// the frame model weighs such short contents by cue.
const OBJECT_MIN_WORDS = 1;

export function findFrames(ctx: FrameContext, threshold: number): Frame[] {
  const frames: Frame[] = [];
  const { tokens, sentences } = ctx;
  for (let s = 0; s < sentences.length; s++) {
    if (ctx.skip[s]) continue;
    const sentence = sentences[s]!;
    const sentenceFrames: Frame[] = [];
    let regionStart = sentence.first;
    // Where content may start when only sure frames fence it off ("..., according to X" reaches
    // back over a doubtful cue such as "voters who backed Sanders").
    let firmStart = sentence.first;
    const labelled = speakerLabelFrame(ctx, s);
    if (labelled) {
      sentenceFrames.push(labelled);
      regionStart = labelled.cue.last;
      firmStart = regionStart;
    }
    for (let i = sentence.first; i < sentence.last; i++) {
      const t = tokens[i]!;
      if (!t.word || ctx.quoteOf[i] !== -1) continue;
      const unsourced = t.lower === 'expected' ? expectationFrame(ctx, s, sentence, i, regionStart) : t.lower === 'asked' ? questionFrame(ctx, s, sentence, i) : null;
      if (unsourced) {
        sentenceFrames.push(unsourced);
        regionStart = Math.max(regionStart, unsourced.cue.last);
        firmStart = Math.max(firmStart, tokenAt(ctx, unsourced.contentEnd - 1) + 1);
        i = Math.max(i, tokenAt(ctx, unsourced.contentEnd - 1));
        continue;
      }
      if (!isAnchorCandidate(ctx.cuePrior[i]!)) continue;
      if (isThatSaid(ctx, sentence, i)) continue;
      if (quotedByBeforeCue(ctx, sentence, i)) continue;
      // "the Rapid Support Forces": a capitalised word between two others is part of a name.
      // "Naw Paw Say, coordinator of …": so is one closing a name an apposition follows.
      // "the Ministry of Finance and National Planning announced": so is one closing a body's name joined by "of" or "and".
      // "Foreign Minister Said bin Hamoud al-Harthy told": so is one a name's particle follows.
      if (t.cap && i > sentence.first && tokens[i - 1]!.cap && tokens[i - 1]!.word && ((tokens[i + 1]?.cap && tokens[i + 1]!.word) || tokens[i + 1]?.text === ',' || closesJoinedName(ctx, sentence, i) || particleOpensName(ctx, i + 1)) && !titleCase(ctx, sentence)) continue;
      // "the talks", "his support": after a determiner the word is a noun, not a reporting verb; "the internationally
      // recognized government": nor is a participle of standing after a determiner and an adverb (PolNeAR reads "the
      // widely noted absence" as an impression).
      if (i > sentence.first && DETERMINERS.has(tokens[i - 1]!.lower)) continue;
      if (i > sentence.first + 1 && DETERMINERS.has(tokens[i - 2]!.lower) && tokens[i - 1]!.lower.endsWith('ly') && tokens[i - 1]!.word && STANDING_PARTICIPLES.has(t.lower)) continue;
      if (isRailWithoutTarget(ctx, i)) continue;
      // "has received a police warning": after an article and a noun, an "-ing" word that is also a noun is one.
      // Not when what was warned of follows: PolNeAR keeps "A German warning about a new world war".
      if (ING_NOUNS.has(t.lower) && !NOMINAL_CONTENT_OPENERS.has(tokens[i + 1]?.lower ?? '') && nounCompoundBefore(ctx, sentence, i)) continue;
      if (isSubjectNoun(ctx, sentence, i)) continue;
      // "a lawmaker of the main opposition party": a noun that names a side, modifying the noun after it.
      if (SIDE_NOUNS.has(t.lower) && tokens[i + 1]?.word && !SIDE_NOUN_FOLLOWERS.has(tokens[i + 1]!.lower) && ctx.quoteOf[i + 1] === -1) continue;
      const p = quotedAsSaying(ctx, sentence, i) || callsOnToDo(ctx, i) ? Math.max(ctx.anchorProbability(i, sentence), QUOTED_AS_SAYING_P) : ctx.anchorProbability(i, sentence);
      if (p < threshold) continue;
      const frame = buildFrame(ctx, s, sentence, i, regionStart, sentenceFrames, p, firmStart);
      // "X, reading the majority opinion, said …": what a doubtful cue would report opens with a surer cue of its own.
      if (frame && opensWithSurerCue(ctx, sentence, frame, p)) continue;
      if (frame) {
        sentenceFrames.push(frame);
        // Content before a later cue cannot reach back past this one.
        const opening = frame.source !== null && frame.source.first > frame.cue.first && frame.contentEnd <= tokens[frame.source.first]!.start;
        // "An official, who spoke on condition of anonymity, said ...": a clause describing the subject
        // leaves the subject to the main cue.
        if (describesSubject(ctx, frame)) {
          i = Math.max(i, frame.cue.last - 1);
          continue;
        }
        regionStart = opening
          ? frame.source!.first
          : Math.max(regionStart, frame.source ? Math.max(frame.source.last, frame.cue.last) : frame.cue.last);
        if (p >= FIRM_ANCHOR_P) firmStart = regionStart;
        i = Math.max(i, frame.cue.last - 1);
      }
    }
    frames.push(...sentenceFrames);
  }
  return extendIntoFollowingQuotes(ctx, frames);
}

/** "bin Hamoud", "al-Harthy", "van der Berg": a name's particle at k, with the name going on after it. */
function particleOpensName(ctx: FrameContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t?.word || ctx.quoteOf[k] !== -1) return false;
  return isJoinedParticleWord(t.text) || (NAME_PARTICLES.has(t.text) && (ctx.tokens[k + 1]?.cap === true || NAME_PARTICLES.has(ctx.tokens[k + 1]?.text ?? '')));
}

const FIRM_ANCHOR_P = 0.7;
// Participles that give a body its standing: "the internationally recognized government", "the democratically elected".
const STANDING_PARTICIPLES = new Set(['recognized', 'recognised', 'elected', 'appointed', 'backed', 'designated', 'installed', 'mandated']);
// ", a Pakistani official familiar with the talks said.": a closing attribution with its speaker.
const CLOSING_SAYING_RE = /,\s+[^,;"“”]{2,80}?\s(?:said|says|told|added|noted|stated)\b[^,;"“”]{0,40}[.!]?\s*$/;
// How far after "quoted by" the relayed speaker's own cue may stand ("quoted by the state news agency said").
const RELAY_CUE_REACH = 8;

/**
 * "an official quoted by the state news agency said …", "a spokesperson quoted by the agency called …": "quoted"
 * describes the speaker of the cue after the relay.
 */
function quotedByBeforeCue(ctx: FrameContext, sentence: Sentence, i: number): boolean {
  const { tokens } = ctx;
  if (!RELAYED_PARTICIPLES.has(tokens[i]!.lower) || tokens[i + 1]?.lower !== 'by') return false;
  for (let k = i + 2; k < Math.min(sentence.last, i + 2 + RELAY_CUE_REACH); k++) {
    const t = tokens[k]!;
    if (!t.word || ctx.quoteOf[k] !== -1) return false;
    if (RELAYED_SAYING.has(t.lower)) return ctx.anchorProbability(k, sentence) >= FIRM_ANCHOR_P;
  }
  return false;
}

/** Whether the frame's content, after its cue, opens with a word that is itself a firm cue, surer than the frame's own. */
function opensWithSurerCue(ctx: FrameContext, sentence: Sentence, frame: Frame, p: number): boolean {
  if (p >= FIRM_ANCHOR_P || frame.contentStart < ctx.tokens[frame.cue.last - 1]!.end) return false;
  const first = tokenAt(ctx, frame.contentStart);
  const t = ctx.tokens[first];
  return t !== undefined && t.word && ctx.quoteOf[first] === -1 && isAnchorCandidate(ctx.cuePrior[first]!) && ctx.anchorProbability(first, sentence) >= FIRM_ANCHOR_P;
}

// Verbs of saying whose attribution closes a sentence (", a spokesman said").
const CLOSING_SAYING_CUES = new Set(['said', 'says', 'told', 'added', 'stated']);

/**
 * "Iran condemned the strikes as …, foreign ministry spokesman Nasser Kanaani said": when the one earlier
 * frame of the sentence is its opening clause's own subject and verb, the closing attribution's content
 * reaches back over it to the clause's start; that frame is then what was said, not a statement of its own.
 */
function overReportedClause(ctx: FrameContext, sentence: Sentence, source: Range, i: number, earlier: Frame[]): number | null {
  const { tokens } = ctx;
  // ", a spokesman said" or ",” a spokesman said": a comma, maybe inside a closing quotation, sets the attribution off.
  const before = tokens[source.first - 1];
  const comma = before !== undefined && (before.text === ',' || (isQuoteMark(before) && tokens[source.first - 2]?.text === ','));
  return CLOSING_SAYING_CUES.has(tokens[i]!.lower) && comma && (opensWithOwnClause(ctx, sentence, earlier, source.first) || inSubordinateClause(ctx, sentence, earlier, source.first)) ? sentence.first : null;
}

// Conjunctions that open a clause of time or reason inside the main one.
const SUBORDINATING_CONJUNCTIONS = new Set(['after', 'before', 'when', 'because', 'since', 'until', 'once']);

/**
 * "A South Korean destroyer escorted three tankers … after coalition forces warned of a possible launch, the JCS said": the
 * one earlier frame of the sentence sits in a clause of time or reason after the main clause's own words.
 */
function inSubordinateClause(ctx: FrameContext, sentence: Sentence, earlier: Frame[], before: number): boolean {
  const inner = earlier.length === 1 ? earlier[0]! : null;
  if (inner?.source == null || inner.cue.first >= before || inner.kind === 'direct') return false;
  const opener = inner.source.first - 1;
  return SUBORDINATING_CONJUNCTIONS.has(ctx.tokens[opener]?.lower ?? '') && ctx.quoteOf[opener] === -1 && countWords(ctx, firstWordPastDateline(ctx, sentence), opener) >= MAIN_CLAUSE_MIN_WORDS && plainPhrase(ctx, firstWordPastDateline(ctx, sentence), opener);
}

// How many words the main clause needs before the subordinate one: a subject and its verb at least.
const MAIN_CLAUSE_MIN_WORDS = 3;

/**
 * An attribution's frame reaching back over its opening clause: the frame model learned such contents, with
 * their own cue inside, as doubtful, so the layout decides, as sure as the surer of the two cues.
 */
function sureOverClause(frame: Frame, p: number, earlier: Frame[]): Frame {
  return { ...frame, confidence: Math.max(p, earlier[0]!.confidence), byLayout: true };
}

/** Whether the one earlier frame of the sentence is its opening clause's own subject and verb, before token `before`. */
function opensWithOwnClause(ctx: FrameContext, sentence: Sentence, earlier: Frame[], before: number): boolean {
  const inner = earlier.length === 1 ? earlier[0]! : null;
  if (inner === null || inner.cue.first >= before) return false;
  // "The diplomats have been asked to leave India …, the ministry said": an unsourced request opening the sentence.
  if (inner.source === null) return inner.contentStart === ctx.tokens[firstWordPastDateline(ctx, sentence)]!.start;
  const opening = firstWordPastDateline(ctx, sentence);
  // "The foreign ministers of the Democratic Republic of the Congo (DRC) and Rwanda agreed": the source
  // found may be the last words of a longer subject that opens the sentence.
  return inner.source.first === opening || (inner.source.first > opening && inner.source.first - opening <= SUBJECT_REACH && plainPhrase(ctx, opening, inner.source.first));
}

// How many tokens of a longer subject may stand before the source found at its end.
const SUBJECT_REACH = 16;

/** Whether tokens [from, to) are words and brackets only: no comma, quotation or clause break. */
function plainPhrase(ctx: FrameContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k]!;
    if (ctx.quoteOf[k] !== -1 || !(t.word || t.text === '(' || t.text === ')')) return false;
  }
  return true;
}

/**
 * A frame of a relative clause set off by commas (", who spoke on condition of anonymity,"), or of one
 * that asks for anonymity without them ("A diplomat who asked not to be named said").
 */
function describesSubject(ctx: FrameContext, frame: Frame): boolean {
  const source = frame.source;
  if (source !== null && isAppositiveNounCue(ctx, source, frame.cue.first)) return true;
  if (source === null || source.last - source.first !== 1 || !RELATIVE_SOURCES.has(ctx.tokens[source.first]!.lower)) return false;
  // "who did not wish to be identified": auxiliaries may stand between the relative and its verb.
  for (let k = source.last; k < frame.cue.first; k++) if (!BETWEEN_SUBJECT_AND_CUE.has(ctx.tokens[k]!.lower)) return false;
  return ctx.tokens[source.first - 1]?.text === ',' || opensAnonymityClause(ctx, source.first);
}

// How many words may stand between an apposition's article and its noun ("a long-time advocate").
const APPOSITION_MODIFIER_REACH = 3;

/** "Vienna, a long-time advocate of EU money for barriers, said": the cue is the noun of an apposition to its source. */
function isAppositiveNounCue(ctx: FrameContext, source: Range, cueAt: number): boolean {
  const { tokens } = ctx;
  if (tokens[source.last]?.text !== ',' || ctx.quoteOf[source.last] !== -1) return false;
  const article = source.last + 1;
  if (!ARTICLES.has(tokens[article]?.lower ?? '') || cueAt <= article || cueAt - article > APPOSITION_MODIFIER_REACH + 1) return false;
  for (let k = article + 1; k < cueAt; k++) if (!tokens[k]!.word || ctx.quoteOf[k] !== -1) return false;
  return true;
}

// "Sanders seemed to be of two minds": PolNeAR takes the whole clause as the impression
// reported, its subject included, and names no source (see isUnsourcedCue in index.ts).
const IMPRESSION_VERBS = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);
// "It seems that ...", "there appears to be ...": a dummy subject is not part of the impression.
const DUMMY_SUBJECTS = new Set(['it', 'there']);

/**
 * An impression's content reaches back over its subject. Applied after the frame model has
 * scored the frame as found (the model learned cue-then-complement frames).
 */
export function withImpressionSubject(ctx: FrameContext, frame: Frame): Frame {
  const { source } = frame;
  const { tokens } = ctx;
  if (!IMPRESSION_VERBS.has(tokens[frame.cue.first]!.lower)) return frame;
  if (!source || source.last > frame.cue.first || frame.kind === 'direct') return frame;
  if (source.last - source.first === 1 && DUMMY_SUBJECTS.has(tokens[source.first]!.lower)) return frame;
  // "Trump sometimes seems", "the two both seemed": at most two lower-case words between; a
  // subject further off ("Anderson agreed with McLenny and seemed ...") heads another clause.
  if (frame.cue.first - source.last > 2) return frame;
  for (let k = source.last; k < frame.cue.first; k++) if (!tokens[k]!.word || tokens[k]!.cap || NP_CONNECTORS.has(tokens[k]!.lower)) return frame;
  // "seemed to think that ...": the reporting verb after it carries the statement.
  const next = tokens[frame.cue.last]?.lower === 'to' ? frame.cue.last + 1 : frame.cue.last;
  if ((ctx.cuePrior[next] ?? 0) >= 0.5) return frame;
  const start = tokens[source.first]!.start;
  if (start >= frame.contentStart) return frame;
  return withContent(frame, start, frame.contentEnd, null);
}

/**
 * "The ministry later issued a statement saying ...", "Hamas released a statement saying ...": the
 * statement is what was issued; whoever issued it is the source.
 */
export function withStatementIssuer(ctx: FrameContext, frame: Frame): Frame {
  const { source, cue } = frame;
  const { tokens } = ctx;
  const sentence = ctx.sentences[frame.sentence];
  if (!source || !sentence || source.last > cue.first || !tokens[cue.first]!.lower.endsWith('ing')) return frame;
  // "released a press statement on Friday, denouncing ...": a time phrase or a comma may come between.
  for (let k = source.last; k < cue.first; k++) if (tokens[k]!.word && !TIME_WORDS.has(tokens[k]!.lower)) return frame;
  let noun = source.last - 1;
  while (noun > source.first && source.last - noun <= 4 && !SPEECH_ACT_NOUNS.has(tokens[noun]!.lower) && (TIME_WORDS.has(tokens[noun]!.lower) || tokens[noun]!.cap)) noun--;
  if (!SPEECH_ACT_NOUNS.has(tokens[noun]!.lower)) return frame;
  let verb = noun - 1;
  while (verb > sentence.first && noun - verb < 4 && !ISSUING_VERBS.has(tokens[verb]!.lower)) verb--;
  if (!ISSUING_VERBS.has(tokens[verb]!.lower) || verb <= sentence.first) return frame;
  const issuer = leftSource(ctx, sentence, verb, sentence.first);
  if (!issuer || issuer.last > verb) return frame;
  return { cue, source: issuer, contentStart: frame.contentStart, contentEnd: frame.contentEnd, quote: frame.quote, kind: frame.kind, confidence: frame.confidence, sentence: frame.sentence, byLayout: frame.byLayout };
}

/** A headline-style sentence ("Trump Slams Clinton Over Emails"): most of its words capitalised. */
function titleCase(ctx: FrameContext, sentence: Sentence): boolean {
  let cap = 0;
  let words = 0;
  for (let k = sentence.first; k < sentence.last; k++) {
    const t = ctx.tokens[k]!;
    if (!t.word) continue;
    words++;
    if (t.cap) cap++;
  }
  return cap * 2 > words;
}

// The cue's shapes (according to X, a speaker before it, a long subject) are functions of their own.
// V8 optimises a function only after it has run in proportion to its size: as one function of 3 KB
// of bytecode this needed 24 profiler ticks, which the worker warm-up never gave it, so it was
// compiled (a 100 ms TurboFan job) during the first import and compiled whole again on new feedback.
function buildFrame(ctx: FrameContext, s: number, sentence: Sentence, i: number, regionStart: number, earlier: Frame[], p: number, firmStart: number): Frame | null {
  const { tokens } = ctx;
  const t = tokens[i]!;
  const cue: Range = { first: i, last: i + 1 };
  // "Yonhap reported, citing an unnamed official, that …", "The ministry said, according to Tanjug, that …": whom
  // the relay cites, set between a cue and its "that", makes no statement of its own.
  if (citedSourceEnd(ctx, i, sentence.last) > i) return null;
  if (t.lower === 'according') return accordingToFrame(ctx, s, sentence, i, p, firmStart, earlier);
  // "Continued Stone: “...”": the cue opens the sentence, the speaker follows, then the content.
  if (i === firstWordOf(ctx, sentence) && t.cap) {
    const right = rightSource(ctx, sentence, i + 1);
    if (right && tokens[right.last]?.text === ':') {
      const frame = contentAfter(ctx, s, sentence, cue, right, right.last + 1, p, 'after');
      if (frame) return frame;
    }
  }
  // A participle opening the sentence: "Stating that ..., Kim said ...".
  if (i === firstWordOf(ctx, sentence) && t.lower.endsWith('ing')) {
    return participleOpening(ctx, s, sentence, cue, p);
  }
  // "Kim was quoted by KCNA as saying ...", "was cited by Kathimerini as saying": the one quoted speaks, not the agent.
  if ((t.lower === 'quoted' || t.lower === 'cited') && tokens[i + 1]?.lower === 'by') {
    const quotedBy = quotedByAsSaying(ctx, sentence, i, regionStart);
    if (quotedBy && sayingEndsClause(ctx, sentence, quotedBy.contentFrom)) return contentBefore(ctx, s, sentence, { first: i, last: i + 1 }, quotedBy.source, regionStart, quotedBy.source.first, p);
    if (quotedBy) return contentAfter(ctx, s, sentence, { first: i, last: i + 1 }, quotedBy.source, quotedBy.contentFrom, p, 'after');
  }
  // "The leak was first reported by the Courier": the subject is what was said, the agent said it.
  if (ctx.moreFrames && tokens[i + 1]?.lower === 'by' && ctx.quoteOf[i + 1] === -1) {
    const passive = passiveFrame(ctx, s, sentence, i, regionStart, p);
    if (passive) return passive;
  }
  let source = leftSource(ctx, sentence, i, regionStart);
  // "Adelson, a fierce supporter of …", "delivered a spirited tribute to …": after an article and a modifier the cue is
  // a noun, and whoever holds it is the clause's subject.
  if (source && isModifiedNounCue(ctx, source, i)) {
    const subject = sentenceSpeaker(ctx, sentence, earlier);
    if (subject && subject.last <= source.first) source = subject;
  }
  // "Trump at the time said", "who has in the past described": a preposition's object between the subject and the cue.
  if (source && source.last === i && PLACE_OR_TIME_PREPOSITIONS.has(tokens[source.first - 1]?.lower ?? '') && DETERMINERS.has(tokens[source.first]!.lower)) {
    const subject = leftSource(ctx, sentence, source.first - 1, regionStart);
    if (subject && subject.last === source.first - 1) source = subject;
  }
  // "is locked in a long-running dispute with Ethiopia": after an article and a compound adjective the cue is a noun.
  if (source && source.last === i && source.last - source.first === 2 && ARTICLES.has(tokens[source.first]!.lower) && /^\p{Ll}+-\p{Ll}+$/u.test(tokens[i - 1]!.text)) return null;
  // "In a statement read on state television, Foreign Minister X said": the phrase is a preposition's
  // object and the cue a participle describing it, not what anyone said; so in "Mali's government, in a statement read
  // on state television, called on …", where the phrase opens a clause set off by commas.
  if (source && (source.first - 1 === firstWordPastDateline(ctx, sentence) || (tokens[source.first - 2]?.text === ',' && ctx.quoteOf[source.first - 2] === -1)) && PHRASE_PREPOSITIONS.has(tokens[source.first - 1]!.lower) && isPastParticiple(t) && tokens[i + 1]?.word && !tokens[i + 1]!.cap && PARTICIPLE_FOLLOWERS.has(tokens[i + 1]!.lower)) return null;
  // "Farage said the President did not know ..., and accused ...": a cue right after "and"
  // coordinates with the earlier cue; a subject found inside that cue's content is not its speaker.
  const shared = coordinatedSpeaker(ctx, i, earlier);
  if (source && shared && tokens[source.first]!.start >= shared.contentStart && tokens[source.last - 1]!.end <= shared.contentEnd) source = shared.source;
  // "Obama made it clear that ...": the one who made it clear speaks, not the dummy "it".
  if (source && t.lower === 'clear' && source.last - source.first === 1 && tokens[source.first]!.lower === 'it' && MAKE_FORMS.has(tokens[source.first - 1]?.lower ?? '')) {
    source = leftSource(ctx, sentence, source.first - 1, regionStart) ?? sentenceSubject(ctx, sentence) ?? source;
  }
  // "Trump unleashed a series of tweets early Friday saying ...": a participle after a verb's
  // object speaks for the clause's subject, not for the object.
  // "He changed his mind about ...", "dismissed the story about ...": the same holds for "about".
  if (source && (t.lower.endsWith('ing') || t.lower === 'about') && (isObjectOfVerb(ctx, sentence, source) || objectBeforeCommaParticiple(ctx, sentence, source, i))) {
    const subject = sentenceSpeaker(ctx, sentence, earlier);
    if (subject && subject.last <= source.first) source = subject;
  }
  // "Kim was quoted as saying ...": the one quoted speaks, and what they said follows "as saying".
  if (source && (t.lower === 'quoted' || t.lower === 'cited') && tokens[i + 1]?.lower === 'as' && tokens[i + 2]?.lower === 'saying' && isPassive(ctx, source.last, i)) {
    const from = pastQuotingAgent(ctx, sentence, i + 3);
    if (sayingEndsClause(ctx, sentence, from)) return contentBefore(ctx, s, sentence, { first: i, last: i + 3 }, source, regionStart, source.first, p);
    return contentAfter(ctx, s, sentence, { first: i, last: i + 3 }, source, from, p, 'after');
  }
  // '"…," the state-run Pakistan Press Service quoted Khattak as saying before his departure.': nothing said follows.
  const saying = source && (t.lower === 'quoted' || t.lower === 'cited') ? asSayingAfter(ctx, sentence, i) : -1;
  if (source && saying !== -1 && occasionEndsSentence(ctx, sentence, saying + 2)) return contentBefore(ctx, s, sentence, cue, source, regionStart, source.first, p);
  // "Shoigu was asked ...": the subject of a passive cue is not its speaker.
  if (source && isPassive(ctx, source.last, i) && tokens[i + 1]?.lower !== 'by') return null;

  // ", saying ..." and ", adding ...": the sentence's subject speaks.
  if (!source && t.lower.endsWith('ing') && afterComma(ctx, i)) {
    source = sentenceSpeaker(ctx, sentence, earlier);
    if (!source) return null;
    return contentAfter(ctx, s, sentence, cue, source, i + 1, p, 'object');
  }
  if (!source && (tokens[i - 1]?.lower === 'and' || tokens[i - 1]?.lower === 'but')) {
    // "Smith said X and criticized Y": the coordinated cue shares the subject.
    source = shared ? shared.source : sentenceSpeaker(ctx, sentence, earlier);
    if (source) return contentAfter(ctx, s, sentence, cue, source, i + 1, p, 'object');
  }
  // "China firmly opposes the tariffs, spokesperson Lin Jian said": a sure cue's content reaches back over a
  // doubtful one ("opposes") to the last sure frame, as "according to" does; the nested frame then gives way.
  if (source) {
    const over = overReportedClause(ctx, sentence, source, i, earlier);
    if (over === null) return sourcedFrame(ctx, s, sentence, cue, source, i, p >= FIRM_ANCHOR_P ? firmStart : regionStart, p);
    const frame = sourcedFrame(ctx, s, sentence, cue, source, i, over, p);
    return frame && tokenAt(ctx, frame.contentEnd - 1) < source.first ? sureOverClause(frame, p, earlier) : frame;
  }
  // Inverted order: "..., said Smith." / "“...,” said the official."
  const prev = tokens[i - 1];
  // Not "…, called the shutdown “economic blackmail”": an evaluation names what it calls, not who calls it.
  if (prev && (prev.text === ',' || isQuoteMark(prev) || prev.text === '.' || i === regionStart) && !(t.lower === 'called' && quotationSoonAfter(ctx, i))) {
    // "…, said today the Minister of Mineral Resources and Energy, X": a day may come between the cue and its speaker.
    const after = INVERTED_DAY_WORDS.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
    const right = rightSource(ctx, sentence, after) ?? nounAfterDeterminer(ctx, sentence, after);
    if (right) {
      // "Malaysia has formally asked Saudi Arabia to …, said Minister X": the content reaches back over the opening
      // clause's own cue, as a closing ", X said" does.
      const over = prev.text === ',' && CLOSING_SAYING_CUES.has(t.lower) && opensWithOwnClause(ctx, sentence, earlier, i);
      const frame = contentBefore(ctx, s, sentence, cue, right, over ? sentence.first : regionStart, i, p);
      if (frame) return withParenthesisTail(ctx, sentence, over ? sureOverClause(frame, p, earlier) : frame);
    }
  }
  // "Roy Neel, who managed Gore's campaign, said in an oral history that ...": a subject too
  // long for the noun-phrase walk still speaks when a strong cue opens reported content.
  if (p >= COMPLEX_SUBJECT_MIN_P && prev?.word && !PASSIVE_AUX.has(prev.lower)) return complexSubjectFrame(ctx, s, sentence, cue, i, regionStart, earlier, p);
  return null;
}

const PLACE_OR_TIME_PREPOSITIONS = new Set(['in', 'at', 'on', 'during', 'from', 'to']);

/**
 * "a fierce supporter", "a formal complaint": an article and a lower-case modifier before a cue that is no verb. After
 * "the" the middle word may be a subject instead ("the experts say", "the poll found"); a possessive is the source itself
 * ("his recent call to …").
 */
function isModifiedNounCue(ctx: FrameContext, source: Range, i: number): boolean {
  const { tokens } = ctx;
  if (source.last !== i || source.last - source.first !== 2 || !ARTICLES.has(tokens[source.first]!.lower)) return false;
  const modifier = tokens[i - 1]!;
  const cue = tokens[i]!;
  if (!modifier.word || modifier.cap || !cue.word || cue.cap || ctx.quoteOf[i] !== -1) return false;
  if (isPastTenseWord(cue.lower) || /(?:s|ing)$/.test(cue.lower) || FINITE_AUXILIARIES.has(cue.lower) || MODALS.has(cue.lower) || PLAIN_VERB_CUES.has(cue.lower)) return false;
  return INDEFINITE_ARTICLES.has(tokens[source.first]!.lower) || (!modifier.lower.endsWith('s') && !SUBJECT_NOUNS.has(modifier.lower));
}

const INDEFINITE_ARTICLES = new Set(['a', 'an']);
// Cues a plural subject says in the present, and past forms without "-ed".
const PLAIN_VERB_CUES = new Set(['say', 'find', 'found', 'show', 'believe', 'feel', 'felt', 'think', 'thought', 'want', 'know', 'knew', 'agree', 'argue', 'claim', 'insist', 'expect', 'hope', 'fear', 'predict', 'suggest', 'contend', 'note', 'add', 'warn', 'acknowledge', 'see', 'saw', 'tell', 'write', 'wrote', 'describe', 'ask', 'urge', 'maintain', 'recall', 'admit', 'deny', 'worry', 'estimate', 'concede', 'told', 'said', 'gave', 'made', 'chose', 'spoke', 'heard', 'held', 'led', 'sought', 'meant', 'understood']);
// Singular nouns that head a subject after "the": "the poll found", "the crowd chanted".
const SUBJECT_NOUNS = new Set(['poll', 'survey', 'crowd', 'study', 'report', 'audience', 'evangelical', 'campaign', 'government', 'administration', 'committee', 'board', 'court', 'panel', 'jury', 'public', 'press', 'media', 'group', 'party', 'nonprofit']);

/**
 * "…, Araghchi was quoted as saying by IRNA.", "“…,” Ryabkov was quoted by Interfax as saying.": nothing said
 * follows "as saying" (the sentence ends, or the agent that quoted comes), so what was said went before the speaker.
 */
function sayingEndsClause(ctx: FrameContext, sentence: Sentence, at: number): boolean {
  const next = ctx.tokens[at];
  return at >= sentence.last || next === undefined || next.lower === 'by' || (!next.word && !isQuoteMark(next) && at + 1 >= sentence.last) || occasionEndsSentence(ctx, sentence, at);
}

// Words that open when something was said: "quoted Khattak as saying before his departure".
const OCCASION_OPENERS = new Set(['before', 'after', 'during', 'ahead', 'upon', 'while']);

/** Whether the words from `at` to the sentence's end tell only when something was said (no "that", no quotation). */
function occasionEndsSentence(ctx: FrameContext, sentence: Sentence, at: number): boolean {
  if (!OCCASION_OPENERS.has(ctx.tokens[at]?.lower ?? '')) return false;
  for (let k = at + 1; k < sentence.last; k++) if (ctx.quoteOf[k] !== -1 || ctx.tokens[k]!.lower === 'that' || ctx.tokens[k]!.text === ',') return false;
  return true;
}

/** "quoted as saying by IRNA that …": the "that" past the agent that quoted, or `at` when there is none. */
function pastQuotingAgent(ctx: FrameContext, sentence: Sentence, at: number): number {
  if (ctx.tokens[at]?.lower !== 'by') return at;
  for (let k = at + 1; k < Math.min(sentence.last, at + 1 + QUOTING_AGENT_REACH); k++) {
    if (ctx.quoteOf[k] !== -1) return at;
    if (ctx.tokens[k]!.lower === 'that') return k;
  }
  return at;
}

/** Whether the capitalised word at `i` closes a name whose capitalised words "of", "and" or "for" join ("Ministry of Finance and National Planning"). */
function closesJoinedName(ctx: FrameContext, sentence: Sentence, i: number): boolean {
  const { tokens } = ctx;
  for (let k = i - 1; k > sentence.first && i - k <= JOINED_NAME_REACH; k--) {
    const w = tokens[k]!;
    if (NAME_JOINERS.has(w.lower)) return tokens[k - 1]!.cap && tokens[k - 1]!.word;
    if (!w.word || !w.cap || ctx.quoteOf[k] !== -1) return false;
  }
  return false;
}

const NAME_JOINERS = new Set(['of', 'and', 'for', '&']);
const JOINED_NAME_REACH = 4;

/** "Kim was quoted by KCNA as saying": the passive's subject and where what they said starts. */
function quotedByAsSaying(ctx: FrameContext, sentence: Sentence, i: number, regionStart: number): { source: Range; contentFrom: number } | null {
  const { tokens } = ctx;
  for (let k = i + 2; k < Math.min(sentence.last - 2, i + 2 + QUOTING_AGENT_REACH); k++) {
    if (ctx.quoteOf[k] !== -1) return null;
    if (tokens[k]!.lower !== 'as' || tokens[k + 1]!.lower !== 'saying') continue;
    const source = leftSource(ctx, sentence, i, regionStart);
    return source && isPassive(ctx, source.last, i) ? { source, contentFrom: k + 2 } : null;
  }
  return null;
}

// How likely a word after "X, according to Y," must be a cue for the relay to be set inside X's attribution.
const RELAYED_CUE_PRIOR = 0.5;
// How many words the agent of "quoted by ... as saying" may take ("by the official Korean Central News Agency").
const QUOTING_AGENT_REACH = 10;

/** The frame an "according to X" cue opens, its content on either side of it. */
function accordingToFrame(ctx: FrameContext, s: number, sentence: Sentence, i: number, p: number, firmStart: number, earlier: Frame[]): Frame | null {
  const { tokens } = ctx;
  if (tokens[i + 1]?.lower !== 'to') return null;
  const cue: Range = { first: i, last: i + 2 };
  const source = accordingToSource(ctx, sentence, cue.last);
  if (!source) return null;
  const afterSource = skipToWord(ctx, sentence, source.last, [',']);
  // "Prime Minister X, according to the statement, told the cabinet that …": the relay set in commas between
  // a speaker and their own cue leaves the statement to that cue.
  if (tokens[i - 1]?.text === ',' && tokens[source.last]?.text === ',' && afterSource > source.last && (ctx.cuePrior[afterSource] ?? 0) >= RELAYED_CUE_PRIOR) return null;
  // "According to X, content." or "Content, according to X."
  if (i === firstWordOf(ctx, sentence) && afterSource < sentence.last) {
    // "According to the directorate, Hartono said that …": the relay passes on what another said; that one speaks.
    if (relaysSpeakerAt(ctx, sentence, afterSource)) return null;
    const opening = contentAfter(ctx, s, sentence, cue, source, afterSource, p, 'after');
    // "According to Serbia's Interior Ministry, about 24,000 people took part, while organisers said …": when a
    // contrast cut the content short, the layout is as sure as the cue (the frame model learned long contents).
    return opening && contrastFollows(ctx, opening) ? { ...opening, byLayout: true } : opening;
  }
  // "South Korea and Japan agreed ..., according to a statement from Seoul's defence ministry": as a closing
  // attribution does, the relay reaches back over the opening clause's own verb.
  const over = tokens[i - 1]?.text === ',' && opensWithOwnClause(ctx, sentence, earlier, i);
  const frame = contentBefore(ctx, s, sentence, cue, source, over ? sentence.first : firmStart, i, p);
  if (over && frame) return sureOverClause(frame, p, earlier);
  return frame && ctx.moreFrames ? (acrossAccordingTo(ctx, sentence, source, frame) ?? frame) : frame;
}

/** Whether a speaker and their verb of saying open the clause at `at` ("Hartono said that …", "the minister told …"). */
function relaysSpeakerAt(ctx: FrameContext, sentence: Sentence, at: number): boolean {
  const { tokens } = ctx;
  for (let k = at + 1; k < Math.min(sentence.last, at + RELAYED_SPEAKER_REACH); k++) {
    if (!tokens[k]!.word || ctx.quoteOf[k] !== -1) return false;
    if (RELAYED_SAYING.has(tokens[k]!.lower)) return leftSource(ctx, sentence, k, at)?.first === at;
  }
  return false;
}

const RELAYED_SAYING = new Set([...CLOSING_SAYING_CUES, 'tells', 'called', 'urged', 'warned', 'announced', 'described', 'insisted', 'stressed']);
const RELAYED_SPEAKER_REACH = 8;

/** Whether a quotation opens within a few words after the cue at `i` ("called the shutdown “economic blackmail”"). */
function quotationSoonAfter(ctx: FrameContext, i: number): boolean {
  for (let k = i + 1; k < Math.min(ctx.tokens.length, i + 1 + EVALUATED_REACH); k++) if (ctx.quoteOf[k] !== -1) return true;
  return false;
}

const EVALUATED_REACH = 6;

/**
 * "X said on Wednesday, after talks that ran through the night, that …": a scene set in commas between the cue and its
 * "that"; what was said starts at the "that". Else `at`.
 */
function thatPastScene(ctx: FrameContext, sentence: Sentence, at: number): number {
  const { tokens } = ctx;
  if (!TIME_SCENE_OPENERS.has(tokens[at]?.lower ?? '') || tokens[at - 1]?.text !== ',' || ctx.quoteOf[at] !== -1) return at;
  for (let k = at + 1; k < Math.min(sentence.last - 1, at + SCENE_REACH); k++) {
    if (ctx.quoteOf[k] !== -1) return at;
    if (tokens[k]!.text === ',' && tokens[k + 1]!.lower === 'that') return k + 1;
  }
  return at;
}

// The scenes of time among opensScene's openers: after "citing …", "when …" or "while …" a ", that" may be their own.
const TIME_SCENE_OPENERS = new Set(['after', 'before', 'during', 'following', 'amid', 'ahead']);
const SCENE_REACH = 16;

/** The frame of a cue whose speaker stands before it: its content follows, precedes, or runs across it. */
function sourcedFrame(ctx: FrameContext, s: number, sentence: Sentence, cue: Range, source: Range, i: number, regionStart: number, p: number): Frame | null {
  const { tokens } = ctx;
  const before = tokens[source.first - 1];
  const startAfter = thatPastScene(ctx, sentence, skipAdverbials(ctx, sentence, i + 1));
  // "…, its ambassador said Wednesday at a summit of the commission in Abuja": after what was said, the adverbials may
  // stop inside a scene's noun phrase; what follows its "of" is no statement (unlike "said of Clinton, …").
  const insideScene = startAfter > i + 1 && tokens[startAfter]?.lower === 'of' && tokens[source.first - 1]?.text === ',';
  const after = insideScene ? null : contentAfter(ctx, s, sentence, cue, source, startAfter, p, 'object');
  const afterFirst = after ? tokens[tokenAt(ctx, after.contentStart)]! : null;
  // "“...,” she said" and "..., Smith said, ...": the content precedes.
  const quoteBefore = before !== undefined && isQuoteMark(before) && ctx.quoteOf[source.first - 1] !== -1;
  // "“A,” Bush said, “B.”": one statement runs from the first quotation through the second, also past a listener or
  // an occasion ("“A,” Lavrov told reporters in Moscow, “B.”", "the ministry said in a statement, “B.”").
  if (after && after.kind === 'direct' && quoteBefore && commaOpensQuotation(ctx, cue.last, tokenAt(ctx, after.contentStart))) {
    let close = source.first - 1;
    while (close > sentence.first && isQuoteMark(tokens[close]!) && ctx.quoteOf[close] !== -1) close--;
    const frame = tokens[close]?.text === ',' ? contentBefore(ctx, s, sentence, cue, source, regionStart, source.first, p) : null;
    if (frame && frame.kind === 'direct') return withContent(frame, frame.contentStart, after.contentEnd, null);
  }
  // "In any case, Mr. DiPietro said, the industry was over-supplied": an attribution set in
  // commas inside the content splits it; the statement runs across it.
  // Not when what follows sets a scene: "..., India's foreign ministry said, after the first talks in five years", nor
  // when it is another speaker's clause: "…, the Saudi foreign ministry said, although mediators acknowledged that …".
  const afterAt = after ? tokenAt(ctx, after.contentStart) : -1;
  if (after && afterFirst && after.kind !== 'direct' && before?.text === ',' && ctx.quoteOf[source.first - 1] === -1 && tokens[cue.last]?.text === ',' && afterFirst.lower !== 'that' && !opensScene(ctx, afterAt) && !opensParticiple(ctx, afterAt) && !opensContrastedSaying(ctx, afterAt, sentence.last)) {
    const split = splitContent(ctx, sentence, regionStart, source.first - 1, after);
    if (split) return split;
  }
  if (after && afterFirst && (afterFirst.lower === 'that' || after.kind === 'direct')) return after;
  const regionWords = countWords(ctx, regionStart, source.first);
  // "..., the Elysée said on Tuesday, the latest drawdown ...": a comma after the cue's
  // trailing adverbials sets off an apposition, not what was said.
  const commaAfterCue = tokens[cue.last]?.text === ',' || (startAfter > cue.last && tokens[startAfter - 1]?.text === ',');
  // "…, X told reporters in Nairobi, adding that …": a participle after the listener adds a statement of its own.
  const participleAfter = after !== null && opensParticiple(ctx, tokenAt(ctx, after.contentStart)) && tokens[tokenAt(ctx, after.contentStart) - 1]?.text === ',';
  // "…, X told reporters on Wednesday, a day after returning from …": what follows a comma sets the scene.
  // So does one the adverbials took for an occasion: "…, the Commission announced Wednesday, in response to the tariffs".
  const sceneAfter = after !== null && sceneBetween(ctx, cue.last, tokenAt(ctx, after.contentStart) + 1);
  // "…, which requires a UN mandate before …": what comes before a relative pronoun is its antecedent's clause.
  const relative = source.last - source.first === 1 && RELATIVE_SOURCES.has(tokens[source.first]!.lower);
  const commaBefore = !relative && before?.text === ',' && regionWords >= 4 && (!after || commaAfterCue || participleAfter || sceneAfter || countWords(ctx, tokenAt(ctx, after.contentStart), tokenAt(ctx, after.contentEnd - 1) + 1) < 4);
  if (quoteBefore || commaBefore) {
    const frame = contentBefore(ctx, s, sentence, cue, source, regionStart, source.first, p);
    // "Asked on “CBS This Morning,” he said he had not ...": a quoted title closing an
    // introductory phrase does not make the phrase the content.
    // "..., spokesman X said, according to IRNA": the relay after the cue is no content.
    const titleOnly = quoteBefore && !commaBefore && frame !== null && frame.kind !== 'direct' && after !== null && afterFirst?.lower !== 'according' && countWords(ctx, tokenAt(ctx, after.contentStart), tokenAt(ctx, after.contentEnd - 1) + 1) >= 4;
    if (frame && !titleOnly) return withParenthesisTail(ctx, sentence, frame);
  }
  if (after || relative) return after;
  return contentBefore(ctx, s, sentence, cue, source, regionStart, source.first, p);
}

// How sure "X quoted Y as saying" is, whoever X is: the anchor model doubted "State media quoted" (0.15).
const QUOTED_AS_SAYING_P = 0.5;
const QUOTED_AS_SAYING_LOOKAHEAD = 30;

/** "quoted the National Aerospace Technology Administration (NATA) early Wednesday as saying": a relay's layout. */
function quotedAsSaying(ctx: FrameContext, sentence: Sentence, i: number): boolean {
  const { tokens } = ctx;
  if ((tokens[i]!.lower !== 'quoted' && tokens[i]!.lower !== 'cited') || ctx.quoteOf[i] !== -1) return false;
  return asSayingAfter(ctx, sentence, i) > i + 1;
}

/** The "as" of "as saying" after the cue at `i` (outside quotations), or -1. */
function asSayingAfter(ctx: FrameContext, sentence: Sentence, i: number): number {
  const { tokens } = ctx;
  for (let k = i + 1; k + 1 < Math.min(sentence.last, i + QUOTED_AS_SAYING_LOOKAHEAD); k++) {
    if (ctx.quoteOf[k] !== -1) return -1;
    if (tokens[k]!.lower === 'as' && tokens[k + 1]!.lower === 'saying') return k;
  }
  return -1;
}

const SIDE_NOUNS = new Set(['opposition']);
// "opposition to the plan", "opposition from farmers": what follows the noun as its object, not a noun it modifies.
const SIDE_NOUN_FOLLOWERS = new Set(['to', 'of', 'from', 'by', 'and', 'or', 'that', 'is', 'was', 'has', 'had', 'will', 'would', 'said', 'says']);

/** The frame of a cue after a subject too long for the noun-phrase walk, when it opens reported content. */
function complexSubjectFrame(ctx: FrameContext, s: number, sentence: Sentence, cue: Range, i: number, regionStart: number, earlier: Frame[], p: number): Frame | null {
  const { tokens } = ctx;
  const t = tokens[i]!;
  let subject = clauseSubject(ctx, sentence, i, regionStart);
  // "South Africa will pay Lesotho more under a new formula agreed on Thursday, the commission said": with a modal the
  // words before a doubtful cue are a clause, and the cue a participle inside it.
  if (subject && t.lower.endsWith('ed') && PARTICIPLE_TIME_FOLLOWERS.has(tokens[i + 1]?.lower ?? '') && ctx.cuePrior[i]! < DOUBTFUL_CUE_PRIOR && hasModal(ctx, subject)) subject = null;
  if (subject && t.lower.endsWith('ing') && isObjectOfVerb(ctx, sentence, subject)) {
    const main = sentenceSpeaker(ctx, sentence, earlier);
    subject = main && main.last <= subject.first ? main : null;
  }
  if (subject) {
    const after = contentAfter(ctx, s, sentence, cue, subject, skipAdverbials(ctx, sentence, i + 1), p, 'object');
    const first = after ? tokens[tokenAt(ctx, after.contentStart)]! : null;
    if (after && first && (first.lower === 'that' || after.kind === 'direct' || ctx.cuePrior[i]! >= 0.5)) return after;
  }
  return null;
}

/**
 * "“...,” said the designer, who ...": after an inverted cue, a determiner and one or two
 * lower-case words closed by punctuation name the speaker, whatever the noun.
 */
function nounAfterDeterminer(ctx: FrameContext, sentence: Sentence, i: number): Range | null {
  const { tokens } = ctx;
  if (!DETERMINERS.has(tokens[i]?.lower ?? '') || ctx.quoteOf[i] !== -1) return null;
  let k = i + 1;
  while (k < sentence.last && k - i <= 2 && tokens[k]!.word && !tokens[k]!.cap && ctx.quoteOf[k] === -1) k++;
  if (k === i + 1 || (k < sentence.last && tokens[k]!.word)) return null;
  return { first: i, last: k };
}

/**
 * When the cue follows "and" or "but", the earlier cue it coordinates with: the latest one of
 * the sentence with a speaker that does not sit inside another's content ("the President did
 * not know" inside what Farage said is not what "and accused" continues).
 */
function coordinatedSpeaker(ctx: FrameContext, i: number, earlier: Frame[]): (Frame & { source: Range }) | null {
  const { tokens } = ctx;
  let k = i - 1;
  while (k > 0 && tokens[k]!.word && ASKED_ADVERBS.has(tokens[k]!.lower)) k--;
  if (tokens[k]?.lower !== 'and' && tokens[k]?.lower !== 'but') return null;
  const cueStart = (f: Frame) => tokens[f.cue.first]!.start;
  for (let e = earlier.length - 1; e >= 0; e--) {
    const f = earlier[e]!;
    if (!f.source) continue;
    if (earlier.some((o) => o !== f && cueStart(f) >= o.contentStart && cueStart(f) < o.contentEnd)) continue;
    // "The network said in a report published on Monday that …, and called on …": nor one between a cue and its content.
    if (earlier.some((o) => o !== f && o.source && o.cue.last <= f.cue.first && cueStart(f) < o.contentStart)) continue;
    return f as Frame & { source: Range };
  }
  return null;
}

/** ", adding" and "a “ridiculous proposition,” adding": a comma, maybe inside a closing quotation, precedes. */
function afterComma(ctx: FrameContext, i: number): boolean {
  const { tokens } = ctx;
  let k = i - 1;
  while (k > 0 && isQuoteMark(tokens[k]!) && ctx.quoteOf[k] !== -1) k--;
  return tokens[k]?.text === ',';
}

/** The content of "A, he said, B": from the clause's start through B, when A can open a statement. */
function splitContent(ctx: FrameContext, sentence: Sentence, regionStart: number, comma: number, after: Frame): Frame | null {
  const { tokens } = ctx;
  let first = Math.max(regionStart, sentence.first);
  while (first < comma && !tokens[first]!.word && ctx.quoteOf[first] === -1) first++;
  if (first >= comma) return null;
  for (let k = first; k < comma; k++) if (ctx.quoteOf[k] !== -1 || tokens[k]!.text === ';' || tokens[k]!.text === ':') return null;
  // "On Tuesday, Trump said ...": a short time phrase sets the scene, not the content.
  // "This campaign, he says, is different": a phrase that opens like one but names no time is the subject.
  if (TIME_WORDS.has(tokens[first]!.lower) && countWords(ctx, first, comma) < 4 && namesTime(ctx, first, comma)) return null;
  // "..., the JCS said, the first such launch in two months": what follows sums up the event; it continues nothing.
  if (sumsUpEvent(ctx, tokenAt(ctx, after.contentStart))) return null;
  // "..., South Korea's military said, a week into the allies' exercise": nor does a time measured from another event.
  if (measuredScene(ctx, tokenAt(ctx, after.contentStart))) return null;
  return withContent(after, tokens[first]!.start, after.contentEnd, after.quote);
}

const RANKING_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'latest', 'last', 'biggest', 'largest', 'highest', 'lowest', 'worst', 'deadliest', 'strongest']);

/**
 * "the first such launch in two months", "in the first attack on a merchant vessel this year",
 * "in what officials called ...": after an attribution, the writer sums up the event.
 */
function sumsUpEvent(ctx: FrameContext, k: number): boolean {
  const { tokens } = ctx;
  const at = (j: number) => tokens[j]?.lower ?? '';
  if (at(k) === 'in' && at(k + 1) === 'what') return true;
  const from = at(k) === 'in' || at(k) === 'on' ? k + 1 : k;
  // "the North's first launch in nearly three months", "its biggest drill": the event's owner may stand before the ranking.
  if (POSSESSIVE_DETERMINERS.has(at(from))) return RANKING_WORDS.has(at(from + 1));
  const owned = /['’]s$/.test(at(from + 1)) ? from + 2 : from + 1;
  return ARTICLES.has(at(from)) && RANKING_WORDS.has(at(owned));
}

// Words that open what follows ", according to X," when it is not the rest of the content.
const NOT_RESUMING = new Set(['who', 'whom', 'which', 'whose', 'and', 'but', 'or', 'where', 'when', 'while', 'as', 'according', 'including', 'which', 'though', 'although']);
const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'one', 'former', 'his', 'her', 'their', 'its']);
// "At the heart of the dispute, according to X, was ...": the opening phrase stays short.
const ACROSS_MAX_WORDS = 8;

/**
 * "The next day, according to Lund, the mayor made further demands": a mid-sentence "according
 * to X" set in commas splits the content, which runs on past it to the clause's end.
 */
function acrossAccordingTo(ctx: FrameContext, sentence: Sentence, source: Range, frame: Frame): Frame | null {
  const { tokens } = ctx;
  if (frame.kind === 'direct' || tokens[frame.cue.first - 1]?.text !== ',' || tokens[source.last]?.text !== ',') return null;
  if (countWords(ctx, tokenAt(ctx, frame.contentStart), frame.cue.first) > ACROSS_MAX_WORDS) return null;
  let k = source.last + 1;
  // ", a former envoy," after the name describes the source.
  if (APPOSITION_OPENERS.has(tokens[k]?.lower ?? '')) {
    let comma = k;
    while (comma < Math.min(sentence.last, k + 10) && !(tokens[comma]!.text === ',' && ctx.quoteOf[comma] === -1)) comma++;
    if (comma < sentence.last && tokens[comma]!.text === ',') k = comma + 1;
  }
  const resume = tokens[k];
  if (!resume || k >= sentence.last || !resume.word || ctx.quoteOf[k] !== -1 || NOT_RESUMING.has(resume.lower) || resume.lower.endsWith('ing')) return null;
  const last = endOfContent(ctx, sentence, k);
  if (countWords(ctx, k, last) < 2) return null;
  return withContent(frame, frame.contentStart, tokens[last - 1]!.end, null);
}

/** Whether a short phrase ends in a time word, a number or a capitalised name (a day, a month). */
function namesTime(ctx: FrameContext, first: number, end: number): boolean {
  let last = end - 1;
  while (last > first && !ctx.tokens[last]!.word) last--;
  const t = ctx.tokens[last]!;
  return last === first || TIME_WORDS.has(t.lower) || /^\d/.test(t.text) || t.cap;
}

/** Whether a lower-case noun phrase follows a verb ("unleashed a series of tweets"). */
function isObjectOfVerb(ctx: FrameContext, sentence: Sentence, source: Range): boolean {
  const { tokens } = ctx;
  const head = tokens[source.first]!;
  const verb = tokens[source.first - 1];
  if (head.cap || SUBJECT_PRONOUN_FORMS.has(head.lower) || !verb || source.first - 1 < sentence.first) return false;
  if (!verb.word || verb.cap || ctx.quoteOf[source.first - 1] !== -1 || NP_CONNECTORS.has(verb.lower) || BETWEEN_SUBJECT_AND_CUE.has(verb.lower)) return false;
  return VERB_FORM.test(verb.lower);
}

/**
 * "Blackwell endorsed Cruz last week, saying ..." and "Cruz made a pitch to New York voters,
 * saying ...": before a participle set off by a comma, a name after a verb or preposition is
 * its object, however capitalised.
 */
/**
 * Who speaks for the sentence so far: the source of its last earlier frame that is not itself inside
 * another's content, else the sentence's subject. In "X criticised a Brazilian plan to cap imports,
 * saying ...", "plan" may read as a cue of its own, but it sits in what X criticised, and X goes on.
 */
function sentenceSpeaker(ctx: FrameContext, sentence: Sentence, earlier: readonly Frame[]): Range | null {
  if (earlier.length === 0) return sentenceSubject(ctx, sentence);
  const { tokens } = ctx;
  for (let k = earlier.length - 1; k >= 0; k--) {
    const cueStart = tokens[earlier[k]!.cue.first]!.start;
    if (!earlier.some((other, o) => o !== k && cueStart >= other.contentStart && cueStart < other.contentEnd)) return earlier[k]!.source;
  }
  return earlier[earlier.length - 1]!.source;
}

function objectBeforeCommaParticiple(ctx: FrameContext, sentence: Sentence, source: Range, cueAt: number): boolean {
  const { tokens } = ctx;
  const before = tokens[source.first - 1];
  if (!afterComma(ctx, cueAt) || !before || source.first - 1 < sentence.first || !before.word || before.cap || ctx.quoteOf[source.first - 1] !== -1) return false;
  if (SUBJECT_PRONOUN_FORMS.has(tokens[source.first]!.lower)) return false;
  return OBJECT_PREPOSITIONS.has(before.lower) || (VERB_FORM.test(before.lower) && !NP_CONNECTORS.has(before.lower) && !BETWEEN_SUBJECT_AND_CUE.has(before.lower));
}

const OBJECT_PREPOSITIONS = new Set(['to', 'for', 'at', 'of', 'on', 'about', 'with', 'against', 'toward', 'towards']);
const PHRASE_PREPOSITIONS = new Set(['in', 'with', 'under', 'through', 'via']);
// What follows a participle ("read on state television", "issued by the ministry", "posted late on Monday").
const PARTICIPLE_FOLLOWERS = new Set(['on', 'by', 'at', 'in', 'late', 'earlier', 'out', 'aloud', 'from', 'after', 'during', 'over', 'to']);
const IRREGULAR_PARTICIPLES = new Set(['read', 'written', 'sent', 'broadcast', 'shown', 'given', 'made', 'put', 'spoken', 'taken']);

function isPastParticiple(t: Token): boolean {
  return t.lower.endsWith('ed') || IRREGULAR_PARTICIPLES.has(t.lower);
}

/** "a police warning", "a J-Alert missile warning": an article and one to three nouns before token i. */
function nounCompoundBefore(ctx: FrameContext, sentence: Sentence, i: number): boolean {
  const { tokens } = ctx;
  for (let k = i - 1; k >= Math.max(sentence.first, i - 1 - NOUN_COMPOUND_REACH); k--) {
    if (ARTICLES.has(tokens[k]!.lower)) return k < i - 1;
    if (!tokens[k]!.word || ctx.quoteOf[k] !== -1) return false;
  }
  return false;
}

/**
 * "Trade talks resumed in Geneva", "Defence talks will resume": a cue that is also a plural noun, after a
 * modifier and right before the clause's own verb, is that verb's subject.
 */
function isSubjectNoun(ctx: FrameContext, sentence: Sentence, i: number): boolean {
  const { tokens } = ctx;
  if (!PLURAL_NOUN_CUES.has(tokens[i]!.lower) || i === sentence.first || !tokens[i - 1]!.word) return false;
  const next = tokens[i + 1];
  if (!next?.word || next.cap || ctx.quoteOf[i + 1] !== -1 || i + 1 >= sentence.last) return false;
  if (FINITE_AUXILIARIES.has(next.lower)) return true;
  return isPastTenseWord(next.lower) && (i + 2 >= sentence.last || AFTER_INTRANSITIVE.has(tokens[i + 2]!.lower));
}

const MAKE_FORMS = new Set(['made', 'make', 'makes', 'making']);
const SUBJECT_PRONOUN_FORMS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'who', 'which', 'that']);
const VERB_FORM = /(ed|sent|gave|made|took|put|wrote|got|held|brought|told|released|issued|posted|unleashed)$/;

const COMPLEX_SUBJECT_MIN_P = 0.5;
const CLAUSE_OPENERS = new Set(['but', 'and', 'yet', 'so', 'still', 'even', 'meanwhile', 'however', 'now', 'also', 'then']);

/** The words from the clause's start to the cue, when they can be its subject. */
function clauseSubject(ctx: FrameContext, sentence: Sentence, cueAt: number, regionStart: number): Range | null {
  const { tokens } = ctx;
  // "JAKARTA (Wire) - X from the opposition party said": the subject starts past the dateline.
  const first = pastClauseOpeners(ctx, sentence, Math.max(regionStart, firstWordPastDateline(ctx, sentence)), cueAt);
  if (first === -1) return null;
  // Words right after an earlier verb are its object, not a new subject; a participle may still use them.
  const before = tokens[first - 1];
  if (first > sentence.first && before?.word && !CLAUSE_OPENERS.has(before.lower) && !tokens[cueAt]!.lower.endsWith('ing')) return null;
  let last = cueAt;
  while (last > first && (!tokens[last - 1]!.word || BETWEEN_SUBJECT_AND_CUE.has(tokens[last - 1]!.lower))) last--;
  if (last <= first || last - first > 40) return null;
  const head = tokens[first]!;
  if (!(head.cap || /^\d/.test(head.text) || DETERMINERS.has(head.lower) || SOURCE_QUANTIFIERS.has(head.lower))) return null;
  for (let k = first; k < last; k++) if (ctx.quoteOf[k] !== -1 || tokens[k]!.text === ';' || tokens[k]!.text === ':') return null;
  return { first, last };
}

const DOUBTFUL_CUE_PRIOR = 0.5;
const PARTICIPLE_TIME_FOLLOWERS = new Set(['on', 'in', 'at', 'last', 'this', 'earlier', 'yesterday', 'today']);

function hasModal(ctx: FrameContext, range: Range): boolean {
  for (let k = range.first; k < range.last; k++) if (MODALS.has(ctx.tokens[k]!.lower)) return true;
  return false;
}

const SOURCE_QUANTIFIERS = new Set(['most', 'many', 'some', 'several', 'few', 'all', 'both', 'nearly', 'about', 'more', 'half', 'two', 'three', 'another', 'other', 'each', 'every', 'even']);

/**
 * "The House is expected to pass the bill": an expectation nobody is named for. The whole
 * clause is the content; the statement has no source.
 */
function expectationFrame(ctx: FrameContext, s: number, sentence: Sentence, i: number, regionStart: number): Frame | null {
  const { tokens } = ctx;
  if (tokens[i + 1]?.lower !== 'to' || ctx.quoteOf[i + 1] !== -1) return null;
  let j = i - 1;
  while (j > sentence.first && EXPECTATION_ADVERBS.has(tokens[j]!.lower)) j--;
  if (j < sentence.first || !EXPECTATION_AUX.has(tokens[j]!.lower)) return null;
  let first = Math.max(regionStart, sentence.first);
  // "… quoted X as saying that Delia was expected to make landfall": what is expected is the clause after "that"; in
  // "a race that is widely expected to grow", "that" is the clause's subject.
  for (let k = j - 1; k > first; k--) {
    if (tokens[k]!.lower === 'that' && ctx.quoteOf[k] === -1) {
      first = k + 1 === j ? k : k + 1;
      break;
    }
  }
  while (first < j && (!tokens[first]!.word || CLAUSE_OPENERS.has(tokens[first]!.lower)) && ctx.quoteOf[first] === -1) first++;
  if (first >= j) return null;
  const last = endOfContent(ctx, sentence, i + 2, tokens[i]!.lower);
  if (last <= i + 2) return null;
  // "Abu Dhabi is expected to follow …, a Pakistani official said.": someone is named for the expectation after all.
  if (CLOSING_SAYING_RE.test(ctx.text.slice(tokens[i]!.end, tokens[sentence.last - 1]!.end))) return null;
  return {
    cue: { first: j, last: i + 1 },
    source: null,
    contentStart: tokens[first]!.start,
    contentEnd: tokens[last - 1]!.end,
    quote: null,
    kind: 'indirect',
    confidence: EXPECTATION_CONFIDENCE,
    sentence: s,
    byLayout: true,
  };
}

/**
 * "Asked whether he would run, Smith said ..." and "Sanders was asked about the case": the
 * question is reported, and whoever asked it is not named.
 */
function questionFrame(ctx: FrameContext, s: number, sentence: Sentence, i: number): Frame | null {
  const { tokens } = ctx;
  const first = firstWordOf(ctx, sentence);
  let j = i - 1;
  while (j > first && tokens[j]!.word && ASKED_ADVERBS.has(tokens[j]!.lower)) j--;
  const opening = i === first || (j === first && tokens[j]!.lower === 'when');
  const passive = !opening && j >= first && PASSIVE_AUX.has(tokens[j]!.lower);
  if (!opening && !passive) return null;
  if (tokens[i + 1]?.lower === 'by') return null;
  const cue = { first: passive ? j : i, last: i + 1 };
  let from = i + 1;
  while (from < sentence.last && tokens[from]!.word && ASKED_ADVERBS.has(tokens[from]!.lower)) from++;
  from = skipToWord(ctx, sentence, from, [',', ':']);
  if (from >= sentence.last) return null;
  let next = tokens[from]!;
  // "Asked about the budget, Ito said ...": a topic that only introduces the answer is part of
  // the answer's setting; "Sanders was asked about the case." reports the question itself.
  const opensQuote = ctx.quoteOf[from] !== -1 && ctx.quotes[ctx.quoteOf[from]!]!.start === next.start;
  const subordinate = opening || ANSWER_INTRODUCERS.has(tokens[first]!.lower);
  if (!opensQuote && !QUESTION_OPENERS.has(next.lower) && !(passive && next.lower === 'to') && subordinate) return null;
  if (next.lower === 'about') {
    cue.last = from + 1;
    from = skipToWord(ctx, sentence, from + 1, [',', ':']);
    if (from >= sentence.last) return null;
    next = tokens[from]!;
  }
  // "was asked to name ...": the one asked belongs to the request.
  const startAt = passive && next.lower === 'to' ? clauseStart(ctx, sentence, j) : from;
  if (startAt === -1) return null;
  let last = -1;
  if (opening) {
    for (let k = from; k < sentence.last; k++) {
      if (tokens[k]!.text === ',' && ctx.quoteOf[k] === -1) {
        last = k;
        break;
      }
    }
    if (last === -1) return null;
  } else last = endOfContent(ctx, sentence, from, 'asked');
  while (last > from && /^[,;:—–-]$/.test(tokens[last - 1]!.text) && ctx.quoteOf[last - 1] === -1) last--;
  if (countWords(ctx, from, last) < 1) return null;
  const q = ctx.quoteOf[from]!;
  const whole = q !== -1 && ctx.quotes[q]!.start === next.start && ctx.quotes[q]!.end >= tokens[last - 1]!.end;
  return {
    cue,
    source: null,
    contentStart: tokens[startAt]!.start,
    contentEnd: tokens[last - 1]!.end,
    quote: whole && startAt === from ? q : null,
    kind: whole && startAt === from ? 'direct' : 'indirect',
    confidence: QUESTION_CONFIDENCE,
    sentence: s,
    byLayout: true,
  };
}

const ASKED_ADVERBS = new Set(['specifically', 'directly', 'repeatedly', 'later', 'then', 'also', 'again', 'recently', 'once', 'often', 'previously', 'not', 'never', 'first', 'being']);
const QUESTION_CONFIDENCE = 0.7;
const ANSWER_INTRODUCERS = new Set(['when', 'after', 'as', 'while', 'once', 'if', 'asked', 'before', 'since']);
const QUESTION_OPENERS = new Set(['whether', 'if', 'what', 'why', 'how', 'who', 'whom', 'whose', 'which', 'when', 'where']);

/** The first word of the clause holding token `at`, past any conjunction. */
function clauseStart(ctx: FrameContext, sentence: Sentence, at: number): number {
  const { tokens } = ctx;
  let k = at;
  while (k > sentence.first && ctx.quoteOf[k - 1] === -1 && !/^[,;:—–]$/.test(tokens[k - 1]!.text)) k--;
  while (k < at && (!tokens[k]!.word || CLAUSE_OPENERS.has(tokens[k]!.lower))) k++;
  return k < at ? k : -1;
}

const EXPECTATION_AUX = new Set(['is', 'are', 'was', 'were', '’s', "'s"]);
const EXPECTATION_ADVERBS = new Set(['widely', 'not', 'also', 'now', 'still', 'generally', 'largely', 'broadly']);
// Share of "is expected to" clauses annotated as attributions in the training split.
const EXPECTATION_CONFIDENCE = 0.75;

const SHARED_BELIEF_VERBS = new Set(['hoped', 'hopes', 'expected', 'expects', 'wanted', 'wants', 'believed', 'believes', 'feared', 'fears', 'trusted', 'trusts', 'wished', 'wishes']);

function endOfContent(ctx: FrameContext, sentence: Sentence, from: number, cueWord = ''): number {
  const { tokens } = ctx;
  const learned = ctx.learnedContentEnds ? chooseContentEnd(ctx, sentence, from, cueWord) : null;
  if (learned !== null) {
    let last = learned;
    // 'said the EU was following the situation "with great attention" and hoped that …': where the model ends the
    // content before a hope the same speaker adds, it runs on to that hope's end.
    if ((tokens[last]?.lower === 'and' || tokens[last]?.lower === 'but') && SHARED_BELIEF_VERBS.has(tokens[last + 1]?.lower ?? '') && ctx.quoteOf[last] === -1 && last + 2 < sentence.last) {
      return endOfContent(ctx, sentence, last + 2, tokens[last + 1]!.lower);
    }
    // 'said the bloc remains "open to dialogue" on a new agreement, but that any future deal must …', 'urged them to end
    // "collective expulsions" and to let each person …': a second "that" or "to" coordinated after the model's end.
    const joint = tokens[last]?.text === ',' ? last + 1 : last;
    const second = tokens[joint + 1]?.lower;
    const coordinated = (tokens[joint]?.lower === 'and' && second === 'to' && opensInfinitive(ctx, joint + 1)) || (tokens[joint]?.lower === 'but' && joint === last + 1 && second === 'that' && CLAUSE_TAKING_CUES.has(cueWord) && !AFTER_DEMONSTRATIVE_THAT.has(tokens[joint + 2]?.lower ?? ''));
    if (coordinated && ctx.quoteOf[joint] === -1 && joint + 3 < sentence.last) {
      return endOfContent(ctx, sentence, joint + 2, cueWord);
    }
    // "... is depleted and says he will ...": a second reporting verb always ends the first content.
    for (let k = from + 1; k < last; k++) {
      // ", Deputy Prime Minister Gennady Zolotaryov said": an attribution of its own, however long its speaker's
      // title, and however short the content before it ("welcomed the vote, his office said").
      const attribution = tokens[k]!.text === ',' && !(k === from + 1 && tokens[from]!.lower === 'that') && startsAttribution(ctx, sentence, k + 1);
      // ", while Human Rights Watch urged ...": a second speaker's clause.
      const contrasted = tokens[k]!.text === ',' && CONTRAST_OPENERS.has(tokens[k + 1]?.lower ?? '') && subjectThenCue(ctx, k + 2, last);
      // "said that A and that it hoped B", "said A and that China hoped B": a "that" after "and" coordinates what
      // was said; it opens no new speaker.
      const secondThat = tokens[k]!.lower === 'and' && tokens[k + 1]?.lower === 'that' && tokens[k + 2]?.word === true && !/^['’]/.test(tokens[k + 2]!.text);
      // "told reporters that Moscow was "not taking sides" and hoped Abu Dhabi …": a hope or expectation the same
      // speaker adds is part of what they said.
      const sharedBelief = (tokens[k]!.lower === 'and' || tokens[k]!.lower === 'but') && SHARED_BELIEF_VERBS.has(tokens[k + 1]?.lower ?? '');
      // "…, and demanded that the health minister appear": a second reporting verb and its "that", however rare a cue.
      const secondCue = tokens[k]!.lower === 'and' && tokens[k - 1]?.text === ',' && ctx.cuePrior[k + 1]! >= SECOND_THAT_CUE_PRIOR && tokens[k + 2]?.lower === 'that';
      // What the writer adds: "said it respected Djibouti's decisions, in a statement widely read as …" (the occasion),
      // "…, a day after Serbian border police began turning back cars" (a time measured from another event), and the
      // occasion after an evaluation's quotation ('called the decree "an improvisation" in a speech to the Assembly').
      const writersAside =
        (tokens[k]!.text === ',' && tokens[k + 1]?.lower === 'in' && opensOccasion(tokens, k + 1, last)) ||
        (tokens[k]!.text === ',' && measuredScene(ctx, k + 1)) ||
        (k > from && isQuoteMark(tokens[k - 1]!) && ctx.quoteOf[k - 1] !== -1 && ctx.quotes[ctx.quoteOf[k - 1]!]!.end === tokens[k - 1]!.end && opensOccasion(tokens, k, last)) ||
        // '… "at war with organised crime" as he declared a state of emergency': what the speaker did meanwhile.
        (k >= from + 3 && concurrentAct(tokens, k)) ||
        // "said Türkiye is determined to reopen the corridor, as Russian and Ukrainian delegations met in Istanbul": what
        // others did meanwhile.
        (k >= from + 3 && tokens[k]!.text === ',' && concurrentEvent(ctx, k + 1)) ||
        // "said it can no longer carry the burden alone, after a wooden boat with 150 refugees reached Aceh": what happened
        // before, told by the writer.
        (k >= from + 3 && tokens[k]!.text === ',' && eventBefore(ctx, k + 1)) ||
        // 'has called the revocation "unlawful" and taken the case to arbitration': after an evaluation's quotation,
        // what the speaker went on to do.
        (k > from && EVALUATING_CUES.has(cueWord) && tokens[k]!.lower === 'and' && isQuoteMark(tokens[k - 1]!) && ctx.quoteOf[k - 1] !== -1 && ctx.quotes[ctx.quoteOf[k - 1]!]!.end === tokens[k - 1]!.end && (isPastTenseWord(tokens[k + 1]?.lower ?? '') || IRREGULAR_PARTICIPLES.has(tokens[k + 1]?.lower ?? '')) && ctx.cuePrior[k + 1]! < 0.5) ||
        // "has warned that it will answer leaflet launches with retaliation, and last year it sent balloons": what the
        // speaker did, told after a time, is the writer's.
        (k > from + 2 && tokens[k]!.text === ',' && tokens[k + 1]?.lower === 'and' && actAfterTime(ctx, k + 2)) ||
        // "said it had shot down five jets, a claim New Delhi denied": the writer's note on the claim.
        (tokens[k]!.text === ',' && ARTICLES.has(tokens[k + 1]?.lower ?? '') && CLAIM_NOUNS.has(tokens[k + 2]?.lower ?? '')) ||
        // 'said the deal "strengthens stability in the whole Fergana Valley", where the borders …': the writer's
        // relative clause after the speaker's closing quotation.
        (tokens[k]!.text === ',' && k > from && isQuoteMark(tokens[k - 1]!) && ctx.quoteOf[k - 1] !== -1 && ctx.quotes[ctx.quoteOf[k - 1]!]!.end === tokens[k - 1]!.end && WRITERS_RELATIVES.has(tokens[k + 1]?.lower ?? ''));
      if (ctx.quoteOf[k] === -1 && !secondThat && !sharedBelief && (attribution || contrasted || writersAside || secondCue || (k >= from + 3 && (tokens[k]!.lower === 'and' || tokens[k]!.lower === 'but' || tokens[k]!.text === ',') && (ctx.cuePrior[k + 1]! >= 0.5 || subjectThenCue(ctx, k + 1, last)) && ctx.quoteOf[k + 1] === -1 && !insideVerbList(ctx, k, last)))) {
        last = k;
        break;
      }
      // '… "more hawkish than expected," while Commerzbank's X said …': the comma closed inside the quotation.
      if (isQuoteMark(tokens[k]!) && tokens[k - 1]?.text === ',' && ctx.quoteOf[k] !== -1 && ctx.quotes[ctx.quoteOf[k]!]!.end === tokens[k]!.end && CONTRAST_OPENERS.has(tokens[k + 1]?.lower ?? '') && subjectThenCue(ctx, k + 2, last)) {
        last = k + 1;
        break;
      }
    }
    while (last > from && /^[.,;:!?…—–(-]$/.test(tokens[last - 1]!.text) && ctx.quoteOf[last - 1] === -1) last--;
    return last;
  }
  let last = sentence.last;
  for (let k = from; k < sentence.last; k++) {
    // ", according to X" closes the reported content.
    if (ctx.quoteOf[k] !== -1 || k < from + 3) continue;
    const t = tokens[k]!;
    const next = tokens[k + 1];
    if ((t.lower === 'and' || t.lower === 'but') && cueProbability(next?.lower ?? '') >= 0.5) {
      last = k;
      break;
    }
    // ", while ...", ", putting ...", ", but argues ...": a new clause of the writer's.
    if (t.text === ',' && next && ctx.quoteOf[k + 1] === -1 && (CLAUSE_BREAK.has(next.lower) || (next.lower.endsWith('ing') && cueProbability(next.lower) > 0))) {
      last = k;
      break;
    }
    if (t.text === ';' || (t.text === ',' && next && ctx.quoteOf[k + 1] === -1 && TRAILING_CLAUSE.has(next.lower) && tokens[k + 2]?.lower !== 'that')) {
      last = k;
      break;
    }
    if (t.text === ',' && startsAttribution(ctx, sentence, k + 1)) {
      last = k;
      break;
    }
    if ((t.text === '—' || t.text === '–') && ctx.quoteOf[k + 1] === -1) {
      last = k;
      break;
    }
    if (tokens[k]!.text === ',' && tokens[k + 1]?.lower === 'according' && tokens[k + 2]?.lower === 'to' && ctx.quoteOf[k] === -1) {
      last = k;
      break;
    }
  }
  while (last > from && /^[.,;:!?…—–-]$/.test(tokens[last - 1]!.text) && ctx.quoteOf[last - 1] === -1) last--;
  return last;
}

// Cues whose object is a clause, which ", but that …" may coordinate ("but that report concerned …" after "referenced" is a new sentence's).
const CLAUSE_TAKING_CUES = new Set(['said', 'says', 'say', 'told', 'tells', 'added', 'stated', 'insisted', 'argued', 'warned', 'noted', 'stressed', 'acknowledged', 'conceded']);
// "but that has begun to change": a verb right after "that" makes it a demonstrative, not a second clause's opener.
const AFTER_DEMONSTRATIVE_THAT = new Set(['has', 'had', 'is', 'was', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'does', 'did', 'seems', 'remains', 'means', 'made', 'makes']);
// How likely a verb after ", and" and before "that" must be a cue to open a second statement ("demanded" is 0.33).
const SECOND_THAT_CUE_PRIOR = 0.2;

// A time opening a clause: "last year", "on Monday", "in 2023", "earlier".
const CLAUSE_TIME_RE = /^(?:(?:last|this|that|next)\s+(?:year|month|week|spring|summer|autumn|fall|winter)|(?:on|in|since|by)\s+[\p{L}\d]+|earlier|later|previously|then|since then)\s+/u;

/** "last year it sent thousands of balloons": a time, then a pronoun subject and its past-tense verb, from token `k`. */
function actAfterTime(ctx: FrameContext, k: number): boolean {
  const { tokens } = ctx;
  const start = tokens[k];
  if (!start || ctx.quoteOf[k] !== -1) return false;
  const time = CLAUSE_TIME_RE.exec(ctx.text.slice(start.start, start.start + 40));
  if (!time) return false;
  const subject = tokenAt(ctx, start.start + time[0].length);
  return ['it', 'they', 'he', 'she'].includes(tokens[subject]?.lower ?? '') && isPastTenseWord(tokens[subject + 1]?.lower ?? '') && ctx.cuePrior[subject + 1]! < 0.5;
}

/** "as he declared", "as she signed": the speaker's own act at the time, which the writer tells at `k`. */
function concurrentAct(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.lower !== 'as' || !CONCURRENT_SUBJECTS.has(tokens[k + 1]?.lower ?? '')) return false;
  const verb = tokens[k + 2];
  return verb !== undefined && verb.word && !verb.cap && verb.lower.length > 4 && verb.lower.endsWith('ed');
}

const CONCURRENT_SUBJECTS = new Set(['he', 'she', 'they']);
// Cues whose content is an object and the speaker's verdict on it ('called the revocation "unlawful"').
const EVALUATING_CUES = new Set(['called', 'branded', 'termed', 'labelled', 'labeled', 'dubbed']);
// Words after "as" that open no clause of its own ("as well", "as many", "as it said" is the speaker's).
const NOT_CONCURRENT_SUBJECTS = new Set(['well', 'many', 'much', 'long', 'soon', 'far', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'a', 'an', 'part', 'such', 'if', 'though', 'usual']);
// How many words a named subject after "as" may take ("External Affairs Minister Arvind Khosla").
const CONCURRENT_SUBJECT_REACH = 7;

/** "as Russian and Ukrainian delegations met", "as External Affairs Minister X held talks": a named subject's act at `k`. */
function concurrentEvent(ctx: FrameContext, k: number): boolean {
  const { tokens } = ctx;
  if (tokens[k]?.lower !== 'as' || ctx.quoteOf[k] !== -1) return false;
  let j = k + 1;
  if (tokens[j]?.lower === 'the') j++;
  // "as haze pushed air quality into the unhealthy range": a lower-case subject right before its past-tense verb.
  if (tokens[j]?.word && !tokens[j]!.cap && !NOT_CONCURRENT_SUBJECTS.has(tokens[j]!.lower) && !isPastTenseWord(tokens[j]!.lower) && isPastTenseWord(tokens[j + 1]?.lower ?? '') && ctx.quoteOf[j] === -1) return true;
  if (!tokens[j]?.cap) return false;
  for (const end = j + CONCURRENT_SUBJECT_REACH; j < end && tokens[j]?.word && ctx.quoteOf[j] === -1; j++) {
    const t = tokens[j]!;
    if (t.cap || t.lower === 'and' || t.lower === 'of') continue;
    // The first lower-case word: the act, or a plural the act follows ("delegations met").
    if (isPastTenseWord(t.lower)) return true;
    if (!t.lower.endsWith('s') || !isPastTenseWord(tokens[j + 1]?.lower ?? '')) return false;
  }
  return false;
}

// How many tokens the subject of an event told after "after" may take ("a wooden boat with about 150 refugees on board,
// most of them women and children,").
const EVENT_SUBJECT_REACH = 20;

/** "after a wooden boat … reached", "after the Houthis fired": a subject of its own, then its act in the past tense. */
function eventBefore(ctx: FrameContext, k: number): boolean {
  const { tokens } = ctx;
  if (tokens[k]?.lower !== 'after' || ctx.quoteOf[k] !== -1) return false;
  const opener = tokens[k + 1];
  if (!opener?.word || !(ARTICLES.has(opener.lower) || opener.cap)) return false;
  for (let j = k + 2; j < k + 2 + EVENT_SUBJECT_REACH && (tokens[j]?.word || tokens[j]?.text === ',') && ctx.quoteOf[j] === -1; j++) {
    if (tokens[j]!.word && !tokens[j]!.cap && isPastTenseWord(tokens[j]!.lower)) return true;
  }
  return false;
}

/** Whether ", while X said …" follows the frame's content. */
function contrastFollows(ctx: FrameContext, frame: Frame): boolean {
  const next = tokenAt(ctx, frame.contentEnd);
  const comma = ctx.tokens[next]?.text === ',' ? next : next + 1;
  return ctx.tokens[comma]?.text === ',' && CONTRAST_OPENERS.has(ctx.tokens[comma + 1]?.lower ?? '');
}

/** "... and three-quarters said ...", "... but she argued ...": a new subject with its own reporting verb. */
function subjectThenCue(ctx: FrameContext, i: number, limit: number): boolean {
  const { tokens } = ctx;
  for (let k = i; k < Math.min(limit, i + 5); k++) {
    const t = tokens[k]!;
    if (!t.word || ctx.quoteOf[k] !== -1) return false;
    // "finance night trains and high-speed rail links": "rail" reports only when it rails against or at someone.
    if (k > i && ctx.cuePrior[k]! >= 0.5 && !isRailWithoutTarget(ctx, k)) return true;
    if (!(isSourceToken(t) || SUBJECT_PRONOUN_FORMS.has(t.lower) || DETERMINERS.has(t.lower) || OFFICE_PREMODIFIERS.has(t.lower) || /-/.test(t.text))) return false;
  }
  return false;
}

const PLATFORM_NOUNS = new Set(['website', 'site', 'account', 'page', 'channel', 'blog', 'platform', 'network', 'feed', 'app', 'television', 'radio', 'broadcaster', 'podcast']);

/** "X", "Telegram", "Truth Social", "its website", "his official account": where a statement was posted. */
function namesAPlatform(ctx: FrameContext, sentence: Sentence, k: number): boolean {
  const { tokens } = ctx;
  const t = tokens[k];
  if (!t || k >= sentence.last || !t.word) return false;
  if (t.cap) return true;
  for (let j = k; j < Math.min(sentence.last, k + 4); j++) if (PLATFORM_NOUNS.has(tokens[j]!.lower)) return true;
  return false;
}

/** Past "a regular press briefing" or "state television" opening at i (see ADDRESSED_HEADS); i when none does. */
function addressedEnd(ctx: FrameContext, sentence: Sentence, i: number): number {
  const { tokens } = ctx;
  if (!ADDRESSED_OPENERS.has(tokens[i]!.lower)) return i;
  for (let k = i + 1; k < Math.min(sentence.last, i + 5); k++) {
    const t = tokens[k]!;
    if (!t.word || ctx.quoteOf[k] !== -1) return i;
    if (ADDRESSED_HEADS.has(t.lower)) return k + 1;
  }
  return i;
}

function contentAfter(ctx: FrameContext, s: number, sentence: Sentence, cue: Range, source: Range, from: number, p: number, mode: 'object' | 'after'): Frame | null {
  const { tokens } = ctx;
  let i = skipToWord(ctx, sentence, from, [',', ':']);
  const cueWord = tokens[cue.first]!.lower;
  const particle = tokens[i];
  // "said on X that ...", "wrote on Telegram: “…”": "on" opens where it was said, not a phrasal cue.
  // "said on behalf of its members that …": nor does "on behalf of", which says for whom.
  const placeOfSaying =
    particle?.lower === 'on' && ctx.moreFrames && (tokens[i + 1]?.lower === 'behalf' || (namesAPlatform(ctx, sentence, i + 1) && (thatAfterPhrase(ctx, sentence, i) !== -1 || colonBeforeQuotation(ctx, sentence, i) !== -1)));
  if (particle && i === cue.last && ctx.quoteOf[i] === -1 && !placeOfSaying && (PARTICLES.has(particle.lower) || (particle.lower === 'to' && TO_PARTICLE_CUES.has(cueWord)))) {
    cue = { first: cue.first, last: i + 1 };
    i = skipToWord(ctx, sentence, i + 1, [',', ':']);
  }
  // "told reporters that ...": the listener is not part of what was said.
  if (mode === 'object' && OBJECT_TAKING.has(cueWord) && i < sentence.last && tokens[i]!.lower !== 'that') {
    // "told MSNBC's “Morning Joe” that ...": a nearby "that" opens the content, whatever the listener looks like.
    let reach = i + 10;
    for (let k = i + 1; k < Math.min(sentence.last, reach); k++) {
      // "told his Pakistani counterpart, Ishaq Dar, that ...": a name set off by commas is still the listener.
      const named = tokens[k]!.text === ',' ? namedApposition(ctx, k) : -1;
      if (named !== -1 && tokens[named + 1]?.lower === 'that') {
        i = named + 1;
        break;
      }
      // "told reporters at the Doraleh port, which Chinese firms helped build, that …": a relative clause set in commas.
      const relative = tokens[k]!.text === ',' ? relativeClauseEnd(ctx, sentence, k) : -1;
      if (relative !== -1) {
        reach += relative - k;
        k = relative;
        continue;
      }
      if (ctx.quoteOf[k] === -1 && (tokens[k]!.text === ',' || tokens[k]!.text === ';')) break;
      if (tokens[k]!.lower === 'that' && ctx.quoteOf[k] === -1) {
        i = k;
        break;
      }
    }
  }
  if (mode === 'object' && OBJECT_TAKING.has(cueWord) && i < sentence.last && tokens[i]!.lower !== 'that' && ctx.quoteOf[i] === -1) {
    const addressed = addressedEnd(ctx, sentence, i);
    let k = addressed;
    // An article after a whole listener opens what was said: "told reporters the talks had failed".
    const opensContent = (k: number) => k > i && ARTICLES.has(tokens[k]!.lower) && !NP_CONNECTORS.has(tokens[k - 1]!.lower);
    while (
      addressed === i &&
      k < sentence.last &&
      k - i < 6 &&
      tokens[k]!.word &&
      ctx.quoteOf[k] === -1 &&
      !opensContent(k) &&
      !(k > i && NOMINATIVE_PRONOUNS.has(tokens[k]!.lower)) &&
      // "told reporters Tokyo shared ...": after a whole listener, a capitalised word opens what was said.
      !(k > i && tokens[k]!.cap && LISTENER_NOUNS.has(tokens[k - 1]!.lower)) &&
      // "told reporters at the foreign ministry on Wednesday": a preposition after a whole listener opens where or when.
      !(k > i && OCCASION_PREPOSITIONS.has(tokens[k]!.lower) && LISTENER_NOUNS.has(tokens[k - 1]!.lower)) &&
      (OBJECT_PRONOUNS.has(tokens[k]!.lower) || tokens[k]!.cap || NP_CONNECTORS.has(tokens[k]!.lower) || sourceWordShareOf(tokens[k]!) >= 0.08)
    )
      k++;
    if (k > i && k < sentence.last) i = skipAdverbials(ctx, sentence, k);
    i = skipToWord(ctx, sentence, i, [',', ':']);
  }
  // "told reporters after a cabinet meeting: “…”": where it was said, then a colon before the quotation.
  const colon = i < sentence.last ? colonBeforeQuotation(ctx, sentence, i) : -1;
  if (colon !== -1) i = colon + 1;
  if (i >= sentence.last) return nextParagraphContent(ctx, s, sentence, cue, source, p);
  // "said in a letter to the council on Tuesday that ...": the phrase belongs to the cue.
  // Not the writer's aside after a comma: "said on Wednesday, in a move that will hit …".
  // "said at least five people died": "at least" and "at most" count, they place nothing.
  const counted = tokens[i]!.lower === 'at' && (tokens[i + 1]?.lower === 'least' || tokens[i + 1]?.lower === 'most');
  if (ctx.moreFrames && ctx.quoteOf[i] === -1 && PHRASE_OPENERS.has(tokens[i]!.lower) && !counted && !(tokens[i - 1]?.text === ',' && opensScene(ctx, i))) {
    const that = thatAfterPhrase(ctx, sentence, i);
    // "said on Wednesday, in a sharp answer to a demand from Washington that has revived …": after a comma the phrase
    // is the writer's aside, and its "that" opens a relative clause; what was said follows the comma that closes the
    // aside, if one does ("described, in fairly blistering terms, a set of practices that …").
    if (that !== -1 && tokens[i - 1]?.text !== ',') i = that;
    else if (that !== -1) {
      let close = i + 1;
      while (close < that && tokens[close]!.text !== ',') close++;
      if (close < that) i = close + 1;
    }
  }
  // "made a statement to the press": the speech act is named, what was said is not.
  if (SPEECH_ACT_VERBS.has(cueWord) && (SPEECH_ACT_NOUNS.has(tokens[i]!.lower) || (/^(a|an|the|his|her|their)$/.test(tokens[i]!.lower) && SPEECH_ACT_NOUNS.has(tokens[i + 1]?.lower ?? '')))) return null;
  if (NOT_CONTENT_START.has(tokens[i]!.lower) && ctx.quoteOf[i] === -1 && !counted) return null;
  const q = ctx.quoteOf[i]!;
  // 'urged "all parties" to exercise restraint': a quoted addressee opens an appeal, not a quotation.
  if (q !== -1 && ctx.quotes[q]!.start === tokens[i]!.start && !(mode === 'object' && OBJECT_TAKING.has(cueWord) && quotedAddressee(ctx, q))) {
    const quote = ctx.quotes[q]!;
    return { cue, source, contentStart: quote.start, contentEnd: quote.end, quote: q, kind: 'direct', confidence: p, sentence: s, byLayout: false };
  }
  if (ctx.learnedStarts) {
    i = chooseContentStart(ctx, sentence, i, cueWord);
    const moved = ctx.quoteOf[i]!;
    if (moved !== -1 && ctx.quotes[moved]!.start === tokens[i]!.start) {
      const quote = ctx.quotes[moved]!;
      return { cue, source, contentStart: quote.start, contentEnd: quote.end, quote: moved, kind: 'direct', confidence: p, sentence: s, byLayout: false };
    }
  }
  const last = endOfContent(ctx, sentence, i, cueWord);
  let words = 0;
  let quoted = false;
  for (let k = i; k < last; k++) {
    if (tokens[k]!.word) words++;
    if (ctx.quoteOf[k] !== -1) quoted = true;
  }
  if (words < OBJECT_MIN_WORDS) return null;
  return {
    cue,
    source,
    contentStart: tokens[i]!.start,
    contentEnd: tokens[last - 1]!.end,
    quote: null,
    kind: quoted ? 'mixed' : 'indirect',
    confidence: p,
    sentence: s,
    byLayout: false,
  };
}

// Prepositions that open the occasion of saying ("after a cabinet meeting", "at a news conference").
const OCCASION_PREPOSITIONS = new Set(['after', 'at', 'during', 'following', 'before', 'ahead', 'on', 'upon', 'in', 'outside']);
// How many tokens such an occasion may take before its colon.
const OCCASION_REACH = 10;

/** The colon closing an occasion phrase that opens at `i` and right before a quotation ("after the talks: “…”"), or -1. */
function colonBeforeQuotation(ctx: FrameContext, sentence: Sentence, i: number): number {
  const { tokens } = ctx;
  if (ctx.quoteOf[i] !== -1 || !OCCASION_PREPOSITIONS.has(tokens[i]!.lower)) return -1;
  for (let k = i + 1; k < Math.min(sentence.last - 1, i + OCCASION_REACH); k++) {
    const t = tokens[k]!;
    if (ctx.quoteOf[k] !== -1 || t.text === ',' || t.text === ';') return -1;
    if (t.text === ':') {
      const q = ctx.quoteOf[k + 1]!;
      return q !== -1 && ctx.quotes[q]!.start === tokens[k + 1]!.start ? k : -1;
    }
  }
  return -1;
}

/** Whether "to" and a verb follow quotation `q` ('"all parties" to exercise restraint'). */
function quotedAddressee(ctx: FrameContext, q: number): boolean {
  const end = ctx.quotes[q]!.end;
  let at = tokenAt(ctx, end - 1);
  while (at < ctx.tokens.length && ctx.tokens[at]!.start < end) at++;
  return opensInfinitive(ctx, at);
}

/** The comma closing ", Ishaq Dar," when the comma at `comma` opens one to four capitalised words; -1 otherwise. */
function namedApposition(ctx: FrameContext, comma: number): number {
  const { tokens } = ctx;
  let k = comma + 1;
  while (k < comma + 5 && tokens[k]?.word && tokens[k]!.cap && ctx.quoteOf[k] === -1) k++;
  return k > comma + 1 && tokens[k]?.text === ',' && ctx.quoteOf[k] === -1 ? k : -1;
}

// Listeners named by a common noun, whole in themselves ("told reporters", "told lawmakers").
const LISTENER_NOUNS = new Set(['reporters', 'journalists', 'lawmakers', 'legislators', 'parliament', 'senators', 'delegates', 'supporters', 'students', 'diplomats', 'investors']);

// "told reporters he hoped ...": a subject pronoun opens what was said; no listener is "he".
const NOMINATIVE_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

const PHRASE_OPENERS = new Set(['in', 'of', 'on', 'at', 'during', 'with', 'to', 'before', 'after', 'from', 'via', 'through', 'over', 'last', 'earlier', 'this', 'late', 'early', 'for', 'under', 'again', 'privately', 'publicly', 'repeatedly']);
const PHRASE_MAX_TOKENS = 14;

/** Whether a comma in tokens [from, to) opens a scene the writer sets ("…, in response to …", "…, a day after …"). */
function sceneBetween(ctx: FrameContext, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (ctx.tokens[j]!.text === ',' && ctx.quoteOf[j] === -1 && opensScene(ctx, j + 1)) return true;
  return false;
}

/** The comma closing ", which Chinese firms helped build," when the comma at `comma` opens such a clause, else -1. */
function relativeClauseEnd(ctx: FrameContext, sentence: Sentence, comma: number): number {
  if (ctx.quoteOf[comma] !== -1 || !RELATIVE_OPENERS.has(ctx.tokens[comma + 1]?.lower ?? '')) return -1;
  return closingComma(ctx, comma + 2, Math.min(sentence.last, comma + RELATIVE_CLAUSE_REACH));
}

/** The first comma among tokens [from, to) that closes what another opened, or -1 at a quotation or a semicolon. */
function closingComma(ctx: FrameContext, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    if (ctx.quoteOf[k] !== -1 || ctx.tokens[k]!.text === ';') return -1;
    if (ctx.tokens[k]!.text === ',') return k;
  }
  return -1;
}

const RELATIVE_OPENERS = new Set(['which', 'where', 'who', 'whose']);
const RELATIVE_CLAUSE_REACH = 14;

/** The "that" closing a short phrase after the cue, or -1 when none does. */
function thatAfterPhrase(ctx: FrameContext, sentence: Sentence, from: number): number {
  const { tokens } = ctx;
  for (let k = from + 1; k < Math.min(sentence.last, from + PHRASE_MAX_TOKENS); k++) {
    const t = tokens[k]!;
    if (ctx.quoteOf[k] !== -1 && isQuoteMark(t) && ctx.quotes[ctx.quoteOf[k]!]!.start === t.start && k > from + 1) {
      // A quoted title inside the phrase ("told “Meet the Press” that") is part of it.
      const q = ctx.quotes[ctx.quoteOf[k]!]!;
      if (q.end - q.start > 60) return -1;
      while (k + 1 < sentence.last && ctx.quoteOf[k + 1] !== -1) k++;
      continue;
    }
    if (t.lower === 'that') return k;
    // "on behalf of its U.S. and Mexican sections that": an abbreviation's closing period ends nothing.
    const abbreviated = t.text === '.' && tokens[k - 1]!.word && tokens[k - 1]!.text.includes('.');
    if (!t.word && t.text !== ',' && t.text !== '’' && t.text !== "'" && !abbreviated) return -1;
    if (ctx.cuePrior[k]! >= 0.5 || SUBJECT_PRONOUN_FORMS.has(t.lower)) return -1;
  }
  return -1;
}

const LOWER_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we']);

function contentBefore(ctx: FrameContext, s: number, sentence: Sentence, cue: Range, source: Range, regionStart: number, end: number, p: number): Frame | null {
  const { tokens } = ctx;
  let first = Math.max(regionStart, sentence.first);
  // 'MOSCOW (Wire) - "A," Lavrov told reporters, "B."': the dateline is no part of what was said.
  const pastDateline = firstWordPastDateline(ctx, sentence);
  if (first < pastDateline && pastDateline !== firstWordOf(ctx, sentence)) first = pastDateline;
  let last = end;
  while (last > first && /^[,;:—–-]$/.test(tokens[last - 1]!.text)) last--;
  while (first < last && /^[,;:—–-]$/.test(tokens[first]!.text)) first++;
  if (last <= first) return null;
  // "… Marković told the public broadcaster. she said.": a sentence already ended before a dangling attribution.
  if (tokens[last - 1]!.text === '.' && ctx.quoteOf[last - 1] === -1 && source.last - source.first === 1 && LOWER_PRONOUNS.has(tokens[source.first]!.text)) return null;
  const qFirst = ctx.quoteOf[first]!;
  const qLast = ctx.quoteOf[last - 1]!;
  if (qFirst !== -1 && qFirst === qLast && ctx.quotes[qFirst]!.start === tokens[first]!.start) {
    const quote = ctx.quotes[qFirst]!;
    return { cue, source, contentStart: quote.start, contentEnd: quote.end, quote: qFirst, kind: 'direct', confidence: p, sentence: s, byLayout: false };
  }
  let words = 0;
  let quoted = false;
  for (let k = first; k < last; k++) {
    if (tokens[k]!.word) words++;
    if (ctx.quoteOf[k] !== -1) quoted = true;
  }
  if (words < DANGLING_MIN_WORDS) return null;
  const startAt = qFirst !== -1 ? ctx.quotes[qFirst]!.start : tokens[first]!.start;
  return { cue, source, contentStart: Math.min(startAt, tokens[first]!.start), contentEnd: tokens[last - 1]!.end, quote: null, kind: quoted ? 'mixed' : 'indirect', confidence: p, sentence: s, byLayout: false };
}

function participleOpening(ctx: FrameContext, s: number, sentence: Sentence, cue: Range, p: number): Frame | null {
  const { tokens } = ctx;
  // The participial clause runs to the comma before the main clause's subject.
  let comma = -1;
  for (let k = cue.last; k < sentence.last; k++) {
    if (tokens[k]!.text === ',' && ctx.quoteOf[k] === -1) {
      const subject = rightSource(ctx, sentence, k + 1);
      // "Noting that …, Rhea Kapoor, a trade economist at …, said": the subject may take an apposition in commas.
      const verbAt = subject && subject.last < sentence.last ? afterApposition(ctx, sentence, subject.last) : -1;
      if (verbAt !== -1 && tokens[verbAt]!.word && cueProbability(tokens[skipAux(ctx, verbAt)]!.lower) > 0.2) {
        comma = k;
        break;
      }
    }
  }
  if (comma === -1) return null;
  const source = rightSource(ctx, sentence, comma + 1)!;
  const first = cue.last;
  if (first >= comma) return null;
  let quoted = false;
  for (let k = first; k < comma; k++) if (ctx.quoteOf[k] !== -1) quoted = true;
  // "Warning against arms deals, Jeon said ..." frames the main statement rather than making one; "Urging fellow
  // members to share responsibility, Santoso stated …" makes an appeal of its own.
  const appeal = APPEAL_PARTICIPLES.has(tokens[cue.first]!.lower) && infinitiveWithin(ctx, first, comma);
  if (!quoted && tokens[first]!.lower !== 'that' && !appeal) return null;
  return {
    cue,
    source,
    contentStart: tokens[first]!.start,
    contentEnd: tokens[comma - 1]!.end,
    quote: null,
    kind: quoted ? 'mixed' : 'indirect',
    confidence: p,
    sentence: s,
    byLayout: false,
  };
}

/** The token after a subject ending at `end`, past an apposition set in commas (", a trade economist at X,"). */
function afterApposition(ctx: FrameContext, sentence: Sentence, end: number): number {
  const { tokens } = ctx;
  if (tokens[end]?.text !== ',' || ctx.quoteOf[end] !== -1) return end;
  const close = closingComma(ctx, end + 1, Math.min(sentence.last - 1, end + APPOSITION_REACH));
  return close === -1 ? -1 : close + 1;
}

const APPOSITION_REACH = 14;
const APPEAL_PARTICIPLES = new Set(['urging', 'calling', 'appealing', 'pressing']);

/** Whether an infinitive opens among tokens [from, to): the appeal's "to share responsibility". */
function infinitiveWithin(ctx: FrameContext, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (opensInfinitive(ctx, k)) return true;
  return false;
}

const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);
const PASSIVE_ADVERBS = new Set(['first', 'also', 'since', 'later', 'then', 'never', 'not', 'now', 'soon', 'quickly', 'once']);
const SUBJECT_MAX_TOKENS = 10;
// Where a passive clause's subject starts: after a clause word or a comma.
const SUBJECT_STOPS = new Set(['that', 'which', 'who', 'whom', 'and', 'but', 'or', 'when', 'while', 'because', 'after', 'before', 'if', 'as', 'since', 'although', 'though', 'where', 'until']);
// "has been", "will be": the auxiliary before the passive one opens the cue.
const AUX_BEFORE_PASSIVE = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'must', 'should', 'can']);

/**
 * "<subject> was (first) reported by <agent>": the cue runs from the auxiliary through "by",
 * the agent after it speaks, and the subject is the content (PolNeAR annotates it so).
 */
/** "by the harbour master": the words after "by" up to a comma or a clause word. */
function agentPhrase(ctx: FrameContext, sentence: Sentence, from: number): Range | null {
  const { tokens } = ctx;
  let k = from;
  while (k < sentence.last && k - from < SUBJECT_MAX_TOKENS && tokens[k]!.word && ctx.quoteOf[k] === -1 && !SUBJECT_STOPS.has(tokens[k]!.lower) && !PHRASE_OPENERS.has(tokens[k]!.lower)) k++;
  return k > from ? { first: from, last: k } : null;
}

function passiveFrame(ctx: FrameContext, s: number, sentence: Sentence, cueAt: number, regionStart: number, p: number): Frame | null {
  const { tokens } = ctx;
  // The auxiliaries, with at most two adverbs among them ("was first", "has since been").
  let first = cueAt;
  let adverbs = 0;
  while (first - 1 >= Math.max(regionStart, sentence.first)) {
    const t = tokens[first - 1]!;
    if (!t.word || ctx.quoteOf[first - 1] !== -1) break;
    if (PASSIVE_AUX.has(t.lower) || AUX_BEFORE_PASSIVE.has(t.lower)) first--;
    else if (!t.cap && adverbs < 2 && (t.lower.endsWith('ly') || PASSIVE_ADVERBS.has(t.lower))) {
      adverbs++;
      first--;
    } else break;
  }
  // Adverbs before the first auxiliary belong to the subject's side, not the cue.
  while (first < cueAt && !PASSIVE_AUX.has(tokens[first]!.lower) && !AUX_BEFORE_PASSIVE.has(tokens[first]!.lower)) first++;
  let passive = false;
  for (let k = first; k < cueAt; k++) if (PASSIVE_AUX.has(tokens[k]!.lower)) passive = true;
  if (!passive) return null;
  // The subject: the words back to the clause's start.
  let subjectFirst = first;
  while (subjectFirst - 1 >= Math.max(regionStart, sentence.first) && first - subjectFirst < SUBJECT_MAX_TOKENS) {
    const t = tokens[subjectFirst - 1]!;
    if (ctx.quoteOf[subjectFirst - 1] !== -1 || SUBJECT_STOPS.has(t.lower) || (!t.word && t.text !== '’' && t.text !== "'")) break;
    subjectFirst--;
  }
  if (subjectFirst >= first || !tokens[subjectFirst]!.word) return null;
  const agent = rightSource(ctx, sentence, cueAt + 2) ?? agentPhrase(ctx, sentence, cueAt + 2);
  if (!agent) return null;
  const subject = { first: subjectFirst, last: first };
  return {
    cue: { first, last: cueAt + 2 },
    source: agent,
    contentStart: tokens[subject.first]!.start,
    contentEnd: tokens[subject.last - 1]!.end,
    quote: null,
    kind: 'indirect',
    confidence: p,
    sentence: s,
    byLayout: false,
  };
}

function isPassive(ctx: FrameContext, from: number, cueAt: number): boolean {
  const cueWord = ctx.tokens[cueAt]!.lower;
  if (!cueWord.endsWith('ed') && !['told', 'said', 'known', 'seen', 'shown', 'thought'].includes(cueWord)) return false;
  // "A diplomat who was not authorised to speak said": the clause's own verbs are not the cue's.
  const who = ctx.tokens[from]?.text === ',' ? from + 1 : from;
  if (ctx.tokens[who]?.lower === 'who' && opensAnonymityClause(ctx, who)) return false;
  for (let k = from; k < cueAt; k++) if (PASSIVE_AUX.has(ctx.tokens[k]!.lower)) return true;
  return false;
}

/** Whether the quotation at token `open` follows a comma that closes at most a short phrase after the cue ending at `from`. */
function commaOpensQuotation(ctx: FrameContext, from: number, open: number): boolean {
  if (ctx.tokens[open - 1]?.text !== ',' || open - 1 - from > RESUMED_QUOTE_REACH) return false;
  for (let k = from; k < open - 1; k++) if (ctx.quoteOf[k] !== -1 || !ctx.tokens[k]!.word) return false;
  return true;
}

// How many words may stand between a cue and the comma before the quotation that resumes it ("told reporters in Moscow,").
const RESUMED_QUOTE_REACH = 6;

/** "“A,” he said, “B.”" and "A, Smith said, B.": the content resumes after the cue. */
function withParenthesisTail(ctx: FrameContext, sentence: Sentence, frame: Frame): Frame {
  const { tokens } = ctx;
  let k = Math.max(frame.cue.last, frame.source ? frame.source.last : 0);
  k = skipAdverbials(ctx, sentence, k);
  while (k < sentence.last && tokens[k]!.word && k < frame.cue.last + 8 && !tokens[k - 1]!.text.match(/^[,:]$/)) {
    // Short trailing modifiers ("said in an interview on Tuesday") belong to the cue.
    if (ctx.quoteOf[k] !== -1) break;
    k++;
  }
  if (tokens[k]?.text !== ',' && tokens[k - 1]?.text !== ',') return frame;
  if (tokens[k]?.text === ',') k++;
  if (frame.kind === 'direct') k = pastSpeakerApposition(ctx, sentence, k);
  const resume = tokens[k];
  if (!resume) return frame;
  const opensQuote = ctx.quoteOf[k] !== -1 && ctx.quotes[ctx.quoteOf[k]!]!.start === resume.start;
  // ", citing ...", ", a veteran consultant who ...": a new clause or an apposition, not the content.
  // "A, the city added, and had passed ...": a second predicate shares what was reported.
  const coordinated = frame.kind !== 'direct' && (resume.lower === 'and' || resume.lower === 'so') && ctx.quoteOf[k] === -1;
  // "…, the Foreign Ministry said on Wednesday, in a sharp answer to …": "in" and an article open the writer's aside.
  const aside = resume.lower === 'in' && ARTICLES.has(tokens[k + 1]?.lower ?? '');
  if (!opensQuote && !coordinated && (frame.kind === 'direct' || aside || opensContrastedSaying(ctx, k, sentence.last) || resume.cap || resume.lower.endsWith('ing') || opensParticiple(ctx, k) || APPOSITION_START.has(resume.lower) || opensScene(ctx, k) || sumsUpEvent(ctx, k))) return frame;
  const last = endOfContent(ctx, sentence, k);
  let words = 0;
  for (let j = k; j < last; j++) if (tokens[j]!.word) words++;
  if (words < 2) return frame;
  const q = ctx.quoteOf[last - 1]!;
  const end = q !== -1 ? Math.max(ctx.quotes[q]!.end, tokens[last - 1]!.end) : tokens[last - 1]!.end;
  const kind = frame.kind === 'direct' && q !== -1 && ctx.quoteOf[k] === q ? 'direct' : frame.kind === 'direct' ? 'mixed' : frame.kind;
  return withContent(frame, frame.contentStart, end, null, kind);
}

// How many words a clause's subject may take before its reporting verb ("the UN's special envoy acknowledged").
const CLAUSE_SUBJECT_REACH = 5;

/** "although mediators acknowledged", "while the UN envoy warned": a contrast opening a subject of plain words and its likely reporting verb. */
function opensContrastedSaying(ctx: FrameContext, at: number, limit: number): boolean {
  if (!CONTRAST_OPENERS.has(ctx.tokens[at]?.lower ?? '')) return false;
  for (let k = at + 1; k < Math.min(limit, at + CLAUSE_SUBJECT_REACH + 2); k++) {
    if (!ctx.tokens[k]!.word || ctx.quoteOf[k] !== -1) return false;
    if (k > at + 1 && ctx.cuePrior[k]! >= 0.5) return true;
  }
  return false;
}

const OPENS_APPOSITION = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'one']);

/**
 * Where a quotation resumes after "“A,” said Moe, the council's press officer, “B.”" or
 * "“A,” she said, and “B.”": past the speaker's apposition, or past "and", when a quotation
 * opens right after it; else `k` itself.
 */
function pastSpeakerApposition(ctx: FrameContext, sentence: Sentence, k: number): number {
  const { tokens } = ctx;
  const opensQuoteAt = (j: number) => j < sentence.last && ctx.quoteOf[j] !== -1 && ctx.quotes[ctx.quoteOf[j]!]!.start === tokens[j]!.start;
  const t = tokens[k];
  if (!t || ctx.quoteOf[k] !== -1) return k;
  if (t.lower === 'and' && opensQuoteAt(k + 1)) return k + 1;
  if (!OPENS_APPOSITION.has(t.lower)) return k;
  let comma = k + 1;
  while (comma < Math.min(sentence.last, k + 12) && tokens[comma]!.text !== ',' && ctx.quoteOf[comma] === -1) comma++;
  return tokens[comma]?.text === ',' && opensQuoteAt(comma + 1) ? comma + 1 : k;
}

/** A cue at least this likely (the frame threshold) may carry the quotations after its sentence. */
const SURE_CUE = 0.5;

/**
 * "“A,” Trump said. “B.”": quotations that follow in the same paragraph without a cue of
 * their own continue the statement.
 */
function extendIntoFollowingQuotes(ctx: FrameContext, frames: Frame[]): Frame[] {
  const withFrames = new Set(frames.map((f) => f.sentence));
  const lastFrameOf = new Map<number, Frame>();
  // The last sure frame of each sentence: a doubtful cue after it ("..., who cast a ballot") rarely owns what follows.
  // A sure quotation's own frame outranks a later cue in its speaker's description
  // ("“A,” said Holm, who knows the plan. “B.”": B goes on with A, not with "knows").
  const quoted = (f: Frame | undefined): f is Frame => f !== undefined && f.kind === 'direct' && f.confidence >= SURE_CUE;
  for (const f of frames) {
    const before = lastFrameOf.get(f.sentence);
    if (quoted(before) && !quoted(f) && describesSpeaker(ctx, before, f)) continue;
    if (!before || f.confidence >= SURE_CUE || before.confidence < SURE_CUE) lastFrameOf.set(f.sentence, f);
  }
  const { tokens, sentences } = ctx;
  for (const [s, frame] of lastFrameOf) {
    let next = s + 1;
    let end = frame.contentEnd;
    const paragraph = sentences[s]!.paragraph;
    const quoted = frame.kind === 'direct';
    while (next < sentences.length && !withFrames.has(next) && !ctx.skip[next]) {
      if (sentences[next]!.paragraph !== paragraph) {
        // "“A,” Trump said.¶“B.”": a paragraph that is one quotation and nothing else goes on with the quotation before it.
        if (quoted && sentences[next]!.paragraph === paragraph + 1) {
          const whole = quotedParagraph(ctx, withFrames, next);
          if (whole !== -1) end = Math.max(end, ctx.quotes[whole]!.end);
        }
        break;
      }
      const first = tokens[sentences[next]!.first]!;
      const q = ctx.quoteOf[sentences[next]!.first]!;
      if (q === -1 || ctx.quotes[q]!.start !== first.start) break;
      end = Math.max(end, ctx.quotes[q]!.end);
      next++;
    }
    if (end > frame.contentEnd) {
      frame.contentEnd = end;
      frame.quote = null;
    }
  }
  return frames;
}

const RELATIVE_SOURCES = new Set(['who', 'whom', 'which']);

/**
 * Whether a later frame's cue speaks about the quotation's speaker: its speaker starts where
 * the quotation's does ("..., said Berg, referring to ...") or is a relative pronoun after it
 * (", who knows ..."). A cue in the attribution's own phrase ("said in a statement") is not.
 */
function describesSpeaker(ctx: FrameContext, quoted: Frame, later: Frame): boolean {
  const a = quoted.source;
  const b = later.source;
  if (!a || !b) return false;
  if (a.first === b.first) return true;
  return b.first >= a.last && b.last - b.first === 1 && RELATIVE_SOURCES.has(ctx.tokens[b.first]!.lower);
}

/**
 * The quotation that makes up the whole paragraph opening at sentence `s` (no frame of its
 * own, nothing outside the marks), or -1.
 */
function quotedParagraph(ctx: FrameContext, withFrames: Set<number>, s: number): number {
  const { sentences, tokens } = ctx;
  const paragraph = sentences[s]!.paragraph;
  const q = ctx.quoteOf[sentences[s]!.first]!;
  if (q === -1 || ctx.quotes[q]!.start !== tokens[sentences[s]!.first]!.start) return -1;
  let k = s;
  for (; k < sentences.length && sentences[k]!.paragraph === paragraph; k++) {
    if (withFrames.has(k) || ctx.skip[k]) return -1;
    for (let t = sentences[k]!.first; t < sentences[k]!.last; t++) if (ctx.quoteOf[t] !== q && tokens[t]!.word) return -1;
  }
  return q;
}

/** "Cruz continued:" closing a paragraph introduces the next paragraph. */
function nextParagraphContent(ctx: FrameContext, s: number, sentence: Sentence, cue: Range, source: Range, p: number): Frame | null {
  const { tokens, sentences } = ctx;
  if (tokens[sentence.last - 1]?.text !== ':') return null;
  const next = sentences[s + 1];
  if (!next || next.paragraph !== sentence.paragraph + 1 || ctx.skip[s + 1]) return null;
  const first = tokens[next.first]!;
  const q = ctx.quoteOf[next.first]!;
  if (q !== -1 && ctx.quotes[q]!.start === first.start) {
    const quote = ctx.quotes[q]!;
    return { cue, source, contentStart: quote.start, contentEnd: quote.end, quote: q, kind: 'direct', confidence: p, sentence: s, byLayout: false };
  }
  const last = endOfContent(ctx, next, next.first);
  if (countWords(ctx, next.first, last) < 3) return null;
  return { cue, source, contentStart: first.start, contentEnd: tokens[last - 1]!.end, quote: null, kind: 'indirect', confidence: p, sentence: s, byLayout: false };
}

/** ", Smith said" / ", he added" / ", said Smith": another attribution begins here. */
function startsAttribution(ctx: FrameContext, sentence: Sentence, i: number): boolean {
  if (i >= sentence.last || ctx.quoteOf[i] !== -1) return false;
  if (ctx.cuePrior[i]! >= 0.6) return true;
  const np = rightSource(ctx, sentence, i);
  if (!np || np.last - np.first > 5) return false;
  // "the Joint Chiefs of Staff (JCS) said": past the name's bracketed acronym.
  const k = ctx.tokens[np.last]?.text === '(' && ctx.tokens[np.last + 2]?.text === ')' && ABBREVIATION_RE.test(ctx.tokens[np.last + 1]!.text) ? np.last + 3 : np.last;
  return k < sentence.last && ctx.quoteOf[k] === -1 && ctx.cuePrior[k]! >= 0.6;
}

