import { parsePage, type DomElement, type DomNode } from '../html/dom';
import { paragraphsOf } from '../html/readable-text';

type TreeElement = DomElement & { parentElement: TreeElement | null };

/** One linked story in a news-alert or newsletter message. */
export interface DigestStory {
  headline: string;
  source: string | null;
  snippet: string;
  url: string;
}

/** Links that belong to the newsletter's frame, not to a story. */
const FRAME_LINK =
  /unsubscribe|opt[- ]?out|manage|preferences|settings|privacy|terms|feedback|help|view (this|it|in)|in (your )?browser|forward|share|subscribe|alerts\/(remove|edit)|mailto:/i;
const URL_LINE = /^<?(https?:\/\/[^\s<>]+)>?$/i;

/**
 * Finds the linked stories of a digest in its plain text, where each story is a headline, optionally
 * the source on the next line, a snippet, and the story's link on a line of its own.
 */
export function storiesInText(text: string): DigestStory[] {
  const stories: DigestStory[] = [];
  let block: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      block = [];
      continue;
    }
    const url = URL_LINE.exec(line)?.[1];
    if (url === undefined) {
      block.push(line);
      continue;
    }
    const story = storyFromLines(block, url);
    if (story) stories.push(story);
    block = [];
  }
  return stories;
}

/**
 * Finds the linked stories of an HTML digest: each link with a headline-sized text, together with the
 * largest element around it that holds no other story link (its source line and snippet).
 */
export function storiesInHtml(html: string): DigestStory[] {
  const document = parsePage(html);
  for (const el of Array.from(document.querySelectorAll('script, style, head, template'))) el.remove();
  const links = Array.from(document.querySelectorAll('a[href]')).filter((a) => isStoryLink(a));
  const stories: DigestStory[] = [];
  const linkSet = new Set<DomNode>(links);
  for (const link of links) {
    let container = link as TreeElement;
    for (let parent = container.parentElement; parent && parent.tagName !== 'BODY'; parent = parent.parentElement) {
      if (countStoryLinks(parent, linkSet) > 1) break;
      container = parent;
    }
    const headline = clean(link.textContent ?? '');
    const lines = paragraphsOf(container).map(clean).filter((l) => l !== '' && l !== headline);
    const story = storyFromLines([headline, ...lines], link.getAttribute('href') ?? '');
    if (story) stories.push(story);
  }
  return stories;
}

function isStoryLink(a: DomElement): boolean {
  const href = a.getAttribute('href') ?? '';
  const text = clean(a.textContent ?? '');
  return /^https?:\/\//i.test(href) && text.length >= 15 && text.split(' ').length >= 3 && !FRAME_LINK.test(`${text} ${href}`);
}

function countStoryLinks(root: DomElement, links: Set<DomNode>): number {
  let count = 0;
  for (const a of Array.from(root.querySelectorAll('a[href]'))) if (links.has(a)) count++;
  return count;
}

function storyFromLines(lines: string[], rawUrl: string): DigestStory | null {
  const url = unwrapRedirect(rawUrl);
  const [headline, ...rest] = lines;
  if (!headline || headline.length < 10 || FRAME_LINK.test(url) || FRAME_LINK.test(headline)) return null;
  let source: string | null = null;
  if (rest.length >= 2 && looksLikeSource(rest[0]!)) source = rest.shift()!;
  return { headline, source, snippet: rest.join(' '), url };
}

/** A source line is short and names an outlet: no sentence punctuation at its end, few words. */
function looksLikeSource(line: string): boolean {
  return line.length <= 60 && line.split(' ').length <= 6 && !/[.!?:,;]$/.test(line);
}

/** News-alert services wrap story links in their own redirect; the story's address is in a parameter. */
export function unwrapRedirect(url: string): string {
  try {
    const parsed = new URL(url);
    for (const key of ['url', 'u', 'q', 'target', 'dest', 'destination']) {
      const value = parsed.searchParams.get(key);
      if (value && /^https?:\/\//i.test(value)) return value;
    }
    return parsed.toString();
  } catch {
    return url;
  }
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
