import { existsSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { BRIEFING_TEMPLATES, EXPORT_FORMATS, type BriefingTemplate, type ExportFormat } from '../../../shared/domain/briefings';
import { archiveOption, archivePathFrom } from '../archive-option';
import { EXIT_SOME_FAILED, EXIT_USAGE } from '../exit-codes';
import { safeName, safeTerminalText } from '../../../shared/text/safe-name';

interface BriefOptions {
  archive?: string;
  template: BriefingTemplate;
  topic?: string;
  format?: ExportFormat;
  out?: string;
  title?: string;
  briefing?: number;
}

const TEXT_FORMATS: readonly ExportFormat[] = ['md', 'html'];

function formatFrom(options: BriefOptions): ExportFormat {
  if (options.format) return options.format;
  const ext = options.out ? extname(options.out).slice(1).toLowerCase() : '';
  if (ext === 'markdown') return 'md';
  if (ext === 'htm') return 'html';
  return (EXPORT_FORMATS as readonly string[]).includes(ext) ? (ext as ExportFormat) : 'md';
}

export function registerBrief(program: Command, setExit: (code: number) => void): void {
  const command = program
    .command('brief')
    .description('write a cited briefing (Markdown, Word, PDF or HTML) from the archive’s statements')
    .addOption(new Option('--template <name>', 'what to fill in').choices(BRIEFING_TEMPLATES).default('positions-by-nation'))
    .option('--topic <topic>', 'only statements tagged on this topic (its name or id)')
    .addOption(new Option('--format <format>', 'output format (default: from --out, else md)').choices(EXPORT_FORMATS))
    .option('--out <file>', 'where to write it (md and html go to standard output without it)')
    .option('--title <text>', 'the briefing’s title')
    .option('--briefing <id>', 'write out a saved briefing instead of a template', (v) => {
      const id = Number(v);
      if (!Number.isInteger(id) || id < 1) throw new InvalidArgumentError(`a briefing's id is a positive whole number, not "${v}".`);
      return id;
    })
    .addOption(archiveOption())
    .action(async (options: BriefOptions) => {
      const format = formatFrom(options);
      if (!options.out && !TEXT_FORMATS.includes(format)) {
        command.error(`parley brief: --out FILE is needed for ${format} (only md and html can go to standard output).`, { exitCode: EXIT_USAGE });
      }
      const archivePath = archivePathFrom(options);
      if (!existsSync(archivePath)) {
        command.error(`parley brief: no archive at ${safeName(archivePath)}; import articles first (parley import) or name one with --archive.`, { exitCode: EXIT_USAGE });
      }
      const { openArchive } = await import('../../core/db/open');
      const { briefReport, UnknownTopicError } = await import('../../core/briefings/brief-report');
      const db = openArchive(archivePath, { readonly: true });
      let output;
      try {
        output = await briefReport(db, { format, template: options.template, topic: options.topic, title: options.title, briefingId: options.briefing });
      } catch (error) {
        if (error instanceof UnknownTopicError) command.error(`parley brief: ${error.message}`, { exitCode: EXIT_USAGE });
        throw error;
      } finally {
        db.close();
      }
      if (!options.out) {
        // On a terminal an article's words could carry escapes it would obey; piped or redirected, the
        // document goes out byte for byte.
        process.stdout.write(process.stdout.isTTY ? safeTerminalText(Buffer.from(output.bytes).toString('utf8')) : output.bytes);
        return;
      }
      try {
        writeFileSync(options.out, output.bytes);
        process.stderr.write(`Wrote ${safeName(options.out)} (${format}, ${output.bytes.length} bytes)\n`);
      } catch (error) {
        process.stderr.write(`parley brief: cannot write ${safeName(options.out)}: ${safeName(error instanceof Error ? error.message : String(error))}\n`);
        setExit(EXIT_SOME_FAILED);
      }
    });
}
