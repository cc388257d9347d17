import { parseSearchQuery } from '../../../shared/search/query-syntax';

/**
 * Turns what a user typed into a safe FTS5 MATCH expression (see shared/search/query-syntax):
 * null when nothing was typed; a QuerySyntaxError, with a message for the user, for a query that
 * cannot be searched faithfully.
 */
export function toFtsQuery(input: string): string | null {
  return parseSearchQuery(input)?.match ?? null;
}
