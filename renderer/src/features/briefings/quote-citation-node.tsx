import { mergeAttributes, Node, NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react';
import { QUOTE_CITATION_NODE, quoteCitationAttrs, type QuoteCitationAttrs } from '../../../../shared/domain/briefings';
import { citationSource, citationSpeaker, FLAG_TEXT } from '../../../../shared/briefings/citation-line';
import { useCitations } from './citation-context';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    quoteCitation: {
      /** Puts a quote block after the block the position is in. */
      insertQuoteCitation: (attrs: QuoteCitationAttrs, at?: number) => ReturnType;
    };
  }
}

const ATTRS = ['statementId', 'articleId', 'start', 'end'] as const;

function QuoteCitationView({ node, selected }: ReactNodeViewProps) {
  const { resolved, openSource } = useCitations();
  const ref = quoteCitationAttrs({ type: node.type.name, attrs: node.attrs });
  const citation = ref ? resolved(ref) : undefined;
  const text = citation?.text ?? ref?.quotedText ?? '';
  const flag = citation?.flag ?? null;
  return (
    <NodeViewWrapper
      as="figure"
      className="quote-citation"
      data-flag={flag ?? undefined}
      data-selected={selected || undefined}
      data-statement-id={ref?.statementId}
      contentEditable={false}
    >
      <blockquote className="quote-citation-text" data-drag-handle>
        {text}
      </blockquote>
      <figcaption className="quote-citation-source">
        {citation ? (
          <button
            type="button"
            className="citation-link"
            title="Open the source with this span highlighted"
            onClick={() => openSource(citation)}
          >
            <span className="citation-speaker">{flag === 'source-deleted' ? 'Unknown speaker' : citationSpeaker(citation)}</span>
            <span className="citation-where">
              {[citation.nationName, citationSource(citation) || 'source unknown'].filter(Boolean).join(' · ')}
              {citation.kind === 'indirect' && <span className="kind-badge">reported</span>}
            </span>
          </button>
        ) : (
          <span className="muted">Looking the citation up…</span>
        )}
      </figcaption>
      {flag && (
        <p className="citation-flag" role="note">
          <span aria-hidden="true">⚠ </span>
          {FLAG_TEXT[flag]}
        </p>
      )}
    </NodeViewWrapper>
  );
}

/** A quote block with a live citation: only ids, the span and the quoted text are stored; the rest is looked up as it reads now. */
export const QuoteCitation = Node.create({
  name: QUOTE_CITATION_NODE,
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    const numeric = (name: string) => ({
      default: 0,
      parseHTML: (element: HTMLElement) => Number(element.getAttribute(`data-${name.toLowerCase()}`)) || 0,
      renderHTML: (attrs: Record<string, unknown>) => ({ [`data-${name.toLowerCase()}`]: String(attrs[name]) }),
    });
    return {
      ...Object.fromEntries(ATTRS.map((name) => [name, numeric(name)])),
      quotedText: {
        default: '',
        parseHTML: (element: HTMLElement) => element.textContent ?? '',
        renderHTML: () => ({}),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'figure[data-quote-citation]' }];
  },

  renderHTML({ HTMLAttributes, node }) {
    return ['figure', mergeAttributes(HTMLAttributes, { 'data-quote-citation': '' }), ['blockquote', {}, String(node.attrs.quotedText ?? '')]];
  },

  addNodeView() {
    return ReactNodeViewRenderer(QuoteCitationView);
  },

  addCommands() {
    return {
      insertQuoteCitation:
        (attrs, at) =>
        ({ state, chain }) => {
          const $pos = state.doc.resolve(at ?? state.selection.to);
          // Block quotes go between blocks: after the top-level block the position is in.
          const position = $pos.depth === 0 ? $pos.pos : $pos.after(1);
          return chain()
            .insertContentAt(position, { type: QUOTE_CITATION_NODE, attrs })
            .setNodeSelection(position)
            .scrollIntoView()
            .run();
        },
    };
  },
});
