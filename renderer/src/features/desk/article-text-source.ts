import { useCallback, useEffect, useMemo, useState } from 'react';
import type { OpenedArticle } from '../../../../shared/domain/article-text';
import type { TextRange } from '../../../../shared/text/find-in-text';
import { blockAt, blockRange, cutIntoBlocks, decodeBlocks, pageStart, TEXT_PAGE_BLOCKS, type TextBlocks } from '../../../../shared/text/text-blocks';
import { api } from '../../api/client';

/**
 * The text a pane reads, whole or in pieces. A short article came whole; a long one came as the
 * outline of its blocks, and its text arrives a page of blocks at a time as the reader scrolls.
 */
export interface TextSource {
  readonly length: number;
  readonly blocks: TextBlocks;
  /** True while only a long article's first page of blocks is known: its outline is on its way. */
  readonly partial: boolean;
  /** The whole text, when it came whole (find runs here then; otherwise on the core). */
  readonly whole: string | null;
  /** A block's text, or null while it is on its way. */
  blockText(index: number): string | null;
  /** The text of [start, end), or null while part of it is on its way. */
  slice(start: number, end: number): string | null;
  /** Asks for the blocks first..last (inclusive): a long text fetches the pages it lacks. */
  want(first: number, last: number): void;
}


function wholeSource(text: string): TextSource {
  const blocks = cutIntoBlocks(text);
  return {
    length: text.length,
    blocks,
    partial: false,
    whole: text,
    blockText: (index) => {
      const { start, end } = blockRange(blocks, index);
      return text.slice(start, end);
    },
    slice: (start, end) => text.slice(start, end),
    want: () => {},
  };
}

interface Pages {
  articleId: number;
  loaded: Map<number, string>;
  asked: Set<number>;
}

function fetchPage(state: Pages, page: number, blocks: TextBlocks, onArrived: () => void): void {
  state.asked.add(page);
  api.invoke('articles.textRange', { id: state.articleId, start: pageStart(blocks, page), end: pageStart(blocks, page + 1) }).then(
    (range) => {
      state.loaded.set(page, range.text);
      onArrived();
    },
    // Asked again the next time it is wanted.
    () => state.asked.delete(page),
  );
}

function pagedSource(state: Pages, blocks: TextBlocks, partial: boolean, onArrived: () => void): TextSource {
  const pieceOf = (page: number): string | null => state.loaded.get(page) ?? null;
  return {
    length: blocks.length,
    blocks,
    partial,
    whole: null,
    blockText: (index) => {
      const { start, end } = blockRange(blocks, index);
      const page = Math.floor(index / TEXT_PAGE_BLOCKS);
      const piece = pieceOf(page);
      if (piece === null) return null;
      const base = pageStart(blocks, page);
      return piece.slice(start - base, end - base);
    },
    slice: (start, end) => {
      if (end <= start) return '';
      let out = '';
      for (let page = Math.floor(blockAt(blocks, start) / TEXT_PAGE_BLOCKS); pageStart(blocks, page) < end; page++) {
        const piece = pieceOf(page);
        if (piece === null) return null;
        const base = pageStart(blocks, page);
        out += piece.slice(Math.max(0, start - base), Math.min(piece.length, end - base));
      }
      return out;
    },
    want: (first, last) => {
      for (let page = Math.floor(first / TEXT_PAGE_BLOCKS); page <= Math.floor(last / TEXT_PAGE_BLOCKS); page++) {
        if (!state.asked.has(page)) fetchPage(state, page, blocks, onArrived);
      }
    },
  };
}

/**
 * The text of one pane's article. Each opening (a reload after an edit of the text brings a new
 * one) starts with its first page of blocks, and `outline`, the whole text's, once it is here; the
 * source changes as it and further pages arrive, so what draws the text redraws.
 */
export function useTextSource(article: OpenedArticle | null, outline: TextBlocks | null): TextSource | null {
  const [arrived, setArrived] = useState(0);
  const onArrived = useCallback(() => setArrived((n) => n + 1), []);
  const opening = useMemo(() => (article?.blocks ? decodeBlocks(article.blocks) : null), [article]);
  const pages = useMemo((): Pages | null => {
    if (!article?.firstPage || !opening) return null;
    // The opening brought the first page along.
    return { articleId: article.id, loaded: new Map([[0, article.firstPage.text]]), asked: new Set([0]) };
  }, [article, opening]);
  const whole = useMemo(() => (article && article.text !== null ? wholeSource(article.text) : null), [article]);
  return useMemo(() => {
    void arrived;
    if (whole) return whole;
    if (!pages || !opening) return null;
    return outline ? pagedSource(pages, outline, false, onArrived) : pagedSource(pages, opening, true, onArrived);
  }, [whole, pages, opening, outline, arrived, onArrived]);
}

/** What a pane draws before its article is here. */
export const EMPTY_SOURCE: TextSource = wholeSource('');

const NO_HITS: readonly TextRange[] = [];

/** Find-in-article over a long article, on the core: its hits for `query` ('' finds nothing), kept while a newer answer is on its way. */
export function useFoundOnCore(articleId: number, query: string): readonly TextRange[] {
  const [found, setFound] = useState<{ articleId: number; query: string; ranges: readonly TextRange[] } | null>(null);
  useEffect(() => {
    if (!query) return;
    let current = true;
    api.invoke('articles.find', { id: articleId, query }).then(
      (result) => current && setFound({ articleId, query, ranges: result.ranges }),
      () => current && setFound({ articleId, query, ranges: NO_HITS }),
    );
    return () => {
      current = false;
    };
  }, [articleId, query]);
  if (!query || !found || found.articleId !== articleId) return NO_HITS;
  return found.ranges;
}
