import type { StoredStatement } from '../../../../shared/domain/archive';
import type { NationEvidenceKind } from '../../../../shared/domain/extraction';

export function speakerName(statement: StoredStatement): string {
  return statement.speakerName ?? statement.speakerMention?.text ?? 'Unknown speaker';
}

/** "Sabrina Singh, Deputy Spokesperson, Pentagon": what a hover over a highlight says. */
export function speakerSummary(statement: StoredStatement): string {
  const role = [statement.speakerRole, statement.speakerOrganization].filter(Boolean).join(', ');
  return role ? `${speakerName(statement)}, ${role}` : speakerName(statement);
}

const EVIDENCE_WORDS: Record<NationEvidenceKind, string> = {
  explicit: 'named with the speaker',
  organization: 'from the speaker’s organization and where it is',
  metonym: 'the institution or capital stands for its government',
  'earlier-mention': 'from an earlier mention of the same speaker',
  dateline: 'from the dateline only (weak)',
};

/** "Nation from “Chad’s” (named with the speaker)": why the extractor chose the nation. */
export function nationWhy(statement: StoredStatement): string | null {
  const evidence = statement.nationEvidence;
  if (!evidence) return null;
  const what = statement.nation ? 'Nation' : 'No nation';
  return `${what} from “${evidence.span.text}” (${EVIDENCE_WORDS[evidence.kind]})`;
}
