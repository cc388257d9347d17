import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectedText, sampleArticle } from '../../fixtures-builders/sample-article';
import { PROJECT_ROOT } from './build-renderer';
import type { FileToDrop } from './drop-files';

const SEED_PATH = join(PROJECT_ROOT, '..', 'shared', 'seed', '000_c66d6e5135f1d8f5.txt');

export interface ArticleFile extends FileToDrop {
  /** A word from the body that search must find. */
  searchWord: string;
  source: 'seed' | 'project';
}

/** A wire story the project writes itself, as a plain-text file with its headline first. */
export function projectArticle(name = 'seoul-tokyo.txt'): ArticleFile {
  const text = `${sampleArticle.title}\n\n${expectedText(sampleArticle)}\n`;
  return { name, bytes: new TextEncoder().encode(text), type: 'text/plain', searchWord: 'rapprochement', source: 'project' };
}

/** The seed article from ../shared when this machine has it, else the project's own article. */
export function seedArticle(): ArticleFile {
  if (!existsSync(SEED_PATH)) return projectArticle('000_c66d6e5135f1d8f5.txt');
  return {
    name: '000_c66d6e5135f1d8f5.txt',
    bytes: readFileSync(SEED_PATH),
    type: 'text/plain',
    searchWord: 'Vostochny',
    source: 'seed',
  };
}

export function seedIsPresent(): boolean {
  return existsSync(SEED_PATH);
}

/** A second, unrelated story, so a library of two always holds two different articles. */
export function otherArticle(): ArticleFile {
  const text = [
    'Nordic ministers back new Arctic research station',
    '',
    'HELSINKI, May 12 (Parley Wire) — Foreign ministers from five Nordic countries agreed on Monday to fund a joint research station in the Arctic, officials said.',
    '',
    '“Science in the north must stay open to everyone,” Finnish Foreign Minister Aino Lehtinen told a news conference in Helsinki.',
    '',
  ].join('\n');
  return { name: 'arctic-station.txt', bytes: new TextEncoder().encode(text), type: 'text/plain', searchWord: 'Arctic', source: 'project' };
}
