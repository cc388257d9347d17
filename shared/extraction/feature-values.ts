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

/**
 * The strings with ids, in an open-addressing table of typed arrays with the characters
 * kept inline: a look-up hashes the word and reads one slot, which holds its id, hash,
 * length and, for a string of up to SLOT_CHARS characters (nearly every word), the
 * characters themselves; a longer one's characters lie in a pool. A Map of string keys
 * followed pointers to scattered bucket, entry and key objects, and a slot that only
 * pointed into the pool cost a second miss (looking words up was the extractor's largest
 * single cost).
 */
class StringIds {
  private mask = 0;
  /** Slot i at SLOT_INTS * i: id (EMPTY_SLOT when free), hash, length, start in the pool, then the first SLOT_CHARS characters, two a number. */
  private slots = new Int32Array(0);
  private pool = new Uint16Array(1024);
  private poolUsed = 0;
  /** Per id: where its characters start in the pool (to place it again when the table grows). */
  private starts: number[] = [];
  readonly names: string[] = [];

  constructor() {
    this.resize(1024);
  }

  private static hash(s: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h ^ (h >>> 15);
  }

  private resize(size: number): void {
    this.mask = size - 1;
    this.slots = new Int32Array(size * SLOT_INTS).fill(EMPTY_SLOT);
    this.names.forEach((name, id) => this.place(id, name, StringIds.hash(name), this.starts[id]!));
  }

  private place(id: number, s: string, h: number, start: number): void {
    const { slots } = this;
    let at = h & this.mask;
    while (slots[at * SLOT_INTS] !== EMPTY_SLOT) at = (at + 1) & this.mask;
    const slot = at * SLOT_INTS;
    slots[slot] = id;
    slots[slot + 1] = h;
    slots[slot + 2] = s.length;
    slots[slot + 3] = start;
    for (let i = 0; i < SLOT_CHARS; i += 2) slots[slot + 4 + (i >> 1)] = (i < s.length ? s.charCodeAt(i) : 0) | ((i + 1 < s.length ? s.charCodeAt(i + 1) : 0) << 16);
  }

  /** The string's id, or UNKNOWN_VALUE. */
  get(s: string): number {
    const h = StringIds.hash(s);
    const { slots, mask } = this;
    const length = s.length;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const slot = at * SLOT_INTS;
      const id = slots[slot]!;
      if (id === EMPTY_SLOT) return UNKNOWN_VALUE;
      if (slots[slot + 1] !== h || slots[slot + 2] !== length) continue;
      if (length <= SLOT_CHARS ? this.inlineEquals(slot, s) : this.poolEquals(slots[slot + 3]!, s)) return id;
    }
  }

  private inlineEquals(slot: number, s: string): boolean {
    const { slots } = this;
    for (let i = 0; i < s.length; i++) {
      const pair = slots[slot + 4 + (i >> 1)]!;
      if (((i & 1) === 0 ? pair & 0xffff : pair >>> 16) !== s.charCodeAt(i)) return false;
    }
    return true;
  }

  private poolEquals(start: number, s: string): boolean {
    const { pool } = this;
    for (let i = 0; i < s.length; i++) if (pool[start + i] !== s.charCodeAt(i)) return false;
    return true;
  }

  add(s: string): number {
    const id = this.names.length;
    this.names.push(s);
    if (this.poolUsed + s.length > this.pool.length) {
      const pool = new Uint16Array(Math.max(this.pool.length * 2, this.poolUsed + s.length));
      pool.set(this.pool);
      this.pool = pool;
    }
    const start = this.poolUsed;
    this.starts.push(start);
    for (let i = 0; i < s.length; i++) this.pool[this.poolUsed++] = s.charCodeAt(i);
    // At most half full, so that probe runs stay short.
    if (this.names.length * 2 > this.mask + 1) this.resize((this.mask + 1) * 2);
    else this.place(id, s, StringIds.hash(s), start);
    return id;
  }
}

const EMPTY_SLOT = -1;
/** Characters kept in a slot; 8 numbers a slot, 32 bytes. */
const SLOT_CHARS = 8;
const SLOT_INTS = 4 + SLOT_CHARS / 2;

const strings = new StringIds();
const names = strings.names;
let learning = false;

/** The id of a string, giving it one if it has none yet. */
export function internValue(s: string): number {
  const id = strings.get(s);
  return id !== UNKNOWN_VALUE ? id : strings.add(s);
}

/** The id of a string met while scoring: UNKNOWN_VALUE when no model knows it (unless learning). */
export function valueId(s: string): number {
  const id = strings.get(s);
  if (id !== UNKNOWN_VALUE) return id;
  return learning ? strings.add(s) : UNKNOWN_VALUE;
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
