/**
 * Turns a DOM selection inside the rendered article into offsets in the article's text.
 * The rendered text nodes, in order, are exactly the stored text (line breaks included),
 * so an offset is the length of every text node before the point plus the point's own offset.
 */
export function textOffset(container: Node, node: Node, offset: number): number | null {
  if (!container.contains(node)) return null;
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let total = 0;
  if (node.nodeType !== Node.TEXT_NODE) {
    // A point between children: count the text of the children before it.
    const range = document.createRange();
    range.selectNodeContents(container);
    range.setEnd(node, offset);
    return range.toString().length;
  }
  for (let current = walker.nextNode(); current; current = walker.nextNode()) {
    if (current === node) return total + offset;
    total += current.textContent?.length ?? 0;
  }
  return null;
}

/** The selected stretch of the article, or null when nothing (or something outside it) is selected. */
export function selectedSpan(container: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const start = textOffset(container, range.startContainer, range.startOffset);
  const end = textOffset(container, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
