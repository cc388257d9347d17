import { findExplicitDate } from '../../../../../shared/news-metadata/dates';
import type { KnownMetadata } from './article-from-text';

/** One article cut out of a news database export, with what the export's header block says about it. */
export interface ExportedArticle {
  /** The story's text: the body alone, without the export's header block and trailing fields. */
  text: string;
  header: KnownMetadata;
}

// The recurring lines news databases put after every document.
const BOUNDARIES = [
  /^[ \t]*End of Document[ \t]*\r?$/gm,
  /^[ \t]*(?:AN[ \t]+)?Document [A-Za-z0-9]{16,40}[ \t]*\r?$/gm,
  /^[ \t]*Document ID:?[ \t]+\S+[ \t]*\r?$/gim,
];
/** Every boundary line holds this word: a text without it is one article, known without the line searches. */
const BOUNDARY_WORD = /document/i;
const BODY_LINE = /^[ \t]*Body[ \t]*$/;
const TRAILER_LINE = /^[ \t]*(?:Classification|Load-Date:|Graphic|Notes|Language: \w+$|Publication-Type:|Subject:|Search Summary)/;
const WORDS_LINE = /^[ \t]*(?:Length:[ \t]*)?[\d,]+ words[ \t]*$/i;
const LANGUAGES: Record<string, string> = {
  english: 'en', french: 'fr', german: 'de', spanish: 'es', russian: 'ru', turkish: 'tr', italian: 'it',
  portuguese: 'pt', arabic: 'ar', chinese: 'zh', japanese: 'ja', korean: 'ko', dutch: 'nl', polish: 'pl', ukrainian: 'uk',
};

/**
 * Splits a multi-article export (Nexis "End of Document" lines, Factiva "Document <id>" footers) into
 * its articles. Null when the text has no such boundary, i.e. it is a single article.
 */
export function splitExport(text: string): ExportedArticle[] | null {
  if (!BOUNDARY_WORD.test(text)) return null;
  const boundary = BOUNDARIES.find((re) => {
    re.lastIndex = 0;
    return re.test(text);
  });
  if (!boundary) return null;
  const segments: { start: number; end: number }[] = [];
  let from = 0;
  boundary.lastIndex = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    segments.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  const rest = text.slice(from).trim();
  if (rest.length > 300 && !/^Search Summary/i.test(rest)) segments.push({ start: from, end: text.length });

  const articles: ExportedArticle[] = [];
  for (const segment of segments) {
    const article = readSegment(text.slice(segment.start, segment.end));
    if (article) articles.push(article);
  }
  return articles;
}

function readSegment(segment: string): ExportedArticle | null {
  const lines = segment.split('\n');
  if (isFieldCoded(lines)) return readFieldCoded(lines);
  let first = 0;
  while (first < lines.length && (lines[first] ?? '').trim() === '') first++;
  if (first === lines.length) return null;

  let bodyLine = -1;
  for (let i = first; i < Math.min(lines.length, first + 40); i++) {
    if (BODY_LINE.test(lines[i] ?? '')) {
      bodyLine = i;
      break;
    }
  }
  let headerEnd: number;
  if (bodyLine >= 0) headerEnd = bodyLine;
  else {
    headerEnd = first;
    while (headerEnd < lines.length && (lines[headerEnd] ?? '').trim() !== '') headerEnd++;
    const block = lines.slice(first, headerEnd);
    // Without a "Body" marker, only a block carrying a word count or a date is the export's header.
    const isHeader = block.length >= 2 && block.length <= 15 && block.some((l) => WORDS_LINE.test(l) || isDateLine(l));
    if (!isHeader) headerEnd = first;
  }
  const header = headerEnd > first ? readHeader(lines.slice(first, headerEnd).map((l) => l.trim()).filter(Boolean)) : {};

  let bodyEnd = lines.length;
  for (let i = headerEnd + 1; i < lines.length; i++) {
    if (TRAILER_LINE.test(lines[i] ?? '')) {
      bodyEnd = i;
      break;
    }
  }
  const bodyStartIndex = bodyLine >= 0 ? bodyLine + 1 : headerEnd;
  const text = lines.slice(bodyStartIndex, bodyEnd).join('\n').trim();
  if (!text) return null;
  return { text, header };
}

function isDateLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length <= 60 && findExplicitDate(trimmed, null) !== null;
}

/** Reads the lines above a story in Nexis (title, outlet, date, "Byline:") or Factiva (title, author, words, date, outlet) layout. */
function readHeader(lines: string[]): KnownMetadata {
  const header: KnownMetadata = { title: lines[0] ?? null };
  const unclassified: { index: number; line: string }[] = [];
  let wordsAt = -1;
  let dateAt = -1;
  lines.forEach((line, index) => {
    if (index === 0) return;
    const field = /^(Byline|Dateline|Section|Length|Copyright|Language|Source|Publication|Load-Date|Highlight)\s*:\s*(.*)$/i.exec(line);
    if (field) {
      const [, name = '', value = ''] = field;
      const key = name.toLowerCase();
      if (key === 'byline') header.byline = value.replace(/^By\s+/i, '');
      else if (key === 'dateline') header.dateline = value;
      else if (key === 'language') header.language = LANGUAGES[value.toLowerCase().trim()] ?? null;
      else if (key === 'source' || key === 'publication') header.outlet = value;
      return;
    }
    if (WORDS_LINE.test(line)) {
      wordsAt = index;
      return;
    }
    if (/^(?:copyright\b|©|\(c\))/i.test(line)) return;
    if (/^By\s+\S/.test(line)) {
      header.byline ??= line.replace(/^By\s+/, '');
      return;
    }
    const language = LANGUAGES[line.toLowerCase()];
    if (language) {
      header.language ??= language;
      return;
    }
    if (!header.publishedAt && isDateLine(line)) {
      header.publishedAt = findExplicitDate(line, null);
      dateAt = index;
      return;
    }
    unclassified.push({ index, line });
  });
  const factiva = wordsAt >= 0 && dateAt > wordsAt;
  for (const { index, line } of unclassified) {
    // Factiva: the author sits between title and word count, the outlet right after the date.
    if (factiva && index < wordsAt && !header.byline) header.byline = line;
    else if (factiva && index === dateAt + 1 && !header.outlet) header.outlet = line;
    else if (!factiva && index === 1 && !header.outlet) header.outlet = line;
  }
  return header;
}

// Factiva's "article plus indexing" layout: two-letter field codes (HD headline, BY byline, PD date,
// SN source name, LA language, LP lead paragraphs, TD text), each alone on a line or before its value.
const FIELD_CODE = /^(HD|BY|WC|PD|ET|SN|SC|ED|PG|LA|CY|LP|TD|CO|IN|NS|RE|IPC|IPD|PUB|AN|CR|ART|RF)(?:[ \t]+(.*))?$/;

function isFieldCoded(lines: string[]): boolean {
  let hd = false;
  let text = false;
  for (const line of lines.slice(0, 400)) {
    const code = FIELD_CODE.exec(line.trimEnd())?.[1];
    if (code === 'HD') hd = true;
    if (code === 'LP' || code === 'TD') text = true;
  }
  return hd && text;
}

function readFieldCoded(lines: string[]): ExportedArticle | null {
  const fields = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const raw of lines) {
    const line = raw.trimEnd();
    const m = FIELD_CODE.exec(line);
    if (m?.[1]) {
      current = fields.get(m[1]) ?? [];
      fields.set(m[1], current);
      if (m[2]?.trim()) current.push(m[2].trim());
      continue;
    }
    current?.push(line);
  }
  const field = (code: string) => (fields.get(code) ?? []).join('\n').trim() || null;
  const paragraphs = [field('LP'), field('TD')].filter((p): p is string => p !== null);
  if (paragraphs.length === 0) return null;
  const date = field('PD');
  const language = field('LA');
  return {
    text: paragraphs.join('\n\n'),
    header: {
      title: field('HD')?.replace(/\s+/g, ' ') ?? null,
      byline: field('BY')?.replace(/^By\s+/i, '') ?? null,
      outlet: field('SN'),
      publishedAt: date ? findExplicitDate(date, null) : null,
      language: language ? LANGUAGES[language.toLowerCase()] ?? null : null,
    },
  };
}
