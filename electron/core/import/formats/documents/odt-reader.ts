import { ImportFailure, type ImportLimits, type ImportSource, type ParseOutcome } from '../types';
import { articlesFromDocument } from './document-article';
import { openOfficePackage } from './office-package';
import { normalizeParagraph, usableTitle } from './paragraph-text';
import { CDATA_NODE, childElements, ELEMENT_NODE, findElement, parseXml, TEXT_NODE, type XmlNode } from './xml-text';

/** Parts of an ODF paragraph that are not its running text: notes, annotations, change records. */
const SKIPPED_INLINE = new Set(['text:note', 'office:annotation', 'office:annotation-end', 'text:tracked-changes', 'text:bookmark-ref']);
const SKIPPED_BLOCKS = new Set(['text:tracked-changes', 'text:sequence-decls', 'text:variable-decls', 'office:forms', 'text:table-of-content']);

/** Headings and paragraphs of content.xml in order, metadata from meta.xml. */
export function readOdt(source: ImportSource, limits: ImportLimits): ParseOutcome {
  const pkg = openOfficePackage(source, limits, 'OpenDocument');
  const content = pkg.readText('content.xml');
  if (content === null) {
    throw new ImportFailure('corrupt', `The OpenDocument file ${source.name} has no content.xml; it is damaged or not a text document.`);
  }
  const body = findElement(parseXml(content), 'office:text');
  if (!body) throw new ImportFailure('no-article-text', `The OpenDocument file ${source.name} holds no text document body.`);
  const blocks: { text: string; heading: boolean }[] = [];
  collectBlocks(body, blocks);

  let heading: string | null = null;
  const first = blocks.find((b) => b.text !== '');
  if (first?.heading) heading = first.text;
  const meta = readMeta(pkg.readText('meta.xml'));
  const paragraphs = blocks.filter((b) => b !== first || !first.heading).map((b) => b.text);
  return {
    kind: 'articles',
    format: 'odt',
    articles: articlesFromDocument(paragraphs, source, { title: heading ?? meta.title, byline: meta.author }),
  };
}

function collectBlocks(node: XmlNode, blocks: { text: string; heading: boolean }[]): void {
  for (const child of childElements(node)) {
    if (child.nodeName === 'text:p' || child.nodeName === 'text:h') {
      blocks.push({ text: normalizeParagraph(inlineText(child)), heading: child.nodeName === 'text:h' });
    } else if (!SKIPPED_BLOCKS.has(child.nodeName)) {
      collectBlocks(child, blocks);
    }
  }
}

function inlineText(node: XmlNode): string {
  let text = '';
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_NODE) {
      text += child.textContent ?? '';
    } else if (child.nodeType === ELEMENT_NODE) {
      switch (child.nodeName) {
        case 'text:s': {
          const count = Number(child.getAttribute?.('text:c') ?? '1');
          text += ' '.repeat(Number.isFinite(count) && count > 0 ? Math.min(count, 100) : 1);
          break;
        }
        case 'text:tab':
        case 'text:line-break':
          text += ' ';
          break;
        default:
          if (!SKIPPED_INLINE.has(child.nodeName)) text += inlineText(child);
      }
    }
  }
  return text;
}

function readMeta(xml: string | null): { title: string | null; author: string | null } {
  if (!xml) return { title: null, author: null };
  const root = parseXml(xml);
  const text = (name: string) => normalizeParagraph(findElement(root, name)?.textContent ?? '') || null;
  return { title: usableTitle(text('dc:title')), author: text('dc:creator') ?? text('meta:initial-creator') };
}
