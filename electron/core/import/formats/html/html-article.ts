import { Readability } from '@mozilla/readability';
import type { ParsedArticle } from '../../../../../shared/domain/article';
import { articleFromText } from '../text/article-from-text';
import { parsePage, type DomDocument, type DomNode } from './dom';
import { readPageMetadata } from './page-metadata';
import { paragraphsOf, treeShape } from './readable-text';

// Everything that could run, load or embed something; none of it is article text. (Forms stay:
// some sites wrap the whole page in one, and a form does nothing without scripts.)
const ACTIVE_TAGS = new Set([
  'SCRIPT', 'STYLE', 'LINK', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'APPLET', 'NOSCRIPT', 'TEMPLATE',
  'BASE', 'AUDIO', 'VIDEO', 'SOURCE', 'TRACK', 'CANVAS',
]);
const MIN_ARTICLE_LETTERS = 40;
// Readability's work grows with the square of the nesting depth and fast with the element count; real
// pages stay far below these, hostile ones are read as plain body text instead.
const MAX_READABLE_DEPTH = 200;
const MAX_READABLE_ELEMENTS = 30_000;
// Page furniture to drop when Readability finds no article and the whole body is used.
const FURNITURE = 'nav, header, footer, aside, menu, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"]';

/**
 * The article in a saved web page: its body through Readability (not the menus, ads and comments),
 * metadata from the page head. The page is only parsed: scripts are removed before anything else
 * and never run, and nothing the page references is fetched.
 */
export function articleFromHtml(html: string, fileDate: Date | null, fallbackUrl: string | null = null): ParsedArticle | null {
  const document = parsePage(html);
  // Metadata first: it reads the <link rel="canonical"> that neutralising removes.
  const page = readPageMetadata(document);
  neutralise(document);

  let paragraphs: string[] = [];
  let readabilityTitle: string | null = null;
  let readabilityByline: string | null = null;
  const shape = treeShape(document);
  const readable = shape.depth <= MAX_READABLE_DEPTH && shape.elements <= MAX_READABLE_ELEMENTS;
  try {
    const result = !readable ? null : new Readability<DomNode>(document as never, {
      serializer: (node) => node as unknown as DomNode,
      charThreshold: 200,
      maxElemsToParse: MAX_READABLE_ELEMENTS,
    }).parse();
    if (result?.content) paragraphs = paragraphsOf(result.content);
    readabilityTitle = result?.title?.trim() || null;
    readabilityByline = result?.byline?.trim() || null;
  } catch {
    // Readability gives up on some malformed pages; the plain body below still serves.
  }
  if (paragraphs.join('').length < 80) {
    // Readability altered the tree while looking, so the whole page is read afresh.
    const fresh = readable ? parsePage(html) : document;
    neutralise(fresh);
    for (const el of Array.from(fresh.querySelectorAll(FURNITURE))) el.remove();
    const fromBody = fresh.body ? paragraphsOf(fresh.body) : [];
    if (fromBody.join('').length > paragraphs.join('').length) paragraphs = fromBody;
  }
  const title = page.title ?? readabilityTitle;
  // Readability usually drops a heading that repeats the title; a leftover first paragraph equal to it goes too.
  if (title && paragraphs[0] && normalise(paragraphs[0]) === normalise(title)) paragraphs.shift();
  // A few words (a menu link, a cookie notice) are not an article.
  if (paragraphs.join(' ').replace(/[^\p{L}\p{N}]+/gu, '').length < MIN_ARTICLE_LETTERS) return null;

  const text = paragraphs.join('\n\n');
  return articleFromText(
    text,
    {
      title,
      byline: page.byline ?? cleanByline(readabilityByline),
      outlet: page.outlet,
      publishedAt: page.publishedAt,
      url: page.url ?? fallbackUrl,
      language: page.language,
    },
    fileDate,
  );
}

/** Removes active content and every event handler attribute, so the tree is inert text and structure. */
function neutralise(document: DomDocument): void {
  // One walk of the tree: each selector query would be a walk of its own.
  for (const el of Array.from(document.querySelectorAll('*'))) {
    const tag = el.tagName.toUpperCase();
    if (ACTIVE_TAGS.has(tag) || (tag === 'META' && el.getAttribute('http-equiv') !== null)) {
      el.remove();
      continue;
    }
    if (el.attributes.length === 0) continue;
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || name === 'srcset' || ((name === 'src' || name === 'href' || name === 'action') && /^\s*javascript:/i.test(attr.value))) {
        el.removeAttribute(attr.name);
      }
    }
  }
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function cleanByline(byline: string | null): string | null {
  if (!byline) return null;
  const cleaned = byline.replace(/^by\s+/i, '').trim();
  return cleaned.length > 0 && cleaned.length < 120 ? cleaned : null;
}
