// Builds small brat-format corpora in temp folders, the way PolNeAR lays them out.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtractedStatement, StatementKind } from '../../../shared/domain/extraction';

/** Brat offsets count code points: find `needle` in `text` and give its code-point span. */
export function codePointSpan(text: string, needle: string, from = 0): string {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`"${needle}" not in text`);
  const start = Array.from(text.slice(0, at)).length;
  return `${start} ${start + Array.from(needle).length}`;
}

export function makeCorpus(files: Record<string, { text: string; anns: Record<string, string> }>): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-'));
  mkdirSync(join(dir, 'text'));
  mkdirSync(join(dir, 'attributions'));
  for (const [name, { text, anns }] of Object.entries(files)) {
    writeFileSync(join(dir, 'text', `${name}.txt`), text);
    for (const [suffix, ann] of Object.entries(anns)) writeFileSync(join(dir, 'attributions', `${name}_${suffix}.ann`), ann);
  }
  return dir;
}

/** A predicted statement over `text`, located by its content and (optional) speaker words. */
export function predicted(
  text: string,
  content: string,
  speaker: { mention?: string; name?: string | null } = {},
  kind: StatementKind = 'indirect',
): ExtractedStatement {
  const at = text.indexOf(content);
  if (at < 0) throw new Error(`"${content}" not in text`);
  const mentionAt = speaker.mention === undefined ? -1 : text.indexOf(speaker.mention);
  const mention =
    speaker.mention === undefined ? null : { start: mentionAt, end: mentionAt + speaker.mention.length, text: speaker.mention };
  return {
    kind,
    content: { start: at, end: at + content.length, text: content },
    cue: null,
    speaker: { mention, name: speaker.name === undefined ? (speaker.mention ?? null) : speaker.name, role: null, organization: null, nation: null },
    confidence: 1,
  };
}
