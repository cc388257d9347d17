import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../../../electron/core/import/formats/text/text-parsers';
import type { ImportSource } from '../../../../electron/core/import/formats/types';

const source = (name: string, content: string | Uint8Array, modifiedAt: Date | null = null): ImportSource => ({
  path: `/drop/${name}`,
  name,
  bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content,
  modifiedAt,
  depth: 0,
});

function articlesOf(name: string, content: string | Uint8Array, modifiedAt: Date | null = null) {
  const outcome = parsePlainText(source(name, content, modifiedAt), name.endsWith('.md') ? 'md' : 'txt');
  if (outcome.kind !== 'articles') throw new Error('expected articles');
  return outcome.articles;
}

describe('importing a plain text article', () => {
  it('keeps the text exactly as decoded, line endings included, and reads its metadata', () => {
    const text =
      'Kim and Putin meet at spaceport\r\n\r\nANKARA (AA) - North Korean leader Kim Jong-un met Russian President Vladimir Putin yesterday, officials said.\r\n' +
      'The two leaders toured the new base and held talks that lasted for several hours, according to the Kremlin.\r\n';
    const [article] = articlesOf('kim.txt', text, new Date(2023, 8, 14));
    expect(article?.text).toBe(text);
    // "yesterday" with no date in the text: the file's modification time is not the publication date.
    expect(article).toMatchObject({ title: 'Kim and Putin meet at spaceport', outlet: 'Anadolu Agency', dateline: 'ANKARA', language: 'en', publishedAt: null });
  });

  it('removes only the BOM of a UTF-8 file', () => {
    const [article] = articlesOf('bom.txt', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Body text of the story.\n')]));
    expect(article?.text).toBe('Body text of the story.\n');
  });

  it('stores markdown as written, its first heading the title and later headings subheadings', () => {
    const text = '# Talks resume in Geneva\n\nDiplomats said on Monday the talks would resume.\n\n## What comes next\n\nA second round is planned.\n';
    const [article] = articlesOf('talks.md', text);
    expect(article?.text).toBe(text);
    expect(article?.title).toBe('Talks resume in Geneva');
    expect(article?.subheadings?.map((r) => text.slice(r.start, r.end))).toEqual(['## What comes next']);
  });

  it('fails an empty or white-space-only file as empty', () => {
    expect(() => articlesOf('blank.txt', ' \n\t\n')).toThrow(expect.objectContaining({ code: 'empty' }));
  });

  it('fails binary data named .txt as unreadable', () => {
    const bytes = Uint8Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256);
    expect(() => articlesOf('data.txt', bytes)).toThrow(expect.objectContaining({ code: 'unreadable' }));
  });
});
