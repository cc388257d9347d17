import type { StanceKey, StanceMix } from '../../../../shared/domain/positions';
import { STANCE_COLOURS, STANCE_LABELS, STANCE_ORDER } from '../../../../shared/positions/stance-style';

/** The stance mix as one stacked bar; its text alternative lists every count. */
export function StanceBar({ stances, count }: { stances: StanceMix; count: number }) {
  const parts = STANCE_ORDER.filter((s) => stances[s] > 0);
  const label = parts.map((s) => `${stances[s]} ${STANCE_LABELS[s]}`).join(', ');
  return (
    <span className="stance-bar" role="img" aria-label={label} title={label}>
      {parts.map((s) => (
        <span key={s} className="stance-bar-part" style={{ flexGrow: stances[s] / count, background: STANCE_COLOURS[s] }} />
      ))}
    </span>
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
