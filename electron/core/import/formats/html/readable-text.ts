import type { DomElement, DomNode } from './dom';

// Elements that start a new paragraph in the stored text.
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL', 'BR', 'CAPTION', 'DETAILS', 'SUMMARY',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);

/**
 * The text of an element as paragraphs: one per block element (a <br> too), whitespace inside
 * each collapsed to single spaces. Walks with its own stack, so a hostile page nested thousands of
 * levels deep cannot overflow the call stack.
 */
export function paragraphsOf(root: DomNode): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const paragraph = current.replace(/\s+/g, ' ').trim();
    if (paragraph) paragraphs.push(paragraph);
    current = '';
  };
  // A null entry marks the end of a block element: its text is flushed when the walk leaves it.
  const stack: (DomNode | null)[] = [];
  const pushChildren = (node: DomNode) => {
    const children: DomNode[] = [];
    for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] ?? null);
  };
  pushChildren(root);
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || node === undefined) {
      flush();
      continue;
    }
    if (node.nodeType === 3) current += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const tag = (node as DomElement).tagName.toUpperCase();
      if (SKIPPED.has(tag)) continue;
      if (BLOCKS.has(tag)) {
        flush();
        stack.push(null);
      }
      pushChildren(node);
    }
  }
  flush();
  return paragraphs;
}

/** How deep the tree goes and how many elements it has, counted without recursion. */
export function treeShape(root: DomNode): { depth: number; elements: number } {
  let depth = 0;
  let elements = 0;
  const stack: [DomNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, level] = stack.pop() ?? [root, 0];
    if (node.nodeType === 1) elements++;
    if (level > depth) depth = level;
    for (let child = node.firstChild; child; child = child.nextSibling) if (child.nodeType === 1) stack.push([child, level + 1]);
  }
  return { depth, elements };
}
