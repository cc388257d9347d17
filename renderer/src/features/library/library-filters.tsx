import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { nationLabel } from '../reader/nation-label';
import { nationOptions, parseNation } from '../desk/nation-options';
import type { ListFilters } from './article-row-cache';

interface Props {
  filters: ListFilters;
  onChange: (filters: ListFilters) => void;
}

/** How many filters are set, for the "Clear filters" label and the empty state. */
export function filterCount(filters: ListFilters): number {
  return [filters.outlet, filters.from, filters.to, filters.nation].filter(Boolean).length;
}

/** Outlet, date range and nation filters for the library; each narrows the list at once. */
export function LibraryFilters({ filters, onChange }: Props) {
  const [outlets, setOutlets] = useState<{ outlet: string; articles: number }[]>([]);
  const [nationText, setNationText] = useState(filters.nation ? nationLabel(filters.nation) : '');
  const [nationProblem, setNationProblem] = useState(false);
  useEffect(() => {
    let current = true;
    api.invoke('articles.outlets', {}).then(
      (list) => current && setOutlets(list),
      () => current && setOutlets([]),
    );
    return () => {
      current = false;
    };
  }, []);
  const set = (changes: Partial<ListFilters>) => {
    const next: ListFilters = { ...filters, ...changes };
    for (const key of Object.keys(next) as (keyof ListFilters)[]) if (!next[key]) delete next[key];
    onChange(next);
  };

  function takeNation(text: string): void {
    setNationText(text);
    const code = parseNation(text);
    setNationProblem(code === undefined);
    if (code !== undefined && (code ?? undefined) !== filters.nation) set({ nation: code ?? undefined });
  }

  const count = filterCount(filters);
  return (
    <div className="library-filters" role="group" aria-label="Filter articles">
      <label>
        Outlet
        <select value={filters.outlet ?? ''} onChange={(event) => set({ outlet: event.target.value || undefined })}>
          <option value="">All outlets</option>
          {outlets.map((o) => (
            <option key={o.outlet} value={o.outlet}>
              {o.outlet} ({o.articles})
            </option>
          ))}
        </select>
      </label>
      <label>
        From
        <input type="date" value={filters.from ?? ''} max={filters.to} onChange={(event) => set({ from: event.target.value || undefined })} />
      </label>
      <label>
        To
        <input type="date" value={filters.to ?? ''} min={filters.from} onChange={(event) => set({ to: event.target.value || undefined })} />
      </label>
      <label>
        Nation
        <input
          list="library-nations"
          value={nationText}
          placeholder="Any nation"
          aria-invalid={nationProblem}
          onChange={(event) => takeNation(event.target.value)}
        />
        <datalist id="library-nations">
          {nationOptions().map((o) => (
            <option key={o.code} value={o.name} />
          ))}
        </datalist>
      </label>
      {nationProblem && <span className="field-error">Not a nation: type a name such as France or a code such as FR.</span>}
      {count > 0 && (
        <button
          type="button"
          onClick={() => {
            setNationText('');
            setNationProblem(false);
            onChange({});
          }}
        >
          Clear {count === 1 ? 'filter' : `${count} filters`}
        </button>
      )}
      {(filters.from || filters.to) && <span className="muted">Articles of unknown date are left out of a date range.</span>}
    </div>
  );
}
