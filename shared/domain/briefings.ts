import type { ReviewState, Stance } from './archive';
import type { StatementKind } from './extraction';

/**
 * The drag payload of a statement, shared by every view that lets one be dragged (the reader's
 * statements panel, the briefing's statements panel, a matrix cell, a pane, a search result) and
 * every view that accepts one (the briefing editor).
 */
export const STATEMENT_DRAG_MIME = 'application/x-parley-statement';

export interface StatementDragPayload {
  statementId: number;
  articleId: number;
  /** The quoted span in the article's text (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
  text: string;
}

const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

export function encodeStatementDrag(payload: StatementDragPayload): string {
  return JSON.stringify(payload);
}

/** The payload, or null when the data is not a statement drag (or was tampered with). */
export function decodeStatementDrag(data: string): StatementDragPayload | null {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (!isIndex(v.statementId) || !isIndex(v.articleId) || !isIndex(v.start) || !isIndex(v.end)) return null;
  if (typeof v.text !== 'string' || v.end <= v.start) return null;
  return { statementId: v.statementId, articleId: v.articleId, start: v.start, end: v.end, text: v.text };
}

/** A briefing's text: a ProseMirror (Tiptap) JSON document. */
export interface BriefingMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface BriefingNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: BriefingNode[];
  text?: string;
  marks?: BriefingMark[];
}

export interface BriefingDoc extends BriefingNode {
  type: 'doc';
  content: BriefingNode[];
}

/** The custom node a dragged statement becomes: ids and span, plus the quoted text as it was, as a fallback. */
export const QUOTE_CITATION_NODE = 'quoteCitation';

export interface QuoteCitationAttrs {
  statementId: number;
  articleId: number;
  start: number;
  end: number;
  quotedText: string;
}

export function quoteCitationAttrs(node: BriefingNode): QuoteCitationAttrs | null {
  if (node.type !== QUOTE_CITATION_NODE || !node.attrs) return null;
  const a = node.attrs;
  if (!isIndex(a.statementId) || !isIndex(a.articleId) || !isIndex(a.start) || !isIndex(a.end)) return null;
  return {
    statementId: a.statementId,
    articleId: a.articleId,
    start: a.start,
    end: a.end,
    quotedText: typeof a.quotedText === 'string' ? a.quotedText : '',
  };
}

/** Every citation node in document order. */
export function citationsIn(doc: BriefingNode): QuoteCitationAttrs[] {
  const found: QuoteCitationAttrs[] = [];
  const walk = (node: BriefingNode) => {
    const attrs = quoteCitationAttrs(node);
    if (attrs) found.push(attrs);
    node.content?.forEach(walk);
  };
  walk(doc);
  return found;
}

export const BRIEFING_TEMPLATES = ['blank', 'bottom-line-up-front', 'positions-by-nation'] as const;
export type BriefingTemplate = (typeof BRIEFING_TEMPLATES)[number];

export const BRIEFING_TEMPLATE_LABELS: Record<BriefingTemplate, string> = {
  blank: 'Blank',
  'bottom-line-up-front': 'Bottom line up front',
  'positions-by-nation': 'Positions by nation',
};

export const EXPORT_FORMATS = ['docx', 'pdf', 'md', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_FORMAT_LABELS: Record<ExportFormat, string> = {
  docx: 'Word (.docx)',
  pdf: 'PDF',
  md: 'Markdown',
  html: 'HTML',
};

export interface BriefingSummary {
  id: number;
  title: string;
  createdAt: string;
  updatedAt: string;
  citationCount: number;
}

export interface Briefing extends BriefingSummary {
  body: BriefingDoc;
}

/**
 * Why a citation cannot be trusted as it stands: its statement was rejected in review, or is gone
 * (the quoted text kept in the briefing is shown instead), or its whole article is gone.
 */
export type CitationFlag = 'rejected' | 'deleted' | 'source-deleted';

/** A citation as it reads now: everything is looked up at read time, so edits show everywhere. */
export interface ResolvedCitation {
  /** As the briefing stores it. */
  statementId: number;
  /**
   * The statement that stands there now: the same one, or the one re-extraction put on the same
   * span of the same article; null when there is none.
   */
  liveStatementId: number | null;
  articleId: number;
  start: number;
  end: number;
  /** The statement's current text, or the text kept in the briefing when the statement is gone. */
  text: string;
  speaker: string | null;
  role: string | null;
  organization: string | null;
  /** ISO 3166-1 alpha-2 code. */
  nation: string | null;
  nationName: string | null;
  outlet: string | null;
  publishedAt: string | null;
  articleTitle: string | null;
  /** The article's original file name. */
  file: string | null;
  kind: StatementKind | null;
  reviewState: ReviewState | null;
  flag: CitationFlag | null;
}

/** A statement offered for citing (the briefing's statements panel), with its stance on a topic when asked. */
export interface CitableStatement extends ResolvedCitation {
  stance: Stance | null;
}

export interface BriefingVersion {
  id: number;
  briefingId: number;
  title: string;
  createdAt: string;
  /** Set when the analyst named the version, or said why it was kept ("Before restoring …"). */
  label: string | null;
  wordCount: number;
}

export interface BriefingExport {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

export const EXPORT_MIME_TYPES: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  md: 'text/markdown',
  html: 'text/html',
};

/** Words in a document's text (what the versions list shows). */
export function wordCount(doc: BriefingNode): number {
  let words = 0;
  const walk = (node: BriefingNode) => {
    if (node.text) words += node.text.split(/\s+/).filter(Boolean).length;
    const attrs = quoteCitationAttrs(node);
    if (attrs) words += attrs.quotedText.split(/\s+/).filter(Boolean).length;
    node.content?.forEach(walk);
  };
  walk(doc);
  return words;
}

function plainText(node: BriefingNode): string {
  if (node.text) return node.text;
  return (node.content ?? []).map(plainText).join('');
}

/** A briefing's title is its first line of text (its heading, in every template). */
export function briefingTitleOf(doc: BriefingNode): string {
  for (const block of doc.content ?? []) {
    const line = plainText(block).replace(/\s+/g, ' ').trim();
    if (line) return line.slice(0, 200);
  }
  return 'Untitled briefing';
}
