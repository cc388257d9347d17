import {
  buildCsv,
  buildDocx,
  buildEml,
  buildHtml,
  buildJson,
  buildJsonl,
  buildMarkdown,
  buildMbox,
  buildMhtml,
  buildOdt,
  buildPdf,
  buildRtfBytes,
  buildText,
  buildZip,
  sampleArticle,
  type SampleArticle,
} from '../../fixtures-builders';
import { importBudgetMs } from '../page-models/import-panel';
import type { FileToDrop } from '../support/drop-files';
import { expect, test } from '../support/fixtures';
import { saveScreenshot } from '../support/screenshots';

/** The same wire story, told once per format with a line of its own so each is a distinct article. */
function edition(label: string): SampleArticle {
  return {
    ...sampleArticle,
    title: `${label} edition: ${sampleArticle.title}`,
    paragraphs: [`This is the ${label} edition of the report.`, ...sampleArticle.paragraphs],
  };
}

const utf8 = (s: string) => new TextEncoder().encode(s);

interface Expected {
  title: string;
  marker: string;
}

async function filesOfEveryFormat(): Promise<{ files: FileToDrop[]; expected: Expected[]; repeats: number }> {
  const expected: Expected[] = [];
  const one = (label: string): SampleArticle => {
    const article = edition(label);
    expected.push({ title: article.title, marker: `This is the ${label} edition of the report.` });
    return article;
  };
  // Bulk builders repeat one article's text under numbered titles: the repeats are duplicates.
  const BULK_RECORDS = 2;
  const files: FileToDrop[] = [
    { name: 'story.txt', bytes: utf8(buildText(one('Plain text'))) },
    { name: 'story.md', bytes: utf8(buildMarkdown(one('Markdown'))) },
    { name: 'story.html', bytes: utf8(buildHtml(one('HTML'))) },
    { name: 'story.mhtml', bytes: utf8(buildMhtml(one('MHTML'))) },
    { name: 'story.pdf', bytes: await buildPdf(one('PDF'), { runningHeader: 'Parley Wire — World', pageNumbers: 'bare' }) },
    { name: 'story.docx', bytes: await buildDocx(one('Word')) },
    { name: 'story.odt', bytes: buildOdt(one('OpenDocument')) },
    { name: 'story.rtf', bytes: buildRtfBytes(one('RTF')) },
    { name: 'alert.eml', bytes: utf8(buildEml(one('E-mail'))) },
    { name: 'alerts.mbox', bytes: utf8(buildMbox([buildEml(one('Mailbox first')), buildEml(one('Mailbox second'))])) },
    { name: 'export.json', bytes: utf8(buildJson(one('JSON'), BULK_RECORDS)) },
    { name: 'export.jsonl', bytes: utf8(buildJsonl(one('JSON Lines'), BULK_RECORDS)) },
    { name: 'export.csv', bytes: utf8(buildCsv(one('CSV'), BULK_RECORDS)) },
    {
      name: 'bundle.zip',
      bytes: buildZip([
        { path: 'zipped.html', bytes: buildHtml(one('Zipped HTML')) },
        { path: 'inner/nested.zip', entries: [{ path: 'deep.txt', bytes: buildText(one('Nested zip')) }] },
      ]),
    },
  ];
  return { files, expected, repeats: 3 * (BULK_RECORDS - 1) };
}

/** Searching for, opening and checking one article, on a loaded machine. */
const PER_ARTICLE_STEP_MS = 15_000;

test('every kind of file an analyst has imports from one drop and opens', async ({ page, library, importPanel, reader }) => {
  const { files, expected, repeats } = await filesOfEveryFormat();
  // The time limit follows the work: the import of the drop, then opening each article.
  test.setTimeout(importBudgetMs(files) + expected.length * PER_ARTICLE_STEP_MS);

  await test.step('one drop of every format imports each article and fails none', async () => {
    await importPanel.dropAndWait(files);
    await importPanel.expectCounts({ imported: expected.length, duplicates: repeats, failed: 0 });
    await library.expectArticleCount(expected.length);
    await saveScreenshot(page, 'library-every-format');
  });

  for (const { title, marker } of expected) {
    await test.step(`“${title}” opens with its own text`, async () => {
      const query = marker.replace('This is the ', '').replace(' edition of the report.', '');
      await library.search(query);
      await library.expectSearched(query);
      // Anchored, since one title can end another ("HTML edition…" inside "Zipped HTML edition…").
      await library.openArticle(new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      await reader.expectOpen(title);
      await expect(reader.text).toContainText(marker);
      await expect(reader.text).toContainText('We will respond firmly to any provocation');
      await expect(reader.highlights.first()).toBeVisible();
      await page.keyboard.press('Escape');
      await library.search('');
    });
  }
});
