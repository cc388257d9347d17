import { describe, expect, it } from 'vitest';
import { citationDate, citationLine } from '../../../shared/briefings/citation-line';
import type { BriefingDoc, ExportFormat } from '../../../shared/domain/briefings';
import { docxText, pdfText, squeeze } from '../../support/read-back';
import { useDesk } from '../desk/desk-fixture';
import { DIALOGUE, SUMMIT } from './briefing-texts';

const text = (value: string, marks?: { type: string; attrs?: Record<string, unknown> }[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });

describe('exports', () => {
  const desk = useDesk();

  /** A briefing with headings, formatting, a list, a link, quotes from two articles and one rejected quote. */
  async function briefing() {
    const ids = await desk.importTexts({ 'summit.txt': SUMMIT, 'dialogue.txt': DIALOGUE });
    const h = desk.core().handlers;
    const made = await h['briefings.create']({ template: 'positions-by-nation', title: 'Arms <talks> & “dialogue”' });
    const rejected = (await h['statements.forArticle']({ articleId: ids['summit.txt']! })).find((s) => s.content.text.includes('Security Council'))!;
    const body: BriefingDoc = {
      ...made.body,
      content: [
        ...made.body.content,
        { type: 'heading', attrs: { level: 2 }, content: [text('Assessment')] },
        { type: 'paragraph', content: [text('Positions are '), text('hardening', [{ type: 'bold' }]), text(', see '), text('the record', [{ type: 'link', attrs: { href: 'https://example.org/record' } }]), text('.')] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('*Not* a Markdown emphasis')] }] }] },
      ],
    };
    await h['briefings.save']({ id: made.id, body });
    await h['statements.reject']({ id: rejected.id });
    const { citations } = await h['briefings.get']({ id: made.id });
    return { id: made.id, citations, rejected };
  }

  async function exported(id: number, format: ExportFormat) {
    return desk.core().handlers['briefings.export']({ id, format });
  }

  it('Markdown: headings, marks, quotes with their citations, a flag, and the sources', async () => {
    const { id, citations } = await briefing();
    const file = await exported(id, 'md');
    expect(file.fileName).toBe('Arms-talks-dialogue.md');
    const md = new TextDecoder().decode(file.bytes);
    expect(md).toMatch(/^# Arms \\<talks\\> & “dialogue”$/m);
    expect(md).toContain('Positions are **hardening**, see [the record](<https://example.org/record>).');
    expect(md).toContain('- \\*Not\\* a Markdown emphasis');
    for (const c of citations) {
      expect(md).toContain(`> ${c.text}`);
      expect(md).toContain(`> — ${citationLine(c)} [`);
    }
    expect(md).toContain('> **Flagged:** Statement rejected in review');
    const sources = md.slice(md.indexOf('## Sources'));
    expect(sources).toMatch(/^[12]\. “Allies weigh response to arms talks”, Reuters, .*file summit\.txt$/m);
    expect(sources).toMatch(/^[12]\. “China calls for dialogue after summit”, Xinhua, .*file dialogue\.txt$/m);
  });

  it('HTML: escaped text, only web links, quotes as figures, numbered sources', async () => {
    const { id, citations } = await briefing();
    const html = new TextDecoder().decode((await exported(id, 'html')).bytes);
    expect(html).toContain('<title>Arms &lt;talks&gt; &amp; “dialogue”</title>');
    expect(html).toContain('<strong>hardening</strong>');
    expect(html).toContain('<a href="https://example.org/record">the record</a>');
    for (const c of citations) expect(html).toContain(`<blockquote>${c.text.replace(/&/g, '&amp;')}</blockquote>`);
    expect(html).toContain('data-flag="rejected"');
    expect(html).toMatch(/<section class="sources">\n<h2>Sources<\/h2>\n<ol>\n<li id="source-1">/);
    expect(html).toMatch(/<li id="source-[12]">“Allies weigh response to arms talks”, Reuters/);
    expect(html).not.toMatch(/<script/i);
  });

  it('DOCX: Word styles, every quote with its citation, and the sources, read back with mammoth', async () => {
    const { id, citations } = await briefing();
    const file = await exported(id, 'docx');
    const raw = await docxText(file.bytes);
    for (const c of citations) {
      expect(raw).toContain(c.text);
      expect(raw).toContain(`— ${citationLine(c)} [`);
    }
    expect(raw).toContain('Flagged: Statement rejected in review');
    expect(raw).toMatch(/\[[12]\] “Allies weigh response to arms talks”, Reuters, .*file summit\.txt/);
    expect(raw).toMatch(/\[[12]\] “China calls for dialogue after summit”, Xinhua, .*file dialogue\.txt/);
    // Real Word styles: headings, Quote, and the link as a hyperlink.
    const mammoth = await import('mammoth');
    const { value: html } = await mammoth.default.convertToHtml({ buffer: Buffer.from(file.bytes) }, { styleMap: ["p[style-name='Quote'] => blockquote > p:fresh"] });
    expect(html).toContain('<h1>Arms &lt;talks&gt; &amp; “dialogue”</h1>');
    expect(html).toContain('<h2>Sources</h2>');
    expect(html).toMatch(/<blockquote><p>“We warn North Korea/);
    expect(html).toContain('<a href="https://example.org/record">the record</a>');
    expect(html).toContain('<strong>hardening</strong>');
  });

  it('PDF: every quote with its citation and the sources, read back with pdf.js', async () => {
    const { id, citations } = await briefing();
    const file = await exported(id, 'pdf');
    expect(new TextDecoder().decode(file.bytes.slice(0, 5))).toBe('%PDF-');
    const pdf = squeeze(await pdfText(file.bytes));
    expect(pdf).toContain(squeeze('Arms <talks> & “dialogue”'));
    for (const c of citations) {
      expect(pdf).toContain(squeeze(c.text));
      expect(pdf).toContain(squeeze(`— ${citationLine(c)} [`));
    }
    expect(pdf).toContain(squeeze('Flagged: Statement rejected in review'));
    expect(pdf).toMatch(/\[[12]\]“Alliesweighresponsetoarmstalks”,Reuters/);
    expect(pdf).toContain(squeeze('file dialogue.txt'));
  });

  it('says so when nothing is cited, in every format', async () => {
    const h = desk.core().handlers;
    const made = await h['briefings.create']({ template: 'blank', title: 'Empty' });
    for (const format of ['md', 'html'] as const) {
      expect(new TextDecoder().decode((await exported(made.id, format)).bytes)).toContain('No article is cited.');
    }
    expect(await docxText((await exported(made.id, 'docx')).bytes)).toContain('No article is cited.');
    expect(await pdfText((await exported(made.id, 'pdf')).bytes)).toContain('No article is cited.');
  });

  it('writes dates the same way everywhere', () => {
    expect(citationDate('2023-09-14')).toBe('14 Sep 2023');
    expect(citationDate('2023-09-14T08:30:00Z')).toBe('14 Sep 2023');
    expect(citationDate('sometime')).toBe('sometime');
    expect(citationDate(null)).toBeNull();
  });
});
