import type { EncodedBlocks } from '../text/text-blocks';
import type { ArticleDetail } from './archive';

/**
 * An article as the reader opens it. A short one comes whole; a long one (hundreds of thousands
 * of lines) comes without its text: with the outline and the text of its first page of blocks,
 * enough for the first screen. The reader then asks for the outline of the whole text
 * (`articles.outline`), for the blocks it shows (`articles.textRange`), and finds words on the
 * core (`articles.find`).
 */
export type OpenedArticle = Omit<ArticleDetail, 'text'> &
  (
    | { text: string; textLength: number; blocks: null; firstPage: null }
    /**
     * `blocks` outlines the first page of blocks only (all of them when the text has no more) and
     * `firstPage` is their text; the whole text's length is not read on opening: its outline holds it.
     */
    | { text: null; textLength: null; blocks: EncodedBlocks; firstPage: ArticleTextRange }
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
