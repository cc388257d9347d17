import { describe, expect, it } from 'vitest';
import { parseCall } from '../../../shared/api/calls';
import type { DeskStatement, StatementCursor } from '../../../shared/domain/desk';
import { ENVOYS, useDesk } from './desk-fixture';

describe("an article's statements a page at a time", () => {
  const desk = useDesk();

  async function everyPage(articleId: number, limit: number, includeRejected: boolean): Promise<{ pages: number; statements: DeskStatement[] }> {
    const core = desk.core();
    const statements: DeskStatement[] = [];
    let pages = 0;
    for (let after: StatementCursor | null = null; ; ) {
      const page = await core.handlers['statements.inArticlePage']({ articleId, includeRejected, after, limit });
      pages++;
      statements.push(...page.statements);
      if (page.next === null) break;
      after = page.next;
    }
    return { pages, statements };
  }

  it('gives, page after page, exactly what the whole answer gives, in reading order', async () => {
    const { 'envoys.txt': articleId } = await desk.importTexts({ 'envoys.txt': ENVOYS });
    const core = desk.core();
    const whole = await core.handlers['statements.inArticle']({ articleId: articleId!, includeRejected: true });
    expect(whole.length).toBeGreaterThan(2);
    const paged = await everyPage(articleId!, 1, true);
    expect(paged.statements).toEqual(whole);
    // One page per statement, and one more that finds the end empty-handed only when the last was full.
    expect(paged.pages).toBeGreaterThanOrEqual(whole.length);
    expect((await everyPage(articleId!, 500, true)).pages).toBe(1);
  });

  it('leaves rejected statements out unless asked for them', async () => {
    const { 'envoys.txt': articleId } = await desk.importTexts({ 'envoys.txt': ENVOYS });
    const core = desk.core();
    const [first] = await core.handlers['statements.inArticle']({ articleId: articleId! });
    await core.handlers['statements.reject']({ id: first!.id });
    expect((await everyPage(articleId!, 2, false)).statements.map((s) => s.id)).not.toContain(first!.id);
    expect((await everyPage(articleId!, 2, true)).statements.map((s) => s.id)).toContain(first!.id);
  });

  it('refuses a page size out of bounds or a malformed cursor at the boundary', () => {
    expect(() => parseCall('statements.inArticlePage', { articleId: 1, limit: 0 })).toThrow(/limit/);
    expect(() => parseCall('statements.inArticlePage', { articleId: 1, limit: 20_001 })).toThrow(/limit/);
    expect(() => parseCall('statements.inArticlePage', { articleId: 1, limit: 10, after: { start: -1, id: 1 } })).toThrow(/after/);
    expect(parseCall('statements.inArticlePage', { articleId: 1, limit: 10, after: { start: 0, id: 3 } }).args).toEqual({ articleId: 1, limit: 10, after: { start: 0, id: 3 } });
  });
});
