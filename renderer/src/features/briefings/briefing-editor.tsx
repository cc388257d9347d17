import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  citationsIn,
  decodeStatementDrag,
  QUOTE_CITATION_NODE,
  quoteCitationAttrs,
  STATEMENT_DRAG_MIME,
  type Briefing,
  type BriefingDoc,
  type BriefingSummary,
  type CitableStatement,
  type ResolvedCitation,
} from '../../../../shared/domain/briefings';
import { api, errorMessage } from '../../api/client';
import { ErrorMessage } from '../../app/error-message';
import { CitationContext, type CitationContextValue } from './citation-context';
import { EditorToolbar } from './editor-toolbar';
import { ExportMenu } from './export-menu';
import { QuoteCitation } from './quote-citation-node';
import { StatementPicker } from './statement-picker';
import { useAutosave, type SaveStatus } from './use-autosave';
import { useResolvedCitations } from './use-resolved-citations';
import { VersionsPanel } from './versions-panel';

export interface SourceRequest {
  articleId: number;
  statementId: number | null;
  start: number;
  end: number;
}

interface Props {
  briefingId: number;
  visible: boolean;
  topics: readonly { id: number; name: string; statementCount: number }[];
  onOpenSource: (source: SourceRequest) => void;
  onSaved: (summary: BriefingSummary) => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

type Loaded = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; briefing: Briefing; citations: ResolvedCitation[] };

/** Loads a briefing and opens it in the editor; a restored version opens afresh. */
export function BriefingEditor(props: Props) {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ key: number } & Loaded>({ key: -1, status: 'loading' });
  const { briefingId } = props;

  useEffect(() => {
    let current = true;
    api.invoke('briefings.get', { id: briefingId }).then(
      (found) => current && setResult({ key: attempt, status: 'ready', ...found }),
      (error: unknown) => current && setResult({ key: attempt, status: 'failed', message: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [briefingId, attempt]);

  // What an earlier attempt loaded is not shown.
  const loaded: Loaded = result.key === attempt ? result : { status: 'loading' };
  if (loaded.status === 'loading') return <p className="muted loading-line">Opening the briefing…</p>;
  if (loaded.status === 'failed') {
    return <ErrorMessage title="This briefing could not be opened" message={loaded.message} onRetry={() => setAttempt((n) => n + 1)} />;
  }
  return (
    <LoadedEditor
      key={`${briefingId}:${attempt}`}
      {...props}
      briefing={loaded.briefing}
      citations={loaded.citations}
      onRestored={() => setAttempt((n) => n + 1)}
    />
  );
}

function saveLabel(status: SaveStatus): string {
  switch (status.kind) {
    case 'saved':
      return `Saved ${new Date(status.at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}`;
    case 'pending':
      return 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'failed':
      return 'Not saved';
  }
}

function LoadedEditor({
  briefing,
  citations,
  visible,
  topics,
  onOpenSource,
  onSaved,
  onDuplicate,
  onDelete,
  onRestored,
}: Props & { briefing: Briefing; citations: ResolvedCitation[]; onRestored: () => void }) {
  const [showVersions, setShowVersions] = useState(false);
  const initialRefs = useMemo(() => citationsIn(briefing.body), [briefing.body]);
  const { resolved, track } = useResolvedCitations(citations, initialRefs, visible);
  const { status, schedule, saveNow, discard } = useAutosave(briefing.id, briefing.updatedAt, onSaved);
  const editorRef = useRef<Editor | null>(null);

  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [1, 2, 3] },
        codeBlock: false,
        link: {
          openOnClick: false,
          autolink: true,
          defaultProtocol: 'https',
          isAllowedUri: (url, ctx) => /^(https?:|mailto:)/i.test(url) && ctx.defaultValidate(url),
        },
      }),
      QuoteCitation,
    ],
    content: briefing.body,
    editorProps: {
      attributes: { class: 'briefing-text', 'aria-label': 'Briefing text', spellcheck: 'true' },
      handleDrop: (view, event) => {
        const data = event.dataTransfer?.getData(STATEMENT_DRAG_MIME);
        const payload = data ? decodeStatementDrag(data) : null;
        if (!payload) return false;
        event.preventDefault();
        const at = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
        editorRef.current?.commands.insertQuoteCitation(
          { statementId: payload.statementId, articleId: payload.articleId, start: payload.start, end: payload.end, quotedText: payload.text },
          at,
        );
        editorRef.current?.commands.focus();
        return true;
      },
    },
    onUpdate: ({ editor: changed }) => {
      const doc = changed.getJSON() as BriefingDoc;
      track(doc);
      schedule(doc);
    },
  });

  useEffect(() => {
    editorRef.current = editor;
  }, [editor]);

  const insert = useCallback(
    (s: CitableStatement) => {
      editor?.commands.insertQuoteCitation({ statementId: s.statementId, articleId: s.articleId, start: s.start, end: s.end, quotedText: s.text });
      editor?.commands.focus();
    },
    [editor],
  );

  const citationContext = useMemo<CitationContextValue>(
    () => ({
      resolved,
      openSource: (c) => onOpenSource({ articleId: c.articleId, statementId: c.liveStatementId, start: c.start, end: c.end }),
    }),
    [resolved, onOpenSource],
  );

  const flagged = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      if (!e) return 0;
      let count = 0;
      e.state.doc.descendants((node) => {
        if (node.type.name !== QUOTE_CITATION_NODE) return true;
        const ref = quoteCitationAttrs({ type: node.type.name, attrs: node.attrs });
        if (ref && resolved(ref)?.flag) count++;
        return false;
      });
      return count;
    },
  });

  return (
    <div className="briefing-workspace">
      <section className="briefing-editor" aria-label={`Briefing: ${briefing.title}`}>
        <div className="toolbar briefing-toolbar">
          <EditorToolbar editor={editor} />
          <span className="toolbar-spacer" />
          <span className="save-status" data-state={status.kind} role="status" aria-live="polite" title={status.kind === 'failed' ? status.message : undefined}>
            {saveLabel(status)}
          </span>
          {status.kind === 'failed' && (
            <button type="button" onClick={() => void saveNow().catch(() => undefined)}>
              Retry
            </button>
          )}
          <button type="button" aria-pressed={showVersions} onClick={() => setShowVersions((v) => !v)} title="Kept versions of this briefing">
            Versions
          </button>
          <ExportMenu briefingId={briefing.id} beforeExport={saveNow} />
          <details className="menu">
            <summary className="menu-button more-button" aria-label="More actions" title="More actions" />
            <div className="menu-popup" role="menu" aria-label="More actions">
              <button
                type="button"
                role="menuitem"
                onClick={(event) => {
                  event.currentTarget.closest('details')?.removeAttribute('open');
                  void saveNow().then(onDuplicate, () => undefined);
                }}
              >
                Duplicate
              </button>
              <button
                type="button"
                role="menuitem"
                className="danger-button"
                onClick={(event) => {
                  event.currentTarget.closest('details')?.removeAttribute('open');
                  if (!window.confirm(`Delete “${briefing.title}” and its versions? This cannot be undone.`)) return;
                  discard();
                  onDelete();
                }}
              >
                Delete…
              </button>
            </div>
          </details>
        </div>
        {flagged !== undefined && flagged > 0 && (
          <p className="flag-banner" role="alert">
            {flagged === 1 ? '1 citation is' : `${flagged} citations are`} flagged: the statement was rejected or is no longer in the archive.
          </p>
        )}
        <div className="briefing-body">
          <div className="briefing-page">
            <CitationContext.Provider value={citationContext}>
              <EditorContent editor={editor} />
            </CitationContext.Provider>
          </div>
          {showVersions && (
            <VersionsPanel
              briefingId={briefing.id}
              beforeChange={saveNow}
              onRestored={onRestored}
              onClose={() => setShowVersions(false)}
            />
          )}
        </div>
      </section>
      <StatementPicker topics={topics} onInsert={insert} />
    </div>
  );
}
