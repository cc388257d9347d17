const dateOnly = /^\d{4}-\d{2}-\d{2}$/;
const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Article dates are ISO dates or date-times; a bare date must not shift a day with the time zone. */
export function formatArticleDate(iso: string | null): string {
  if (!iso) return '';
  const parsed = new Date(dateOnly.test(iso) ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(parsed.getTime())) return iso;
  return dateOnly.test(iso) ? dateFormat.format(parsed) : dateTimeFormat.format(parsed);
}

const numberFormat = new Intl.NumberFormat();

export function formatCount(n: number): string {
  return numberFormat.format(n);
}

export function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
