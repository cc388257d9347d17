import type { ActorStatement } from '../../../../shared/domain/desk';

export interface MonthGroup {
  key: string;
  label: string;
  short: string;
  statements: ActorStatement[];
}

const monthLabel = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'long', timeZone: 'UTC' });
const monthShort = new Intl.DateTimeFormat(undefined, { month: 'short', year: '2-digit', timeZone: 'UTC' });

/** An actor's statements by the month of their article, oldest first; undated ones last, as such. */
export function groupByMonth(statements: readonly ActorStatement[]): MonthGroup[] {
  const groups = new Map<string, MonthGroup>();
  for (const item of statements) {
    const date = item.article.publishedAt;
    const month = date && /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : date && /^\d{4}$/.test(date) ? date : null;
    const key = month ?? 'undated';
    let group = groups.get(key);
    if (!group) {
      const at = month && month.length === 7 ? new Date(`${month}-01T00:00:00Z`) : null;
      group = {
        key,
        label: at ? monthLabel.format(at) : (month ?? 'Date unknown'),
        short: at ? monthShort.format(at) : (month ?? '?'),
        statements: [],
      };
      groups.set(key, group);
    }
    group.statements.push(item);
  }
  return [...groups.values()].sort((a, b) => (a.key === 'undated' ? 1 : b.key === 'undated' ? -1 : a.key.localeCompare(b.key)));
}
