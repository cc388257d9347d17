import { useEffect, useState, type FormEvent } from 'react';
import type { StatementKind } from '../../../../shared/domain/extraction';
import type { DeskStatement, Note, StatementChanges, Topic } from '../../../../shared/domain/desk';
import { api } from '../../api/client';
import { nationOptions, parseNation } from './nation-options';
import { attempt, keepKeysInForm } from './notices';
import { publishStatement } from './statement-updates';
import { TagEditor } from './topic-tags';
import { FormFooter } from '../../app/form-footer';
import { TextField } from '../../app/text-field';

export type ToolMode = 'edit' | 'tag' | 'note' | null;

interface Props {
  statement: DeskStatement;
  topics: readonly Topic[];
  mode: ToolMode;
  onMode: (mode: ToolMode) => void;
  /** Offsets of the words selected in the text right now, to take as the statement's new span. */
  currentSelection: () => { start: number; end: number } | null;
}

export function reviewStatement(statement: DeskStatement, verdict: 'confirm' | 'reject' | 'restore'): void {
  const call = verdict === 'confirm' ? 'statements.confirm' : verdict === 'reject' ? 'statements.reject' : 'statements.restore';
  const what = verdict === 'confirm' ? 'Confirming' : verdict === 'reject' ? 'Rejecting' : 'Restoring';
  void attempt(`${what} the statement`, api.invoke(call, { id: statement.id })).then(publishStatement);
}

/** What the selected card offers: review, correct, tag, annotate. */
export function StatementTools({ statement, topics, mode, onMode, currentSelection }: Props) {
  const rejected = statement.reviewState === 'rejected';
  return (
    <div className="statement-tools" onKeyDown={keepKeysInForm}>
      <div className="tool-row" role="toolbar" aria-label="Statement actions">
        {!rejected && (
          <button type="button" onClick={() => reviewStatement(statement, 'confirm')} title="Confirm (C)" disabled={statement.reviewState === 'confirmed'}>
            Confirm
          </button>
        )}
        {rejected ? (
          <button type="button" onClick={() => reviewStatement(statement, 'restore')} title="Restore (X)">
            Restore
          </button>
        ) : (
          <button type="button" onClick={() => reviewStatement(statement, 'reject')} title="Reject: kept, hidden from analysis (X)">
            Reject
          </button>
        )}
        <button type="button" aria-pressed={mode === 'edit'} onClick={() => onMode(mode === 'edit' ? null : 'edit')} title="Edit span, kind, speaker, nation (E)">
          Edit
        </button>
        <button type="button" aria-pressed={mode === 'tag'} onClick={() => onMode(mode === 'tag' ? null : 'tag')} title="Tag with topics and stances (T)">
          Tag
        </button>
        <button type="button" aria-pressed={mode === 'note'} onClick={() => onMode(mode === 'note' ? null : 'note')} title="Notes (N)">
          Notes{statement.noteCount > 0 ? ` · ${statement.noteCount}` : ''}
        </button>
      </div>
      {mode === 'edit' && (
        <StatementEditor statement={statement} currentSelection={currentSelection} onDone={() => onMode(null)} />
      )}
      {mode === 'tag' && <TagEditor statement={statement} topics={topics} autoFocus />}
      {mode === 'note' && <NotesEditor target={{ kind: 'statement', id: statement.id }} />}
    </div>
  );
}

const KINDS: StatementKind[] = ['direct', 'indirect', 'mixed'];

function StatementEditor(props: {
  statement: DeskStatement;
  currentSelection: () => { start: number; end: number } | null;
  onDone: () => void;
}) {
  const { statement, currentSelection, onDone } = props;
  const [kind, setKind] = useState(statement.kind);
  const [speakerName, setSpeakerName] = useState(statement.speakerName ?? '');
  const [role, setRole] = useState(statement.speakerRole ?? '');
  const [organization, setOrganization] = useState(statement.speakerOrganization ?? '');
  const [nation, setNation] = useState(statement.nation ?? '');
  const [span, setSpan] = useState({ start: statement.content.start, end: statement.content.end });
  const [problem, setProblem] = useState<string | null>(null);

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    const parsedNation = parseNation(nation);
    if (parsedNation === undefined) {
      setProblem(`“${nation}” is not a nation: type a name such as France or a two-letter code such as FR.`);
      return;
    }
    const changes: StatementChanges = {};
    if (kind !== statement.kind) changes.kind = kind;
    if ((speakerName.trim() || null) !== statement.speakerName) changes.speakerName = speakerName.trim() || null;
    if ((role.trim() || null) !== statement.speakerRole) changes.speakerRole = role.trim() || null;
    if ((organization.trim() || null) !== statement.speakerOrganization) changes.speakerOrganization = organization.trim() || null;
    if (parsedNation !== statement.nation) changes.nation = parsedNation;
    if (span.start !== statement.content.start || span.end !== statement.content.end) {
      changes.start = span.start;
      changes.end = span.end;
    }
    if (Object.keys(changes).length === 0) {
      onDone();
      return;
    }
    const saved = await attempt('Saving the statement', api.invoke('statements.update', { id: statement.id, changes }));
    publishStatement(saved);
    if (saved) onDone();
  }

  function takeSelection(): void {
    const selected = currentSelection();
    if (selected) {
      setSpan(selected);
      setProblem(null);
    } else setProblem('Select the statement’s words in the article text first, then choose “Use selection”.');
  }

  const spanChanged = span.start !== statement.content.start || span.end !== statement.content.end;
  return (
    <form className="statement-editor" onSubmit={(event) => void save(event)} aria-label="Edit statement">
      <label>
        Kind
        <select value={kind} onChange={(event) => setKind(event.target.value as StatementKind)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </label>
      <TextField label="Speaker" value={speakerName} onChange={setSpeakerName} />
      <TextField label="Role" value={role} onChange={setRole} />
      <TextField label="Organization" value={organization} onChange={setOrganization} />
      <label>
        Nation
        <input
          value={nation}
          list="nation-options"
          placeholder="None"
          onChange={(event) => setNation(event.target.value)}
          aria-describedby={`nation-hint-${statement.id}`}
        />
      </label>
      <p className="field-hint muted" id={`nation-hint-${statement.id}`}>
        {statement.nationSetByHand ? 'Set by hand: an actor’s nation will not override it.' : 'Set here, it stays even if the actor’s nation changes.'}
      </p>
      <div className="span-row">
        <span className={spanChanged ? 'span-changed' : 'muted'}>
          Span {span.start}–{span.end}
          {spanChanged ? ' (changed)' : ''}
        </span>
        <button type="button" onClick={takeSelection} title="Select words in the article, then take them as this statement's span">
          Use selection
        </button>
      </div>
      <FormFooter problem={problem} submitLabel="Save" onCancel={onDone} />
    </form>
  );
}

/** The one list of nations every nation field offers. */
export function NationDatalist() {
  return (
    <datalist id="nation-options">
      {nationOptions().map((option) => (
        <option key={option.code} value={option.code}>
          {option.name}
        </option>
      ))}
    </datalist>
  );
}

type NoteTarget = Parameters<typeof api.invoke<'notes.list'>>[1]['target'];

/** Notes on a statement, an article or a topic: read, add, edit, delete. */
export function NotesEditor({ target, autoFocus = false }: { target: NoteTarget; autoFocus?: boolean }) {
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [draft, setDraft] = useState('');
  const [version, setVersion] = useState(0);
  const targetKey = JSON.stringify(target);

  useEffect(() => {
    let current = true;
    api.invoke('notes.list', { target: JSON.parse(targetKey) as NoteTarget }).then(
      (list) => current && setNotes(list),
      () => current && setNotes([]),
    );
    const off = api.on('desk.changed', (change) => {
      if (change.domains.includes('notes')) setVersion((n) => n + 1);
    });
    return () => {
      current = false;
      off();
    };
  }, [targetKey, version]);

  async function add(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!draft.trim()) return;
    const created = await attempt('Saving the note', api.invoke('notes.create', { target, body: draft }));
    if (created) setDraft('');
  }

  return (
    <div className="notes-editor" onKeyDown={keepKeysInForm}>
      {notes === null ? (
        <p className="muted">Loading notes…</p>
      ) : notes.length === 0 ? (
        <p className="muted">No notes yet: write one below and press Add note.</p>
      ) : (
        <ul className="note-list" aria-label="Notes">
          {notes.map((note) => (
            <li key={note.id}>
              <p className="note-body">{note.body}</p>
              <span className="muted note-meta">
                {new Date(note.updatedAt).toLocaleString()}
                <button type="button" className="link-like" onClick={() => void attempt('Deleting the note', api.invoke('notes.delete', { id: note.id }))}>
                  Delete
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void add(event)} className="note-form">
        <textarea aria-label="New note" rows={2} autoFocus={autoFocus} value={draft} placeholder="Add a note…" onChange={(event) => setDraft(event.target.value)} />
        <button type="submit" disabled={!draft.trim()}>
          Add note
        </button>
      </form>
    </div>
  );
}
