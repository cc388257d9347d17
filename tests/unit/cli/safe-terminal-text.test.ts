import { describe, expect, it } from 'vitest';
import { safeName, safeTerminalText } from '../../../shared/text/safe-name';

describe('text shown on a terminal', () => {
  it('a name is one line: breaks, tabs, escapes and bidirectional overrides are all shown, none obeyed', () => {
    expect(safeName('a\nImported 99\x1b[2J\u202etxt.exe\t')).toBe('a\\nImported 99\\x1b[2J\\u202etxt.exe\\t');
  });

  it('a briefing keeps its lines and tabs but shows an escape or an override a quote carried', () => {
    const md = '## Sweden\n\n> “We will not\x1b]0;owned\x07 accept it.”\n\t— Anna Berg \u202eevil\n';
    expect(safeTerminalText(md)).toBe('## Sweden\n\n> “We will not\\x1b]0;owned\\x07 accept it.”\n\t— Anna Berg \\u202eevil\n');
  });

  it('leaves ordinary text of any script as it is', () => {
    const text = 'Сергей Лавров: «Нет».\nKim Jong-un — 김정은\n';
    expect(safeTerminalText(text)).toBe(text);
  });
});
