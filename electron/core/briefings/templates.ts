import type { Stance } from '../../../shared/domain/archive';
import { STANCES } from '../../../shared/domain/archive';
import {
  QUOTE_CITATION_NODE,
  type BriefingDoc,
  type BriefingNode,
  type BriefingTemplate,
  type CitableStatement,
} from '../../../shared/domain/briefings';
import { nationName } from '../../../shared/nations';
import type { NationQuotes } from './statement-finder';

export interface TemplateInput {
  template: BriefingTemplate;
  title: string;
  /** The topic the positions are about, when one was chosen. */
  topicName: string | null;
  nations: readonly NationQuotes[];
}

const text = (value: string, marks?: BriefingNode['marks']): BriefingNode => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const paragraph = (...content: BriefingNode[]): BriefingNode => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' });
const heading = (level: number, value: string): BriefingNode => ({ type: 'heading', attrs: { level }, content: [text(value)] });
const italic = (value: string) => paragraph(text(value, [{ type: 'italic' }]));

export function quoteNode(statement: Pick<CitableStatement, 'statementId' | 'articleId' | 'start' | 'end' | 'text'>): BriefingNode {
  return {
    type: QUOTE_CITATION_NODE,
    attrs: { statementId: statement.statementId, articleId: statement.articleId, start: statement.start, end: statement.end, quotedText: statement.text },
  };
}

/** "opposes (3), concerned (1)": the stances tagged, most frequent first; the analyst rewrites the line freely. */
export function stanceWords(stances: Partial<Record<Stance, number>>): string | null {
  const tagged = STANCES.filter((s) => (stances[s] ?? 0) > 0).sort((a, b) => (stances[b] ?? 0) - (stances[a] ?? 0));
  if (tagged.length === 0) return null;
  return tagged.map((s) => `${s} (${stances[s]})`).join(', ');
}

function nationSection(entry: NationQuotes, level: number): BriefingNode[] {
  const name = nationName(entry.nation);
  const stance = stanceWords(entry.stances);
  const more = entry.total - entry.quotes.length;
  return [
    heading(level, name),
    paragraph(
      text('Stance:', [{ type: 'bold' }]),
      text(` ${stance ?? 'not yet assessed — say in a few words where this nation stands.'}`),
    ),
    ...entry.quotes.map(quoteNode),
    ...(more > 0 ? [italic(`${more} more statement${more === 1 ? '' : 's'} from ${name} not quoted here.`)] : []),
  ];
}

function positions(input: TemplateInput, level: number): BriefingNode[] {
  if (input.nations.length === 0) {
    return [
      italic(
        input.topicName
          ? `No statement with a nation is tagged on “${input.topicName}” yet. Drag statements here from the panel on the right.`
          : 'No statement with a nation is in the archive yet. Import articles, then drag statements here from the panel on the right.',
      ),
    ];
  }
  return input.nations.flatMap((entry) => nationSection(entry, level));
}

/** A new briefing's document, pre-filled as its template says. */
export function buildTemplate(input: TemplateInput): BriefingDoc {
  const title = heading(1, input.title);
  switch (input.template) {
    case 'blank':
      return { type: 'doc', content: [title, paragraph()] };
    case 'positions-by-nation': {
      const quoted = input.nations.reduce((n, e) => n + e.quotes.length, 0);
      const about = input.topicName ? ` on “${input.topicName}”` : '';
      return {
        type: 'doc',
        content: [
          title,
          italic(`What each nation's officials said${about}, in their own words: ${quoted} quote${quoted === 1 ? '' : 's'} from ${input.nations.length} nation${input.nations.length === 1 ? '' : 's'}.`),
          ...positions(input, 2),
        ],
      };
    }
    case 'bottom-line-up-front':
      return {
        type: 'doc',
        content: [
          title,
          heading(2, 'Bottom line'),
          italic('State the one conclusion the reader must take away, in two sentences at most.'),
          heading(2, 'Key judgements'),
          {
            type: 'bulletList',
            content: ['First judgement, with how confident you are.', 'Second judgement.', 'Third judgement.'].map((j) => ({
              type: 'listItem',
              content: [paragraph(text(j))],
            })),
          },
          heading(2, 'Positions by nation'),
          ...positions(input, 3),
          heading(2, 'Outlook'),
          italic('What to expect next, and what would change these judgements.'),
        ],
      };
  }
}

export function defaultTitle(template: BriefingTemplate, topicName: string | null): string {
  const about = topicName ? `: ${topicName}` : '';
  if (template === 'positions-by-nation') return `Positions by nation${about}`;
  if (template === 'bottom-line-up-front') return `Briefing${about}`;
  return topicName ?? 'Untitled briefing';
}
