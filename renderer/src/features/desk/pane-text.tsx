import { memo, useMemo, type CSSProperties, type ReactNode } from 'react';
import type { StoredStatement } from '../../../../shared/domain/archive';
import { segmentText } from '../reader/highlight-segments';
import { nationColour } from '../reader/nation-colours';
import { nationLabel } from '../reader/nation-label';
import { nationWhy, speakerSummary } from '../reader/speaker-label';
import { firstRangeAfter, splitByRanges, type TextRange } from './text-ranges';

interface Props {
  text: string;
  statements: readonly StoredStatement[];
  selectedId: number | null;
  /** Statements in the linked selection; null when nothing is linked (nothing dims). */
  linked: ReadonlySet<number> | null;
  /** Find-in-article hits and search words, sorted and not overlapping. */
  hits: readonly TextRange[];
  currentHit: number;
  flash: { id: number; nonce: number } | null;
}

const REVIEW_LABEL: Record<StoredStatement['reviewState'], string> = {
  unreviewed: 'not reviewed yet',
  confirmed: 'confirmed',
  corrected: 'corrected',
  rejected: 'rejected (hidden from analysis)',
};

/**
 * The article exactly as stored, as text nodes only (never parsed as HTML). Each statement is
 * marked in its speaker's nation colour, with a style per kind and a dot while unreviewed.
 */
export const PaneText = memo(function PaneText({ text, statements, selectedId, linked, hits, currentHit, flash }: Props) {
  const byId = useMemo(() => new Map(statements.map((s) => [s.id, s])), [statements]);
  const segments = useMemo(
    () => segmentText(text.length, statements.map((s) => ({ id: s.id, start: s.content.start, end: s.content.end }))),
    [text.length, statements],
  );
  const starts = useMemo(() => new Set(statements.map((s) => Math.max(0, s.content.start))), [statements]);

  const hitPieces = (start: number, end: number): ReactNode => {
    if (hits.length === 0) return text.slice(start, end);
    const pieces = splitByRanges(start, end, hits, firstRangeAfter(hits, start));
    if (pieces.length === 1 && pieces[0]!.range < 0) return text.slice(start, end);
    return pieces.map((piece) =>
      piece.range < 0 ? (
        text.slice(piece.start, piece.end)
      ) : (
        <span
          key={piece.start}
          className={`find-hit${piece.range === currentHit ? ' is-current' : ''}`}
          data-hit={piece.range}
        >
          {text.slice(piece.start, piece.end)}
        </span>
      ),
    );
  };

  return (
    <div className="article-text">
      {segments.map((segment) => {
        const innermost = segment.ids[0] === undefined ? undefined : byId.get(segment.ids[0]);
        if (!innermost) {
          return (
            <PlainText
              key={segment.start}
              start={segment.start}
              end={segment.end}
              text={text}
              startsLine={segment.start === 0 || text[segment.start - 1] === '\n'}
              render={hitPieces}
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
            {hitPieces(segment.start, segment.end)}
          </mark>
        );
      })}
    </div>
  );
});

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
  text: string;
  start: number;
  end: number;
  startsLine: boolean;
  render: (start: number, end: number) => ReactNode;
}) {
  const { text, start, end, startsLine, render } = props;
  const parts: { start: number; end: number; isBreak: boolean }[] = [];
  const pattern = /\n+/g;
  pattern.lastIndex = start;
  let at = start;
  for (let match = pattern.exec(text); match && match.index < end; match = pattern.exec(text)) {
    const breakEnd = Math.min(end, match.index + match[0].length);
    if (match.index > at) parts.push({ start: at, end: match.index, isBreak: false });
    parts.push({ start: match.index, end: breakEnd, isBreak: true });
    at = breakEnd;
  }
  if (at < end) parts.push({ start: at, end, isBreak: false });
  return (
    <>
      {parts.map((part, index) => {
        if (part.isBreak) {
          return (
            <span key={part.start} className="paragraph-break">
              {text.slice(part.start, part.end)}
            </span>
          );
        }
        const wholeLine = (index > 0 || startsLine) && index < parts.length - 1;
        return wholeLine && isSubheading(text.slice(part.start, part.end)) ? (
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
