import type { StoredStatement } from '../../../../shared/domain/archive';
import { nationColour } from './nation-colours';
import { nationLabel } from './nation-label';

/** Which colour stands for which nation in this article, with how many statements each has. */
export function NationLegend({ statements }: { statements: readonly StoredStatement[] }) {
  const counts = new Map<string | null, number>();
  for (const statement of statements) {
    const key = statement.nation?.toUpperCase() ?? null;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const entries = [...counts].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
  if (entries.length === 0) return null;
  return (
    <ul className="nation-legend" aria-label="Nation colours">
      {entries.map(([code, count]) => {
        const colour = nationColour(code);
        return (
          <li key={code ?? 'none'}>
            <span
              className="swatch"
              aria-hidden="true"
              style={{ backgroundColor: colour.background, borderColor: colour.border }}
            />
            {nationLabel(code)} <span className="muted">· {count}</span>
          </li>
        );
      })}
    </ul>
  );
}
