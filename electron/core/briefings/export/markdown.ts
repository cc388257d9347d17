import type { BriefingMark, BriefingNode } from '../../../../shared/domain/briefings';
import { SOURCES_HEADING, sourceText, type ExportModel } from './export-model';

const SPECIAL = /[\\`*_[\]<>|~]/g;

function escapeText(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`);
}

/** Escapes what would turn a line's start into a heading, quote, list or rule. */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([#>+-]|\d+[.)])/, (_m, space: string, mark: string) => `${space}${mark.replace(/([#>+\-.)])/, '\\$1')}`);
}

function inline(nodes: readonly BriefingNode[] | undefined): string {
  return (nodes ?? [])
    .map((node) => {
      if (node.type === 'hardBreak') return '  \n';
      if (node.type !== 'text' || !node.text) return inline(node.content);
      return wrap(escapeText(node.text), node.marks ?? []);
    })
    .join('');
}

/** Marks go around the words only: "**Stance:** x", never "**Stance: **x", which Markdown would not read as bold. */
function wrap(text: string, marks: readonly BriefingMark[]): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
  const [, lead = '', words = '', trail = ''] = match ?? [];
  if (!words) return text;
  let out = words;
  for (const mark of marks) {
    if (mark.type === 'bold') out = `**${out}**`;
    else if (mark.type === 'italic') out = `*${out}*`;
    else if (mark.type === 'strike') out = `~~${out}~~`;
    else if (mark.type === 'code') out = `\`${out.replace(/\\/g, '')}\``;
    else if (mark.type === 'link' && typeof mark.attrs?.href === 'string') out = `[${out}](<${mark.attrs.href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
  }
  return `${lead}${out}${trail}`;
}

function block(node: BriefingNode, model: ExportModel, prefix: string): string[] {
  const prefixed = (lines: string[]) => lines.map((l) => (l ? `${prefix}${l}` : prefix.trimEnd()));
  switch (node.type) {
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(node.attrs?.level) || 1));
      return prefixed([`${'#'.repeat(level)} ${inline(node.content)}`, '']);
    }
    case 'paragraph': {
      const text = inline(node.content);
      return text.trim() ? prefixed([...text.split('\n').map((l, i) => (i === 0 ? escapeLineStart(l) : l)), '']) : [];
    }
    case 'bulletList':
    case 'orderedList': {
      const start = Number(node.attrs?.start) || 1;
      const lines = (node.content ?? []).flatMap((item, i) => {
        const marker = node.type === 'bulletList' ? '- ' : `${start + i}. `;
        const inner = (item.content ?? []).flatMap((child) => block(child, model, '')).filter((l, j, all) => !(l === '' && j === all.length - 1));
        return inner.map((l, j) => (j === 0 ? `${marker}${l}` : l ? `${' '.repeat(marker.length)}${l}` : ''));
      });
      return prefixed([...lines, '']);
    }
    case 'blockquote':
      return [...(node.content ?? []).flatMap((child) => block(child, model, `${prefix}> `)).filter((l, i, all) => i < all.length - 1 || l.trim() !== '>'), ''];
    case 'horizontalRule':
      return prefixed(['---', '']);
    case 'codeBlock':
      return prefixed(['```', ...(node.content ?? []).map((n) => n.text ?? '').join('').split('\n'), '```', '']);
    default: {
      const citation = model.citationOf(node);
      if (citation) {
        const quote = escapeText(citation.resolved.text).split('\n').map((l) => `> ${l}`);
        const attribution = `> — ${escapeText(citation.line)} [${citation.source.number}]`;
        const warning = citation.warning ? [`>`, `> **Flagged:** ${escapeText(citation.warning)}`] : [];
        return prefixed([...quote, '>', attribution, ...warning, '']);
      }
      return node.content ? (node.content ?? []).flatMap((child) => block(child, model, prefix)) : [];
    }
  }
}

export function renderMarkdown(model: ExportModel): string {
  const lines = model.doc.content.flatMap((node) => block(node, model, ''));
  lines.push(`## ${SOURCES_HEADING}`, '');
  if (model.sources.length === 0) lines.push('No article is cited.', '');
  for (const source of model.sources) lines.push(`${source.number}. ${escapeText(sourceText(source))}`);
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
