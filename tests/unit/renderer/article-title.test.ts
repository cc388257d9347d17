import { describe, expect, it } from 'vitest';
import { articleTitle } from '../../../renderer/src/app/article-title';

describe('the title an article is shown under', () => {
  it('is its title when it has one, as it is', () => {
    expect(articleTitle('Talks resume in Geneva', 'x.txt')).toBe('Talks resume in Geneva');
  });

  it('falls back to its file name with control characters and bidirectional overrides escaped, as the import panel shows it', () => {
    // Obeyed, U+202E shows the rest of the name backwards: this text file would read as "reporttxt.pdf".
    expect(articleTitle(null, 'report\u202efdp.txt')).toBe('report\\u202efdp.txt');
    expect(articleTitle(null, 'bell\u0007\nline.txt')).toBe('bell\\x07\\nline.txt');
    expect(articleTitle(null, 'Déclaration — Genève.txt')).toBe('Déclaration — Genève.txt');
  });
});
