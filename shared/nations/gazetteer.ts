/**
 * Compiles the nation gazetteer (generated country data plus Parley's own additions)
 * into token tries, once, on first use: hosts that load this module but never look a nation
 * up (a search, the server before its first request) skip the work.
 */
import countries from '../../resources/gazetteer/countries.json';
import additions from '../../resources/gazetteer/additions.json';

export type NationCueKind = 'country' | 'demonym' | 'capital' | 'institution' | 'media' | 'international' | 'non-state';
export type NationGuard = 'not-after-name' | 'not-before-name';

export interface CueEntry {
  code: string | null;
  kind: NationCueKind;
  /** A phrase that contains a cue but names no nation ("South China Sea"). */
  blocked: boolean;
  guards: NationGuard[];
  notInCapitals: boolean;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: CueEntry;
}

interface CountryRecord {
  code: string;
  name: string;
  unMember: boolean;
  names: string[];
  demonyms: string[];
  capitals: string[];
}

interface AdditionsFile {
  groups: Array<{ code: string | null; kind: string; cues: string[] }>;
  notInCapitals: string[];
  blocked: Array<{ phrase: string }>;
  excluded: Array<{ cue: string }>;
  guards: Array<{ cue: string; guard: string }>;
}

// Words, or single punctuation marks; "U.S." is four tokens, whitespace never matters.
const TOKEN_RE = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

export interface Token {
  text: string;
  start: number;
  end: number;
}

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    tokens.push({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return tokens;
}

/** Typographic apostrophes read as plain ones, so "Quai d’Orsay" and "Quai d'Orsay" agree. */
export function tokenKey(token: string): string {
  return token === '’' || token === 'ʼ' ? "'" : token;
}

const KIND_RANK: Record<NationCueKind, number> = {
  country: 0,
  demonym: 1,
  capital: 2,
  institution: 3,
  international: 4,
  media: 5,
  'non-state': 6,
};

function isKind(kind: string): kind is NationCueKind {
  return kind in KIND_RANK;
}

/** Cue text → entry, with dataset collisions settled and our additions taking precedence. */
function collectCues(): Map<string, CueEntry> {
  const data = additions as AdditionsFile;
  const excluded = new Set(data.excluded.map((e) => e.cue));
  const notInCapitals = new Set(data.notInCapitals);
  const guards = new Map<string, NationGuard[]>();
  for (const g of data.guards) {
    if (g.guard !== 'not-after-name' && g.guard !== 'not-before-name') throw new Error(`Unknown guard ${g.guard}`);
    guards.set(g.cue, [...(guards.get(g.cue) ?? []), g.guard]);
  }

  // Dataset cues: where one text names several countries, UN members win; a tie among
  // members means the text is ambiguous and is dropped.
  const fromDataset = new Map<string, Array<{ code: string; kind: NationCueKind; unMember: boolean }>>();
  for (const c of (countries as { countries: CountryRecord[] }).countries) {
    const add = (cue: string, kind: NationCueKind) => {
      if (excluded.has(cue)) return;
      fromDataset.set(cue, [...(fromDataset.get(cue) ?? []), { code: c.code, kind, unMember: c.unMember }]);
    };
    c.names.forEach((n) => add(n, 'country'));
    c.demonyms.forEach((n) => add(n, 'demonym'));
    c.capitals.forEach((n) => add(n, 'capital'));
  }

  const cues = new Map<string, CueEntry>();
  const entry = (code: string | null, kind: NationCueKind, cue: string): CueEntry => ({
    code,
    kind,
    blocked: false,
    guards: guards.get(cue) ?? [],
    notInCapitals: notInCapitals.has(cue),
  });
  for (const [cue, candidates] of fromDataset) {
    const members = candidates.filter((c) => c.unMember);
    const pool = members.length > 0 ? members : candidates;
    const codes = new Set(pool.map((c) => c.code));
    if (codes.size !== 1) continue;
    const best = [...pool].sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind])[0]!;
    cues.set(cue, entry(best.code, best.kind, cue));
  }
  for (const group of data.groups) {
    if (!isKind(group.kind)) throw new Error(`Unknown cue kind ${group.kind}`);
    for (const cue of group.cues) cues.set(cue, entry(group.code, group.kind, cue));
  }
  for (const { phrase } of data.blocked) {
    cues.set(phrase, { code: null, kind: 'international', blocked: true, guards: [], notInCapitals: false });
  }
  return cues;
}

function insert(root: TrieNode, keys: string[], entry: CueEntry): void {
  let node = root;
  for (const key of keys) {
    let child = node.next.get(key);
    if (!child) {
      child = { next: new Map() };
      node.next.set(key, child);
    }
    node = child;
  }
  node.entry = entry;
}

export interface CompiledGazetteer {
  /** Cues as written, matched case-sensitively. */
  exact: TrieNode;
  /** Cues in capitals, for headline text written all in capitals. */
  capitals: TrieNode;
  names: Map<string, string>;
}

function compile(): CompiledGazetteer {
  const exact: TrieNode = { next: new Map() };
  const capitals: TrieNode = { next: new Map() };
  for (const [cue, entry] of collectCues()) {
    const keys = tokenize(cue).map((t) => tokenKey(t.text));
    if (keys.length === 0) continue;
    insert(exact, keys, entry);
    if (!entry.notInCapitals) insert(capitals, keys.map((k) => k.toUpperCase()), entry);
  }
  const names = new Map((countries as { countries: CountryRecord[] }).countries.map((c) => [c.code, c.name]));
  return { exact, capitals, names };
}

let compiled: CompiledGazetteer | undefined;

export function gazetteer(): CompiledGazetteer {
  compiled ??= compile();
  return compiled;
}
