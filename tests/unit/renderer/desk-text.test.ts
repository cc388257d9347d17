import { describe, expect, it } from 'vitest';
import type { StoredStatement } from '../../../shared/domain/archive';
import { linkByNation, linkBySpeaker, matchesLink, sameLink, speakerKey } from '../../../renderer/src/features/desk/link-selection';
import { findAll, firstRangeAfter, mergeRanges, splitByRanges } from '../../../renderer/src/features/desk/text-ranges';

function statement(changes: Partial<StoredStatement>): StoredStatement {
  return {
    id: 1,
    articleId: 1,
    kind: 'direct',
    content: { start: 0, end: 5, text: 'Hello' },
    cue: null,
    speakerMention: null,
    speakerName: 'Sabrina Singh',
    speakerRole: null,
    speakerOrganization: null,
    actorId: null,
    nation: 'US',
    confidence: 1,
    origin: 'automatic',
    reviewState: 'unreviewed',
    nationEvidence: null,
    ...changes,
  };
}

describe('find in an article', () => {
  it('finds every occurrence regardless of case, without overlaps', () => {
    expect(findAll('Russia and russia and RUSSIA', 'russia')).toEqual([
      { start: 0, end: 6 },
      { start: 11, end: 17 },
      { start: 22, end: 28 },
    ]);
    expect(findAll('aaaa', 'aa')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
    expect(findAll('anything', '   ')).toEqual([]);
  });

  it('keeps offsets in the text’s own terms when lower-casing would change its length', () => {
    const text = 'İstanbul said İstanbul';
    const hits = findAll(text, 'İstanbul');
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['İstanbul', 'İstanbul']);
  });

  it('cuts a highlighted stretch where hits begin and end, so hits show inside statements', () => {
    const hits = mergeRanges([
      { start: 8, end: 12 },
      { start: 2, end: 4 },
      { start: 3, end: 6 },
    ]);
    expect(hits).toEqual([
      { start: 2, end: 6 },
      { start: 8, end: 12 },
    ]);
    expect(splitByRanges(0, 10, hits)).toEqual([
      { start: 0, end: 2, range: -1 },
      { start: 2, end: 6, range: 0 },
      { start: 6, end: 8, range: -1 },
      { start: 8, end: 10, range: 1 },
    ]);
    expect(firstRangeAfter(hits, 7)).toBe(1);
    expect(splitByRanges(10, 14, hits, firstRangeAfter(hits, 10))).toEqual([
      { start: 10, end: 12, range: 1 },
      { start: 12, end: 14, range: -1 },
    ]);
  });
});

describe('linked reading', () => {
  it('links by actor when the archive knows one, else by the written name', () => {
    expect(speakerKey(statement({ actorId: 4 }))).toBe('actor:4');
    expect(speakerKey(statement({ speakerName: '  Sabrina   SINGH ' }))).toBe('name:sabrina singh');
    const link = linkBySpeaker(statement({ actorId: 4 }));
    expect(matchesLink(link, statement({ id: 2, actorId: 4, speakerName: 'Singh' }))).toBe(true);
    expect(matchesLink(link, statement({ id: 3, actorId: 5 }))).toBe(false);
  });

  it('links by nation, statements without one included', () => {
    expect(matchesLink(linkByNation('us'), statement({ nation: 'US' }))).toBe(true);
    expect(matchesLink(linkByNation(null), statement({ nation: null }))).toBe(true);
    expect(matchesLink(linkByNation(null), statement({ nation: 'KR' }))).toBe(false);
  });

  it('links by topic through the statement’s tags', () => {
    const link = { kind: 'topic' as const, topicId: 7, label: 'arms transfer' };
    expect(matchesLink(link, statement({}), [3, 7])).toBe(true);
    expect(matchesLink(link, statement({}), [3])).toBe(false);
    expect(sameLink(link, { ...link, label: 'renamed' })).toBe(true);
    expect(sameLink(link, linkByNation('US'))).toBe(false);
  });
});
