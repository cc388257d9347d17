import type { EncodedBlocks } from '../text/text-blocks';
import type { ArticleDetail } from './archive';

/**
 * An article as the reader opens it. A short one comes whole; a long one (hundreds of thousands
 * of lines) comes without its text, with the outline of its blocks instead, and the reader asks
 * for the blocks it shows (`articles.textRange`) and finds words on the core (`articles.find`).
 */
export type OpenedArticle = Omit<ArticleDetail, 'text'> &
  (
    | { text: string; textLength: number; blocks: null; firstPage: null }
    /** `firstPage` is the text of the first page of blocks, so the first screen needs no second call. */
    | { text: null; textLength: number; blocks: EncodedBlocks; firstPage: ArticleTextRange }
  );

export interface ArticleTextRange {
  start: number;
  end: number;
  text: string;
}

export interface ArticleFindResult {
  ranges: { start: number; end: number }[];
  /** True when the hits stopped at the limit. */
  capped: boolean;
}
