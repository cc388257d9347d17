import { useVirtualizer } from '@tanstack/react-virtual';
import { observedSize } from '../../app/observed-size';
import { quietScrollOptions } from '../../app/virtual-without-reads';
import { memo, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, type CSSProperties, type ReactNode, type Ref, type RefObject } from 'react';
import type { StoredStatement } from '../../../../shared/domain/archive';
import { segmentText, type TextSegment } from '../reader/highlight-segments';
import { nationColour } from '../reader/nation-colours';
import { nationLabel } from '../reader/nation-label';
import { nationWhy, speakerSummary } from '../reader/speaker-label';
import type { TextSource } from './article-text-source';
import { blockAt, blockRange, firstEndingAfter, type TextBlocks } from './text-blocks';
import { firstRangeAfter, splitByRanges, type TextRange } from './text-ranges';

/** What the pane asks of its text: bring a place into view, wherever it lies in a long article. */
export interface PaneTextHandle {
  /** Scrolls to the block holding `offset`, then centres the element `selector` finds there once it is drawn. */
  reveal(offset: number, selector: string): void;
}

interface Props {
  /** The article's text, whole or arriving block by block. */
  source: TextSource;
  statements: readonly StoredStatement[];
  selectedId: number | null;
  /** Statements in the linked selection; null when nothing is linked (nothing dims). */
  linked: ReadonlySet<number> | null;
  /** Find-in-article hits and search words, sorted and not overlapping. */
  hits: readonly TextRange[];
  currentHit: number;
  flash: { id: number; nonce: number } | null;
  /** The element that scrolls the text. */
  scrollRef: RefObject<HTMLElement | null>;
  handle: Ref<PaneTextHandle>;
}

const REVIEW_LABEL: Record<StoredStatement['reviewState'], string> = {
  unreviewed: 'not reviewed yet',
  confirmed: 'confirmed',
  corrected: 'corrected',
  rejected: 'rejected (hidden from analysis)',
};

/** A first guess at a block's height before it is drawn and measured (15.5 px text, line height 1.7). */
const LINE_PX = 26;
const PARAGRAPH_GAP_PX = 11;
const CHARS_PER_LINE = 90;
/**
 * Blocks drawn beyond each edge of the screen. A block holds up to eight lines (most of a screen
 * in a narrow pane): drawing every block of an article that is a few screens long costs its
 * opening the layout of all of them to show one.
 */
const OVERSCAN_BLOCKS = 1;
/** Room above the text inside the scrolling box (its padding), left by the list itself so that nothing has to be measured. */
const TEXT_TOP_PX = 14;
/** Frames to wait for a revealed place to be drawn before giving up. */
const REVEAL_FRAMES = 30;

/**
 * A browser lays out at most about 33 million pixels in one element (and scrolls no further).
 * A text that would be taller (half a million paragraphs) is set densely: tighter lines, no gap.
 */
const DENSE_ABOVE_PX = 25_000_000;
const DENSE_LINE_PX = 20;

function estimateHeight(blocks: TextBlocks, index: number, dense: boolean): number {
  const start = blocks.starts[index]!;
  const end = index + 1 < blocks.starts.length ? blocks.starts[index + 1]! : blocks.length;
  const lines = blocks.lines[index]!;
  if (dense) return lines * DENSE_LINE_PX + Math.floor((end - start) / CHARS_PER_LINE) * DENSE_LINE_PX;
  return lines * (LINE_PX + PARAGRAPH_GAP_PX) + Math.floor((end - start) / CHARS_PER_LINE) * LINE_PX;
}

/**
 * Every block's first guess, worked out once per text: the list asks for them all whenever a
 * measured size changes (a hundred thousand blocks in a long article).
 */
function estimateHeights(blocks: TextBlocks): { heights: Float64Array; dense: boolean } {
  const heights = new Float64Array(blocks.starts.length);
  let total = 0;
  for (let i = 0; i < heights.length; i++) total += heights[i] = estimateHeight(blocks, i, false);
  const dense = total > DENSE_ABOVE_PX;
  if (dense) for (let i = 0; i < heights.length; i++) heights[i] = estimateHeight(blocks, i, true);
  return { heights, dense };
}

/**
 * The article exactly as stored, as text nodes only (never parsed as HTML). Each statement is
 * marked in its speaker's nation colour, with a style per kind and a dot while unreviewed.
 *
 * Only the blocks of lines on screen (and a few around) are in the page, so an article of a
 * million lines opens as fast as a short one; each block says where it starts in the text, so
 * a selection still turns into the text's own offsets.
 */
export const PaneText = memo(function PaneText({ source, statements, selectedId, linked, hits, currentHit, flash, scrollRef, handle }: Props) {
  const byId = useMemo(() => new Map(statements.map((s) => [s.id, s])), [statements]);
  const segments = useMemo(
    () => segmentText(source.length, statements.map((s) => ({ id: s.id, start: s.content.start, end: s.content.end }))),
    [source.length, statements],
  );
  const starts = useMemo(() => new Set(statements.map((s) => Math.max(0, s.content.start))), [statements]);
  const blocks = source.blocks;
  const { heights, dense } = useMemo(() => estimateHeights(blocks), [blocks]);

  const containerRef = useRef<HTMLDivElement>(null);

  // The text starts at the top of the scrolling element (what floats above it takes no room), so
  // the list needs no offset read from the page.
  const virtualizer = useVirtualizer({
    count: blocks.starts.length,
    // The text sits right in the scrolling element, whose own ref is set only after this list's
    // effects have run (a parent's ref comes after its children's effects) when both mount together.
    getScrollElement: () => scrollRef.current ?? containerRef.current?.parentElement ?? null,
    estimateSize: (index) => heights[index]!,
    measureElement: observedSize,
    overscan: OVERSCAN_BLOCKS,
    paddingStart: TEXT_TOP_PX,
    ...quietScrollOptions<HTMLElement>(),
  });

  const revealing = useRef(0);
  // The newest source, for a reveal that waits on a long article's page to arrive.
  const latestSource = useRef(source);
  useLayoutEffect(() => {
    latestSource.current = source;
  }, [source]);
  useImperativeHandle(
    handle,
    () => ({
      reveal(offset, selector) {
        const attempt = ++revealing.current;
        let target: number | null = null;
        let frames = 0;
        const settle = (): void => {
          if (attempt !== revealing.current) return;
          const current = latestSource.current;
          if (target === null) {
            // A long article's outline may still be on its way, its opening knowing only the first blocks.
            if (current.partial && offset >= current.blocks.length) {
              requestAnimationFrame(settle);
              return;
            }
            target = blockAt(current.blocks, offset);
            virtualizer.scrollToIndex(target, { align: 'center' });
            requestAnimationFrame(settle);
            return;
          }
          const found = containerRef.current?.querySelector<HTMLElement>(selector);
          if (found) {
            found.scrollIntoView({ block: 'center' });
            // Blocks drawn just now are measured in the next frame; centre once more after it.
            requestAnimationFrame(() => attempt === revealing.current && found.isConnected && found.scrollIntoView({ block: 'center' }));
            return;
          }
          // Frames count only once the block's text is here (a long article's page may still be coming).
          if (current.blockText(target) === null || ++frames < REVEAL_FRAMES) requestAnimationFrame(settle);
        };
        settle();
      },
    }),
    [virtualizer],
  );

  const hitPieces = (block: BlockText, start: number, end: number): ReactNode => {
    if (hits.length === 0) return block.slice(start, end);
    const pieces = splitByRanges(start, end, hits, firstRangeAfter(hits, start));
    if (pieces.length === 1 && pieces[0]!.range < 0) return block.slice(start, end);
    return pieces.map((piece) =>
      piece.range < 0 ? (
        block.slice(piece.start, piece.end)
      ) : (
        <span key={piece.start} className={`find-hit${piece.range === currentHit ? ' is-current' : ''}`} data-hit={piece.range}>
          {block.slice(piece.start, piece.end)}
        </span>
      ),
    );
  };

  const renderSegment = (block: BlockText, segment: TextSegment): ReactNode => {
    const innermost = segment.ids[0] === undefined ? undefined : byId.get(segment.ids[0]);
    if (!innermost) {
      return (
        <PlainText
          key={segment.start}
          start={segment.start}
          end={segment.end}
          block={block}
          startsLine={segment.start === block.start ? block.startsLine : block.slice(segment.start - 1, segment.start) === '\n'}
          render={(start, end) => hitPieces(block, start, end)}
        />
      );
    }
    const colour = nationColour(innermost.nation);
    const flashing = flash !== null && segment.ids.includes(flash.id);
    const covering = segment.ids.map((id) => byId.get(id)).filter((s) => s !== undefined);
    const isLinked = linked !== null && segment.ids.some((id) => linked.has(id));
    const classes = [
      'statement-mark',
      `kind-${innermost.kind}`,
      `review-${innermost.reviewState}`,
      segment.ids.length > 1 ? 'is-nested' : '',
      starts.has(segment.start) && innermost.content.start === segment.start ? 'is-start' : '',
      selectedId !== null && segment.ids.includes(selectedId) ? 'is-selected' : '',
      linked === null ? '' : isLinked ? 'is-linked' : 'is-dimmed',
      flashing ? `is-flashing flash-${flash.nonce % 2}` : '',
    ];
    return (
      <mark
        key={segment.start}
        className={classes.filter(Boolean).join(' ')}
        data-statement-ids={segment.ids.join(' ')}
        data-nation={innermost.nation ?? ''}
        data-kind={innermost.kind}
        data-review={innermost.reviewState}
        style={{ '--mark-bg': colour.background, '--mark-line': colour.border } as CSSProperties}
        title={covering
          .map((s) => [`${speakerSummary(s)} — ${nationLabel(s.nation)} · ${s.kind} · ${REVIEW_LABEL[s.reviewState]}`, nationWhy(s)].filter(Boolean).join('\n'))
          .join('\n')}
      >
        {hitPieces(block, segment.start, segment.end)}
      </mark>
    );
  };

  /** A block's pieces: the segments that cross it, cut to its edges. */
  const renderBlock = (index: number): ReactNode => {
    const { start, end } = blockRange(blocks, index);
    const own = source.blockText(index);
    // Still on its way (a long article's page): as tall as it will be, so nothing jumps when it comes.
    if (own === null) return <span className="text-pending" style={{ height: heights[index] }} aria-hidden="true" />;
    const previous = index > 0 ? source.blockText(index - 1) : null;
    const block = new BlockText(own, start, index === 0 || previous === null || previous.endsWith('\n'));
    const out: ReactNode[] = [];
    for (let i = firstEndingAfter(segments, start); i < segments.length && segments[i]!.start < end; i++) {
      const segment = segments[i]!;
      out.push(renderSegment(block, { start: Math.max(start, segment.start), end: Math.min(end, segment.end), ids: segment.ids }));
    }
    return out;
  };

  const items = virtualizer.getVirtualItems();
  // A long article's text comes a page of blocks at a time: ask for what is about to show.
  const firstShown = items[0]?.index ?? 0;
  const lastShown = items[items.length - 1]?.index ?? 0;
  useEffect(() => source.want(firstShown, lastShown), [source, firstShown, lastShown]);
  return (
    <div
      ref={containerRef}
      className={`article-text${dense ? ' is-dense' : ''}${linked !== null && linked.size > 0 ? ' has-linked' : ''}`}
      style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
    >
      {items.map((item) => {
        const { start, end } = blockRange(blocks, item.index);
        return (
          <div
            key={item.key}
            ref={virtualizer.measureElement}
            className="text-block"
            data-index={item.index}
            data-block-start={start}
            data-block-end={end}
            style={{ transform: `translateY(${item.start}px)` }}
          >
            {renderBlock(item.index)}
          </div>
        );
      })}
    </div>
  );
});

/** One block's text, addressed by the article's own offsets. */
class BlockText {
  constructor(
    readonly text: string,
    readonly start: number,
    /** Whether the block begins a line (a very long line is cut into several blocks). */
    readonly startsLine: boolean,
  ) {}

  slice(start: number, end: number): string {
    return this.text.slice(start - this.start, end - this.start);
  }
}

/** A capitalised line of its own ("SOUTH KOREA IS CLOSELY FOLLOWING …") is a subheading. */
function isSubheading(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length >= 12 && trimmed.length <= 160 && /\p{Lu}/u.test(trimmed) && !/\p{Ll}/u.test(trimmed);
}

/**
 * Unmarked text. Line breaks stay in the text (so copying keeps them) but show as a
 * paragraph gap, and whole capitalised lines show as subheadings.
 */
function PlainText(props: {
  block: BlockText;
  start: number;
  end: number;
  startsLine: boolean;
  render: (start: number, end: number) => ReactNode;
}) {
  const { block, start, end, startsLine, render } = props;
  const parts: { start: number; end: number; isBreak: boolean }[] = [];
  const pattern = /\n+/g;
  pattern.lastIndex = start - block.start;
  let at = start;
  for (let match = pattern.exec(block.text); match && match.index + block.start < end; match = pattern.exec(block.text)) {
    const breakStart = match.index + block.start;
    const breakEnd = Math.min(end, breakStart + match[0].length);
    if (breakStart > at) parts.push({ start: at, end: breakStart, isBreak: false });
    parts.push({ start: breakStart, end: breakEnd, isBreak: true });
    at = breakEnd;
  }
  if (at < end) parts.push({ start: at, end, isBreak: false });
  return (
    <>
      {parts.map((part, index) => {
        if (part.isBreak) {
          return (
            <span key={part.start} className="paragraph-break">
              {block.slice(part.start, part.end)}
            </span>
          );
        }
        const wholeLine = (index > 0 || startsLine) && index < parts.length - 1;
        return wholeLine && isSubheading(block.slice(part.start, part.end)) ? (
          <strong key={part.start} className="subheading">
            {render(part.start, part.end)}
          </strong>
        ) : (
          <span key={part.start}>{render(part.start, part.end)}</span>
        );
      })}
    </>
  );
}
