import { useState } from 'react';
import { EXPORT_FORMAT_LABELS, EXPORT_FORMATS, type ExportFormat } from '../../../../shared/domain/briefings';
import { api, errorMessage } from '../../api/client';

interface Props {
  briefingId: number;
  beforeExport: () => Promise<void>;
}

function download(bytes: Uint8Array, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it starts.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Saves, then writes the briefing out with its sources list, in the format chosen. */
export function ExportMenu({ briefingId, beforeExport }: Props) {
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(format: ExportFormat): Promise<void> {
    setBusy(format);
    setError(null);
    try {
      await beforeExport();
      const file = await api.invoke('briefings.export', { id: briefingId, format });
      download(file.bytes, file.fileName, file.mimeType);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  }

  return (
    <details className="menu">
      <summary className="menu-button" title="Export with a sources list">
        {busy ? `Exporting ${EXPORT_FORMAT_LABELS[busy]}…` : 'Export'}
      </summary>
      <div className="menu-popup" role="menu" aria-label="Export as">
        {EXPORT_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            role="menuitem"
            disabled={busy !== null}
            onClick={(event) => {
              (event.currentTarget.closest('details') as HTMLDetailsElement | null)?.removeAttribute('open');
              void run(format);
            }}
          >
            {EXPORT_FORMAT_LABELS[format]}
          </button>
        ))}
        {error && <p className="status-error">Export failed: {error}</p>}
      </div>
    </details>
  );
}
