import type { StoredStatement } from '../../../../shared/domain/archive';

export function speakerName(statement: StoredStatement): string {
  return statement.speakerName ?? statement.speakerMention?.text ?? 'Unknown speaker';
}

/** "Sabrina Singh, Deputy Spokesperson, Pentagon": what a hover over a highlight says. */
export function speakerSummary(statement: StoredStatement): string {
  const role = [statement.speakerRole, statement.speakerOrganization].filter(Boolean).join(', ');
  return role ? `${speakerName(statement)}, ${role}` : speakerName(statement);
}
