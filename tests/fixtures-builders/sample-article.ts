/** One article used by every file builder, so tests can check that each format yields the same text. */
export interface SampleArticle {
  title: string;
  author: string;
  outlet: string;
  /** ISO date (YYYY-MM-DD). */
  publishedAt: string;
  paragraphs: string[];
}

/**
 * A fictional wire story. Its characters all fit Windows-1252 (so the standard PDF fonts can draw them),
 * and it carries what importers get wrong: curly quotes, an em dash, an accented letter, a hyphenated name.
 */
export const sampleArticle: SampleArticle = {
  title: 'Seoul and Tokyo pledge closer coordination after missile launch',
  author: 'Mina Ortega',
  outlet: 'Parley Wire',
  publishedAt: '2026-03-04',
  paragraphs: [
    'SEOUL, March 4 (Parley Wire) — South Korea and Japan agreed on Tuesday to strengthen their coordination after North Korea fired a ballistic missile into the sea, the foreign ministry in Seoul said.',
    '“We will respond firmly to any provocation,” Foreign Minister Han Seo-yeon told reporters after a telephone call with her Japanese counterpart.',
    'The ministry said the launch, which Pyongyang described as a routine test, violated several United Nations Security Council resolutions. Leader Kim Jong-un oversaw the launch, state media reported.',
    'Japan’s chief cabinet secretary said Tokyo had lodged a protest through diplomatic channels in Beijing, calling the launch “an unacceptable threat to international peace and stability.”',
    'Analysts said the coordination reflected a broader rapprochement between the two neighbours, whose relations had been strained by historical disputes. A café owner near the embassy said she was unimpressed.',
  ],
};

/** The text every importer should produce for an article: paragraphs separated by one blank line. */
export function expectedText(article: SampleArticle): string {
  return article.paragraphs.join('\n\n');
}

/**
 * The paragraphs of a news-database export holding several articles, laid out as Nexis does: per
 * document a header block (title, outlet, date, length, byline), "Body", the story, "Load-Date" and
 * an "End of Document" line.
 */
export function nexisExportParagraphs(articles: SampleArticle[]): string[] {
  return articles.flatMap((article) => [
    article.title,
    article.outlet,
    'March 4, 2026 Wednesday',
    'Copyright 2026 Parley Wire All Rights Reserved',
    'Length: 412 words',
    `Byline: ${article.author}`,
    'Body',
    ...article.paragraphs,
    'Load-Date: March 5, 2026',
    'End of Document',
  ]);
}
