import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import type { ParsedArticle } from '../../../../../shared/domain/article';
import { articleFromHtml } from '../html/html-article';
import { assertParsableMarkup } from '../html/markup-bounds';
import { articleCharLimit, DEFAULT_IMPORT_LIMITS, ImportFailure, tooMuchText, type ImportLimits, type ImportSource, type ParseOutcome } from '../types';
import { articleFromParagraphs } from './document-article';
import { storiesInHtml, storiesInText, type DigestStory } from './mail-digest';
import { assertNotEmpty } from './parse-guard';

/** Header names that show the bytes are a mail message and not some other file named .eml. */
const MAIL_HEADER = /^(from|to|subject|date|received|return-path|message-id|mime-version|content-type|delivered-to|reply-to|x-[\w-]+):/im;
const ALERT_SENDER = /(news|alert|newsletter|no-?reply|digest|briefing|update|editor|daily|breaking|bulletin|dispatch|headlines)/i;
const OUTLET_NAME =
  /\b(news|times|post|journal|herald|tribune|gazette|agency|press|wire|daily|reuters|bloomberg|guardian|telegraph|tass|yonhap|xinhua|ria|afp|ap|bbc|cnn|nhk|kyodo|anadolu|dpa|efe|ansa)\b/i;
/** Words a sender adds to an outlet's name in its alert mails. */
const SENDER_SUFFIX = /\s*[-–—:|]?\s*\b(breaking news|news alerts?|alerts?|newsletters?|digest|updates?|briefing|daily|headlines|editors?)\s*$/i;

/**
 * An e-mail message (a news alert or newsletter) read with mailparser: one article with the subject as
 * title, or, when the message is a digest of linked stories, one article per story with its link.
 */
export async function readEml(source: ImportSource, limits: ImportLimits): Promise<ParseOutcome> {
  const describe = `The e-mail ${source.name}`;
  assertNotEmpty(source.bytes, describe);
  const head = new TextDecoder('utf-8').decode(source.bytes.subarray(0, 8192));
  if (!MAIL_HEADER.test(head)) throw new ImportFailure('corrupt', `${describe} is not an e-mail message (it has no mail headers).`);
  const mail = await simpleParser(Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength), {
    skipHtmlToText: true,
    skipTextToHtml: true,
    skipImageLinks: true,
    skipTextLinks: true,
  });
  return { kind: 'articles', format: 'eml', articles: articlesOfMail(mail, source, limits) };
}

export function articlesOfMail(mail: ParsedMail, source: ImportSource, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): ParsedArticle[] {
  const date = mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date : null;
  const publishedAt = date ? date.toISOString() : null;
  const html = typeof mail.html === 'string' ? mail.html : null;
  const text = mail.text?.trim() ? mail.text : null;
  // Bounded before the body is split into paragraphs or parsed, as a text file or a page would be.
  const maxChars = articleCharLimit(limits);
  if (text !== null && text.length > maxChars) throw tooMuchText(source.name, text.length, maxChars);
  if (html !== null) assertParsableMarkup(html, `The e-mail ${source.name}`, "save the story's text alone and import that");

  const stories = findStories(html, text);
  // One linked story that makes up most of the message is an alert for that story, with its link.
  const single = stories.length === 1 && storyLength(stories[0]!) >= 0.5 * plainLength(text, html);
  if (stories.length >= 2 || single) {
    return stories.map((story) =>
      articleFromParagraphs([story.snippet || story.headline], source, {
        title: story.headline,
        outlet: story.source,
        publishedAt,
        url: story.url,
        referenceDate: date,
      }),
    );
  }

  const title = cleanSubject(mail.subject);
  const outlet = outletOfSender(mail.from);
  if (text) {
    return [articleFromParagraphs(textParagraphs(text), source, { title, outlet, publishedAt, referenceDate: date })];
  }
  if (html) {
    const article = articleFromHtml(html, date);
    if (article) {
      return [{ ...article, title: title ?? article.title, outlet: outlet ?? article.outlet, publishedAt: publishedAt ?? article.publishedAt }];
    }
  }
  throw new ImportFailure('no-article-text', `The e-mail ${source.name} has no text in its body.`);
}

function findStories(html: string | null, text: string | null): DigestStory[] {
  const fromHtml = html ? storiesInHtml(html) : [];
  if (fromHtml.length >= 2) return fromHtml;
  const fromText = text ? storiesInText(text) : [];
  return fromText.length >= fromHtml.length ? fromText : fromHtml;
}

function storyLength(story: DigestStory): number {
  return story.headline.length + (story.source?.length ?? 0) + story.snippet.length;
}

function plainLength(text: string | null, html: string | null): number {
  if (text) return text.replace(/<?https?:\/\/\S+>?/g, '').replace(/\s+/g, ' ').trim().length;
  return (html ?? '').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().length;
}

/**
 * Plain-text mail wraps paragraphs at a fixed width: lines are rejoined within each blank-line-separated
 * block, and a signature (after a "-- " line) is left out.
 */
export function textParagraphs(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const signature = lines.findIndex((l) => l === '-- ' || l === '--');
  const body = signature >= 0 ? lines.slice(0, signature) : lines;
  return body.join('\n').split(/\n\s*\n/).map((block) => block.split('\n').map((l) => l.trim()).join(' '));
}

function cleanSubject(subject: string | undefined): string | null {
  const cleaned = (subject ?? '').replace(/^\s*((re|fwd?|fw|aw|wg|tr)\s*:\s*)+/i, '').replace(/\s+/g, ' ').trim();
  return cleaned || null;
}

/** The sender's name as outlet, when the message comes from a news outlet's alert service. */
export function outletOfSender(from: AddressObject | undefined): string | null {
  const sender = from?.value[0];
  if (!sender) return null;
  const name = (sender.name ?? '').replace(/\s+/g, ' ').trim();
  const address = sender.address ?? '';
  const [local = '', domain = ''] = address.split('@');
  if (!name) return null;
  const isAlert = ALERT_SENDER.test(local) || OUTLET_NAME.test(name) || OUTLET_NAME.test(domain.split('.')[0] ?? '');
  if (!isAlert) return null;
  const outlet = name.replace(SENDER_SUFFIX, '').trim();
  return outlet && !/^(google|bing|yahoo|microsoft|apple|feedly|inoreader)$/i.test(outlet) ? outlet : null;
}
