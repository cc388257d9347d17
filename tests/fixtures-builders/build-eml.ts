import type { SampleArticle } from './sample-article';

export interface EmlBuildOptions {
  /** Sender as it appears in the From header. */
  from?: string;
  /** Which body parts to include. */
  parts?: 'text-and-html' | 'text' | 'html';
  /** Message date; the article's publication date at 07:30 UTC by default. */
  date?: Date;
}

/** One story in a news-alert digest. */
export interface DigestStory {
  headline: string;
  source: string;
  snippet: string;
  url: string;
}

/** A news-alert e-mail carrying the article: text/plain (quoted-printable, wrapped) and text/html (base64). */
export function buildEml(article: SampleArticle, options: EmlBuildOptions = {}): string {
  const parts = options.parts ?? 'text-and-html';
  const text = article.paragraphs.map((p) => wrapLine(p, 72)).join('\n\n');
  const html = `<!doctype html><html><body><h1>${escapeHtml(article.title)}</h1>${article.paragraphs
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n')}<footer><a href="https://alerts.example.com/unsubscribe">Unsubscribe</a></footer></body></html>`;
  return message({
    from: options.from ?? `"${article.outlet} Alerts" <alerts@parleywire.example>`,
    subject: article.title,
    date: options.date ?? new Date(`${article.publishedAt}T07:30:00Z`),
    text: parts === 'html' ? null : text,
    html: parts === 'text' ? null : html,
  });
}

/**
 * A digest in the shape news-alert services send: per story a headline, the source, a snippet and a
 * tracking link, in both a text and an HTML part.
 */
export function buildDigestEml(stories: DigestStory[], options: { subject?: string; date?: Date } = {}): string {
  const text = [
    '=== News - 3 new results for [missile launch] ===',
    '',
    ...stories.flatMap((s) => [s.headline, s.source, wrapLine(s.snippet, 72), `<${trackingLink(s.url)}>`, '']),
    '- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -',
    'Unsubscribe from this alert: <https://alerts.example.com/unsubscribe?id=42>',
  ].join('\n');
  const html = `<html><body><table>${stories
    .map(
      (s) =>
        `<tr><td><a href="${escapeHtml(trackingLink(s.url))}">${escapeHtml(s.headline)}</a>` +
        `<div>${escapeHtml(s.source)}</div><div>${escapeHtml(s.snippet)}</div></td></tr>`,
    )
    .join('')}</table><p><a href="https://alerts.example.com/unsubscribe?id=42">Unsubscribe</a></p></body></html>`;
  return message({
    from: '"News Alerts" <alerts-noreply@alerts.example.com>',
    subject: options.subject ?? 'News alert - missile launch',
    date: options.date ?? new Date('2026-03-04T08:00:00Z'),
    text,
    html,
  });
}

function trackingLink(url: string): string {
  return `https://alerts.example.com/url?rct=j&sa=t&url=${encodeURIComponent(url)}&ct=ga`;
}

function message(m: { from: string; subject: string; date: Date; text: string | null; html: string | null }): string {
  const headers = [
    `From: ${m.from}`,
    'To: analyst@ministry.example',
    `Subject: ${encodeHeader(m.subject)}`,
    `Date: ${m.date.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${m.date.getTime()}.${m.subject.length}@parleywire.example>`,
    'MIME-Version: 1.0',
  ];
  const textPart = m.text === null ? null : ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable', '', quotedPrintable(m.text)].join('\r\n');
  const htmlPart = m.html === null ? null : ['Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: base64', '', base64Lines(m.html)].join('\r\n');
  if (textPart && htmlPart) {
    const boundary = '----=_Part_parley_0001';
    return [
      ...headers,
      `Content-Type: multipart/alternative; boundary="${boundary}"`,
      '',
      'This is a multi-part message in MIME format.',
      `--${boundary}`,
      textPart,
      `--${boundary}`,
      htmlPart,
      `--${boundary}--`,
      '',
    ].join('\r\n');
  }
  return [...headers, (textPart ?? htmlPart)!, ''].join('\r\n');
}

function encodeHeader(value: string): string {
  return /^[\x20-\x7e]*$/.test(value) ? value : `=?UTF-8?B?${Buffer.from(value, 'utf8').toString('base64')}?=`;
}

function quotedPrintable(text: string): string {
  const bytes = Buffer.from(text.replace(/\r?\n/g, '\r\n'), 'utf8');
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0d && bytes[i + 1] === 0x0a) {
      lines.push(line);
      line = '';
      i++;
      continue;
    }
    const encoded = (b >= 33 && b <= 126 && b !== 61) || b === 32 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line.length + encoded.length > 75) {
      lines.push(`${line}=`);
      line = '';
    }
    line += encoded;
  }
  lines.push(line);
  return lines.map((l) => l.replace(/ $/, '=20')).join('\r\n');
}

function base64Lines(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64').replace(/(.{76})/g, '$1\r\n');
}

function wrapLine(text: string, width: number): string {
  return text.replace(new RegExp(`(.{1,${width}})(?: |$)`, 'g'), '$1\n').trimEnd();
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
