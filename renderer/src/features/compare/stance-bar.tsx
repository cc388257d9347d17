import type { StanceKey, StanceMix } from '../../../../shared/domain/positions';
import { STANCE_COLOURS, STANCE_LABELS, STANCE_ORDER } from '../../../../shared/positions/stance-style';

/**
 * The stance mix as one stacked bar; its text alternative lists every count. One element painted
 * with hard colour stops rather than one per stance: the matrix draws a bar in every cell in view.
 */
export function StanceBar({ stances, count }: { stances: StanceMix; count: number }) {
  const parts = STANCE_ORDER.filter((s) => stances[s] > 0);
  const label = parts.map((s) => `${stances[s]} ${STANCE_LABELS[s]}`).join(', ');
  const stops: string[] = [];
  for (let i = 0, from = 0; i < parts.length; i++) {
    const to = from + (stances[parts[i]!] / count) * 100;
    stops.push(`${STANCE_COLOURS[parts[i]!]} ${from.toFixed(2)}% ${to.toFixed(2)}%`);
    from = to;
  }
  return (
    <span
      className="stance-bar"
      role="img"
      aria-label={label}
      title={label}
      style={stops.length ? { backgroundImage: `linear-gradient(to right, ${stops.join(', ')})` } : undefined}
    />
  );
}

export function StanceChip({ stance }: { stance: StanceKey | null }) {
  if (!stance) return null;
  return (
    <span className="stance-chip" style={{ borderColor: STANCE_COLOURS[stance], color: stance === 'unset' ? undefined : STANCE_COLOURS[stance] }}>
      {STANCE_LABELS[stance]}
    </span>
  );
}

export function StanceLegend() {
  return (
    <ul className="stance-legend" aria-label="Stances">
      {STANCE_ORDER.map((s: StanceKey) => (
        <li key={s}>
          <span className="swatch" style={{ background: STANCE_COLOURS[s] }} aria-hidden="true" />
          {STANCE_LABELS[s]}
        </li>
      ))}
    </ul>
  );
}
