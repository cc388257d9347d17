import { elementScroll, type Rect, type Virtualizer } from '@tanstack/react-virtual';

/**
 * Options for a virtualised list that reads no layout while React commits it. The library's
 * defaults read the scroll box's size (clientHeight) and write its scroll position as the list
 * mounts, inside React's layout effects: each forces the browser to lay out the whole page in
 * the middle of the commit, and again once the rows drawn after that read are in. Here the box's
 * size comes from its ResizeObserver (which reports after the browser's own layout), the first
 * rows are chosen for a box as tall as the window until then, and a fresh box, already at its
 * top, is not scrolled to its top.
 */
export function quietScrollOptions<S extends Element>(): {
  initialRect: Rect;
  observeElementRect: (instance: Virtualizer<S, Element>, cb: (rect: Rect) => void) => () => void;
  scrollToFn: (offset: number, options: ScrollOptions, instance: Virtualizer<S, Element>) => void;
} {
  return {
    // A box inside the window is never taller than it: at worst a few rows too many are drawn first.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    observeElementRect: observeRectAfterLayout,
    scrollToFn: scrollUnlessFresh,
  };
}

type ScrollOptions = { adjustments?: number; behavior?: ScrollBehavior };

function observeRectAfterLayout<S extends Element>(instance: Virtualizer<S, Element>, cb: (rect: Rect) => void): () => void {
  const element = instance.scrollElement;
  if (!element || typeof ResizeObserver === 'undefined') return () => {};
  // Read in the observer's callback, after layout: the sizes are known then and cost nothing to read.
  const observer = new ResizeObserver(() => cb({ width: element.clientWidth, height: element.clientHeight }));
  observer.observe(element);
  return () => observer.disconnect();
}

/** Scroll boxes written to at least once. */
const written = new WeakSet<Element>();

function scrollUnlessFresh<S extends Element>(offset: number, options: ScrollOptions, instance: Virtualizer<S, Element>): void {
  const element = instance.scrollElement;
  if (element && !written.has(element)) {
    written.add(element);
    // The mounting list's first write puts a new box where it already is.
    if (offset + (options.adjustments ?? 0) === 0) return;
  }
  elementScroll(offset, options, instance);
}
