/**
 * The statement extractor's output: the contract behind `parley extract --json`
 * and everything the archive stores about a statement found automatically.
 *
 * Offsets are JavaScript string indices (UTF-16 code units, end exclusive) into the
 * article text exactly as decoded, so `text.slice(span.start, span.end) === span.text`.
 */

export type StatementKind = 'direct' | 'indirect' | 'mixed';

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export interface ExtractedSpeaker {
  /** The words the cue attaches to: a name, a surname, a pronoun, an institution. */
  mention: TextSpan | null;
  /** Full name where the article gives one (resolved through surnames and pronouns). */
  name: string | null;
  role: string | null;
  organization: string | null;
  /** ISO 3166-1 alpha-2 code, or null for international bodies and the unknown. */
  nation: string | null;
}

export interface ExtractedStatement {
  kind: StatementKind;
  content: TextSpan;
  cue: TextSpan | null;
  speaker: ExtractedSpeaker;
  /** 0..1: how sure the extractor is that this is a statement with this speaker. */
  confidence: number;
}

export interface ExtractionResult {
  title: string | null;
  statements: ExtractedStatement[];
}
