import { useCallback, useEffect, useLayoutEffect, useState, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { moveEdge, snapToWord, wordStep, type Span, type SpanEdge } from './span-edges';
import { textOffset } from './text-offsets';

interface Props {
  /** The scrolling box that holds the rendered `.article-text`. */
  container: RefObject<HTMLElement | null>;
  text: string;
  /** The selected statement's span, or null when no span can be edited. */
  span: Span | null;
  /** Called once per finished drag or keyboard move, with the new span. */
  onCommit: (span: Span) => void;
}

interface Box {
  left: number;
  top: number;
  height: number;
}

/**
 * The text node and offset inside it where an article offset falls (null when not drawn). Only
 * the blocks on screen are drawn: the walk starts at the block holding the offset, from its own start.
 */
function domPoint(article: HTMLElement, offset: number, edge: SpanEdge): { node: Text; offset: number } | null {
  for (const block of article.querySelectorAll<HTMLElement>('[data-block-start]')) {
    const blockStart = Number(block.dataset.blockStart);
    const blockEnd = Number(block.dataset.blockEnd);
    // A start on a block's edge belongs to the block after it, an end to the one before.
    if (edge === 'start' ? offset < blockStart || offset >= blockEnd : offset <= blockStart || offset > blockEnd) continue;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let total = blockStart;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const length = node.data.length;
      // A start between two nodes belongs to the next one, an end to the one before.
      if (edge === 'start' ? offset < total + length : offset <= total + length) return { node, offset: offset - total };
      total += length;
    }
    return null;
  }
  return null;
}

function rangeOf(article: HTMLElement, span: Span): Range | null {
  const start = domPoint(article, span.start, 'start');
  const end = domPoint(article, span.end, 'end');
  if (!start || !end) return null;
  const range = document.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}

/** Rectangles in the container's scrolled coordinates, so they move with the text. */
function toLocal(container: HTMLElement, rect: DOMRect): Box {
  const outer = container.getBoundingClientRect();
  return { left: rect.left - outer.left + container.scrollLeft, top: rect.top - outer.top + container.scrollTop, height: rect.height };
}

type Boxes = { start: Box; end: Box; preview: (Box & { width: number })[] };

/** Where the handles (and, while moving, the preview of the new span) go; null when not drawn. */
function measure(box: HTMLElement | null, shown: Span | null, previewing: boolean, textLength: number): Boxes | null {
  const article = box?.querySelector<HTMLElement>('.article-text');
  if (!box || !article || !shown || shown.end > textLength) return null;
  const range = rangeOf(article, shown);
  const rects = range ? [...range.getClientRects()].filter((r) => r.width > 0) : [];
  if (rects.length === 0) return null;
  const first = toLocal(box, rects[0]!);
  const lastRect = rects[rects.length - 1]!;
  const last = toLocal(box, lastRect);
  return {
    start: first,
    end: { ...last, left: last.left + lastRect.width },
    preview: previewing ? rects.map((r) => ({ ...toLocal(box, r), width: r.width })) : [],
  };
}

function caretOffset(article: HTMLElement, x: number, y: number): number | null {
  const position = document.caretPositionFromPoint?.(x, y);
  if (position) return textOffset(article, position.offsetNode, position.offset);
  return null;
}

/**
 * Two handles on the selected statement's highlight, at its first and last character. Drag one
 * (it snaps to whole words) or focus it and use the arrow keys (Ctrl or Alt: a word at a time,
 * Enter to keep, Escape or leaving the handle to go back); the new span is saved as an ordinary, undoable edit.
 */
export function SpanHandles({ container, text, span, onCommit }: Props) {
  const spanKey = span ? `${span.start}-${span.end}` : '';
  // A draft belongs to the span it started from: a new statement, or the saved span coming back, drops it.
  const [draftState, setDraftState] = useState<{ key: string; span: Span } | null>(null);
  const draft = draftState?.key === spanKey ? draftState.span : null;
  const setDraft = useCallback((next: Span | null) => setDraftState(next ? { key: spanKey, span: next } : null), [spanKey]);
  const [dragging, setDragging] = useState<SpanEdge | null>(null);
  const [boxes, setBoxes] = useState<Boxes | null>(null);
  const [layoutVersion, setLayoutVersion] = useState(0);
  const shown = draft ?? span;

  // The text re-wraps when the pane is resized.
  useEffect(() => {
    const box = container.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setLayoutVersion((n) => n + 1));
    observer.observe(box);
    return () => observer.disconnect();
  }, [container]);

  // Only the blocks on screen are drawn: a statement reached by scrolling (or by J/K) has its ends drawn a frame or two later.
  const spanShown = span !== null;
  useEffect(() => {
    const article = container.current?.querySelector('.article-text');
    if (!spanShown || !article) return;
    const observer = new MutationObserver(() => setLayoutVersion((n) => n + 1));
    observer.observe(article, { childList: true });
    return () => observer.disconnect();
  }, [container, spanShown]);

  // Measured after layout, in the next frame: the highlight's rectangles are only known once drawn.
  useLayoutEffect(() => {
    const frame = requestAnimationFrame(() => setBoxes(measure(container.current, shown, draft !== null, text.length)));
    return () => cancelAnimationFrame(frame);
  }, [container, shown, draft, text.length, layoutVersion]);

  const commit = useCallback(
    (next: Span | null) => {
      setDragging(null);
      // A draft never outlives its commit: an undo that brings the old span back must not revive it.
      setDraft(null);
      if (!next || !span || (next.start === span.start && next.end === span.end)) return;
      onCommit(next);
    },
    [span, onCommit, setDraft],
  );

  if (!span || !shown || !boxes) return null;

  function onPointerDown(edge: SpanEdge, event: PointerEvent<HTMLButtonElement>): void {
    event.preventDefault();
    event.stopPropagation();
    event.currentTarget.setPointerCapture(event.pointerId);
    setDragging(edge);
    setDraft(shown);
  }

  function onPointerMove(edge: SpanEdge, event: PointerEvent<HTMLButtonElement>): void {
    if (dragging !== edge || !shown) return;
    const article = container.current?.querySelector<HTMLElement>('.article-text');
    if (!article) return;
    const at = caretOffset(article, event.clientX, event.clientY);
    if (at === null) return;
    setDraft(moveEdge(shown, edge, snapToWord(text, edge, at), text.length));
  }

  function onPointerUp(edge: SpanEdge, event: PointerEvent<HTMLButtonElement>): void {
    if (dragging !== edge) return;
    event.stopPropagation();
    event.currentTarget.releasePointerCapture(event.pointerId);
    commit(draft);
  }

  function onKeyDown(edge: SpanEdge, event: KeyboardEvent<HTMLButtonElement>): void {
    if (!shown) return;
    const direction = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (direction !== 0) {
      const from = shown[edge];
      const to = event.ctrlKey || event.altKey || event.metaKey ? wordStep(text, from, direction, edge) : from + direction;
      setDraft(moveEdge(shown, edge, to, text.length));
    } else if (event.key === 'Enter') {
      commit(draft);
    } else if (event.key === 'Escape' && draft) {
      setDraft(null);
    } else return;
    // The pane's own keys (J/K, Escape) stay out of a handle being moved.
    event.preventDefault();
    event.stopPropagation();
  }

  const handle = (edge: SpanEdge) => {
    const box = boxes[edge];
    return (
      <button
        type="button"
        className={`span-handle span-handle-${edge}${dragging === edge ? ' is-dragging' : ''}`}
        style={{ left: box.left, top: box.top, height: box.height }}
        aria-label={edge === 'start' ? 'Start of the statement' : 'End of the statement'}
        title={`Drag to move the ${edge} of the statement, or use ← → (Ctrl: by word), Enter to keep, Escape to go back`}
        data-offset={shown[edge]}
        onPointerDown={(event) => onPointerDown(edge, event)}
        onPointerMove={(event) => onPointerMove(edge, event)}
        onPointerUp={(event) => onPointerUp(edge, event)}
        onPointerCancel={() => commit(null)}
        onClick={(event) => event.stopPropagation()}
        onMouseUp={(event) => event.stopPropagation()}
        onKeyDown={(event) => onKeyDown(edge, event)}
        onBlur={() => dragging === null && setDraft(null)}
      />
    );
  };

  return (
    <>
      {boxes.preview.map((box, i) => (
        <span key={i} className="span-preview" aria-hidden="true" style={{ left: box.left, top: box.top, height: box.height, width: box.width }} />
      ))}
      {handle('start')}
      {handle('end')}
      {draft && (
        <span className="span-draft-note" role="status" style={{ left: boxes.end.left, top: boxes.end.top + boxes.end.height + 2 }}>
          {dragging ? 'Release to keep' : 'Enter to keep · Esc to go back'}
        </span>
      )}
    </>
  );
}
