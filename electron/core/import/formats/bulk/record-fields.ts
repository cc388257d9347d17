import type { ParsedArticle } from '../../../../../shared/domain/article';
import { normaliseDate } from '../../../../../shared/news-metadata';
import { articleFromText } from '../text/article-from-text';
import { ImportFailure } from '../types';

type Field = 'text' | 'title' | 'date' | 'outlet' | 'url' | 'byline' | 'language';

// Names bulk exports use for each field, compared without case, spaces, "_" or "-"; earlier names win.
const SYNONYMS: Record<Field, readonly string[]> = {
  text: ['text', 'body', 'content', 'article', 'articletext', 'articlebody', 'fulltext', 'bodytext', 'maintext', 'story', 'contenttext'],
  title: ['title', 'headline', 'heading', 'hd', 'articletitle'],
  date: ['date', 'published', 'publicationdate', 'publishedat', 'publishdate', 'datepublished', 'pubdate', 'publishedon', 'pd', 'datetime', 'timestamp', 'createdat', 'created'],
  outlet: ['outlet', 'source', 'publisher', 'publication', 'sourcename', 'sitename', 'site', 'newspaper', 'media', 'medium', 'sn', 'domain'],
  url: ['url', 'link', 'canonicalurl', 'uri', 'href', 'weburl', 'articleurl', 'permalink'],
  byline: ['byline', 'author', 'authors', 'by', 'writer', 'creator'],
  language: ['language', 'lang', 'la', 'languagecode'],
};

export const TEXT_FIELD_NAMES = SYNONYMS.text;

function squash(name: string): string {
  return name.toLowerCase().replace(/[\s_\-.]/g, '');
}

/** Which of a file's column or key names carries each field, decided once per file. */
export type FieldMap = Partial<Record<Field, string>>;

export function mapFields(names: Iterable<string>): FieldMap {
  const bySquashed = new Map<string, string>();
  for (const name of names) {
    const key = squash(name);
    if (!bySquashed.has(key)) bySquashed.set(key, name);
  }
  const map: FieldMap = {};
  for (const field of Object.keys(SYNONYMS) as Field[]) {
    const found = SYNONYMS[field].find((synonym) => bySquashed.has(synonym));
    if (found) map[field] = bySquashed.get(found);
  }
  return map;
}

/** The clear error for a file none of whose records has a text field. */
export function missingTextField(fileName: string, seen: Iterable<string>): ImportFailure {
  const names = [...seen].slice(0, 12);
  return new ImportFailure(
    'missing-field',
    `${fileName} has no "text" field: no record has a text, body, content or article field` +
      (names.length > 0 ? ` (fields found: ${names.join(', ')})` : ''),
  );
}

/** A record's value as text: strings as they are, numbers printed, objects by their name, lists joined. */
function asText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const items = value.map(asText).filter((v): v is string => !!v && v.trim() !== '');
    return items.length > 0 ? items.join(', ') : null;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return asText(record.name ?? record.title ?? record.value ?? null);
  }
  return null;
}

/**
 * One bulk record as an article. The text is stored as the record gives it (only outer white space
 * trimmed); a record without text is a failure of its own, named by `location`.
 */
export function articleFromRecord(
  record: Record<string, unknown>,
  fields: FieldMap,
  location: string,
  fileName: string,
): ParsedArticle | ImportFailure {
  const get = (field: Field) => {
    const key = fields[field];
    const value = key === undefined ? null : asText(record[key]);
    return value && value.trim() ? value.trim() : null;
  };
  const text = get('text');
  if (!text) return new ImportFailure('record-without-text', `${fileName}, ${location}: the record has no text`, location);
  const dateKey = fields.date;
  const rawDate = dateKey === undefined ? null : record[dateKey];
  return articleFromText(
    text,
    {
      title: get('title'),
      outlet: get('outlet'),
      byline: get('byline'),
      publishedAt: normaliseDate(typeof rawDate === 'string' ? rawDate.trim() : rawDate),
      url: get('url'),
      language: get('language')?.toLowerCase().split(/[-_]/)[0] ?? null,
    },
  );
}
