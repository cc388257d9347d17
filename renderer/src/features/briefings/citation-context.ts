import { createContext, useContext } from 'react';
import type { QuoteCitationAttrs, ResolvedCitation } from '../../../../shared/domain/briefings';

export interface CitationContextValue {
  /** The citation as it reads now, or undefined while it is being looked up. */
  resolved(ref: QuoteCitationAttrs): ResolvedCitation | undefined;
  openSource(citation: ResolvedCitation): void;
}

export const CitationContext = createContext<CitationContextValue>({
  resolved: () => undefined,
  openSource: () => undefined,
});

export function useCitations(): CitationContextValue {
  return useContext(CitationContext);
}

export function refKey(ref: Pick<QuoteCitationAttrs, 'statementId' | 'articleId' | 'start' | 'end'>): string {
  return `${ref.statementId}:${ref.articleId}:${ref.start}:${ref.end}`;
}
