import { useEffect, useState, type FormEvent } from 'react';
import type { StatementKind } from '../../../../shared/domain/extraction';
import type { StatementSuggestion } from '../../../../shared/domain/desk';
import { api, errorMessage } from '../../api/client';
import { parseNation } from './nation-options';
import { attempt, keepKeysInForm } from './notices';
import { FormFooter } from '../../app/form-footer';
import { TextField } from '../../app/text-field';

interface Props {
  articleId: number;
  span: { start: number; end: number; text: string };
  onDone: (createdId: number | null) => void;
}

/** A statement the extractor missed, from words the analyst selected, with the nearest speaker and cue proposed. */
export function NewStatementForm({ articleId, span, onDone }: Props) {
  const [suggestion, setSuggestion] = useState<StatementSuggestion | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [kind, setKind] = useState<StatementKind>('direct');
  const [speakerName, setSpeakerName] = useState('');
  const [role, setRole] = useState('');
  const [organization, setOrganization] = useState('');
  const [nation, setNation] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    api.invoke('statements.suggest', { articleId, start: span.start, end: span.end }).then(
      (found) => {
        if (!current) return;
        setSuggestion(found);
        setKind(found.kind);
        setSpeakerName(found.speakerName ?? found.speakerMention?.text ?? '');
        setRole(found.speakerRole ?? '');
        setOrganization(found.speakerOrganization ?? '');
        setNation(found.nation ?? '');
      },
      (error: unknown) => current && setLoadError(errorMessage(error)),
    );
    return () => {
      current = false;
    };
  }, [articleId, span.start, span.end]);

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    const parsedNation = parseNation(nation);
    if (parsedNation === undefined) {
      setProblem(`“${nation}” is not a nation: type a name such as France or a two-letter code such as FR.`);
      return;
    }
    const created = await attempt(
      'Adding the statement',
      api.invoke('statements.create', {
        articleId,
        start: suggestion?.content.start ?? span.start,
        end: suggestion?.content.end ?? span.end,
        kind,
        cue: suggestion?.cue ? { start: suggestion.cue.start, end: suggestion.cue.end } : null,
        speakerMention: suggestion?.speakerMention ? { start: suggestion.speakerMention.start, end: suggestion.speakerMention.end } : null,
        speakerName: speakerName.trim() || null,
        speakerRole: role.trim() || null,
        speakerOrganization: organization.trim() || null,
        nation: parsedNation,
        actorId: suggestion && suggestion.speakerName === (speakerName.trim() || null) ? suggestion.actorId : null,
      }),
      'Statement added',
    );
    if (created) onDone(created.id);
  }

  return (
    <form className="new-statement statement-editor" aria-label="New statement" onSubmit={(event) => void save(event)} onKeyDown={keepKeysInForm}>
      <h3>New statement</h3>
      <blockquote className="statement-quote">{span.text}</blockquote>
      {suggestion === null && loadError === null && <p className="muted">Looking for the nearest speaker…</p>}
      {loadError && <p className="field-error">No suggestion: {loadError}</p>}
      {suggestion && (
        <p className="muted field-hint">
          {suggestion.speakerMention || suggestion.cue
            ? `Suggested from the nearest mention${suggestion.cue ? ` and the cue “${suggestion.cue.text}”` : ''}.`
            : 'No speaker nearby: fill it in.'}
        </p>
      )}
      <label>
        Kind
        <select value={kind} onChange={(event) => setKind(event.target.value as StatementKind)}>
          <option value="direct">direct</option>
          <option value="indirect">indirect</option>
          <option value="mixed">mixed</option>
        </select>
      </label>
      <TextField label="Speaker" value={speakerName} onChange={setSpeakerName} />
      <TextField label="Role" value={role} onChange={setRole} />
      <TextField label="Organization" value={organization} onChange={setOrganization} />
      <TextField label="Nation" value={nation} list="nation-options" placeholder="None" onChange={setNation} />
      <FormFooter problem={problem} submitLabel="Add statement" onCancel={() => onDone(null)} />
    </form>
  );
}
