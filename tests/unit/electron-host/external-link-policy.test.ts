import { describe, expect, it } from 'vitest';
import { externalUrlOrNull } from '../../../electron/main/external-link-policy';

describe('links Parley hands to the operating system', () => {
  it('opens web pages and e-mail addresses', () => {
    expect(externalUrlOrNull('https://www.state.gov/briefings/')).toBe('https://www.state.gov/briefings/');
    expect(externalUrlOrNull('http://example.org/a?b=c#d')).toBe('http://example.org/a?b=c#d');
    expect(externalUrlOrNull('mailto:desk@example.org')).toBe('mailto:desk@example.org');
  });

  it('normalizes what it opens, so the OS sees exactly the checked URL', () => {
    expect(externalUrlOrNull('HTTPS://Example.ORG/path with space')).toBe('https://example.org/path%20with%20space');
  });

  it.each([
    ['a local file', 'file:///etc/passwd'],
    ['a Windows share', 'file://server/share/run.exe'],
    ['script', 'javascript:alert(1)'],
    ['inline data', 'data:text/html,<script>alert(1)</script>'],
    ['another app’s scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['an SMB share', 'smb://server/share'],
    ['a shell command scheme', 'vscode://file/etc/passwd'],
    ['a relative path', '/etc/passwd'],
    ['nothing', ''],
    ['not a URL', 'not a url'],
    ['a web link hiding its destination behind credentials', 'https://www.state.gov@evil.example/'],
    ['an empty e-mail link', 'mailto:'],
  ])('refuses %s', (_what, url) => {
    expect(externalUrlOrNull(url)).toBeNull();
  });

  it('refuses what is not a string at all', () => {
    expect(externalUrlOrNull(undefined)).toBeNull();
    expect(externalUrlOrNull({ href: 'https://example.org' })).toBeNull();
    expect(externalUrlOrNull(`https://example.org/${'a'.repeat(9000)}`)).toBeNull();
  });
});
