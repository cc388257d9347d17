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

/**
 * Why a statement's nation was chosen, strongest first: a country word in the speaker's own
 * phrase or appositive; the speaker's organization (a foreign ministry placed by the dateline
 * or nearby sentences, an international body that speaks for no nation); an institution or
 * capital standing for its government (the Kremlin, the Quai d'Orsay, "Beijing said"); an
 * earlier sentence about the same actor; the dateline alone, as weak evidence.
 */
export const NATION_EVIDENCE_KINDS = ['explicit', 'organization', 'metonym', 'earlier-mention', 'dateline'] as const;
export type NationEvidenceKind = (typeof NATION_EVIDENCE_KINDS)[number];

export interface NationEvidence {
  kind: NationEvidenceKind;
  /** The words in the article the nation was read from. */
  span: TextSpan;
}

export interface ExtractedSpeaker {
  /** The words the cue attaches to: a name, a surname, a pronoun, an institution. */
  mention: TextSpan | null;
  /** Full name where the article gives one (resolved through surnames and pronouns). */
  name: string | null;
  role: string | null;
  organization: string | null;
  /** ISO 3166-1 alpha-2 code (XK for Kosovo), or null for international bodies and the unknown. */
  nation: string | null;
  /** Why the nation (or the null of an international body) was chosen; absent when nothing said. */
  nationEvidence?: NationEvidence | null;
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
