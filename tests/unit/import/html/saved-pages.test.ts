import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlParser, mhtmlParser } from '../../../../electron/core/import/formats/html/html-parsers';
import type { FormatParser, ImportSource } from '../../../../electron/core/import/formats/types';
import { DEFAULT_IMPORT_LIMITS } from '../../../../electron/core/import/formats/types';

const source = (name: string, bytes: Uint8Array): ImportSource => ({ path: name, name, bytes, modifiedAt: new Date(2023, 8, 14), depth: 0 });
const utf8 = (s: string) => new TextEncoder().encode(s);

async function articleOf(parser: FormatParser, name: string, bytes: Uint8Array) {
  const outcome = await parser.parse(source(name, bytes), DEFAULT_IMPORT_LIMITS);
  if (outcome.kind !== 'articles') throw new Error('expected articles');
  expect(outcome.articles).toHaveLength(1);
  return outcome.articles[0]!;
}

const STORY = [
  'North Korean leader Kim Jong-un met Russian President Vladimir Putin on Wednesday at the Vostochny Cosmodrome in the Amur region, the Kremlin said.',
  'The two leaders toured the facilities at the new base and examined the assembly workshop of the Angara space rocket complex.',
  '“There may be parts that violate UNSC resolutions and Russia already knows this,” Jeon said.',
];

function newsPage(extraHead = '', extraBody = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Kim meets Putin | Daily World</title>
<meta name="description" content="A summary">
<meta property="og:title" content="Kim meets Putin at Russian spaceport">
<meta property="og:site_name" content="Daily World">
<meta property="article:published_time" content="2023-09-13T08:00:00Z">
<link rel="canonical" href="https://daily.example/world/kim-putin">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Daily World"},
{"@type":"NewsArticle","headline":"Kim meets Putin","datePublished":"2023-09-13T06:30:00Z",
"author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
"publisher":{"@type":"Organization","name":"Daily World News"},"url":"https://daily.example/kim-putin"}]}</script>
${extraHead}</head>
<body onload="window.__ran = true">
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article>
<h1>Kim meets Putin</h1>
<div class="byline">By Jane Doe</div>
${STORY.map((p) => `<p>${p.replace('the new base', 'the   new\n   base')}</p>`).join('\n')}
</article>
<aside class="ad">Advertisement: subscribe now for only $1 a week!</aside>
<section id="comments"><h3>Comments</h3><p>Great article, thanks!</p></section>
${extraBody}</main>
<footer><p>© 2023 Daily World. All rights reserved.</p></footer>
</body></html>`;
}

describe('importing a saved web page', () => {
  it('takes the article body without menus, ads or comments, paragraphs joined by blank lines', async () => {
    const article = await articleOf(htmlParser, 'kim.html', utf8(newsPage()));
    expect(article.text).toBe(STORY.join('\n\n'));
  });

  it('reads the headline, date, authors, publisher and address from JSON-LD first', async () => {
    const article = await articleOf(htmlParser, 'kim.html', utf8(newsPage()));
    expect(article).toMatchObject({
      title: 'Kim meets Putin',
      publishedAt: '2023-09-13T06:30:00.000Z',
      byline: 'Jane Doe, John Roe',
      outlet: 'Daily World News',
      url: 'https://daily.example/kim-putin',
      language: 'en',
    });
  });

  it('falls back to Open Graph and meta tags when the page has no JSON-LD', async () => {
    const page = newsPage().replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '<meta name="author" content="Jane Doe">');
    const article = await articleOf(htmlParser, 'kim.htm', utf8(page));
    expect(article).toMatchObject({
      title: 'Kim meets Putin at Russian spaceport',
      publishedAt: '2023-09-13T08:00:00.000Z',
      byline: 'Jane Doe',
      outlet: 'Daily World',
      url: 'https://daily.example/world/kim-putin',
    });
  });

  it('decodes a page by its declared Windows-1252 charset, curly quotes intact', async () => {
    const page = newsPage().replace('charset="utf-8"', 'charset="windows-1252"').replace(/[“”]/g, '"');
    const bytes = Uint8Array.from(Buffer.from(page.replace('"There may', '\u0093There may').replace('this," Jeon', 'this,\u0094 Jeon'), 'latin1'));
    const article = await articleOf(htmlParser, 'kim.html', bytes);
    expect(article.text).toContain('“There may be parts that violate UNSC resolutions and Russia already knows this,” Jeon said.');
  });

  it('reads a saved fragment that has no <html> or <body> element', async () => {
    const article = await articleOf(htmlParser, 'fragment.html', utf8(STORY.map((p) => `<p>${p}</p>`).join('\n')));
    expect(article.text).toBe(STORY.join('\n\n'));
    const headOnly = await articleOf(htmlParser, 'no-body.html', utf8(`<html><head><title>Kim meets Putin</title></head>${STORY.map((p) => `<p>${p}</p>`).join('')}</html>`));
    expect(headOnly.text).toBe(STORY.join('\n\n'));
    expect(headOnly.title).toBe('Kim meets Putin');
  });

  it('fails a page without readable paragraphs as having no article text', async () => {
    const outcome = htmlParser.parse(source('empty.html', utf8('<html><head><title>x</title><script>var a = 1;</script></head><body><nav><a href="/">Home</a></nav></body></html>')), DEFAULT_IMPORT_LIMITS);
    await expect(outcome).rejects.toMatchObject({ code: 'no-article-text' });
  });
});

describe('a hostile saved page', () => {
  let server: Server;
  let requests = 0;
  let origin = '';
  beforeAll(async () => {
    server = createServer((_, res) => {
      requests++;
      res.end('alert(1)');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('runs none of its scripts or handlers and fetches none of its resources', async () => {
    const g = globalThis as { __ran?: boolean };
    const head = `<script src="${origin}/a.js"></script><link rel="stylesheet" href="${origin}/s.css"><script>globalThis.__ran = true</script><style>@import url("${origin}/i.css");</style>`;
    const body = `<img src="${origin}/pixel.gif" onerror="globalThis.__ran = true"><iframe src="${origin}/frame"></iframe><object data="${origin}/o"></object><video src="${origin}/v.mp4"></video><p><a href="javascript:globalThis.__ran=true">click</a></p>`;
    const article = await articleOf(htmlParser, 'hostile.html', utf8(newsPage(head, body)));
    // Give anything that might have been scheduled a chance to happen.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(g.__ran).toBeUndefined();
    expect(requests).toBe(0);
    expect(article.text).not.toMatch(/alert|globalThis|import url/);
  });
});

describe('a page built to exhaust the parser', () => {
  it('is refused when its elements nest tens of thousands of levels deep', async () => {
    const bomb = `<html><body>${'<div>'.repeat(50_000)}text</body></html>`;
    await expect(htmlParser.parse(source('deep.html', utf8(bomb)), DEFAULT_IMPORT_LIMITS)).rejects.toMatchObject({ code: 'corrupt', message: expect.stringContaining('nest more than') });
  });

  it('is refused before parsing when it holds hundreds of thousands of elements, naming how many', async () => {
    const crowd = `<html><body><p>${STORY[0]}</p>${'<div><span>x</span></div>\n'.repeat(150_000)}</body></html>`;
    await expect(htmlParser.parse(source('crowd.html', utf8(crowd)), DEFAULT_IMPORT_LIMITS)).rejects.toMatchObject({
      code: 'too-large',
      message: 'crowd.html holds about 300,003 elements, over the limit of 200,000 for one page; save the article alone (reader view or print to PDF) and import that',
    });
  });

  it('is read whole when it holds many elements but fewer than the limit', async () => {
    const long = `<html><body><article>${`<p>${STORY[0]}</p>`.repeat(2)}${'<span>x</span>\n'.repeat(50_000)}</article></body></html>`;
    const article = await articleOf(htmlParser, 'long.html', utf8(long));
    expect(article.text).toContain(STORY[0]);
  });

  it('is read as plain body text when nested too deep for the article finder but not for the parser', async () => {
    const deep = `<html><body>${'<div>'.repeat(500)}<p>${STORY[0]}</p>${'</div>'.repeat(500)}</body></html>`;
    const article = await articleOf(htmlParser, 'nested.html', utf8(deep));
    expect(article.text).toBe(STORY[0]);
  });
});

describe('importing a saved MHTML page', () => {
  const quotedPrintable = (html: string) =>
    Buffer.from(html, 'utf8')
      .toString('latin1')
      .replace(/[=\x80-\xff]/g, (ch) => `=${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
      .replace(/(.{70})/g, '$1=\n');

  const mhtml = (part: string) => `From: <Saved by Blink>
Snapshot-Content-Location: https://daily.example/kim-putin
Subject: Kim meets Putin
MIME-Version: 1.0
Content-Type: multipart/related;
\ttype="text/html";
\tboundary="----MultipartBoundary--abc123----"

------MultipartBoundary--abc123----
${part}
------MultipartBoundary--abc123----
Content-Type: image/png
Content-Transfer-Encoding: base64
Content-Location: https://daily.example/logo.png

iVBORw0KGgo=
------MultipartBoundary--abc123------
`.replace(/\r?\n/g, '\r\n');

  it('decodes the quoted-printable HTML part and reads the article from it', async () => {
    const part = `Content-Type: text/html; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\nContent-Location: https://daily.example/kim-putin\n\n${quotedPrintable(newsPage())}`;
    const article = await articleOf(mhtmlParser, 'kim.mhtml', utf8(mhtml(part)));
    expect(article.text).toBe(STORY.join('\n\n'));
    expect(article.title).toBe('Kim meets Putin');
  });

  it('decodes a base64 HTML part', async () => {
    const part = `Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${Buffer.from(newsPage()).toString('base64').replace(/(.{76})/g, '$1\n')}`;
    const article = await articleOf(mhtmlParser, 'kim.mht', utf8(mhtml(part)));
    expect(article.text).toBe(STORY.join('\n\n'));
  });

  it('fails an MHTML file without an HTML part as having no article text', async () => {
    const part = 'Content-Type: text/css\n\nbody {}';
    await expect(mhtmlParser.parse(source('x.mhtml', utf8(mhtml(part))), DEFAULT_IMPORT_LIMITS)).rejects.toMatchObject({ code: 'no-article-text' });
  });
});
