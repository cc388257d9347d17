/**
 * Feature templates and values as small integers, so that the learned models look weights
 * up by integer keys instead of hashing strings on every feature of every candidate.
 *
 * Every string a stored model holds, and every literal a feature function visits, gets an
 * id when its module loads. A word of an article is looked up once, the first time a
 * feature reads it (the id is kept on its token). At run time a word no model knows gets
 * UNKNOWN_VALUE: no weight can match it, so leaving it out changes no score. The trainer,
 * which must see every word, calls learnEveryValue() first so that new words get ids too.
 */
import type { Token } from './tokens';

/** A word that no model and no feature function knows (never in a stored weight). */
export const UNKNOWN_VALUE = -1;
/** The token's id has not been looked up yet. */
export const NOT_LOOKED_UP = -3;

const ids = new Map<string, number>();
const names: string[] = [];
let learning = false;

/** The id of a string, giving it one if it has none yet. */
export function internValue(s: string): number {
  let id = ids.get(s);
  if (id === undefined) {
    id = names.length;
    names.push(s);
    ids.set(s, id);
  }
  return id;
}

/** The id of a string met while scoring: UNKNOWN_VALUE when no model knows it (unless learning). */
export function valueId(s: string): number {
  const id = ids.get(s);
  if (id !== undefined) return id;
  return learning ? internValue(s) : UNKNOWN_VALUE;
}

/** The string of an id; the trainer turns features back into "template=value" with it. */
export function valueName(id: number): string {
  const name = names[id];
  if (name === undefined) throw new Error(`feature value ${id} has no name: call learnEveryValue() before extracting training features`);
  return name;
}

/** From now on every string met gets an id (for the trainer, which keeps words no model knows yet). */
export function learnEveryValue(): void {
  learning = true;
}

/** The id of a token's lower-case form, looked up once per token. */
export function tokenValue(t: Token): number {
  const id = t.valueId;
  if (id !== NOT_LOOKED_UP && (id !== UNKNOWN_VALUE || !learning)) return id;
  return (t.valueId = valueId(t.lower));
}

/** Ids for a fixed set of literals, by name: `const V = literalIds('END', 'CAP')` then `V.END`. */
export function literalIds<const K extends string>(...literals: K[]): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const s of literals) out[s] = internValue(s);
  return out;
}
