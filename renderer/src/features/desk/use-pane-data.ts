import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import type { ArticleSummary } from '../../../../shared/domain/archive';
import type { OpenedArticle } from '../../../../shared/domain/article-text';
import type { DeskChange, DeskStatement, QuotePair, StatementCursor } from '../../../../shared/domain/desk';
import { decodeBlocks, type TextBlocks } from '../../../../shared/text/text-blocks';
import { api, errorMessage } from '../../api/client';
import { afterNextPaint } from '../../app/after-paint';
import { onStatementPublished } from './statement-updates';

export type PaneData =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | {
      status: 'ready';
      article: OpenedArticle;
      /** A long article's whole outline: its opening holds only the first page of blocks. Null until it is here. */
      outline: TextBlocks | null;
      statements: DeskStatement[];
      /** False while a long article's later statements are still coming. */
      statementsComplete: boolean;
      /** Why part of a long article (its outline, later statements) could not be loaded; null when nothing is missing. */
      incomplete: string | null;
      /** The story's other articles and the quotes shared with them; they arrive after the text. */
      siblings: ArticleSummary[];
      pairs: QuotePair[];
      /** Whether `pairs` holds the search's answer, is being searched, or waits until the analyst turns to them. */
      pairsState: 'done' | 'searching' | 'deferred';
    };

function byReadingOrder(a: DeskStatement, b: DeskStatement): number {
  return a.content.start - b.content.start || a.id - b.id;
}

type Core = { article: OpenedArticle; outline: TextBlocks | null; statements: DeskStatement[]; statementsComplete: boolean; incomplete: string | null };
type Extras = { siblings: ArticleSummary[] };
const NO_EXTRAS: Extras = { siblings: [] };

/**
 * Statements come a page at a time: a first small page so the article shows at once, then
 * growing pages, so an article with a hundred thousand statements costs a few calls, not one
 * answer of tens of megabytes that holds everything up.
 */
const FIRST_PAGE = 400;
const LARGEST_PAGE = 20_000;

function page(articleId: number, after: StatementCursor | null, limit: number) {
  return api.invoke('statements.inArticlePage', { articleId, includeRejected: true, after, limit });
}

const REST_OF_TEXT = 'The rest of this article';
const LATER_STATEMENTS = "Some of this article's statements";

async function outlineOf(articleId: number): Promise<TextBlocks> {
  return decodeBlocks(await api.invoke('articles.outline', { id: articleId }));
}

/** Adds a later page to what is shown, keeping a statement already there (an edit's fresher answer). */
function mergePage(shown: readonly DeskStatement[], more: readonly DeskStatement[]): DeskStatement[] {
  const have = new Set(shown.map((s) => s.id));
  const fresh = more.filter((s) => !have.has(s.id));
  return fresh.length === 0 ? [...shown] : [...shown, ...fresh].sort(byReadingOrder);
}

/**
 * One pane's article with its statements (rejected ones too, shown struck through so they
 * can be restored), then the other articles of its story and, while `pairsShown`, the quotes it
 * shares with other articles. Reloads in place when the desk changes this article, keeping the
 * old view until then; a change of tags alone refreshes just the statements tagged.
 */
export function usePaneData(articleId: number, pairsShown: boolean): { data: PaneData; reload: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [core, setCore] = useState<{ articleId: number; core: Core } | { articleId: number; error: string } | null>(null);
  const [extras, setExtras] = useState<{ articleId: number; extras: Extras } | null>(null);
  /** The article this pane has shown, whose reloads replace it whole. */
  const shownArticle = useRef<number | null>(null);

  useEffect(() => {
    let current = true;
    // A reload keeps the old view whole until every page is here; a first opening shows the first page at once.
    const showEachPage = shownArticle.current !== articleId;
    /**
     * A failure after the text is shown keeps what is there and says what is missing; before anything is
     * shown, the pane fails as a whole.
     */
    const markIncomplete = (what: string, error: unknown) =>
      setCore((previous) =>
        previous && previous.articleId === articleId && 'core' in previous
          ? { articleId, core: { ...previous.core, incomplete: `${what} could not be loaded: ${errorMessage(error)}` } }
          : { articleId, error: errorMessage(error) },
      );
    const load = async (): Promise<void> => {
      const [article, first] = await Promise.all([api.invoke('articles.open', { id: articleId }), page(articleId, null, FIRST_PAGE)]);
      if (!current) return;
      const long = article.text === null;
      // A reload keeps the scroll place only if the text's full height is there from the start.
      let outline: TextBlocks | null = null;
      let incomplete: string | null = null;
      if (long && !showEachPage) {
        try {
          outline = await outlineOf(articleId);
        } catch (error) {
          incomplete = `${REST_OF_TEXT} could not be loaded: ${errorMessage(error)}`;
        }
      }
      if (!current) return;
      shownArticle.current = articleId;
      let statements = [...first.statements].sort(byReadingOrder);
      if (showEachPage || first.next === null) setCore({ articleId, core: { article, outline, statements, statementsComplete: first.next === null, incomplete } });
      // The later pages (a megabyte of statements each) and a long text's outline wait until the
      // first screen is painted: asked for at once, the server reads them while the text is being
      // drawn, and their answers are parsed and drawn before that screen shows.
      if (showEachPage && (long || first.next !== null)) await afterNextPaint();
      if (!current) return;
      if (showEachPage && long) {
        outlineOf(articleId).then(
          (whole) =>
            current &&
            setCore((previous) =>
              previous && previous.articleId === articleId && 'core' in previous && previous.core.article === article
                ? { articleId, core: { ...previous.core, outline: whole } }
                : previous,
            ),
          (error: unknown) => current && markIncomplete(REST_OF_TEXT, error),
        );
      }
      let next = first.next;
      let limit = FIRST_PAGE;
      while (next !== null) {
        limit = Math.min(LARGEST_PAGE, limit * 4);
        let more: Awaited<ReturnType<typeof page>>;
        try {
          more = await page(articleId, next, limit);
        } catch (error) {
          if (!current) return;
          if (!showEachPage) {
            // The reload's own pages never came: what it has so far is shown, with what is missing.
            setCore({ articleId, core: { article, outline, statements, statementsComplete: false, incomplete } });
          }
          markIncomplete(LATER_STATEMENTS, error);
          return;
        }
        if (!current) return;
        next = more.next;
        if (!showEachPage) {
          statements = mergePage(statements, more.statements);
          if (next === null) setCore({ articleId, core: { article, outline, statements, statementsComplete: true, incomplete } });
          continue;
        }
        const complete = next === null;
        setCore((previous) => {
          if (!previous || previous.articleId !== articleId || !('core' in previous)) return previous;
          return { articleId, core: { ...previous.core, statements: mergePage(previous.core.statements, more.statements), statementsComplete: complete } };
        });
      }
    };
    load().catch((error: unknown) => current && setCore({ articleId, error: errorMessage(error) }));
    api.invoke('articles.siblings', { id: articleId }).then(
      (siblings) => current && setExtras({ articleId, extras: { siblings } }),
      // The text and its statements stand without them.
      () => current && setExtras({ articleId, extras: { siblings: [] } }),
    );
    return () => {
      current = false;
    };
  }, [articleId, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  // The same quotes elsewhere cost a search of the archive: asked for only while the analyst looks
  // at them, once the statements are all here, and again only after an edit that can change them.
  const [pairsVersion, setPairsVersion] = useState(0);
  const retry = useCallback(() => {
    setPairsVersion((n) => n + 1);
    reload();
  }, [reload]);
  const [pairs, setPairs] = useState<{ articleId: number; version: number; pairs: QuotePair[] } | null>(null);
  const loaded = core !== null && core.articleId === articleId && 'core' in core && core.core.statementsComplete;
  const pairsCurrent = pairs !== null && pairs.articleId === articleId && pairs.version === pairsVersion;
  const pairsWanted = pairsShown && loaded && !pairsCurrent;
  useEffect(() => {
    if (!pairsWanted) return;
    let current = true;
    api.invoke('quotes.pairs', { articleId }).then(
      (found) => current && setPairs({ articleId, version: pairsVersion, pairs: found }),
      () => current && setPairs({ articleId, version: pairsVersion, pairs: [] }),
    );
    return () => {
      current = false;
    };
  }, [articleId, pairsVersion, pairsWanted]);

  const replaceStatement = useCallback(
    (statement: DeskStatement) =>
      setCore((previous) => {
        if (!previous || previous.articleId !== statement.articleId || !('core' in previous)) return previous;
        // The edit's own answer and the refresh its event brings are usually the same: one redraw, not two.
        const shown = previous.core.statements.find((s) => s.id === statement.id);
        if (shown && JSON.stringify(shown) === JSON.stringify(statement)) return previous;
        const statements = shown
          ? previous.core.statements.map((s) => (s.id === statement.id ? statement : s))
          : [...previous.core.statements, statement].sort(byReadingOrder);
        return { articleId: statement.articleId, core: { ...previous.core, statements } };
      }),
    [],
  );

  const onDeskChanged = useEffectEvent((change: DeskChange) => {
    if (change.articleIds.length > 0 && !change.articleIds.includes(articleId)) return;
    if (change.tagsOf) {
      // Tags change neither the text nor the wording that pairs quotes: only these cards are read again.
      const shown = core && 'core' in core ? new Set(core.core.statements.map((s) => s.id)) : new Set<number>();
      for (const id of change.tagsOf.filter((id) => shown.has(id))) {
        api.invoke('statements.get', { id }).then(replaceStatement, reload);
      }
      return;
    }
    setPairsVersion((n) => n + 1);
    reload();
  });
  useEffect(() => api.on('desk.changed', (change) => onDeskChanged(change)), []);

  // An edit's own answer shows at once.
  const onPublished = useEffectEvent((statement: DeskStatement) => {
    if (statement.articleId === articleId) replaceStatement(statement);
  });
  useEffect(() => onStatementPublished((statement) => onPublished(statement)), []);

  // One object per change, so what the pane memoizes on it holds between renders.
  const data = useMemo((): PaneData => {
    if (!core || core.articleId !== articleId) return { status: 'loading' };
    if ('error' in core) return { status: 'failed', message: core.error };
    const more = extras && extras.articleId === articleId ? extras.extras : NO_EXTRAS;
    const pairsState = pairsCurrent ? 'done' : pairsShown ? 'searching' : 'deferred';
    return { status: 'ready', ...core.core, ...more, pairs: pairsCurrent ? pairs.pairs : [], pairsState };
  }, [core, extras, pairs, pairsCurrent, pairsShown, articleId]);
  return { data, reload: retry };
}
