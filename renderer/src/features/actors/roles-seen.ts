import type { ActorRole, ActorStatement } from '../../../../shared/domain/desk';

/** A role the articles give the actor, with the first and last dates it was seen in. */
export interface SeenRole extends ActorRole {
  statements: number;
}

function roleKey(role: string | null, organization: string | null): string {
  return `${(role ?? '').trim().toLowerCase()}\u0000${(organization ?? '').trim().toLowerCase()}`;
}

function dayOf(value: string | null): string | null {
  const match = value?.match(/^\d{4}(-\d{2}(-\d{2})?)?/u);
  return match ? match[0] : null;
}

/**
 * The roles the articles name the actor by ("Pentagon deputy spokesperson"), each dated by the
 * earliest and latest article that used it; undated articles add no date. Roles already in the
 * registry with the same words are left out, so what is offered is only what is new.
 */
export function rolesSeen(statements: readonly ActorStatement[], known: readonly ActorRole[]): SeenRole[] {
  const knownKeys = new Set(known.map((r) => roleKey(r.role, r.organization)));
  const seen = new Map<string, SeenRole>();
  for (const { statement, article } of statements) {
    const role = statement.speakerRole?.trim() || null;
    const organization = statement.speakerOrganization?.trim() || null;
    if (!role && !organization) continue;
    const key = roleKey(role, organization);
    if (knownKeys.has(key)) continue;
    const day = dayOf(article.publishedAt);
    const entry = seen.get(key) ?? { role, organization, from: null, to: null, statements: 0 };
    entry.statements++;
    if (day) {
      if (entry.from === null || day < entry.from) entry.from = day;
      if (entry.to === null || day > entry.to) entry.to = day;
    }
    seen.set(key, entry);
  }
  return [...seen.values()].sort((a, b) => (a.from ?? '9999').localeCompare(b.from ?? '9999') || b.statements - a.statements);
}

/** "2023-09 – 2024-01", "since 2023-09", "until 2024", or "" when no date is known. */
export function describeRoleDates(role: Pick<ActorRole, 'from' | 'to'>): string {
  if (role.from && role.to) return role.from === role.to ? role.from : `${role.from} – ${role.to}`;
  if (role.from) return `since ${role.from}`;
  if (role.to) return `until ${role.to}`;
  return '';
}

/** YYYY, YYYY-MM or YYYY-MM-DD naming a real month and day. */
export function isPartialDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(value);
  if (!match) return false;
  const month = match[2] === undefined ? 1 : Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  // The day exists in that month (a 30 February rolls over and is refused).
  const date = new Date(Date.UTC(Number(match[1]), month - 1, day));
  return day >= 1 && date.getUTCMonth() === month - 1;
}

/** The problem with a role being typed in, or null when it can be saved. */
export function roleProblem(role: ActorRole): string | null {
  if (!role.role?.trim() && !role.organization?.trim()) return 'A role needs a title or an organization.';
  for (const [name, value] of [['From', role.from], ['To', role.to]] as const) {
    if (value && !isPartialDate(value)) return `${name}: “${value}” is not a date; write YYYY, YYYY-MM or YYYY-MM-DD, or leave it empty when unknown.`;
  }
  if (role.from && role.to && role.to < role.from) return 'The role ends before it starts.';
  return null;
}
