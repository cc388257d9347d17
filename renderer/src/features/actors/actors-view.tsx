import { useEffect, useEffectEvent, useMemo, useState, type FormEvent } from 'react';
import type { Actor, ActorDetail } from '../../../../shared/domain/desk';
import { api, errorMessage } from '../../api/client';
import { plural } from '../../app/format';
import { useDebouncedValue } from '../../app/use-debounced-value';
import { describeDate } from '../desk/article-details';
import type { OpenRequest } from '../desk/desk-state';
import { parseNation } from '../desk/nation-options';
import { attempt } from '../desk/notices';
import { NationDatalist } from '../desk/statement-tools';
import { nationColour } from '../reader/nation-colours';
import { nationLabel } from '../reader/nation-label';
import { RolesSection } from './roles-section';
import { groupByMonth } from './statements-over-time';
import { FormFooter } from '../../app/form-footer';
import { TextField } from '../../app/text-field';

interface Props {
  hidden: boolean;
  onOpen: (request: OpenRequest) => void;
}

/** Re-runs `load` whenever the desk changes actors or statements (or an edit is undone). */
function useDeskRefresh(load: () => void, deps: readonly unknown[]): void {
  const run = useEffectEvent(load);
  useEffect(() => {
    run();
    return api.on('desk.changed', (change) => {
      if (change.domains.some((d) => d === 'actors' || d === 'statements' || d === 'history')) run();
    });
    // The caller names what the load depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
}

/** The registry of people and institutions: names and aliases, roles, nation, merge and split, statements over time. */
export function ActorsView({ hidden, onOpen }: Props) {
  const [query, setQuery] = useState('');
  const debounced = useDebouncedValue(query, 200);
  const [list, setList] = useState<{ total: number; rows: Actor[] } | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<number | null>(null);

  useDeskRefresh(() => {
    if (hidden) return;
    api.invoke('actors.list', { ...(debounced.trim() ? { query: debounced.trim() } : {}), limit: 500 }).then(
      (page) => {
        setList(page);
        setListError(null);
      },
      (error: unknown) => setListError(errorMessage(error)),
    );
  }, [debounced, hidden]);

  return (
    <section className="actors-view" aria-label="Actors" hidden={hidden}>
      <NationDatalist />
      <div className="split-view">
        <div className="master">
          <div className="toolbar">
            <input type="search" aria-label="Find an actor" placeholder="Find an actor by name or alias" value={query} onChange={(event) => setQuery(event.target.value)} />
            <span className="toolbar-note">{list ? plural(list.total, 'actor', 'actors') : ''}</span>
          </div>
          {listError && (
            <div className="error-panel" role="alert">
              <h2>The actors could not be listed</h2>
              <p className="error-message">{listError}</p>
            </div>
          )}
          {list && list.rows.length === 0 && (
            <div className="empty-state">
              <h2>{query.trim() ? `No actor matches “${query.trim()}”` : 'No actors yet'}</h2>
              <p>Speakers become actors when articles are imported; each keeps its names, aliases, roles and nation.</p>
            </div>
          )}
          <ul className="master-list" role="listbox" aria-label="Actor list">
            {list?.rows.map((actor) => (
              <li
                key={actor.id}
                role="option"
                tabIndex={0}
                aria-selected={actor.id === selectedId}
                onClick={() => setSelectedId(actor.id)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') setSelectedId(actor.id);
                }}
              >
                <span className="swatch" aria-hidden="true" style={{ backgroundColor: nationColour(actor.nation).background, borderColor: nationColour(actor.nation).border }} />
                <span className="master-name">{actor.name}</span>
                {actor.aliases.length > 0 && <span className="muted master-aliases">{actor.aliases.join(', ')}</span>}
                <span className="muted master-count">{actor.statementCount}</span>
              </li>
            ))}
          </ul>
        </div>
        <div className="detail">
          {selectedId === null ? (
            <div className="empty-state">
              <h2>Choose an actor</h2>
              <p>See their statements over time, correct their names and nation, merge duplicates or split a wrong merge.</p>
            </div>
          ) : (
            <ActorPage key={selectedId} id={selectedId} others={list?.rows ?? []} onOpen={onOpen} onGone={(id) => setSelectedId(id)} />
          )}
        </div>
      </div>
    </section>
  );
}

function ActorPage({ id, others, onOpen, onGone }: { id: number; others: readonly Actor[]; onOpen: (r: OpenRequest) => void; onGone: (id: number | null) => void }) {
  const [actor, setActor] = useState<ActorDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [mergeTarget, setMergeTarget] = useState('');
  const [splitIds, setSplitIds] = useState<number[]>([]);
  const [splitName, setSplitName] = useState('');

  useDeskRefresh(() => {
    api.invoke('actors.get', { id }).then(
      (detail) => {
        setActor(detail);
        setError(null);
      },
      (failure: unknown) => setError(errorMessage(failure)),
    );
  }, [id]);

  const months = useMemo(() => (actor ? groupByMonth(actor.statements) : []), [actor]);

  if (error) {
    return (
      <div className="error-panel" role="alert">
        <h2>This actor could not be shown</h2>
        <p className="error-message">{error}</p>
        <button type="button" onClick={() => onGone(null)}>
          Back
        </button>
      </div>
    );
  }
  if (!actor) return <p className="muted loading-line">Loading…</p>;

  const candidates = others.filter((o) => o.id !== actor.id);

  async function merge(): Promise<void> {
    const target = candidates.find((o) => o.name === mergeTarget.trim()) ?? candidates.find((o) => o.name.toLowerCase() === mergeTarget.trim().toLowerCase());
    if (!target || !actor) return;
    const merged = await attempt('Merging', api.invoke('actors.merge', { sourceId: actor.id, targetId: target.id }), `Merged “${actor.name}” into “${target.name}”`);
    if (merged) onGone(merged.id);
  }

  async function split(): Promise<void> {
    if (!actor || splitIds.length === 0 || !splitName.trim()) return;
    const outcome = await attempt('Splitting', api.invoke('actors.split', { id: actor.id, statementIds: splitIds, name: splitName.trim() }), `Moved ${plural(splitIds.length, 'statement', 'statements')} to “${splitName.trim()}”`);
    if (outcome) {
      setSplitIds([]);
      setSplitName('');
    }
  }

  const maxCount = Math.max(1, ...months.map((m) => m.statements.length));

  return (
    <article className="actor-page" aria-label={`Actor: ${actor.name}`}>
      <header className="detail-header">
        <h1>{actor.name}</h1>
        <p className="muted">
          {[actor.role, actor.organization].filter(Boolean).join(', ') || 'No role known'} · {nationLabel(actor.nation)} · {plural(actor.statementCount, 'statement', 'statements')}
        </p>
        {actor.aliases.length > 0 && <p className="aliases">Also called: {actor.aliases.map((a) => `“${a}”`).join(', ')}</p>}
        <div className="button-row">
          <button type="button" onClick={() => setEditing((v) => !v)} aria-pressed={editing}>
            Edit
          </button>
        </div>
      </header>
      {editing && <ActorEditor actor={actor} onDone={() => setEditing(false)} />}
      <section className="detail-section" aria-label="Merge">
        <h2>Merge into another actor</h2>
        <p className="muted">This actor disappears into the other; its statements, names and aliases follow. Undo takes it back.</p>
        <div className="inline-form">
          <input aria-label="Merge into" list={`merge-targets-${actor.id}`} placeholder="Actor to keep…" value={mergeTarget} onChange={(event) => setMergeTarget(event.target.value)} />
          <datalist id={`merge-targets-${actor.id}`}>
            {candidates.map((o) => (
              <option key={o.id} value={o.name} />
            ))}
          </datalist>
          <button type="button" disabled={!candidates.some((o) => o.name.toLowerCase() === mergeTarget.trim().toLowerCase())} onClick={() => void merge()}>
            Merge
          </button>
        </div>
      </section>
      <RolesSection actor={actor} />
      <section className="detail-section" aria-label="Statements over time">
        <h2>Statements over time</h2>
        {months.length === 0 ? (
          <p className="muted">No statements.</p>
        ) : (
          <>
            <div className="timeline" aria-hidden="true">
              {months.map((month) => (
                <div key={month.key} className="timeline-bar" title={`${month.label}: ${month.statements.length}`}>
                  <span style={{ height: `${(month.statements.length / maxCount) * 100}%` }} />
                  <small>{month.short}</small>
                </div>
              ))}
            </div>
            {splitIds.length > 0 && (
              <div className="inline-form split-form">
                <span>{plural(splitIds.length, 'statement', 'statements')} chosen</span>
                <input aria-label="New actor's name" placeholder="Name of the new actor" value={splitName} onChange={(event) => setSplitName(event.target.value)} />
                <button type="button" disabled={!splitName.trim()} onClick={() => void split()}>
                  Split into a new actor
                </button>
              </div>
            )}
            {months.map((month) => (
              <div key={month.key} className="month-group">
                <h3>{month.label}</h3>
                <ul className="actor-statements">
                  {month.statements.map(({ statement, article }) => (
                    <li key={statement.id}>
                      <label className="check" title="Choose for a split">
                        <input
                          type="checkbox"
                          aria-label="Choose for a split"
                          checked={splitIds.includes(statement.id)}
                          onChange={() => setSplitIds((ids) => (ids.includes(statement.id) ? ids.filter((x) => x !== statement.id) : [...ids, statement.id]))}
                        />
                      </label>
                      <div>
                        <blockquote className="statement-quote">{statement.content.text}</blockquote>
                        <span className="muted">
                          {article.title ?? 'Untitled'} · {article.outlet ?? 'Outlet unknown'} · {describeDate(article.publishedAt)}
                          {statement.speakerName && statement.speakerName !== actor.name ? ` · as “${statement.speakerName}”` : ''}
                        </span>
                      </div>
                      <button type="button" onClick={() => onOpen({ articleId: article.id, beside: true, focusStatementId: statement.id })}>
                        Open beside
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </>
        )}
      </section>
    </article>
  );
}

function ActorEditor({ actor, onDone }: { actor: ActorDetail; onDone: () => void }) {
  const [name, setName] = useState(actor.name);
  const [aliases, setAliases] = useState(actor.aliases.join(', '));
  const [role, setRole] = useState(actor.role ?? '');
  const [organization, setOrganization] = useState(actor.organization ?? '');
  const [nation, setNation] = useState(actor.nation ?? '');
  const [problem, setProblem] = useState<string | null>(null);

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    const code = parseNation(nation);
    if (code === undefined) {
      setProblem(`“${nation}” is not a nation.`);
      return;
    }
    const aliasList = aliases.split(',').map((a) => a.trim()).filter(Boolean);
    const changed =
      name.trim() !== actor.name || aliasList.join('\n') !== actor.aliases.join('\n') || (role.trim() || null) !== actor.role || (organization.trim() || null) !== actor.organization;
    if (changed) {
      const saved = await attempt(
        'Saving the actor',
        api.invoke('actors.update', { id: actor.id, changes: { name: name.trim(), aliases: aliasList, role: role.trim() || null, organization: organization.trim() || null } }),
      );
      if (!saved) return;
    }
    if (code !== actor.nation) {
      const outcome = await attempt('Setting the nation', api.invoke('actors.setNation', { id: actor.id, nation: code }));
      if (!outcome) return;
      setProblem(null);
    }
    onDone();
  }

  return (
    <form className="details-form" aria-label="Edit actor" onSubmit={(event) => void save(event)}>
      <TextField label="Name" value={name} onChange={setName} />
      <TextField label="Aliases" value={aliases} placeholder="Comma-separated" onChange={setAliases} />
      <TextField label="Role" value={role} onChange={setRole} />
      <TextField label="Organization" value={organization} onChange={setOrganization} />
      <TextField label="Nation" value={nation} list="nation-options" placeholder="None" onChange={setNation} />
      <p className="field-hint muted">Every statement of this actor follows a new nation, except those set by hand.</p>
      <FormFooter problem={problem} submitLabel="Save" onCancel={onDone} />
    </form>
  );
}
