import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { DeskPage } from '../page-models/desk-page';
import { PositionsPage } from '../page-models/positions-page';
import { callApi } from '../support/api-call';
import { seedArticle, type ArticleFile } from '../support/articles';
import { expect, test } from '../support/fixtures';
import { saveScreenshot } from '../support/screenshots';

/** Three more stories the test writes: two dated, one whose date nothing in it states. */
function moreArticles(): ArticleFile[] {
  const file = (name: string, searchWord: string, paragraphs: string[]): ArticleFile => ({
    name,
    bytes: new TextEncoder().encode(`${paragraphs.join('\n\n')}\n`),
    type: 'text/plain',
    searchWord,
    source: 'project',
  });
  return [
    file('us-talks.txt', 'preconditions', [
      'Washington signals openness to talks with Pyongyang',
      'September 20, 2023',
      'WASHINGTON (AP) — The United States said on Wednesday it remained open to dialogue with North Korea despite its growing ties with Moscow.',
      '“We are prepared to meet Pyongyang without preconditions,” State Department spokesperson Matthew Miller told reporters in Washington.',
      'Miller said that sanctions would stay in place until North Korea changed course.',
    ]),
    file('japan-warns.txt', 'Matsuno', [
      'Japan warns against arms deal between Pyongyang and Moscow',
      'September 14, 2023',
      'TOKYO (Kyodo) — Japan said on Thursday it was watching the talks between North Korea and Russia with grave concern.',
      '“Any arms deal between North Korea and Russia would violate Security Council resolutions,” Japanese Chief Cabinet Secretary Hirokazu Matsuno told reporters in Tokyo.',
    ]),
    file('china-dialogue.txt', 'Wenbin', [
      'China calls for dialogue after Kim-Putin summit',
      'BEIJING (Xinhua) — China on Thursday urged all sides to keep talking after the meeting of the North Korean and Russian leaders.',
      '“The relationship between the two countries is a matter for them alone,” Chinese Foreign Ministry spokesperson Wang Wenbin told a regular news briefing in Beijing.',
    ]),
  ];
}

type Stance = 'supports' | 'opposes' | 'concerned' | 'neutral';
const ARMS: [string, Stance][] = [
  ['We warn North Korea not to enter', 'opposes'],
  ['violate UNSC resolutions and Russia', 'concerned'],
  ['Any arms deal between North Korea', 'opposes'],
  ['held a meeting in Russia', 'supports'],
];
const DIPLOMACY: [string, Stance][] = [
  ['prepared to meet Pyongyang without preconditions', 'supports'],
  ['sanctions would stay in place', 'concerned'],
  ['would not affect US-Japan-South Korea relations', 'supports'],
  ['matter for them alone', 'neutral'],
  ['exchanged views on the situation', 'supports'],
];

/**
 * Tags statements on two topics through the desk's API, as its tagging view does: that view is
 * another branch's work (desk-ui) and is not merged into this one.
 */
async function tagStatements(serverUrl: string): Promise<void> {
  const options = await callApi(serverUrl, 'positions.options', {});
  const columns = await callApi(serverUrl, 'positions.versus', { filters: {}, topicId: null, nations: options.nations });
  const all = columns.flatMap((c) => c.quotes);
  const idOf = (phrase: string) => {
    const found = all.filter((q) => q.text.includes(phrase));
    if (found.length !== 1) throw new Error(`Expected one statement saying “${phrase}”, found ${found.length}.`);
    return found[0]!.statementId;
  };
  for (const [name, tags] of [['Arms transfers', ARMS], ['Regional diplomacy', DIPLOMACY]] as const) {
    const topic = await callApi(serverUrl, 'topics.create', { name });
    for (const [phrase, stance] of tags) await callApi(serverUrl, 'statements.tag', { statementId: idOf(phrase), topicId: topic.id, stance });
  }
}

/** Saves what a toolbar button downloads and returns its bytes. */
async function downloaded(page: Page, button: string, scope: PositionsPage): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), scope.view.getByRole('button', { name: button }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/**
 * Decodes a PNG with the browser's own decoder and counts what it shows: how many pixels differ from
 * the top-left (background) one, and how many distinct colours there are.
 */
async function pngContent(page: Page, bytes: Buffer): Promise<{ width: number; height: number; inked: number; colours: number }> {
  // Page-side source: these specs compile without the DOM's types.
  const script = `(async () => {
    const image = new Image();
    image.src = 'data:image/png;base64,${bytes.toString('base64')}';
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const colours = new Set();
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) inked++;
    }
    return { width: canvas.width, height: canvas.height, inked, colours: colours.size };
  })()`;
  return (await page.evaluate(script)) as { width: number; height: number; inked: number; colours: number };
}

test('an analyst compares national positions: matrix, a cell’s quotes, nation against nation, timeline', async ({ page, parley, library, importPanel, reader }) => {
  test.setTimeout(180_000);
  const seed = seedArticle();
  test.skip(seed.source !== 'seed', '../shared/seed is absent: this story needs the seed article.');
  const positions = new PositionsPage(page);

  await test.step('the seed and three more articles are imported', async () => {
    await importPanel.dropAndWait([seed, ...moreArticles()]);
    await importPanel.expectCounts({ imported: 4, duplicates: 0, failed: 0 });
    await library.expectArticleCount(4);
  });

  await test.step('before anything is tagged, the matrix sets nations against articles', async () => {
    await positions.open();
    await expect(positions.matrix).toBeVisible();
    for (const nation of ['United States', 'South Korea', 'North Korea', 'Russia']) {
      await expect(positions.rowHeaders().filter({ hasText: nation })).toHaveCount(1);
    }
    await expect(positions.view.getByText('From extraction alone')).toBeVisible();
    await expect(positions.cell('Russia', 'Japan warns against arms deal between Pyongyang and Moscow')).toContainText('no statement found');
  });

  await test.step('statements are tagged on two topics, and the matrix turns to topics', async () => {
    await tagStatements(parley.url);
    await expect(positions.columnHeaders()).toHaveText(['Arms transfers', 'Regional diplomacy']);
    const usDiplomacy = positions.cell('United States', 'Regional diplomacy');
    await expect(usDiplomacy).toHaveAccessibleName('United States, Regional diplomacy: 3 statements');
    await expect(usDiplomacy.getByRole('img')).toHaveAccessibleName('2 supports, 1 concerned');
    // The newest quote: the later of Miller's two statements that day.
    await expect(usDiplomacy).toContainText('sanctions would stay in place');
    // An empty cell says so; it never shows a zero.
    await expect(positions.cell('Japan', 'Regional diplomacy')).toContainText('no statement found');
    await expect(positions.cell('Japan', 'Regional diplomacy')).not.toContainText('0');
    await saveScreenshot(page, 'positions-matrix');
  });

  await test.step('the matrix exports as an SVG and as a PNG picture of it', async () => {
    const svg = await downloaded(page, 'Export SVG', positions);
    expect(svg.name).toMatch(/\.svg$/);
    const size = /<svg[^>]* width="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)"/.exec(svg.bytes.toString('utf8'));
    expect(size, 'the SVG states its size').not.toBeNull();
    const png = await downloaded(page, 'Export PNG', positions);
    expect(png.name).toMatch(/\.png$/);
    // A real PNG: its eight-byte signature, then the IHDR chunk with the picture's size (drawn at twice the SVG's).
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    const width = png.bytes.readUInt32BE(16);
    const height = png.bytes.readUInt32BE(20);
    expect([width, height]).toEqual([Math.round(Number(size![1]) * 2), Math.round(Number(size![2]) * 2)]);
    // With content: the grid, its words and the stance bars, not a blank page.
    const content = await pngContent(page, png.bytes);
    expect(content).toMatchObject({ width, height });
    expect(content.inked).toBeGreaterThan((width * height) / 50);
    expect(content.colours).toBeGreaterThan(8);
  });

  await test.step('a cell lists its quotes with their sources, and opens one in its article', async () => {
    await positions.cell('United States', 'Regional diplomacy').click();
    await expect(positions.cellPanel).toHaveAccessibleName('Quotes: United States on Regional diplomacy');
    await expect(positions.quotes()).toHaveCount(3);
    const miller = positions.quotes().filter({ hasText: 'prepared to meet Pyongyang' });
    await expect(miller).toContainText('Matthew Miller');
    await expect(miller).toContainText('Associated Press');
    await expect(miller).toContainText('supports');
    await saveScreenshot(page, 'positions-matrix-cell');
    await miller.getByRole('button', { name: 'Open', exact: true }).click();
    await reader.expectOpen('Washington signals openness to talks with Pyongyang');
    await expect(reader.statements.filter({ hasText: 'prepared to meet Pyongyang' })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Escape');
    // Back where the analyst was: the same cell still open.
    await expect(positions.cellPanel).toHaveAccessibleName('Quotes: United States on Regional diplomacy');
    // Another of the cell's quotes opens beside the article already on the desk.
    const seedQuote = positions.quotes().filter({ hasText: 'would not affect US-Japan-South Korea relations' });
    await seedQuote.getByRole('button', { name: 'Open beside' }).click();
    const desk = new DeskPage(page);
    await desk.expectPaneCount(2);
    await expect(desk.paneFor('Washington signals openness to talks with Pyongyang').root).toBeVisible();
    const besideCard = desk.view.getByRole('listbox', { name: 'Statements' }).getByRole('option').filter({ hasText: 'would not affect US-Japan-South Korea relations' });
    await expect(besideCard).toHaveAttribute('aria-selected', 'true');
    await saveScreenshot(page, 'positions-quotes-beside');
    await page.keyboard.press('Escape');
    await expect(positions.cellPanel).toHaveAccessibleName('Quotes: United States on Regional diplomacy');
  });

  await test.step('nation against nation on one topic', async () => {
    await positions.showTab('Nation against nation');
    await positions.chooseTopic('Arms transfers');
    for (const nation of ['United States', 'South Korea', 'Japan']) {
      const toggle = positions.panel.getByRole('checkbox', { name: nation });
      if (!(await toggle.isChecked())) await toggle.check();
    }
    const japan = positions.versusColumn('Japan', 'Arms transfers');
    await expect(japan.getByRole('article')).toHaveCount(1);
    await expect(japan).toContainText('Hirokazu Matsuno');
    await expect(japan).toContainText('opposes');
    await expect(positions.versusColumn('South Korea', 'Arms transfers')).toContainText('concerned');
    await saveScreenshot(page, 'positions-versus');
  });

  await test.step('a timeline flags the change of stance and lists undated statements apart', async () => {
    await positions.showTab('Timeline');
    await positions.chooseTopic('Regional diplomacy');
    await positions.panel.getByLabel('Whose statements').selectOption({ label: 'United States' });
    await expect(positions.panel.getByRole('list', { name: 'Dated statements, oldest first' }).getByRole('listitem')).toHaveCount(2);
    await expect(positions.panel.getByText('Stance changed', { exact: true })).toHaveCount(1);
    const undated = positions.panel.getByRole('region', { name: 'Statements with unknown dates' });
    await expect(undated.getByRole('article')).toHaveCount(1);
    await expect(undated).toContainText('Sabrina Singh');
    await saveScreenshot(page, 'positions-timeline');
  });

  await test.step('the view is saved by name and reopens from the archive', async () => {
    await positions.view.getByLabel('Name for this view').fill('US on diplomacy');
    await positions.view.getByRole('button', { name: 'Save view' }).click();
    await positions.showTab('Network');
    await expect(positions.panel.getByRole('img', { name: 'Who agrees and disagrees, as a graph' })).toBeVisible();
    await saveScreenshot(page, 'positions-network');
    await positions.view.getByLabel('Open a saved view').selectOption({ label: 'US on diplomacy' });
    await expect(positions.panel).toHaveAccessibleName('Timeline');
    await expect(positions.panel.getByText('Stance changed', { exact: true })).toHaveCount(1);
    // The address carries the view: a reload lands on the same timeline.
    await page.reload();
    await expect(positions.panel).toHaveAccessibleName('Timeline');
    await expect(positions.panel.getByLabel('Whose statements')).toHaveValue('nation:US');
  });
});
