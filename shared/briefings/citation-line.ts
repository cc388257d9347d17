import type { ResolvedCitation } from '../domain/briefings';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2 Dec 2026" from an ISO date or date-time; the same in every export and on every machine. */
export function citationDate(iso: string | null): string | null {
  if (!iso) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const month = MONTHS[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
}

/** "Sabrina Singh, Deputy Spokesperson, Pentagon": the organisation is left out when it is the speaker. */
export function citationSpeaker(c: Pick<ResolvedCitation, 'speaker' | 'role' | 'organization'>): string {
  const speaker = c.speaker ?? 'Unknown speaker';
  const parts = [c.role, c.organization].filter((p): p is string => Boolean(p) && p !== speaker);
  return [speaker, ...parts].join(', ');
}

/** "Anadolu Agency, 2 Dec 2026" */
export function citationSource(c: Pick<ResolvedCitation, 'outlet' | 'publishedAt' | 'articleTitle' | 'file'>): string {
  return [c.outlet ?? c.articleTitle ?? c.file, citationDate(c.publishedAt)].filter(Boolean).join(', ');
}

export const FLAG_TEXT = {
  rejected: 'Statement rejected in review',
  deleted: 'Statement no longer in the archive; quoted as first cited',
  'source-deleted': 'Article no longer in the archive; quoted as first cited',
} as const;

/** "Sabrina Singh, Deputy Spokesperson, Pentagon (United States)" */
export function citationWho(c: ResolvedCitation): string {
  const who = c.speaker || c.role || c.organization ? citationSpeaker(c) : 'Unknown speaker';
  return c.nationName ? `${who} (${c.nationName})` : who;
}

/** The whole attribution: "Sabrina Singh, Deputy Spokesperson, Pentagon (United States); Anadolu Agency, 2 Dec 2026". */
export function citationLine(c: ResolvedCitation): string {
  const source = citationSource(c);
  return `${citationWho(c)}${source ? `; ${source}` : ''}`;
}
