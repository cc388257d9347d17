// A 50-page briefing (about 25,000 words, 300 live citations over 60 articles) exported to each format.
// Budget: DOCX in at most 2 s.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../electron/core';
import { wordCount, type BriefingDoc, type BriefingNode, type ExportFormat } from '../shared/domain/briefings';
import { report } from './measure';

const ARTICLES = 60;
const SECTIONS = 30;
const QUOTES_PER_SECTION = 10;
const PARAGRAPH_WORDS = 'The delegation restated its position on the arms talks and said that any transfer would be answered in kind, while officials in the region asked for restraint and a return to dialogue before the next round of sanctions'.split(' ');

function article(i: number): string {
  return [
    `Officials respond to talks, part ${i}`,
    '',
    `WASHINGTON, Sept ${1 + (i % 28)} (Reuters) — Officials answered the summit on day ${i}.`,
    '',
    `“We warn every party not to enter into an arms agreement number ${i},” Pentagon Deputy Spokesperson Sabrina Singh told reporters.`,
    '',
    `“Any arms deal of this kind, the ${i}th, would violate Security Council resolutions,” Japanese Chief Cabinet Secretary Hirokazu Matsuno said in Tokyo.`,
    '',
    `“The relationship between the two countries is a matter for them alone, for the ${i}th time,” Chinese Foreign Ministry spokesperson Wang Wenbin said.`,
    '',
  ].join('\n');
}

const paragraph = (words: number, seed: number): BriefingNode => ({
  type: 'paragraph',
  content: [
    { type: 'text', text: 'Assessment: ', marks: [{ type: 'bold' }] },
    { type: 'text', text: Array.from({ length: words }, (_, i) => PARAGRAPH_WORDS[(i + seed) % PARAGRAPH_WORDS.length]).join(' ') + '.' },
  ],
});

const work = mkdtempSync(join(tmpdir(), 'parley-bench-brief-'));
const core = createCore({ archivePath: join(work, 'archive.sqlite') });
try {
  const finished = new Promise<void>((resolve) => core.events.on((name) => name === 'import.finished' && resolve()));
  await core.handlers['import.files']({
    files: Array.from({ length: ARTICLES }, (_, i) => ({ name: `talks-${i}.txt`, path: `talks-${i}.txt`, bytes: new TextEncoder().encode(article(i)), lastModified: null })),
  });
  await finished;
  const statements = await core.handlers['briefings.statements']({ limit: 1000 });

  const content: BriefingNode[] = [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Fifty pages on the arms talks' }] }];
  for (let s = 0; s < SECTIONS; s++) {
    content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `Section ${s + 1}` }] });
    for (let q = 0; q < QUOTES_PER_SECTION; q++) {
      const st = statements[(s * QUOTES_PER_SECTION + q) % statements.length]!;
      content.push(paragraph(60, s + q));
      content.push({ type: 'quoteCitation', attrs: { statementId: st.statementId, articleId: st.articleId, start: st.start, end: st.end, quotedText: st.text } });
    }
    content.push({ type: 'bulletList', content: [1, 2, 3].map((n) => ({ type: 'listItem', content: [paragraph(12, n)] })) });
  }
  const body: BriefingDoc = { type: 'doc', content };
  const made = await core.handlers['briefings.create']({ template: 'blank' });
  await core.handlers['briefings.save']({ id: made.id, body });
  const words = wordCount(body);

  for (const format of ['docx', 'docx', 'pdf', 'md', 'html'] as ExportFormat[]) {
    const started = performance.now();
    const file = await core.handlers['briefings.export']({ id: made.id, format });
    const ms = performance.now() - started;
    const extra: Record<string, string | number> = {};
    if (format === 'pdf') {
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const task = pdfjs.getDocument({ data: new Uint8Array(file.bytes), verbosity: 0 });
      extra.pages = (await task.promise).numPages;
      await task.destroy();
    }
    const budget: Record<string, string | number> = format === 'docx' ? { budget_ms: 2000, within_budget: ms <= 2000 ? 'yes' : 'NO' } : {};
    report(`briefing-export.${format}`, { citations: SECTIONS * QUOTES_PER_SECTION, words, kib: Math.round(file.bytes.length / 1024), ms: Math.round(ms), ...extra, ...budget });
  }
} finally {
  core.close();
  rmSync(work, { recursive: true, force: true });
}
