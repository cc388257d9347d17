import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/content-security-policy';

const indexHtml = readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8');

function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name = '', ...values] = d.split(/\s+/);
        return [name, values.join(' ')];
      }),
  );
}

describe('the content security policy of Parley’s page', () => {
  it('sent as a header says what index.html says, plus what only a header can say', () => {
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(indexHtml)?.[1];
    expect(meta, 'renderer/index.html has a CSP <meta>').toBeDefined();
    const header = directives(CONTENT_SECURITY_POLICY);
    for (const [name, value] of directives(meta ?? '')) expect(header.get(name), name).toBe(value);
    // Browsers ignore these in a <meta>.
    const headerOnly = [...header.keys()].filter((name) => !directives(meta ?? '').has(name));
    expect(headerOnly.every((name) => ['frame-ancestors', 'sandbox', 'report-uri', 'report-to'].includes(name))).toBe(true);
  });

  it('runs only Parley’s own scripts and loads nothing from elsewhere', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('connect-src')).toBe("'self'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*|https?:/);
  });
});
