import type { Database } from 'better-sqlite3';
import {
  briefingTitleOf,
  citationsIn,
  wordCount,
  type Briefing,
  type BriefingDoc,
  type BriefingSummary,
  type BriefingVersion,
} from '../../../shared/domain/briefings';

/** Autosave keeps one automatic version per this span of editing; named versions are always kept. */
export const VERSION_INTERVAL_MS = 5 * 60 * 1000;

export class BriefingNotFoundError extends Error {
  override readonly name = 'BriefingNotFoundError';
  constructor(what: string, id: number) {
    super(`No ${what} with id ${id} in this archive.`);
  }
}

interface BriefingRow {
  id: number;
  title: string;
  body: string;
  created_at: string;
  updated_at: string;
  citation_count: number;
}

interface VersionRow {
  id: number;
  briefing_id: number;
  title: string;
  body: string;
  label: string | null;
  word_count: number;
  created_at: string;
}

const SUMMARY = `b.id, b.title, b.created_at, b.updated_at,
  (SELECT count(*) FROM briefing_citations c WHERE c.briefing_id = b.id) AS citation_count`;

function toSummary(row: Omit<BriefingRow, 'body'>): BriefingSummary {
  return { id: row.id, title: row.title, createdAt: row.created_at, updatedAt: row.updated_at, citationCount: row.citation_count };
}

function toVersion(row: Omit<VersionRow, 'body'>): BriefingVersion {
  return { id: row.id, briefingId: row.briefing_id, title: row.title, createdAt: row.created_at, label: row.label, wordCount: row.word_count };
}

function parseBody(json: string): BriefingDoc {
  const value = JSON.parse(json) as Partial<BriefingDoc>;
  return value && value.type === 'doc' && Array.isArray(value.content) ? (value as BriefingDoc) : { type: 'doc', content: [] };
}

/** Briefings, their citations (mirrored from the text on every save) and their kept versions. */
export function createBriefingStore(db: Database, now: () => Date = () => new Date()) {
  const list = db.prepare<[], Omit<BriefingRow, 'body'>>(`SELECT ${SUMMARY} FROM briefings b ORDER BY b.updated_at DESC, b.id DESC`);
  const byId = db.prepare<[number], BriefingRow>(`SELECT ${SUMMARY}, b.body FROM briefings b WHERE b.id = ?`);
  const insert = db.prepare<[string, string, string, string]>('INSERT INTO briefings (title, body, created_at, updated_at) VALUES (?, ?, ?, ?)');
  const update = db.prepare<[string, string, string, number]>('UPDATE briefings SET title = ?, body = ?, updated_at = ? WHERE id = ?');
  const remove = db.prepare<[number]>('DELETE FROM briefings WHERE id = ?');
  const clearCitations = db.prepare<[number]>('DELETE FROM briefing_citations WHERE briefing_id = ?');
  // A citation whose statement is gone keeps its row (statement_id NULL), as the schema's foreign key says.
  const insertCitation = db.prepare<[number, number, number, number, number, string, number]>(
    `INSERT INTO briefing_citations (briefing_id, statement_id, article_id, span_start, span_end, quoted_text)
     SELECT ?, (SELECT id FROM statements WHERE id = ?), ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?)`,
  );
  const versions = db.prepare<[number], Omit<VersionRow, 'body'>>(
    'SELECT id, briefing_id, title, label, word_count, created_at FROM briefing_versions WHERE briefing_id = ? ORDER BY id DESC',
  );
  const versionById = db.prepare<[number], VersionRow>('SELECT * FROM briefing_versions WHERE id = ?');
  const latestAutomatic = db.prepare<[number], { id: number; created_at: string; label: string | null }>(
    'SELECT id, created_at, label FROM briefing_versions WHERE briefing_id = ? ORDER BY id DESC LIMIT 1',
  );
  const insertVersion = db.prepare<[number, string, string, string | null, number, string]>(
    'INSERT INTO briefing_versions (briefing_id, title, body, label, word_count, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const updateVersion = db.prepare<[string, string, number, number]>('UPDATE briefing_versions SET title = ?, body = ?, word_count = ? WHERE id = ?');

  function get(id: number): Briefing {
    const row = byId.get(id);
    if (!row) throw new BriefingNotFoundError('briefing', id);
    return { ...toSummary(row), body: parseBody(row.body) };
  }

  function syncCitations(id: number, doc: BriefingDoc): void {
    clearCitations.run(id);
    for (const c of citationsIn(doc)) insertCitation.run(id, c.statementId, c.articleId, c.start, c.end, c.quotedText, c.articleId);
  }

  function keepVersion(id: number, title: string, body: string, doc: BriefingDoc, label: string | null, at: string): number {
    return Number(insertVersion.run(id, title, body, label, wordCount(doc), at).lastInsertRowid);
  }

  /** Autosave's versions: the newest automatic one follows the text until it is old enough to keep. */
  function trackVersion(id: number, title: string, body: string, doc: BriefingDoc, at: Date): void {
    const latest = latestAutomatic.get(id);
    const fresh = latest && latest.label === null && at.getTime() - Date.parse(latest.created_at) < VERSION_INTERVAL_MS;
    if (fresh) updateVersion.run(title, body, wordCount(doc), latest.id);
    else keepVersion(id, title, body, doc, null, at.toISOString());
  }

  const create = db.transaction((doc: BriefingDoc): Briefing => {
    const at = now().toISOString();
    const body = JSON.stringify(doc);
    const title = briefingTitleOf(doc);
    const id = Number(insert.run(title, body, at, at).lastInsertRowid);
    syncCitations(id, doc);
    keepVersion(id, title, body, doc, 'Created', at);
    return get(id);
  });

  const save = db.transaction((id: number, doc: BriefingDoc): BriefingSummary => {
    if (!byId.get(id)) throw new BriefingNotFoundError('briefing', id);
    const at = now();
    const body = JSON.stringify(doc);
    const title = briefingTitleOf(doc);
    update.run(title, body, at.toISOString(), id);
    syncCitations(id, doc);
    trackVersion(id, title, body, doc, at);
    const { body: _saved, ...summary } = get(id);
    return summary;
  });

  const saveVersion = db.transaction((id: number, label: string): BriefingVersion => {
    const briefing = get(id);
    const versionId = keepVersion(id, briefing.title, JSON.stringify(briefing.body), briefing.body, label, now().toISOString());
    return toVersion(versionById.get(versionId) as VersionRow);
  });

  const restoreVersion = db.transaction((versionId: number): Briefing => {
    const version = versionById.get(versionId);
    if (!version) throw new BriefingNotFoundError('briefing version', versionId);
    const current = get(version.briefing_id);
    const at = now().toISOString();
    keepVersion(current.id, current.title, JSON.stringify(current.body), current.body, `Before restoring the version of ${version.created_at}`, at);
    const doc = parseBody(version.body);
    update.run(version.title, version.body, at, current.id);
    syncCitations(current.id, doc);
    return get(current.id);
  });

  const duplicate = db.transaction((id: number): Briefing => {
    const source = get(id);
    const doc = structuredClone(source.body);
    const heading = doc.content[0];
    const first = heading?.content?.[0];
    // The copy says it is one in its own first line, which is its title.
    if (heading?.type === 'heading' && first?.type === 'text' && typeof first.text === 'string') first.text = `${first.text} (copy)`;
    else doc.content.unshift({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: `${source.title} (copy)` }] });
    return create(doc);
  });

  return {
    list: (): BriefingSummary[] => list.all().map(toSummary),
    get,
    create,
    save,
    duplicate,
    delete: (id: number): boolean => remove.run(id).changes > 0,
    versions: (id: number): BriefingVersion[] => {
      get(id);
      return versions.all(id).map(toVersion);
    },
    saveVersion,
    restoreVersion,
  };
}

export type BriefingStore = ReturnType<typeof createBriefingStore>;
