/** Shown while files are dragged over the window, so the user knows a drop will import them. */
export function DropOverlay({ visible }: { visible: boolean }) {
  if (!visible) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-card">
        <div className="drop-title">Drop to import</div>
        <div className="muted">Files and folders: each article is added to the archive; duplicates are skipped.</div>
      </div>
    </div>
  );
}
