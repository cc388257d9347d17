import { describe, expect, it } from 'vitest';
import { articleFromHtml } from '../../../electron/core/import/formats/html/html-article';
import { WARM_UP_TEXTS, warmUpFile, warmUpText } from '../../../electron/core/import/warm-up-text';
import { NATION_EVIDENCE_KINDS } from '../../../shared/domain/extraction';
import { extractStatements } from '../../../shared/extraction';
import { findDateline } from '../../../shared/extraction/dateline';

// The warm-up is only worth its time if it takes the paths real wire copy takes: code compiled on
// a narrow sample is thrown away and compiled again during the first import.
describe('worker warm-up texts', () => {
  const texts = Array.from({ length: WARM_UP_TEXTS }, (_, i) => warmUpText(i));
  const results = texts.map((text) => extractStatements(text));
  const statements = results.flatMap((r) => r.statements);

  it('differ from one another', () => {
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('quote in every style the quote finder knows', () => {
    const all = texts.join('\n');
    for (const mark of ['“', '”', '"', '‘', '’', "''", '«', '»', '„']) expect(all).toContain(mark);
    // A file ending on its closing mark, with no newline after it.
    expect(texts.some((text) => text.endsWith('"'))).toBe(true);
  });

  it('give direct, indirect and mixed statements, speakers named through pronouns, and every kind of nation evidence', () => {
    expect(new Set(statements.map((s) => s.kind))).toEqual(new Set(['direct', 'indirect', 'mixed']));
    expect(statements.some((s) => /^(he|she)$/i.test(s.speaker.mention?.text ?? '') && s.speaker.name !== null)).toBe(true);
    expect(new Set(statements.flatMap((s) => (s.speaker.nationEvidence ? [s.speaker.nationEvidence.kind] : [])))).toEqual(new Set(NATION_EVIDENCE_KINDS));
  });

  it('open with headlines, some in capitals, and wire datelines', () => {
    expect(results.every((r) => r.title !== null)).toBe(true);
    expect(texts.some((text) => /^[A-Z' ,]{20,}$/m.test(text.split('\n')[0]!))).toBe(true);
    expect(texts.filter((text) => findDateline(text) !== null).length).toBeGreaterThan(WARM_UP_TEXTS / 4);
  });

  it('include web pages that the page reader reads back to the same article, so it is loaded and compiled too', () => {
    const files = Array.from({ length: WARM_UP_TEXTS }, (_, i) => ({ index: i, ...warmUpFile(i) }));
    const pages = files.filter((f) => f.name.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(files.filter((f) => f.name.endsWith('.txt')).every((f) => f.text === warmUpText(f.index))).toBe(true);
    for (const page of pages) {
      const article = articleFromHtml(page.text, null);
      const lines = warmUpText(page.index).split('\n').filter((line) => line.trim());
      expect(article?.title).toBe(lines[0]);
      expect(article?.text).toContain(lines.at(-1)!.trim());
      expect(extractStatements(article!.text).statements.length).toBeGreaterThan(0);
    }
  });
});
