/**
 * Turns a DOM selection inside the rendered article into offsets in the article's text.
 * The reader draws only the blocks on screen; each block carries where it starts and ends in
 * the text (`data-block-start`, `data-block-end`), and inside a block the rendered text nodes,
 * in order, are exactly the stored text (line breaks included). So an offset is the block's
 * start plus the length of the block's text before the point.
 */
export function textOffset(container: Node, node: Node, offset: number): number | null {
  if (!container.contains(node)) return null;
  const element = node instanceof Element ? node : node.parentElement;
  const block = element?.closest<HTMLElement>('[data-block-start]');
  if (block && container.contains(block)) {
    const range = document.createRange();
    range.selectNodeContents(block);
    range.setEnd(node, offset);
    return Number(block.dataset.blockStart) + range.toString().length;
  }
  // A point between blocks: the start of the block after it, else the end of the block before it.
  const after = node.childNodes[offset];
  if (after instanceof HTMLElement && after.dataset.blockStart !== undefined) return Number(after.dataset.blockStart);
  const before = node.childNodes[offset - 1];
  if (before instanceof HTMLElement && before.dataset.blockEnd !== undefined) return Number(before.dataset.blockEnd);
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
