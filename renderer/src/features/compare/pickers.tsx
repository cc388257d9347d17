import type { PositionOptions } from '../../../../shared/domain/positions';
import { nationText } from './nation-text';

export function TopicSelect({ options, value, onChange }: { options: PositionOptions; value: number | null; onChange: (id: number | null) => void }) {
  return (
    <label>
      Topic{' '}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
        <option value="">All statements (no topic)</option>
        {options.topics.map((t) => (
          <option key={t.id} value={t.id}>
            {t.path}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Nations as toggles, in the order the archive knows them. */
export function NationToggles({ options, value, onChange }: { options: PositionOptions; value: string[]; onChange: (nations: string[]) => void }) {
  return (
    <fieldset className="nation-toggles">
      <legend>Nations</legend>
      {options.nations.map((code) => (
        <label key={code} className="toggle">
          <input
            type="checkbox"
            checked={value.includes(code)}
            onChange={(e) => onChange(e.target.checked ? [...value, code] : value.filter((n) => n !== code))}
          />
          {nationText(code)}
        </label>
      ))}
    </fieldset>
  );
}
