import { parseHTML } from 'linkedom';

// The few DOM shapes the page reader uses. The backend compiles without the browser's DOM types,
// and linkedom's own typings lean on them, so the parsed tree is described here.
export interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  textContent: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
}

export interface DomAttribute {
  name: string;
  value: string;
}

export interface DomElement extends DomNode {
  tagName: string;
  attributes: ArrayLike<DomAttribute>;
  getAttribute(name: string): string | null;
  removeAttribute(name: string): void;
  remove(): void;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export interface DomDocument extends DomNode {
  documentElement: DomElement | null;
  body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

/** Parses markup into an inert tree: linkedom builds the DOM only, it runs and fetches nothing. */
export function parsePage(html: string): DomDocument {
  return (parseHTML(withHtmlAndBody(html)) as unknown as { document: DomDocument }).document;
}

/**
 * linkedom is no full HTML5 parser: a page without <html> gets its first element as the root, and one
 * without <body> leaves its content outside the body. Saved fragments are completed here first.
 */
function withHtmlAndBody(html: string): string {
  const hasBody = /<body[\s>]/i.test(html);
  const htmlTag = /<html(?:\s[^>]*)?>/i.exec(html);
  if (!htmlTag) return hasBody ? `<html>${html}</html>` : `<html><head></head><body>${html}</body></html>`;
  if (hasBody) return html;
  const headEnd = /<\/head\s*>/i.exec(html);
  const at = headEnd ? headEnd.index + headEnd[0].length : htmlTag.index + htmlTag[0].length;
  return `${html.slice(0, at)}<body>${html.slice(at).replace(/<\/html\s*>\s*$/i, '')}</body></html>`;
}
