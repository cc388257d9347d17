import { useMemo, useState, type FormEvent } from 'react';
import type { ActorDetail, ActorRole } from '../../../../shared/domain/desk';
import { api } from '../../api/client';
import { plural } from '../../app/format';
import { FormFooter } from '../../app/form-footer';
import { TextField } from '../../app/text-field';
import { attempt, keepKeysInForm } from '../desk/notices';
import { describeRoleDates, roleProblem, rolesSeen } from './roles-seen';

const EMPTY: ActorRole = { role: null, organization: null, from: null, to: null };

function saveRoles(actor: ActorDetail, roles: ActorRole[], done: string): Promise<unknown> {
  return attempt('Saving the roles', api.invoke('actors.update', { id: actor.id, changes: { roles } }), done);
}

/**
 * An actor's roles and organizations over time: the dated list the analyst keeps, and the roles
 * the articles gave them (with the dates of those articles) offered to add in one click.
 */
export function RolesSection({ actor }: { actor: ActorDetail }) {
  const [editing, setEditing] = useState(false);
  const offered = useMemo(() => rolesSeen(actor.statements, actor.roles), [actor]);
  return (
    <section className="detail-section" aria-label="Roles">
      <h2>Roles over time</h2>
      {actor.roles.length === 0 ? (
        <p className="muted">No dated roles yet. Add one, or keep a role the articles give below.</p>
      ) : (
        <ul className="role-list" aria-label="Dated roles">
          {actor.roles.map((role, i) => (
            <li key={i}>
              {[role.role, role.organization].filter(Boolean).join(', ')} <span className="muted">{describeRoleDates(role) || 'dates unknown'}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="button-row">
        <button type="button" aria-pressed={editing} onClick={() => setEditing((v) => !v)}>
          Edit roles
        </button>
      </div>
      {editing && <RolesEditor key={JSON.stringify(actor.roles)} actor={actor} onDone={() => setEditing(false)} />}
      {offered.length > 0 && (
        <>
          <h3>Seen in the articles</h3>
          <ul className="role-list" aria-label="Roles seen in the articles">
            {offered.map((role) => (
              <li key={`${role.role}|${role.organization}`}>
                {[role.role, role.organization].filter(Boolean).join(', ')}{' '}
                <span className="muted">
                  {describeRoleDates(role) || 'undated articles'} · {plural(role.statements, 'statement', 'statements')}
                </span>{' '}
                <button
                  type="button"
                  onClick={() =>
                    void saveRoles(actor, [...actor.roles, { role: role.role, organization: role.organization, from: role.from, to: role.to }], 'Role kept')
                  }
                >
                  Keep as a dated role
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function RolesEditor({ actor, onDone }: { actor: ActorDetail; onDone: () => void }) {
  const [rows, setRows] = useState<ActorRole[]>(actor.roles.length > 0 ? actor.roles : [EMPTY]);
  const [problem, setProblem] = useState<string | null>(null);
  const change = (index: number, field: keyof ActorRole, value: string) =>
    setRows((all) => all.map((row, i) => (i === index ? { ...row, [field]: value.trim() ? value : null } : row)));

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    const kept = rows
      .map((r) => ({ role: r.role?.trim() || null, organization: r.organization?.trim() || null, from: r.from?.trim() || null, to: r.to?.trim() || null }))
      .filter((r) => r.role || r.organization || r.from || r.to);
    for (const [i, row] of kept.entries()) {
      const wrong = roleProblem(row);
      if (wrong) {
        setProblem(`Role ${i + 1}: ${wrong}`);
        return;
      }
    }
    if (await saveRoles(actor, kept, 'Roles saved')) onDone();
  }

  return (
    <form className="details-form roles-form" aria-label="Edit roles" onSubmit={(event) => void save(event)} onKeyDown={keepKeysInForm}>
      {rows.map((row, i) => (
        <fieldset key={i} className="role-row" aria-label={`Role ${i + 1}`}>
          <TextField label="Role" value={row.role ?? ''} placeholder="Deputy spokesperson" onChange={(v) => change(i, 'role', v)} />
          <TextField label="Organization" value={row.organization ?? ''} placeholder="Pentagon" onChange={(v) => change(i, 'organization', v)} />
          <TextField label="From" value={row.from ?? ''} placeholder="YYYY-MM-DD or unknown" onChange={(v) => change(i, 'from', v)} />
          <TextField label="To" value={row.to ?? ''} placeholder="YYYY-MM-DD or unknown" onChange={(v) => change(i, 'to', v)} />
          <button type="button" aria-label={`Remove role ${i + 1}`} onClick={() => setRows((all) => all.filter((_, j) => j !== i))}>
            Remove
          </button>
        </fieldset>
      ))}
      <p className="field-hint muted">Leave a date empty when it is not known: nothing is invented.</p>
      <FormFooter problem={problem} submitLabel="Save roles" onCancel={onDone}>
        <button type="button" onClick={() => setRows((all) => [...all, EMPTY])}>
          Add a role
        </button>
      </FormFooter>
    </form>
  );
}
