import {
  citationsIn,
  quoteCitationAttrs,
  type Briefing,
  type BriefingDoc,
  type BriefingNode,
  type ResolvedCitation,
} from '../../../../shared/domain/briefings';
import { citationDate, citationLine, FLAG_TEXT } from '../../../../shared/briefings/citation-line';
import type { CitationResolver } from '../citation-resolver';

/** One cited article, numbered in the order the text first cites it. */
export interface ExportSource {
  number: number;
  articleId: number;
  title: string | null;
  outlet: string | null;
  date: string | null;
  file: string | null;
  /** The article is no longer in the archive. */
  missing: boolean;
}

export interface ExportCitation {
  resolved: ResolvedCitation;
  source: ExportSource;
  /** "Sabrina Singh, Deputy Spokesperson, Pentagon (United States); Anadolu Agency, 2 Dec 2026" */
  line: string;
  /** Why the citation cannot be trusted as it stands, in words; null when it can. */
  warning: string | null;
}

/** A briefing ready to write out: its text, each citation as it reads now, and the sources list. */
export interface ExportModel {
  title: string;
  doc: BriefingDoc;
  citationOf(node: BriefingNode): ExportCitation | null;
  sources: ExportSource[];
}

export function buildExportModel(briefing: Pick<Briefing, 'title' | 'body'>, resolver: CitationResolver): ExportModel {
  const nodes: BriefingNode[] = [];
  const walk = (node: BriefingNode) => {
    if (quoteCitationAttrs(node)) nodes.push(node);
    node.content?.forEach(walk);
  };
  walk(briefing.body);
  const resolved = resolver.resolve(citationsIn(briefing.body));

  const sources = new Map<number, ExportSource>();
  const byNode = new Map<BriefingNode, ExportCitation>();
  nodes.forEach((node, i) => {
    const citation = resolved[i];
    if (!citation) return;
    let source = sources.get(citation.articleId);
    if (!source) {
      source = {
        number: sources.size + 1,
        articleId: citation.articleId,
        title: citation.articleTitle,
        outlet: citation.outlet,
        date: citationDate(citation.publishedAt),
        file: citation.file,
        missing: citation.flag === 'source-deleted',
      };
      sources.set(citation.articleId, source);
    }
    byNode.set(node, { resolved: citation, source, line: citationLine(citation), warning: citation.flag ? FLAG_TEXT[citation.flag] : null });
  });

  return { title: briefing.title, doc: briefing.body, citationOf: (node) => byNode.get(node) ?? null, sources: [...sources.values()] };
}

/** "“Talks at the cosmodrome”, Anadolu Agency, 2 Dec 2026, file 000_c66d.txt" */
export function sourceText(source: ExportSource): string {
  if (source.missing) return 'An article no longer in the archive (the quotes citing it are kept as first cited)';
  return [source.title ? `“${source.title}”` : 'Untitled article', source.outlet ?? 'outlet unknown', source.date ?? 'date unknown', source.file && `file ${source.file}`]
    .filter(Boolean)
    .join(', ');
}

export const SOURCES_HEADING = 'Sources';
