import { normaliseDate } from '../../../../../shared/news-metadata';
import type { DomDocument } from './dom';

/** What a saved page's head says about its article: meta tags, Open Graph, JSON-LD NewsArticle. */
export interface PageMetadata {
  title: string | null;
  byline: string | null;
  outlet: string | null;
  publishedAt: string | null;
  url: string | null;
  language: string | null;
}

const ARTICLE_TYPES = /^(?:News|Reportage|Analysis|Opinion|Review|Background|Report|Blog|Scholarly|Tech)?Article$|^(?:BlogPosting|LiveBlogPosting|Report)$/;

/** Reads the page's declared metadata, best source first: JSON-LD, then Open Graph, then plain meta tags. */
export function readPageMetadata(document: DomDocument): PageMetadata {
  // One pass over the elements that carry metadata: each selector query is a walk of the whole tree.
  const meta = new Map<string, string>();
  const ldScripts: string[] = [];
  let canonical: string | null = null;
  let titleTag: string | null = null;
  for (const el of Array.from(document.querySelectorAll('meta, link, script, title'))) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'META') {
      const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').trim().toLowerCase();
      const content = el.getAttribute('content')?.trim();
      if (key && content && !meta.has(key)) meta.set(key, content);
    } else if (tag === 'LINK') {
      if (!canonical && el.getAttribute('rel')?.toLowerCase().split(/\s+/).includes('canonical')) canonical = el.getAttribute('href')?.trim() || null;
    } else if (tag === 'SCRIPT') {
      if (el.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json') ldScripts.push(el.textContent ?? '');
    } else if (titleTag === null) titleTag = el.textContent?.trim() || null;
  }
  const ld = readJsonLdArticle(ldScripts);
  const pick = (...keys: string[]) => {
    for (const key of keys) {
      const value = meta.get(key);
      if (value) return value;
    }
    return null;
  };
  const lang = document.documentElement?.getAttribute('lang')?.trim().toLowerCase().split(/[-_]/)[0] || null;
  return {
    title: ld.title ?? pick('og:title', 'twitter:title', 'dc.title', 'title', 'headline') ?? titleTag,
    byline: ld.byline ?? pick('author', 'article:author', 'dc.creator', 'byl', 'sailthru.author', 'parsely-author'),
    outlet: ld.outlet ?? pick('og:site_name', 'application-name', 'publisher', 'dc.publisher'),
    publishedAt: normaliseDate(ld.publishedAt ?? pick('article:published_time', 'datepublished', 'pubdate', 'publish-date', 'date', 'dc.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date')),
    url: ld.url ?? canonical ?? pick('og:url', 'twitter:url'),
    language: lang && /^[a-z]{2,3}$/.test(lang) ? lang : null,
  };
}

interface LdArticle {
  title: string | null;
  byline: string | null;
  outlet: string | null;
  publishedAt: string | null;
  url: string | null;
}

function readJsonLdArticle(scripts: string[]): LdArticle {
  const none: LdArticle = { title: null, byline: null, outlet: null, publishedAt: null, url: null };
  for (const script of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(script);
    } catch {
      continue;
    }
    const article = findArticleNode(data, 0);
    if (!article) continue;
    return {
      title: text(article.headline) ?? text(article.name),
      byline: names(article.author),
      outlet: names(article.publisher),
      publishedAt: text(article.datePublished) ?? text(article.dateCreated),
      url: text(article.url) ?? text(asRecord(article.mainEntityOfPage)?.['@id']) ?? text(article.mainEntityOfPage),
    };
  }
  return none;
}

type JsonRecord = Record<string, unknown>;

function asRecord(value: unknown): JsonRecord | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as JsonRecord) : null;
}

/** The first object typed as an article, looking through arrays and "@graph" lists. */
function findArticleNode(value: unknown, depth: number): JsonRecord | null {
  if (depth > 5) return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticleNode(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = asRecord(value);
  if (!record) return null;
  const types = ([] as unknown[]).concat(record['@type'] ?? []);
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return record;
  return findArticleNode(record['@graph'], depth + 1);
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** "author"/"publisher" may be a string, a Person/Organization, or a list of them. */
function names(value: unknown): string | null {
  const list = Array.isArray(value) ? value : [value];
  const found = list
    .map((item) => text(item) ?? text(asRecord(item)?.name))
    .filter((name): name is string => name !== null);
  return found.length > 0 ? found.join(', ') : null;
}
