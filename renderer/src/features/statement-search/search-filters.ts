import type { ReviewState, Stance } from '../../../../shared/domain/archive';
import type { StatementKind } from '../../../../shared/domain/extraction';
import type { StatementSearchFilters } from '../../../../shared/domain/desk';

/** What the analyst has chosen in the statement search form. */
export interface SearchForm {
  query: string;
  nations: string[];
  nationUnknown: boolean;
  actorIds: { id: number; name: string }[];
  topicIds: number[];
  stances: Stance[];
  kinds: StatementKind[];
  outlets: string[];
  dateFrom: string;
  dateTo: string;
  reviewStates: ReviewState[];
  /** Only what a re-extraction found next to a reviewed statement and offers for review. */
  offeredForReview: boolean;
}

export const REVIEW_STATES: ReviewState[] = ['unreviewed', 'confirmed', 'corrected', 'rejected'];

export const emptySearchForm: SearchForm = {
  query: '',
  nations: [],
  nationUnknown: false,
  actorIds: [],
  topicIds: [],
  stances: [],
  kinds: [],
  outlets: [],
  dateFrom: '',
  dateTo: '',
  // Rejected statements are hidden from analysis unless asked for.
  reviewStates: ['unreviewed', 'confirmed', 'corrected'],
  offeredForReview: false,
};

/** The call's filters: empty choices are left out, so they do not filter. */
export function toFilters(form: SearchForm): StatementSearchFilters {
  const filters: StatementSearchFilters = {};
  if (form.query.trim()) filters.query = form.query.trim();
  if (form.nations.length > 0) filters.nations = form.nations;
  if (form.nationUnknown) filters.nationUnknown = true;
  if (form.actorIds.length > 0) filters.actorIds = form.actorIds.map((a) => a.id);
  if (form.topicIds.length > 0) filters.topicIds = form.topicIds;
  if (form.stances.length > 0) filters.stances = form.stances;
  if (form.kinds.length > 0) filters.kinds = form.kinds;
  if (form.outlets.length > 0) filters.outlets = form.outlets;
  if (form.dateFrom) filters.dateFrom = form.dateFrom;
  if (form.dateTo) filters.dateTo = form.dateTo;
  if (form.reviewStates.length > 0 && form.reviewStates.length < REVIEW_STATES.length) filters.reviewStates = form.reviewStates;
  if (form.offeredForReview) filters.offeredForReview = true;
  return filters;
}

/** How many filters besides the words are in force, for the summary line. */
export function activeFilterCount(form: SearchForm): number {
  const filters = toFilters(form);
  return Object.keys(filters).filter((key) => key !== 'query').length;
}

export function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
