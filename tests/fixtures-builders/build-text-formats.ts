import type { SampleArticle } from './sample-article';

/** The article as a plain-text file: title, blank line, paragraphs separated by blank lines. */
export function buildText(article: SampleArticle): string {
  return [article.title, '', ...article.paragraphs.flatMap((p) => [p, ''])].join('\n');
}

/** The article as Markdown, the title as a level-1 heading. */
export function buildMarkdown(article: SampleArticle): string {
  return [`# ${article.title}`, '', `*By ${article.author}*`, '', ...article.paragraphs.flatMap((p) => [p, ''])].join('\n');
}

/**
 * The article as a saved news page: menus, an ad and comments around the story, Open Graph and JSON-LD
 * NewsArticle metadata in the head, and a script and an event handler that must never run.
 */
export function buildHtml(article: SampleArticle, url = 'https://wire.example.com/world/seoul-tokyo'): string {
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    datePublished: `${article.publishedAt}T09:00:00Z`,
    author: { '@type': 'Person', name: article.author },
    publisher: { '@type': 'Organization', name: article.outlet },
    mainEntityOfPage: url,
  };
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(article.title)} | ${escapeHtml(article.outlet)}</title>
<meta property="og:title" content="${escapeHtml(article.title)}"><meta property="og:site_name" content="${escapeHtml(article.outlet)}">
<link rel="canonical" href="${url}">
<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>
<script>window.parleyScriptRan = true;</script>
<style>body { font-family: serif; }</style></head>
<body onload="window.parleyHandlerRan = true">
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="ad">Advertisement: subscribe for unlimited access</div>
<article><h1>${escapeHtml(article.title)}</h1><p class="byline">By ${escapeHtml(article.author)}</p>
${article.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article>
<section class="comments"><h2>Comments</h2><p>First!</p></section>
<footer>© ${escapeHtml(article.outlet)} <img src="https://tracker.example.com/pixel.gif" alt=""></footer>
</body></html>`;
}

/** The page saved as a single-file MHTML archive (multipart/related, the page quoted-printable). */
export function buildMhtml(article: SampleArticle): string {
  const html = buildHtml(article);
  const qp = Buffer.from(html, 'utf8')
    .toString('latin1')
    .replace(/[=\x80-\xff]/g, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
    .split('\n')
    .flatMap((line) => line.match(/.{1,72}(?!$)|.+$/g)?.map((part, i, all) => (i < all.length - 1 ? `${part}=` : part)) ?? [''])
    .join('\r\n');
  return [
    'From: <Saved by Blink>',
    `Snapshot-Content-Location: https://wire.example.com/world/seoul-tokyo`,
    `Subject: ${article.title}`,
    'Date: Wed, 4 Mar 2026 09:00:00 -0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related; type="text/html"; boundary="----MultipartBoundary--parley----"',
    '',
    '------MultipartBoundary--parley----',
    'Content-Type: text/html',
    'Content-ID: <frame-1@mhtml.blink>',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Location: https://wire.example.com/world/seoul-tokyo',
    '',
    qp,
    '------MultipartBoundary--parley------',
    '',
  ].join('\r\n');
}

/** A bulk export record as news databases write them. */
function record(article: SampleArticle, index: number) {
  return {
    Title: index === 0 ? article.title : `${article.title} (${index + 1})`,
    Text: article.paragraphs.join('\n\n'),
    Date: article.publishedAt,
    Outlet: article.outlet,
    URL: `https://wire.example.com/world/story-${index + 1}`,
  };
}

/** A JSON array of `count` records of the article. */
export function buildJson(article: SampleArticle, count = 3): string {
  return JSON.stringify(Array.from({ length: count }, (_, i) => record(article, i)), null, 2);
}

/** JSON Lines: one record per line. */
export function buildJsonl(article: SampleArticle, count = 3): string {
  return `${Array.from({ length: count }, (_, i) => JSON.stringify(record(article, i))).join('\n')}\n`;
}

/** CSV with a header row; text fields quoted, quotes doubled, paragraphs kept as line breaks. */
export function buildCsv(article: SampleArticle, count = 3): string {
  const rows = Array.from({ length: count }, (_, i) => record(article, i));
  const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
  return [
    'title,text,date,outlet,url',
    ...rows.map((r) => [r.Title, r.Text, r.Date, r.Outlet, r.URL].map(quote).join(',')),
  ].join('\r\n');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
