import type { StatementRecord } from './archive-content';

/**
 * What REFI-QDA has no element for (speaker, role, nation, kind, review state, the stance on each topic)
 * travels in the coded selection's description as "Label: value" lines that people can read in any QDA
 * program and Parley reads back.
 */
export interface StatementDetails {
  speakerName: string | null;
  speakerRole: string | null;
  speakerOrganization: string | null;
  nation: string | null;
  kind: string;
  reviewState: string;
  origin: string;
  confidence: number;
  cue: { start: number; end: number } | null;
  speakerMention: { start: number; end: number } | null;
  /** Topic path → stance ('' when none given). */
  stances: Map<string, string>;
}

const STANCE_PREFIX = 'Stance on ';

const oneLine = (value: string) => value.replace(/\s*[\r\n]+\s*/g, ' ');
const span = (start: number | null, end: number | null) => (start === null || end === null ? null : `${start}-${end}`);

export function describeStatement(s: StatementRecord, stances: readonly { path: string; stance: string | null }[]): string {
  const lines: [string, string | null][] = [
    ['Speaker', s.speakerName],
    ['Role', s.speakerRole],
    ['Organization', s.speakerOrganization],
    ['Nation', s.nation],
    ['Kind', s.kind],
    ['Review', s.reviewState],
    ['Origin', s.origin],
    ['Confidence', String(s.confidence)],
    ['Cue', span(s.cueStart, s.cueEnd)],
    ['Speaker mention', span(s.speakerStart, s.speakerEnd)],
    ...stances.map((t): [string, string] => [`${STANCE_PREFIX}${t.path}`, t.stance ?? 'none']),
  ];
  return lines
    .filter((line): line is [string, string] => line[1] !== null)
    .map(([label, value]) => `${label}: ${oneLine(value)}`)
    .join('\n');
}

function parseSpan(value: string | undefined): { start: number; end: number } | null {
  const match = value?.match(/^(\d+)-(\d+)$/);
  return match ? { start: Number(match[1]), end: Number(match[2]) } : null;
}

export function readStatementDescription(description: string): StatementDetails {
  const fields = new Map<string, string>();
  const stances = new Map<string, string>();
  for (const line of description.split(/\r?\n/)) {
    // A topic path may hold ': ', a stance never does; other values may, their labels never do.
    const at = line.startsWith(STANCE_PREFIX) ? line.lastIndexOf(': ') : line.indexOf(': ');
    if (at <= 0) continue;
    const label = line.slice(0, at);
    const value = line.slice(at + 2).trim();
    if (label.startsWith(STANCE_PREFIX)) stances.set(label.slice(STANCE_PREFIX.length), value === 'none' ? '' : value);
    else if (!fields.has(label)) fields.set(label, value);
  }
  const confidence = Number(fields.get('Confidence'));
  return {
    speakerName: fields.get('Speaker') ?? null,
    speakerRole: fields.get('Role') ?? null,
    speakerOrganization: fields.get('Organization') ?? null,
    nation: fields.get('Nation') ?? null,
    kind: fields.get('Kind') ?? 'direct',
    reviewState: fields.get('Review') ?? 'unreviewed',
    origin: fields.get('Origin') ?? 'manual',
    confidence: Number.isFinite(confidence) ? confidence : 0,
    cue: parseSpan(fields.get('Cue')),
    speakerMention: parseSpan(fields.get('Speaker mention')),
    stances,
  };
}
