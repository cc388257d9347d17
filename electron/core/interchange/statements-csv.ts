import Papa from 'papaparse';
import { SPREADSHEET_CSV } from '../../../shared/positions/csv-options';
import type { ArchiveReader } from './archive-content';

export const STATEMENT_CSV_COLUMNS = [
  'article',
  'outlet',
  'date',
  'speaker',
  'role',
  'organization',
  'nation',
  'kind',
  'text',
  'topics',
  'stances',
  'review state',
] as const;

/** Every statement, one row each; topics and their stances are listed in the same order, separated by "; ". */
export function statementsCsv(reader: ArchiveReader): string {
  const paths = new Map(reader.topics().map((t) => [t.id, t.path]));
  const rows: string[][] = [];
  for (const article of reader.articles()) {
    const tags = reader.tagsOf(article.id);
    for (const s of reader.statementsOf(article.id)) {
      const own = (tags.get(s.id) ?? []).map((t) => ({ path: paths.get(t.topicId) ?? '', stance: t.stance })).sort((a, b) => a.path.localeCompare(b.path));
      rows.push([
        article.title ?? article.originalName,
        article.outlet ?? '',
        article.publishedAt ?? '',
        s.speakerName ?? '',
        s.speakerRole ?? '',
        s.speakerOrganization ?? '',
        s.nation ?? '',
        s.kind,
        s.contentText,
        own.map((t) => t.path).join('; '),
        own.map((t) => `${t.path}: ${t.stance === 'mixed' ? 'ambiguous' : (t.stance ?? 'no stance')}`).join('; '),
        s.reviewState,
      ]);
    }
  }
  return Papa.unparse({ fields: [...STATEMENT_CSV_COLUMNS], data: rows }, SPREADSHEET_CSV);
}
