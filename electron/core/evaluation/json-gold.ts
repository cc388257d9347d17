/**
 * Reader for the JSON gold layout (the nations-dev format): `text/NAME.txt` beside
 * `gold/NAME.json`, spans already in JavaScript string indices, each statement with the
 * canonical speaker and the nation it speaks for, and an optional `nation-cases.json`
 * giving, per statement in gold order, the hard cases it exercises.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CharSpan, GoldAttribution } from './brat-standoff';

export interface JsonGoldStatement extends GoldAttribution {
  speaker: string | null;
  /** ISO 3166-1 alpha-2 (or XK), null for international bodies, companies, NGOs. */
  nation: string | null;
  /** A borderline statement: neither a hit nor a false alarm when matched, never a miss. */
  optional: boolean;
  /** The gold's own kind: its direct quotes are spanned without their quotation marks. */
  kind: 'direct' | 'indirect' | 'mixed';
}

interface RawSpan {
  start: number;
  end: number;
  text?: string;
}

interface RawStatement {
  content: RawSpan;
  source: RawSpan | null;
  cue: RawSpan | null;
  speaker?: string | null;
  nation?: string | null;
  optional?: boolean;
  kind?: string;
}

export interface NationCaseRecord {
  content: string;
  nation: string | null;
  cases: string[];
}

/** True when a folder holds the JSON gold layout rather than brat's attributions/. */
export function isJsonGoldCorpus(dir: string): boolean {
  const gold = join(dir, 'gold');
  return existsSync(gold) && !existsSync(join(dir, 'attributions')) && readdirSync(gold).some((f) => f.endsWith('.json'));
}

function checkedSpan(raw: RawSpan | null | undefined, text: string, what: string, file: string): CharSpan | null {
  if (!raw) return null;
  if (!Number.isInteger(raw.start) || !Number.isInteger(raw.end) || raw.start < 0 || raw.end > text.length || raw.start >= raw.end) {
    throw new Error(`${file}: ${what} span ${raw.start}-${raw.end} lies outside the article (${text.length} characters)`);
  }
  if (raw.text !== undefined && text.slice(raw.start, raw.end) !== raw.text) {
    throw new Error(`${file}: ${what} span ${raw.start}-${raw.end} does not hold its text "${raw.text}"`);
  }
  return { start: raw.start, end: raw.end };
}

/** The gold statements of one article, checked against its text, in content order. */
export function parseJsonGold(json: string, articleText: string, file: string): JsonGoldStatement[] {
  let doc: { statements?: RawStatement[] };
  try {
    doc = JSON.parse(json) as { statements?: RawStatement[] };
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  if (!Array.isArray(doc.statements)) throw new Error(`${file}: no "statements" array`);
  return doc.statements.map((s, i) => ({
    id: `S${i + 1}`,
    content: checkedSpan(s.content, articleText, 'content', file)!,
    source: checkedSpan(s.source, articleText, 'source', file),
    cue: checkedSpan(s.cue, articleText, 'cue', file),
    speaker: s.speaker ?? null,
    nation: s.nation ?? null,
    optional: s.optional === true,
    kind: s.kind === 'direct' || s.kind === 'mixed' ? s.kind : 'indirect',
  }));
}

export interface JsonCorpusDocument {
  name: string;
  textPath: string;
  goldPath: string | null;
}

export function listJsonGoldDocuments(dir: string): JsonCorpusDocument[] {
  const texts = readdirSync(join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort();
  return texts.map((file) => {
    const name = file.slice(0, -'.txt'.length);
    const goldPath = join(dir, 'gold', `${name}.json`);
    return { name, textPath: join(dir, 'text', file), goldPath: existsSync(goldPath) ? goldPath : null };
  });
}

/** Per article file name ("01-x.txt"), the case records in gold order; empty when absent. */
export function parseNationCases(json: string): Map<string, NationCaseRecord[]> {
  const raw = JSON.parse(json) as Record<string, NationCaseRecord[]>;
  return new Map(Object.entries(raw).map(([file, records]) => [file.replace(/\.txt$/, ''), records]));
}
