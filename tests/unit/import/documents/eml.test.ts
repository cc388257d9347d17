import { describe, expect, it } from 'vitest';
import { emlParser } from '../../../../electron/core/import/formats/documents';
import { DEFAULT_IMPORT_LIMITS, ImportFailure, type ParseOutcome } from '../../../../electron/core/import/formats/types';
import { asImportSource, buildDigestEml, buildEml, expectedText, sampleArticle, type DigestStory } from '../../../fixtures-builders';

function articlesOf(outcome: ParseOutcome) {
  if (outcome.kind !== 'articles') throw new Error('expected articles');
  return outcome.articles;
}

const stories: DigestStory[] = [
  {
    headline: 'Seoul and Tokyo pledge closer coordination',
    source: 'Parley Wire',
    snippet: 'South Korea and Japan agreed on Tuesday to strengthen their coordination after a missile launch.',
    url: 'https://wire.example.com/world/seoul-tokyo',
  },
  {
    headline: 'Pyongyang calls the launch a routine test',
    source: 'The Example Times',
    snippet: 'North Korea said its latest launch was a routine test of a new engine, state media reported.',
    url: 'https://times.example.org/asia/launch?id=42&ref=alert',
  },
  {
    headline: 'Beijing urges restraint on the peninsula',
    source: 'Daily Example',
    snippet: 'China urged all sides to show restraint and return to dialogue.',
    url: 'https://daily.example.net/c3',
  },
];

describe('importing an e-mail news alert', () => {
  it.each(['text-and-html', 'text', 'html'] as const)('reads one alert as one article (%s body)', async (parts) => {
    const [article, ...rest] = articlesOf(await emlParser.parse(asImportSource('alert.eml', buildEml(sampleArticle, { parts })), DEFAULT_IMPORT_LIMITS));
    expect(rest).toHaveLength(0);
    expect(article!.text).toBe(expectedText(sampleArticle));
    expect(article!.title).toBe(sampleArticle.title);
    expect(article!.outlet).toBe('Parley Wire');
    expect(article!.publishedAt).toBe('2026-03-04T07:30:00.000Z');
  });

  it('does not take a person writing to the analyst for an outlet', async () => {
    const eml = buildEml(sampleArticle, { from: '"Jane Analyst" <jane@ministry.example>', parts: 'text' });
    const [article] = articlesOf(await emlParser.parse(asImportSource('fwd.eml', eml), DEFAULT_IMPORT_LIMITS));
    // The wire tag in the text still names the outlet.
    expect(article!.outlet).toBe('Parley Wire');
    const plain = buildEml({ ...sampleArticle, paragraphs: ['The minister spoke to reporters on Tuesday about the talks in Geneva and the next round.'] }, {
      from: '"Jane Analyst" <jane@ministry.example>',
      parts: 'text',
    });
    const [other] = articlesOf(await emlParser.parse(asImportSource('note.eml', plain), DEFAULT_IMPORT_LIMITS));
    expect(other!.outlet).toBeNull();
  });

  it('splits a digest of linked stories into one article per story, with its link and source', async () => {
    const articles = articlesOf(await emlParser.parse(asImportSource('digest.eml', buildDigestEml(stories)), DEFAULT_IMPORT_LIMITS));
    expect(articles.map((a) => [a.title, a.outlet, a.url, a.text])).toEqual(stories.map((s) => [s.headline, s.source, s.url, s.snippet]));
    expect(articles.every((a) => a.publishedAt === '2026-03-04T08:00:00.000Z')).toBe(true);
  });

  it('splits a digest that only has a plain-text part', async () => {
    const lines = ['From: "News Alerts" <alerts@alerts.example.com>', 'Subject: Alert', 'Date: Wed, 04 Mar 2026 08:00:00 +0000', 'Content-Type: text/plain; charset=utf-8', ''];
    const body = stories.flatMap((s) => [s.headline, s.source, s.snippet, `<https://alerts.example.com/url?url=${encodeURIComponent(s.url)}>`, '']);
    const articles = articlesOf(await emlParser.parse(asImportSource('digest.eml', [...lines, ...body].join('\r\n')), DEFAULT_IMPORT_LIMITS));
    expect(articles.map((a) => a.url)).toEqual(stories.map((s) => s.url));
  });

  it('refuses a file that is not a mail message, and one with no body', async () => {
    const notMail = await emlParser.parse(asImportSource('x.eml', 'Just a note I saved with the wrong name.'), DEFAULT_IMPORT_LIMITS).then(() => null, (e: unknown) => e);
    expect(notMail).toBeInstanceOf(ImportFailure);
    expect((notMail as ImportFailure).code).toBe('corrupt');
    const noBody = await emlParser.parse(asImportSource('y.eml', 'From: a@b.example\r\nSubject: Empty\r\n\r\n'), DEFAULT_IMPORT_LIMITS).then(() => null, (e: unknown) => e);
    expect((noBody as ImportFailure).code).toBe('no-article-text');
  });

  it('refuses a body too long to be one article before splitting it, naming its size', async () => {
    const head = 'From: alerts@news.example\r\nSubject: Talks\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n';
    const long = head + 'The minister said the talks would go on.\r\n\r\n'.repeat(60_000);
    const limits = { ...DEFAULT_IMPORT_LIMITS, maxArticleChars: 1024 * 1024 };
    await expect(emlParser.parse(asImportSource('long.eml', long), limits)).rejects.toMatchObject({
      code: 'too-large',
      message: expect.stringMatching(/^long\.eml holds 2\.\d MB of text, over the 1\.0 MB limit for one article/),
    });
  });

  it('refuses an HTML body of hundreds of thousands of elements before parsing it', async () => {
    const head = 'From: alerts@news.example\r\nSubject: Talks\r\nContent-Type: text/html; charset=utf-8\r\n\r\n';
    const crowd = `${head}<html><body><p>The minister said the talks would go on.</p>${'<div><span>x</span></div>\r\n'.repeat(150_000)}</body></html>`;
    await expect(emlParser.parse(asImportSource('crowd.eml', crowd), DEFAULT_IMPORT_LIMITS)).rejects.toMatchObject({
      code: 'too-large',
      message: "The e-mail crowd.eml holds about 300,003 elements, over the limit of 200,000 for one page; save the story's text alone and import that",
    });
  });
});
