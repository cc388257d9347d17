import type { StoredStatement } from '../../../../shared/domain/archive';
import { nationLabel } from '../reader/nation-label';
import { speakerName } from '../reader/speaker-label';
import type { LinkSelection } from './desk-state';

/**
 * Who a statement is by, for linking across articles: the actor when the archive knows one,
 * else the speaker's name as written (case and spacing aside).
 */
export function speakerKey(statement: StoredStatement): string {
  if (statement.actorId !== null) return `actor:${statement.actorId}`;
  const name = statement.speakerName ?? statement.speakerMention?.text ?? '';
  return `name:${name.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}

export function linkBySpeaker(statement: StoredStatement): LinkSelection {
  return { kind: 'speaker', key: speakerKey(statement), label: speakerName(statement) };
}

export function linkByNation(code: string | null): LinkSelection {
  return { kind: 'nation', code: code?.toUpperCase() ?? null, label: nationLabel(code) };
}

/** Whether a statement belongs to the linked selection; `topicIds` are the topics it is tagged with. */
export function matchesLink(link: LinkSelection, statement: StoredStatement, topicIds: readonly number[] = []): boolean {
  switch (link.kind) {
    case 'speaker':
      return speakerKey(statement) === link.key;
    case 'nation':
      return (statement.nation?.toUpperCase() ?? null) === link.code;
    case 'topic':
      return topicIds.includes(link.topicId);
  }
}

export function sameLink(a: LinkSelection | null, b: LinkSelection | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === 'speaker' && b.kind === 'speaker') return a.key === b.key;
  if (a.kind === 'nation' && b.kind === 'nation') return a.code === b.code;
  if (a.kind === 'topic' && b.kind === 'topic') return a.topicId === b.topicId;
  return false;
}
