import { EXPORT_MIME_TYPES, type Briefing, type BriefingExport, type ExportFormat } from '../../../../shared/domain/briefings';
import type { CitationResolver } from '../citation-resolver';
import { buildExportModel } from './export-model';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';

/** A name safe on every file system, from the briefing's title. */
export function exportFileName(title: string, format: ExportFormat): string {
  const base = title
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${base || 'briefing'}.${format}`;
}

export async function exportBriefing(briefing: Pick<Briefing, 'title' | 'body'>, format: ExportFormat, resolver: CitationResolver): Promise<BriefingExport> {
  const model = buildExportModel(briefing, resolver);
  // docx and pdfkit (with its fonts) load only when asked for: every command and the server start without them.
  const bytes =
    format === 'docx'
      ? await (await import('./docx')).renderDocx(model)
      : format === 'pdf'
        ? await (await import('./pdf')).renderPdf(model)
        : new TextEncoder().encode(format === 'md' ? renderMarkdown(model) : renderHtml(model));
  return { fileName: exportFileName(briefing.title, format), mimeType: EXPORT_MIME_TYPES[format], bytes };
}
