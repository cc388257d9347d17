import model from '../../resources/extraction/content-end-model.json';
import { endCandidates, EndScan, visitEndFeatures, type EndContext } from './content-end-features';
import { compileModel, type StoredModel } from './linear-model';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

// Learned from PolNeAR train by `npm run train:extractor`.
const score = compileModel(model as unknown as StoredModel);
const trained = Object.keys((model as unknown as StoredModel).weights).length > 0;
// One scan for every call (choosing is synchronous).
const scan = new EndScan();

/** The exclusive end token of content starting at `from`, chosen by the learned model. */
export function chooseContentEnd(ctx: EndContext, sentence: Sentence, from: number, cueWord: string): number | null {
  if (!trained) return null;
  let best = sentence.last;
  let bestScore = -1;
  scan.read(ctx, sentence, from, cueWord);
  for (const k of endCandidates(ctx, sentence, from)) {
    if (insideVerbList(ctx, k, sentence.last) || insideNounList(ctx, k)) continue;
    const p = score((visit) => visitEndFeatures(ctx, sentence, from, k, cueWord, visit, scan));
    if (p > bestScore) {
      bestScore = p;
      best = k;
    }
  }
  return best;
}

/** "Iran had harassed, attacked or seized 20 ships": a comma inside a list of past verbs ends nothing. */
export function insideVerbList(ctx: EndContext, k: number, end: number): boolean {
  const { tokens } = ctx;
  if (tokens[k]?.text !== ',' || !isPastVerb(tokens[k + 1])) return false;
  for (let j = k + 2; j < Math.min(end, k + 6); j++) {
    const t = tokens[j]!;
    if ((t.lower === 'or' || t.lower === 'and') && isPastVerb(tokens[j + 1])) return true;
    if (t.text !== ',' && !isPastVerb(t)) return false;
  }
  return false;
}

// Prepositions that take a list of bare nouns as their object ("exports of gallium, germanium and antimony").
const LIST_PREPOSITIONS = new Set(['of', 'in', 'on', 'for', 'with', 'from', 'including']);
// How many words after the comma the list's "and" or "or" may stand.
const NOUN_LIST_REACH = 3;

/** "exports of gallium, germanium and antimony products": a comma between a preposition's bare nouns ends nothing. */
function insideNounList(ctx: EndContext, k: number): boolean {
  const { tokens } = ctx;
  const item = tokens[k - 1];
  if (tokens[k]?.text !== ',' || !LIST_PREPOSITIONS.has(tokens[k - 2]?.lower ?? '') || !item?.word || item.cap) return false;
  for (let j = k + 1; j <= k + NOUN_LIST_REACH; j++) {
    const t = tokens[j];
    if (!t?.word || t.cap) return false;
    if ((t.lower === 'and' || t.lower === 'or') && j > k + 1) return tokens[j + 1]?.word === true;
  }
  return false;
}

function isPastVerb(t: Token | undefined): boolean {
  return t !== undefined && t.word && !t.cap && t.lower.length > 3 && t.lower.endsWith('ed');
}
