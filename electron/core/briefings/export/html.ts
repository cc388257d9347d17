import type { BriefingMark, BriefingNode } from '../../../../shared/domain/briefings';
import { SOURCES_HEADING, sourceText, type ExportModel } from './export-model';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Only web and mail links survive into the file: a briefing is shared, and a javascript: link must not be. */
function safeHref(href: unknown): string | null {
  return typeof href === 'string' && /^(https?:|mailto:)/i.test(href.trim()) ? href.trim() : null;
}

function wrap(html: string, marks: readonly BriefingMark[]): string {
  let out = html;
  for (const mark of marks) {
    if (mark.type === 'bold') out = `<strong>${out}</strong>`;
    else if (mark.type === 'italic') out = `<em>${out}</em>`;
    else if (mark.type === 'strike') out = `<s>${out}</s>`;
    else if (mark.type === 'underline') out = `<u>${out}</u>`;
    else if (mark.type === 'code') out = `<code>${out}</code>`;
    else if (mark.type === 'link') {
      const href = safeHref(mark.attrs?.href);
      if (href) out = `<a href="${escapeHtml(href)}">${out}</a>`;
    }
  }
  return out;
}

function inline(nodes: readonly BriefingNode[] | undefined): string {
  return (nodes ?? [])
    .map((node) => {
      if (node.type === 'hardBreak') return '<br>';
      if (node.type === 'text') return wrap(escapeHtml(node.text ?? ''), node.marks ?? []);
      return inline(node.content);
    })
    .join('');
}

function block(node: BriefingNode, model: ExportModel): string {
  const children = () => (node.content ?? []).map((child) => block(child, model)).join('\n');
  switch (node.type) {
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(node.attrs?.level) || 1));
      return `<h${level}>${inline(node.content)}</h${level}>`;
    }
    case 'paragraph':
      return `<p>${inline(node.content)}</p>`;
    case 'bulletList':
      return `<ul>\n${children()}\n</ul>`;
    case 'orderedList': {
      const start = Number(node.attrs?.start) || 1;
      return `<ol${start === 1 ? '' : ` start="${start}"`}>\n${children()}\n</ol>`;
    }
    case 'listItem':
      return `<li>${children()}</li>`;
    case 'blockquote':
      return `<blockquote>\n${children()}\n</blockquote>`;
    case 'horizontalRule':
      return '<hr>';
    case 'codeBlock':
      return `<pre><code>${escapeHtml((node.content ?? []).map((n) => n.text ?? '').join(''))}</code></pre>`;
    default: {
      const citation = model.citationOf(node);
      if (!citation) return children();
      const flagged = citation.warning ? ` data-flag="${escapeHtml(citation.resolved.flag ?? '')}"` : '';
      return [
        `<figure class="quote"${flagged}>`,
        `<blockquote>${escapeHtml(citation.resolved.text)}</blockquote>`,
        `<figcaption>— ${escapeHtml(citation.line)} <a href="#source-${citation.source.number}">[${citation.source.number}]</a></figcaption>`,
        citation.warning ? `<p class="flag">Flagged: ${escapeHtml(citation.warning)}</p>` : '',
        '</figure>',
      ]
        .filter(Boolean)
        .join('\n');
    }
  }
}

const STYLE = `
body { font: 11pt/1.5 Georgia, 'Times New Roman', serif; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #1d2430; }
h1, h2, h3, h4 { font-family: 'Helvetica Neue', Arial, sans-serif; line-height: 1.25; }
figure.quote { margin: 1em 0 1em 1.5em; padding-left: 1em; border-left: 3px solid #8aa0b8; }
figure.quote blockquote { margin: 0; font-style: italic; }
figure.quote figcaption { font-size: 0.9em; color: #4a5566; margin-top: 0.25em; }
figure.quote[data-flag] { border-left-color: #c0392b; }
.flag { color: #a12b1f; font-size: 0.9em; margin: 0.25em 0 0; }
section.sources { border-top: 1px solid #ccd3dc; margin-top: 2em; font-size: 0.9em; }
`;

export function renderHtml(model: ExportModel): string {
  const body = model.doc.content.map((node) => block(node, model)).join('\n');
  const sources = model.sources.length
    ? `<ol>\n${model.sources.map((s) => `<li id="source-${s.number}">${escapeHtml(sourceText(s))}</li>`).join('\n')}\n</ol>`
    : '<p>No article is cited.</p>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="generator" content="Parley">
<title>${escapeHtml(model.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
<section class="sources">
<h2>${SOURCES_HEADING}</h2>
${sources}
</section>
</body>
</html>
`;
}
