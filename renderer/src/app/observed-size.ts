import type { Virtualizer } from '@tanstack/react-virtual';

/**
 * A virtualised item's size from the ResizeObserver's report, which arrives after the browser's own
 * layout. The library's default reads offsetHeight as each item mounts, which forces a synchronous
 * layout of the whole page in the middle of React's commit (most of the cost of opening an article
 * with a hundred and fifty cards). Until the observer reports, an item keeps its last measured size
 * or its estimate.
 */
export function observedSize<S extends Element | Window>(
  element: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<S, Element>,
): number {
  const box = entry?.borderBoxSize?.[0];
  if (box) return Math.round(instance.options.horizontal ? box.inlineSize : box.blockSize);
  const index = instance.indexFromElement(element);
  return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index);
}
