import { useCallback, useEffect, useRef, useState } from 'react';
import { citationsIn, type BriefingDoc, type QuoteCitationAttrs, type ResolvedCitation } from '../../../../shared/domain/briefings';
import { api } from '../../api/client';
import { refKey } from './citation-context';

/**
 * Every citation in the briefing as it reads now. New citations are looked up as they appear;
 * all of them again whenever the archive changes or the view comes back, so an edited actor or a
 * rejected statement shows at once.
 */
export function useResolvedCitations(initial: readonly ResolvedCitation[], initialRefs: readonly QuoteCitationAttrs[], visible: boolean) {
  const [byKey, setByKey] = useState<ReadonlyMap<string, ResolvedCitation>>(() => {
    const map = new Map<string, ResolvedCitation>();
    initialRefs.forEach((ref, i) => {
      const c = initial[i];
      if (c) map.set(refKey(ref), c);
    });
    return map;
  });
  const refsRef = useRef<QuoteCitationAttrs[]>([...initialRefs]);
  const known = useRef(new Set(byKey.keys()));

  const lookUp = useCallback(async (refs: readonly QuoteCitationAttrs[]) => {
    if (refs.length === 0) return;
    const resolved = await api.invoke('briefings.resolveCitations', { refs: [...refs] });
    setByKey((previous) => {
      const next = new Map(previous);
      refs.forEach((ref, i) => {
        const c = resolved[i];
        if (c) next.set(refKey(ref), c);
      });
      return next;
    });
  }, []);

  /** Called with the document after each change: looks up citations it has not seen. */
  const track = useCallback(
    (doc: BriefingDoc) => {
      const refs = citationsIn(doc);
      refsRef.current = refs;
      const fresh = refs.filter((r) => !known.current.has(refKey(r)));
      for (const r of fresh) known.current.add(refKey(r));
      void lookUp(fresh).catch(() => fresh.forEach((r) => known.current.delete(refKey(r))));
    },
    [lookUp],
  );

  const refreshAll = useCallback(() => {
    void lookUp(refsRef.current).catch(() => undefined);
  }, [lookUp]);

  useEffect(() => {
    const offArchive = api.on('archive.changed', refreshAll);
    // Desk edits: an actor renamed, a statement corrected, rejected or restored.
    const offDesk = api.on('desk.changed', refreshAll);
    return () => {
      offArchive();
      offDesk();
    };
  }, [refreshAll]);
  useEffect(() => {
    if (visible) refreshAll();
  }, [visible, refreshAll]);
  useEffect(() => {
    const onFocus = () => refreshAll();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [refreshAll]);

  const resolved = useCallback((ref: QuoteCitationAttrs) => byKey.get(refKey(ref)), [byKey]);
  return { resolved, track, refreshAll };
}
