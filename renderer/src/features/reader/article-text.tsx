import { memo, useMemo } from 'react';
import type { StoredStatement } from '../../../../shared/domain/archive';
import { segmentText } from './highlight-segments';
import { nationColour } from './nation-colours';
import { nationLabel } from './nation-label';
import { nationWhy, speakerSummary } from './speaker-label';

interface Props {
  text: string;
  statements: readonly StoredStatement[];
  flash: { id: number; nonce: number } | null;
}

/**
 * The article exactly as stored, as text nodes only (never parsed as HTML), with each
 * statement's content span marked in its speaker's nation colour.
 */
export const ArticleText = memo(function ArticleText({ text, statements, flash }: Props) {
  const byId = useMemo(() => new Map(statements.map((s) => [s.id, s])), [statements]);
  const segments = useMemo(
    () => segmentText(text.length, statements.map((s) => ({ id: s.id, start: s.content.start, end: s.content.end }))),
    [text.length, statements],
  );

  return (
    <div className="article-text">
      {segments.map((segment) => {
        const piece = text.slice(segment.start, segment.end);
        const innermost = segment.ids[0] === undefined ? undefined : byId.get(segment.ids[0]);
        if (!innermost) return <PlainText key={segment.start} text={piece} startsLine={segment.start === 0 || text[segment.start - 1] === '\n'} />;
        const colour = nationColour(innermost.nation);
        const flashing = flash !== null && segment.ids.includes(flash.id);
        const speakers = segment.ids.map((id) => byId.get(id)).filter((s) => s !== undefined);
        return (
          <mark
            key={segment.start}
            className={`statement-mark${segment.ids.length > 1 ? ' is-nested' : ''}${flashing ? ` is-flashing flash-${flash.nonce % 2}` : ''}`}
            data-statement-ids={segment.ids.join(' ')}
            data-nation={innermost.nation ?? ''}
            style={{ backgroundColor: colour.background, borderBottomColor: colour.border }}
            title={speakers.map((s) => [`${speakerSummary(s)} — ${nationLabel(s.nation)}`, nationWhy(s)].filter(Boolean).join('\n')).join('\n')}
          >
            {piece}
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
function PlainText({ text, startsLine }: { text: string; startsLine: boolean }) {
  const parts = text.split(/(\n+)/);
  return (
    <>
      {parts.map((part, index) => {
        if (part === '') return null;
        if (part.startsWith('\n')) {
          return (
            <span key={index} className="paragraph-break">
              {part}
            </span>
          );
        }
        const wholeLine = (index > 0 || startsLine) && index < parts.length - 1;
        return wholeLine && isSubheading(part) ? (
          <strong key={index} className="subheading">
            {part}
          </strong>
        ) : (
          <span key={index}>{part}</span>
        );
      })}
    </>
  );
}
