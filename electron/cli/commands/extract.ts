import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { ExtractionResult } from '../../../shared/domain/extraction';
import { EXIT_SOME_FAILED } from '../exit-codes';
import { safeName } from '../../../shared/text/safe-name';

/** The file's text as the extract contract counts offsets: UTF-8, a BOM removed, nothing else changed. */
export function decodeForExtraction(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export function registerExtract(program: Command, setExit: (code: number) => void): void {
  program
    .command('extract')
    .description('find who said what in article files, without touching any archive')
    .argument('<files...>', 'UTF-8 text files')
    .option('--json', 'one JSON object per file per line (JSON Lines)')
    .action(async (files: string[], options: { json?: boolean }) => {
      const { extractStatements } = await import('../../../shared/extraction');
      for (const file of files) {
        let result: ExtractionResult;
        try {
          result = extractStatements(decodeForExtraction(await readFile(file)));
        } catch (error) {
          setExit(EXIT_SOME_FAILED);
          const reason = describeReadError(error);
          if (options.json) process.stdout.write(`${JSON.stringify({ file, error: reason })}\n`);
          process.stderr.write(`${safeName(file)}: ${safeName(reason)}\n`);
          continue;
        }
        if (options.json) process.stdout.write(`${JSON.stringify({ file, ...result })}\n`);
        else printReadable(file, result);
      }
    });
}

function describeReadError(error: unknown): string {
  if (error instanceof TypeError && /encoded data was not valid/i.test(error.message)) {
    return 'not valid UTF-8 text (import it with `parley import`, which detects other encodings)';
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

function printReadable(file: string, result: ExtractionResult): void {
  process.stdout.write(`${safeName(file)}${result.title ? ` — ${safeName(result.title)}` : ''}\n`);
  for (const s of result.statements) {
    const parts = [s.speaker.name ?? s.speaker.mention?.text ?? 'unknown speaker', s.speaker.role, s.speaker.organization];
    const who = [...new Set(parts.filter(Boolean))].join(', ');
    const nation = s.speaker.nation ? ` [${s.speaker.nation}]` : '';
    // An article's words are printed as its name is: a hostile file's escapes shown, not obeyed.
    process.stdout.write(`  ${safeName(who)}${nation} (${s.kind}): ${safeName(s.content.text.replace(/\s+/g, ' '))}\n`);
  }
}
