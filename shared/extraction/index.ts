import type { ExtractedStatement, ExtractionResult, TextSpan } from '../domain/extraction';
import { afterDateline } from './dateline';
import { addressedThatConfidence, appealLayoutConfidence, closingAccordingConfidence, closingLayoutConfidence, firstWordOf, OCCASION_NOUNS, openingAccordingConfidence, tokenAt, wholeQuotation, withAddressee, withoutQuotedSpeaker } from './frame-helpers';
import { frameProbability } from './frame-model';
import { withConfidence, withContent } from './frame-types';
import { withImpressionSubject, withStatementIssuer, type Frame, type FrameContext } from './frames';
import { ALL_LEARNED_PARTS, candidateFrames, prepareContext, type LearnedParts } from './pipeline';
import { ARTICLES, completedSource } from './sources';
import { SpeakerResolver } from './speakers';
import { splitAtAttribution, wireDateline } from './split-quotes';
import { taggedFrames } from './tagged-frames';
import { detectTitle } from './title';
import { MODALS } from './word-classes';

export type { LearnedParts } from './pipeline';

/** Minimum probability, from the frame model, for a frame to be reported as a statement. */
const FRAME_THRESHOLD = 0.5;

export interface ExtractOptions {
  /** Minimum statement probability (0..1); lower finds more statements, less precisely. */
  threshold?: number;
  /** Which learned parts run (all by default); for measuring what each adds. */
  learned?: LearnedParts;
  /** Minimum mean label probability for a span the tagger adds (0..1). */
  taggerThreshold?: number;
}

/**
 * Finds who said what in an article: direct quotations, reported speech and mixed forms,
 * each with its speaker (resolved to the full name given earlier), role, organization and
 * nation. Pure and synchronous; the learned parts ship as JSON under resources/extraction.
 */
export function extractStatements(text: string, options: ExtractOptions = {}): ExtractionResult {
  const title = detectTitle(text);
  const learned = options.learned ?? ALL_LEARNED_PARTS;
  const ctx = prepareContext(text, learned);
  const threshold = learned.frameModel ? (options.threshold ?? FRAME_THRESHOLD) : 0;
  // Wire copy counts a quotation continued after its attribution as a second statement; PolNeAR's US reporting as one.
  // Its headline, above the dateline, sums the story up in the desk's words: no one's statement; nor is what a
  // government did, which goes before the nesting filter so that a saying around it keeps its place.
  const wire = wireDateline(text);
  const dateline = wire?.start ?? -1;
  const actionInWire = (f: Frame) =>
    wire !== null && (isActionReported(ctx, f) || isMerePossibility(ctx, f) || sourceInDateline(ctx, f, wire) || isUnsourcedExpectation(ctx, f) || isPossessedModifier(ctx, f) || addsAnAmount(ctx, f) || hasNoReportingWord(ctx, f) || isNoComment(ctx, f));
  // What the frames and the span tagger both find, and neither may report.
  const noStatement = (f: Frame) => isAnonymityRequest(text, f) || actionInWire(f) || isClaimToSomething(ctx, f) || isRelativeAfterAside(ctx, f);
  const scored: Frame[] = [];
  for (const frame of candidateFrames(ctx, learned)) {
    const p = frame.byLayout || !learned.frameModel ? frame.confidence : layoutConfidence(ctx, frame, frameProbability(ctx, frame));
    if (p >= threshold && !noStatement(frame)) scored.push(withoutQuotedSpeaker(ctx, withAddressee(ctx, withConfidence(frame, p))));
  }
  const oneEach = keepOnePerContent(scored, ctx);
  // The impression's subject joins its content only now, so that it hides no statement inside it.
  const ruled = (learned.noNested ? withoutNested(oneEach, ctx, dateline !== -1) : oneEach).map((f) => withStatementIssuer(ctx, withImpressionSubject(ctx, f)));
  const tagged = learned.spanTagger ? taggedFrames(ctx, ctx.analysis, ruled, options.taggerThreshold).filter((f) => !noStatement(f)) : [];
  const merged = tagged.length > 0 ? [...ruled, ...tagged].sort((a, b) => a.contentStart - b.contentStart) : ruled;
  const frames = dateline !== -1 ? splitAtAttribution(ctx, merged).filter((f) => (f.contentStart >= dateline || !inHeadline(text, f.contentStart)) && !isQuestionSetting(ctx, f)) : merged;
  const { tokens } = ctx;
  const resolver = new SpeakerResolver(text, tokens, ctx.sentences, ctx.skip);
  const statements: ExtractedStatement[] = frames.map((f) => {
    const cue = span(text, tokens[f.cue.first]!.start, tokens[f.cue.last - 1]!.end);
    const sourceRange = f.source && completedSource(ctx, f.source, f.cue, f.contentStart, f.contentEnd);
    const source = sourceRange ? span(text, tokens[sourceRange.first]!.start, tokens[sourceRange.last - 1]!.end) : null;
    const mention = source && !isUnsourcedCue(cue.text) && !isWritersVerdict(cue.text, source.text) ? source : null;
    const content = span(text, f.kind === 'direct' ? f.contentStart : afterDateline(text, f.contentStart, f.contentEnd), f.contentEnd);
    return {
      // 'STOCKHOLM (Wire) - "…," X told': past its dateline, the content is one quotation.
      kind: f.kind === 'mixed' && content.start !== f.contentStart && wholeQuotation(ctx, content.start, content.end) !== -1 ? 'direct' : f.kind,
      content,
      cue,
      speaker: resolver.resolve(mention, cue, content),
      confidence: Math.round(f.confidence * 1000) / 1000,
    };
  });
  return { title, statements };
}

/** The frame model's probability, raised where the frame's layout is surer than the words it weighs. */
function layoutConfidence(ctx: FrameContext, frame: Frame, p: number): number {
  return closingAccordingConfidence(ctx, frame, openingAccordingConfidence(ctx, frame, closingLayoutConfidence(ctx, frame, addressedThatConfidence(ctx, frame, appealLayoutConfidence(ctx, frame, p)))));
}

/**
 * "Asked about the project at a regular briefing in Beijing, spokesman X said …", "… when asked to comment on …": in wire
 * copy the question only sets the scene for the answer and is nobody's statement (PolNeAR annotates it, with the asker).
 */
function isQuestionSetting(ctx: FrameContext, frame: Frame): boolean {
  const cue = ctx.tokens[frame.cue.first]!;
  if (cue.lower !== 'asked') return false;
  // "Mao made the remarks at a regular press briefing when asked to comment on …", "…, after being asked about …".
  return (cue.text === 'Asked' && frame.cue.first === firstWordOf(ctx, ctx.sentences[frame.sentence]!)) || QUESTION_SETTERS.has(ctx.tokens[frame.cue.first - 1]?.lower ?? '');
}

const QUESTION_SETTERS = new Set(['when', 'if', 'being', 'after', 'while']);

/**
 * "OPEC+ agreed on Wednesday to cut production", "Cameroon and Nigeria signed a patrol agreement", "Brussels imposed the
 * duties": in wire copy what a government did is news, not a statement, unless a "that" or a quotation says it was said.
 */
function isActionReported(ctx: FrameContext, frame: Frame): boolean {
  if (frame.kind === 'direct') return false;
  if (opensWithThatOrQuotation(ctx, frame)) return false;
  const { tokens } = ctx;
  const first = tokens[tokenAt(ctx, frame.contentStart)]!;
  // "also approved", "has claimed responsibility for the attack", "declared victory": the verb may follow an adverb or an auxiliary;
  // "who requested anonymity because …" is how the source wished to be cited (PolNeAR annotates it in US copy).
  // "condemned the move as "economic coercion"": an evaluation in the speaker's words is a statement, whatever the verb.
  if (QUOTED_EVALUATION_RE.test(ctx.text.slice(frame.contentStart, frame.contentEnd))) return false;
  for (let k = frame.cue.first; k < frame.cue.last; k++) {
    const word = tokens[k]!.lower;
    if (ACTION_CUES.has(word) || (CLAIMS_OF_DEEDS.has(word) && CLAIMED_DEEDS.has(first.lower)) || (word === 'requested' && first.lower === 'anonymity')) return true;
    // "ordered the closure of the oil field": an order of a thing, not words (not "ordered the army to withdraw").
    if ((word === 'ordered' || word === 'ordering') && (ARTICLES.has(first.lower) || !first.cap) && !ORDER_TO_DO_RE.test(ctx.text.slice(frame.contentStart, frame.contentEnd))) return true;
    // "declared a state of emergency in four regencies", "declared martial law": a decree, not words.
    if ((word === 'declared' || word === 'declares') && DECLARED_DEEDS_RE.test(ctx.text.slice(frame.contentStart, frame.contentEnd))) return true;
    if (EVALUATIONS.has(word) && EVALUATED_DETERMINERS.has(first.lower) && !PERFECT_AUXILIARIES.has(tokens[k - 1]?.lower ?? '') && isPlainObject(ctx, frame)) return true;
  }
  return false;
}

/**
 * Whether a content is a short object with no quotation and no "as" that would say what it was called ("dismissed the
 * claim as “absurd”"); a long one describes what was evaluated in words someone may have said.
 */
function isPlainObject(ctx: FrameContext, frame: Frame): boolean {
  let words = 0;
  for (let k = tokenAt(ctx, frame.contentStart); k < ctx.tokens.length && ctx.tokens[k]!.start < frame.contentEnd; k++) {
    if (ctx.quoteOf[k] !== -1 || ctx.tokens[k]!.lower === 'as') return false;
    if (ctx.tokens[k]!.word && ++words > PLAIN_OBJECT_WORDS) return false;
  }
  return true;
}

// "Kirsanov rejected the claim", "Rawlings praised the cooperation of …": in wire copy an evaluation of a thing, with
// no words said about it, is a deed of the evaluator's, not a statement; what someone "has criticised" over time may
// be a habitual statement.
const PLAIN_OBJECT_WORDS = 7;
const PERFECT_AUXILIARIES = new Set(['has', 'have', 'had']);
const EVALUATIONS = new Set(['rejected', 'dismissed', 'praised', 'criticised', 'criticized', 'defended', 'denounced', 'hailed', 'slammed', 'lauded', 'applauded']);
const EVALUATED_DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their']);

/**
 * "the two sides have 60 days to settle before China can ask for a panel": what someone could say is not what they
 * said (PolNeAR annotates "could refuse", "can ask" in US reporting, so this holds for wire copy only).
 */
function isMerePossibility(ctx: FrameContext, frame: Frame): boolean {
  const before = ctx.tokens[frame.cue.first - 1];
  return before !== undefined && POSSIBILITY_MODALS.has(before.lower) && before.end < ctx.tokens[frame.cue.first]!.start;
}

const POSSIBILITY_MODALS = new Set(['can', 'could', 'may', 'might']);

/**
 * "Georgia's disputed parliamentary election drew …": in wire copy a participle between a possessive and a noun describes
 * the noun (PolNeAR's US reporting keeps a few such frames: "Trump's proposed budget cuts").
 */
function isPossessedModifier(ctx: FrameContext, frame: Frame): boolean {
  const { tokens } = ctx;
  const i = frame.cue.first;
  const next = tokens[i + 1];
  // "Venezuela's disputed July election": a month may follow, capitalised.
  return frame.cue.last === i + 1 && i > 0 && /['’]s$/.test(tokens[i - 1]!.text) && tokens[i]!.lower.endsWith('ed') && next !== undefined && next.word && (!next.cap || MONTHS.has(next.lower)) && ctx.quoteOf[i + 1] === -1 && !CLAUSE_AFTER_VERB.has(next.lower);
}

const MONTHS = new Set('january february march april may june july august september october november december'.split(' '));

/**
 * "failed to agree on a date": in wire copy a cue of function words alone ("to"), which the span tagger may mark, reports
 * nothing (PolNeAR's annotators take "in" or "for" as cues of a statement's medium).
 */
function hasNoReportingWord(ctx: FrameContext, frame: Frame): boolean {
  for (let k = frame.cue.first; k < frame.cue.last; k++) if (!FUNCTION_WORDS.has(ctx.tokens[k]!.lower)) return false;
  return true;
}

const FUNCTION_WORDS = new Set(['to', 'of', 'on', 'in', 'at', 'for', 'by', 'with', 'a', 'an', 'the', 'and', 'or', 'but', 'that', 'as', 'about']);

/** "Saudi Arabia has not officially commented on the decision", "X did not respond to a request for comment": no words. */
function isNoComment(ctx: FrameContext, frame: Frame): boolean {
  const { tokens } = ctx;
  let commenting = false;
  for (let k = frame.cue.first; k < frame.cue.last; k++) if (COMMENT_CUES.has(tokens[k]!.lower)) commenting = true;
  if (!commenting) return false;
  for (let k = Math.max(0, frame.cue.first - NO_COMMENT_REACH); k < frame.cue.first; k++) if (REFUSALS.has(tokens[k]!.lower)) return true;
  return false;
}

const COMMENT_CUES = new Set(['comment', 'commented', 'respond', 'responded']);
const REFUSALS = new Set(['not', "n't", 'never', 'declined', 'refused', 'no']);
const NO_COMMENT_REACH = 3;

/** "…, adding 10 to 14 days to voyages": in wire copy "adding" right before a number adds an amount, not words. */
function addsAnAmount(ctx: FrameContext, frame: Frame): boolean {
  const cue = ctx.tokens[frame.cue.first]!;
  const next = ctx.tokens[frame.cue.last];
  return frame.kind !== 'direct' && (cue.lower === 'adding' || cue.lower === 'added' || cue.lower === 'adds') && next !== undefined && /^\d/.test(next.text) && ctx.quoteOf[frame.cue.last] === -1;
}

// "Trump's said he …": after "'s" for "has", a verb's clause or object.
const CLAUSE_AFTER_VERB = new Set(['that', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'these', 'those', 'there', 'what', 'how', 'why', 'whether', 'if', 'on', 'by', 'to', 'in', 'at']);

/**
 * "The World Bank is expected to lend about half of the cost": in wire copy an expectation nobody is named for is the
 * desk's own forecast (PolNeAR annotates it in US reporting).
 */
function isUnsourcedExpectation(ctx: FrameContext, frame: Frame): boolean {
  return frame.source === null && ctx.tokens[frame.cue.last - 1]!.lower === 'expected';
}

/** "JEDDAH, Saudi Arabia (Horizon Presse) - Delegations … returned for talks on a truce": the dateline speaks for no one. */
function sourceInDateline(ctx: FrameContext, frame: Frame, dateline: { start: number; end: number }): boolean {
  return frame.source !== null && ctx.tokens[frame.source.first]!.start >= dateline.start && ctx.tokens[frame.source.last - 1]!.end <= dateline.end;
}

const CLAIMS_OF_DEEDS = new Set(['claimed', 'claims', 'declared', 'declares']);
const CLAIMED_DEEDS = new Set(['responsibility', 'victory', 'credit']);
const QUOTED_EVALUATION_RE = /^[^“"]{1,60}\sas\s+(?:an?\s+|the\s+)?[“"]/;
// "declared a state of catastrophe", "declared the emergency", "declared a phytosanitary emergency": a decree's object.
const DECLARED_DEEDS_RE = /^(?:(?:an?|the)\s+(?:(?:[\p{Ll}-]+|\d+-(?:day|week|month))\s+){0,2}(?:(?:state|day|period|days)\s+of\s+(?:emergency|mourning|disaster|calamity|catastrophe|siege|alert)|emergency|ceasefire|truce|curfew|holiday|lockdown)|martial\s+law|independence|war\b)/iu;
const ORDER_TO_DO_RE = /\bto\s+\p{Ll}/u;
const ACTION_CUES = new Set(['agreed', 'approved', 'endorsed', 'signed', 'withdrew', 'refused', 'condemned', 'welcomed', 'pledged', 'imposed', 'issued', 'congratulated', 'introduced', 'conceded', 'adopted', 'ratified', 'extended', 'voted', 'postponed', 'fired', 'blocked', 'vetoed', 'attacked', 'clashed', 'promised', 'meant', 'seeks', 'seek', 'sought', 'pushing', 'counting', 'passed', 'declined', 'included', 'includes', 'discovered', 'unveiled', 'agree', 'endorse', 'disputed', 'campaigned', 'mention', 'released', 'discussed', 'published', 'proclaimed', 'decided', 'threw', 'seeking', 'allowed', 'allow', 'allows', 'persuade', 'exposing', 'restricted', 'destroyed', 'suspended', 'championed', 'launched']);

/**
 * "…, the commerce ministry said on Friday, a move that will help both states": a "that" after a noun the writer
 * set off after the attribution opens a relative clause describing it, not what was said.
 */
function isRelativeAfterAside(ctx: FrameContext, frame: Frame): boolean {
  const { tokens } = ctx;
  const first = tokenAt(ctx, frame.contentStart);
  if (tokens[first]?.lower !== 'that' || first <= frame.cue.last) return false;
  let comma = -1;
  for (let k = frame.cue.last; k < first; k++) if (tokens[k]!.text === ',' && ctx.quoteOf[k] === -1) comma = k;
  if (comma === -1 || comma + 2 > first - 1) return false;
  const noun = tokens[first - 1]!;
  return ARTICLES.has(tokens[comma + 1]!.lower) && noun.word && !noun.cap && first - comma <= ASIDE_NOUN_REACH;
}

const ASIDE_NOUN_REACH = 5;

/**
 * "the subject of a Venezuelan claim for more than a century", "Beijing's claims over the shoal": a claim to land or
 * rights is no saying, unless "that" or a quotation follows ("claims on Twitter that …" is one).
 */
function isClaimToSomething(ctx: FrameContext, frame: Frame): boolean {
  const { tokens } = ctx;
  if (!CLAIM_NOUNS.has(tokens[frame.cue.last - 1]!.lower) || !CLAIMED_OVER.has(tokens[frame.cue.last]?.lower ?? '')) return false;
  return frame.kind !== 'direct' && !opensWithThatOrQuotation(ctx, frame);
}

/** Whether what the frame reports opens with "that" or a quotation: then something was said. */
function opensWithThatOrQuotation(ctx: FrameContext, frame: Frame): boolean {
  const first = tokenAt(ctx, frame.contentStart);
  return ctx.tokens[first]?.lower === 'that' || ctx.quoteOf[first] !== -1;
}

const CLAIM_NOUNS = new Set(['claim', 'claims']);
const CLAIMED_OVER = new Set(['for', 'over', 'on']);

/** Whether `at` lies in a line with no closing full stop: a headline or a subheading, not a paragraph of the story. */
function inHeadline(text: string, at: number): boolean {
  const end = text.indexOf('\n', at);
  return !SENTENCE_END_RE.test(text.slice(at, end === -1 ? text.length : end));
}

const SENTENCE_END_RE = /[.!?…]["”’)]?\s*$/;

/**
 * PolNeAR gives each word to one attribution only: a cue inside another statement's
 * content ("Smith said [the mayor claimed ...]") is part of that content, not a statement
 * of its own. A clearly surer frame keeps its place, else the longer content does
 * (on train and dev this beats ranking by confidence alone).
 */
function withoutNested(all: Frame[], ctx: FrameContext, wire: boolean): Frame[] {
  const { tokens } = ctx;
  const frames = withCoordinatedSayingsApart(all, ctx);
  const cueStart = (f: Frame) => tokens[f.cue.first]!.start;
  const cueEnd = (f: Frame) => tokens[f.cue.last - 1]!.end;
  const inside = (inner: Frame, outer: Frame) => cueStart(inner) >= outer.contentStart && cueEnd(inner) <= outer.contentEnd;
  // Clearly surer frames first (confidence in three bands), then the longer content.
  const rank = (f: Frame) => Math.round(f.confidence * 2) * 1e6 + f.contentEnd - f.contentStart;
  // "said in a statement released by his office that ...": the occasion's words, between another's cue
  // and its content, tell how they went out; "a statement released" is no statement of its own.
  const inAttribution = (inner: Frame, outer: Frame) =>
    inner.source !== null && OCCASION_NOUNS.has(tokens[inner.source.last - 1]!.lower) && cueEnd(outer) < outer.contentStart && cueStart(inner) >= cueEnd(outer) && cueEnd(inner) <= outer.contentStart;
  // "Moscow will respond to any new sanctions, Russian Foreign Ministry Spokeswoman X said": a content that runs
  // on over the ", X said" of a frame whose own content holds this cue has swallowed that attribution,
  // however sure it looks.
  const sourceStart = (f: Frame) => tokens[f.source!.first]!.start;
  const swallows = (f: Frame, other: Frame) =>
    other.source !== null &&
    tokens[other.source.first - 1]?.text === ',' &&
    f.contentStart < sourceStart(other) &&
    tokens[other.source.last - 1]!.end <= f.contentEnd &&
    other.contentEnd <= sourceStart(other) &&
    other.contentStart <= cueStart(f) &&
    cueStart(f) < other.contentEnd;
  // "According to two diplomatic sources, Washington has indicated …": an opening relay reports the clause after it.
  const reportsClause = (outer: Frame) => {
    const cue = tokens[outer.cue.first]!.lower;
    return SAYING_CUES.has(cue) || (cue === 'according' && outer.contentStart > cueEnd(outer));
  };
  // "An official said Washington supported the request": the reported clause's own subject and verb are
  // what was said, not a second statement that outranks the saying; so are those of a lead's clause after
  // its dateline ("BRUSSELS (…) – Hungary blocked …, diplomats said").
  // Where the reported clause's subject starts: past a dateline, or past "that" ("announced that Serbia has signed …").
  const clauseStart = (outer: Frame) => {
    const start = afterDateline(ctx.text, outer.contentStart, outer.contentEnd);
    const first = tokenAt(ctx, start);
    return tokens[first]?.lower === 'that' && tokens[first + 1] ? tokens[first + 1]!.start : start;
  };
  // 'North Korea fired what it claims to be a satellite, the military said': a claim in a "what" clause only
  // describes something inside what was reported.
  const describedInside = (inner: Frame) => inner.source !== null && tokens[inner.source.first - 1]?.lower === 'what';
  // "According to Somalia's state-run Halgan News Agency, presidential spokesman X said that …": in wire copy an outlet
  // opening the sentence only relays the saying whose speaker opens its clause.
  const relaysOpening = (outer: Frame) =>
    wire &&
    tokens[outer.cue.first]!.lower === 'according' &&
    outer.contentStart > cueEnd(outer) &&
    outer.source !== null &&
    OUTLET_RE.test(ctx.text.slice(sourceStart(outer), tokens[outer.source.last - 1]!.end)) &&
    frames.some((inner) => inner !== outer && inner.source !== null && SAYING_CUES.has(tokens[inner.cue.first]!.lower) && clauseStart(outer) === sourceStart(inner));
  const clauseOf = (inner: Frame) =>
    inner.source !== null &&
    frames.some((outer) => outer !== inner && reportsClause(outer) && !relaysOpening(outer) && inside(inner, outer) && (describedInside(inner) || clauseStart(outer) === sourceStart(inner)));
  // "X, Zambia's agriculture minister, said …, according to the state-run Zambia Mirror": in wire copy a closing relay
  // of a saying with its own named speaker only tells where it was reported (PolNeAR gives such US copy to the relay).
  const relaysSaying = (outer: Frame) =>
    wire &&
    tokens[outer.cue.first]!.lower === 'according' &&
    outer.contentEnd <= cueStart(outer) &&
    frames.some((inner) => inner !== outer && inner.source !== null && SAYING_CUES.has(tokens[inner.cue.first]!.lower) && inside(inner, outer));
  const relayed = new Set(frames.filter(relaysOpening));
  const demoted = new Set(frames.filter((f) => clauseOf(f) || relaysSaying(f) || relayed.has(f)));
  const order = frames.map((_, i) => i).sort((a, b) => Number(demoted.has(frames[a]!)) - Number(demoted.has(frames[b]!)) || rank(frames[b]!) - rank(frames[a]!) || a - b);
  const kept: Frame[] = [];
  for (const i of order) {
    const f = frames[i]!;
    if (relayed.has(f) || kept.some((k) => inside(f, k) || inside(k, f)) || frames.some((other) => other !== f && (inAttribution(f, other) || swallows(f, other)))) continue;
    kept.push(f);
  }
  return kept.sort((a, b) => a.contentStart - b.contentStart);
}

/**
 * "The ministry said that the canal could reduce flows, and Hanoi has called on Phnom Penh to share …", "N'Djamena
 * warned that Chad could absorb no more, as the U.N. refugee agency said 30,000 had crossed": a clause of its own after
 * ", and" or ", as", whose named subject (a capital, or "the" and a capital) says something, is a second statement; the first
 * ends before it.
 */
function withCoordinatedSayingsApart(frames: Frame[], ctx: FrameContext): Frame[] {
  const { tokens } = ctx;
  const named = (i: number) => tokens[i]!.cap || (tokens[i]!.lower === 'the' && tokens[i + 1]?.cap === true);
  const coordinated = (inner: Frame) => {
    if (inner.source === null || tokens[inner.source.first - 2]?.text !== ',' || ctx.quoteOf[inner.source.first - 2] !== -1) return false;
    // "…, and Vilnius will ask the Commission to cover half": what a subject will do is a plan inside what was said.
    if (MODALS.has(tokens[inner.cue.first - 1]?.lower ?? '')) return false;
    const joint = tokens[inner.source.first - 1]?.lower;
    return (joint === 'and' || joint === 'as') && named(inner.source.first);
  };
  return frames.map((outer) => {
    if (outer.kind === 'direct' || outer.contentStart < tokens[outer.cue.last - 1]!.end) return outer;
    const inner = frames.find((f) => f !== outer && coordinated(f) && tokens[f.source!.first - 2]!.start > outer.contentStart && tokens[f.cue.last - 1]!.end <= outer.contentEnd);
    return inner ? withContent(outer, outer.contentStart, tokens[inner.source!.first - 3]!.end, null) : outer;
  });
}

const SAYING_CUES = new Set(['said', 'says', 'say', 'told', 'added', 'stated', 'announced', 'confirmed']);

// "Trump seemed to welcome the idea", "it is unclear whether ...": an impression the writer
// reports, which PolNeAR annotates without a source; the subject only appears to hold the view.
const IMPRESSION_CUES = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'unclear', 'reportedly']);
// "amid allegations that ...", "despite complaints that ...": talk going around, nobody's in particular.
const HEARSAY_NOUNS = new Set(['speculation', 'allegations', 'complaints', 'rumors', 'rumours']);

// "who asked not to be named", "who declined to be identified", "who asked to remain anonymous": how the
// source wished to be cited, not what they said. Not "anonymity" alone: PolNeAR annotates "requested anonymity to discuss ...".
const ANONYMITY_REQUEST_RE = /^(?:(?:not )?to be (?:named|identified|quoted)|(?:to )?(?:remain|stay) anonymous)\b/i;

function isAnonymityRequest(text: string, frame: Frame): boolean {
  return ANONYMITY_REQUEST_RE.test(text.slice(frame.contentStart, frame.contentStart + 40));
}

function isUnsourcedCue(cue: string): boolean {
  const lower = cue.toLowerCase();
  return IMPRESSION_CUES.has(lower) || HEARSAY_NOUNS.has(lower);
}

// "It is clear that ...", "it's obvious that ...": the writer's own verdict, with no one to attribute it to.
function isWritersVerdict(cue: string, mention: string): boolean {
  return /^(clear|obvious)$/i.test(cue) && /^it(['’]s)?$/i.test(mention);
}

const OFFICE_HOLDER_RE = /^(?:spokes(?:person|man|woman)|officials?|ministers?|diplomats?|ambassador|envoy|officer|commander|president|secretary)$/;
// Outlets that carry others' words.
const OUTLETS = 'news agency|agency|broadcaster|newspaper|television|radio|Press|Yonhap|Xinhua|TASS|Kyodo|KCNA|Anadolu|IRNA';
// An outlet, or a news agency named in capitals ("Halgan News Agency").
const OUTLET_NAMES = `${OUTLETS}|News Agency`;
const OUTLET_RE = new RegExp(`\\b(?:${OUTLET_NAMES})\\b`);
// What relays words: an outlet, or the record of a meeting.
const RELAY_SOURCE_RE = new RegExp(`\\b(?:${OUTLET_NAMES}|readout|transcript|communiqu[eé])\\b`);

function span(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

/**
 * One quotation is one statement: when two cues claim it (a named cue before it and a
 * dangling "he commented." after it), the one naming someone wins, then the surer one.
 */
function keepOnePerContent(frames: Frame[], ctx: FrameContext): Frame[] {
  // '…, the Foreign Ministry said …, the state newspaper Turkmen Sesi reported': an outlet that reported a saying relays
  // it (not "Cameron had ordered diplomats to …, The Times reported", whose news is the outlet's).
  const saying = frames.filter((g) => SAYING_CUES.has(ctx.tokens[g.cue.first]!.lower));
  const reportsSaying = (f: Frame) => saying.some((g) => g !== f && g.contentStart < f.contentEnd && f.contentStart < g.contentEnd);
  const rank = (f: Frame) => {
    const src = f.source ? ctx.tokens[f.source.first]! : null;
    // "the spokesperson" names the speaker as well as a capitalised source does ("military spokesman Lt. Gen. X" has
    // its capitals after the office); a pronoun does not.
    const capitalised = f.source !== null && ctx.tokens.slice(f.source.first, f.source.last).some((t) => t.cap && t.word);
    const named = src && (capitalised || OFFICE_HOLDER_RE.test(ctx.tokens[f.source!.last - 1]!.lower)) && !/^(he|she|they|it|we|i)$/i.test(src.text) ? 1 : 0;
    // "X said ..., according to the state news agency": the agency only relays X's words.
    const cue = ctx.tokens[f.cue.first]!;
    const relayCue = cue.lower === 'according' || (cue.lower === 'reported' && reportsSaying(f));
    const relay = relayCue && f.source !== null && RELAY_SOURCE_RE.test(ctx.text.slice(ctx.tokens[f.source.first]!.start, ctx.tokens[f.source.last - 1]!.end));
    return named - (relay ? 0.5 : 0);
  };
  const kept: Frame[] = [];
  for (const f of frames) {
    const clash = kept.findIndex(
      (k) => (f.quote !== null && k.quote === f.quote) || (k.contentStart === f.contentStart && k.contentEnd === f.contentEnd),
    );
    if (clash === -1) {
      kept.push(f);
      continue;
    }
    const other = kept[clash]!;
    if (rank(f) > rank(other) || (rank(f) === rank(other) && f.confidence > other.confidence)) kept[clash] = f;
  }
  // "X said ... that Y, according to the agency": X's own statement covers what the agency relays.
  const relays = kept.filter((f) => rank(f) % 1 !== 0);
  const dropped = new Set(
    relays.filter((r) => kept.some((f) => f !== r && !relays.includes(f) && f.contentStart < r.contentEnd && r.contentStart < f.contentEnd)),
  );
  // 'X told TASS: "…," he commented.': the dangling cue's content is the named cue's quotation with its listener
  // (and its speaker, when the named cue opens the sentence).
  for (const f of kept) {
    if (rank(f) !== 0 || ctx.tokens[f.cue.first]!.start < f.contentEnd) continue;
    if (kept.some((k) => k !== f && rank(k) === 1 && k.kind === 'direct' && k.contentEnd === f.contentEnd && k.contentStart > f.contentStart && ctx.tokens[k.cue.first]!.start < k.contentStart)) dropped.add(f);
  }
  return kept.filter((f) => !dropped.has(f)).sort((a, b) => a.contentStart - b.contentStart);
}
