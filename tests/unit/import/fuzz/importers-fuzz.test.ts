import { describe, expect, it } from 'vitest';
import { readSources, type SourceResult } from '../../../../electron/core/import/formats';
import { containerParsers } from '../../../../electron/core/import/formats/containers';
import { documentParsers } from '../../../../electron/core/import/formats/documents';
import { DEFAULT_IMPORT_LIMITS, ImportFailure, type FormatParser, type ImportLimits, type ParseOutcome } from '../../../../electron/core/import/formats/types';
import {
  asImportSource,
  buildCsv,
  buildDigestEml,
  buildDocx,
  buildEncryptedPdf,
  buildEml,
  buildHtml,
  buildJson,
  buildJsonl,
  buildMarkdown,
  buildMbox,
  buildMhtml,
  buildOdt,
  buildPdf,
  buildRtfBytes,
  buildText,
  buildZip,
  sampleArticle,
} from '../../../fixtures-builders';
import { mutate, seededRandom } from './mutations';

/** Total mutated files; raise it for a longer hunt, e.g. PARLEY_FUZZ_COUNT=20000. */
const TOTAL = Number(process.env.PARLEY_FUZZ_COUNT ?? 3000);
/** Change the seed to explore other mutations; a failure prints the seed and case to reproduce it. */
const SEED = Number(process.env.PARLEY_FUZZ_SEED ?? 20261128);
/** A parse that has not settled after this long counts as a hang. */
const TIME_BOUND_MS = Number(process.env.PARLEY_FUZZ_TIME_BOUND_MS ?? 10_000);

/** The limits the app uses, with a smaller expansion budget so damaged archives cannot eat the test's memory. */
const LIMITS: ImportLimits = { ...DEFAULT_IMPORT_LIMITS, maxExpandedBytes: 64 * 1024 * 1024 };

const encode = (text: string) => new TextEncoder().encode(text);

async function seedFiles(): Promise<{ name: string; bytes: Uint8Array }[]> {
  const a = sampleArticle;
  const digest = buildDigestEml([
    { headline: 'Seoul and Tokyo pledge closer coordination', source: 'Parley Wire', snippet: 'South Korea and Japan agreed to coordinate.', url: 'https://wire.example.com/a' },
    { headline: 'Pyongyang calls the launch a routine test', source: 'Example Times', snippet: 'North Korea said the launch was routine.', url: 'https://times.example.org/b' },
  ]);
  const docx = await buildDocx(a, { header: 'Parley Wire', splitRuns: true });
  return [
    { name: 'story.pdf', bytes: await buildPdf(a, { runningHeader: 'PARLEY WIRE', pageNumbers: 'page-n-of-m', hyphenate: true }) },
    { name: 'locked.pdf', bytes: buildEncryptedPdf(['A confidential cable about the talks.']) },
    { name: 'story.docx', bytes: docx },
    { name: 'story.odt', bytes: buildOdt(a) },
    { name: 'story.rtf', bytes: buildRtfBytes(a) },
    { name: 'alert.eml', bytes: encode(buildEml(a)) },
    { name: 'digest.eml', bytes: encode(digest) },
    { name: 'alerts.mbox', bytes: encode(buildMbox([buildEml(a), digest])) },
    {
      name: 'clippings.zip',
      bytes: buildZip([
        { path: 'march/story.rtf', bytes: buildRtfBytes(a) },
        { path: 'march/story.txt', bytes: buildText(a), stored: true },
        { path: 'story.docx', bytes: docx },
        { path: 'mail.zip', entries: [{ path: 'alert.eml', bytes: buildEml(a) }] },
      ]),
    },
    { name: 'story.txt', bytes: encode(buildText(a)) },
    { name: 'story.md', bytes: encode(buildMarkdown(a)) },
    { name: 'story.html', bytes: encode(buildHtml(a)) },
    { name: 'story.mhtml', bytes: encode(buildMhtml(a)) },
    { name: 'export.json', bytes: encode(buildJson(a)) },
    { name: 'export.jsonl', bytes: encode(buildJsonl(a)) },
    { name: 'export.csv', bytes: encode(buildCsv(a)) },
  ];
}

type Settled = { ok: true; value: unknown } | { ok: false; error: unknown } | { hung: true };

/** Races the work against the time bound, and also counts work that blocked the thread past it as a hang. */
async function settleWithin<T>(work: () => Promise<T>): Promise<{ result: Settled; millis: number }> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Settled>((resolve) => {
    timer = setTimeout(() => resolve({ hung: true }), TIME_BOUND_MS);
  });
  const settled = work().then(
    (value): Settled => ({ ok: true, value }),
    (error: unknown): Settled => ({ ok: false, error }),
  );
  const result = await Promise.race([settled, timeout]);
  clearTimeout(timer);
  const millis = performance.now() - started;
  return { result: millis > TIME_BOUND_MS ? { hung: true } : result, millis };
}

class Tally {
  readonly rows = new Map<string, Map<string, number>>();
  add(group: string, outcome: string): void {
    const row = this.rows.get(group) ?? new Map<string, number>();
    row.set(outcome, (row.get(outcome) ?? 0) + 1);
    this.rows.set(group, row);
  }
  print(title: string): string {
    const lines = [title];
    for (const [group, row] of [...this.rows].sort()) {
      const total = [...row.values()].reduce((s, n) => s + n, 0);
      const parts = [...row].sort((x, y) => y[1] - x[1]).map(([k, n]) => `${k} ${n}`);
      lines.push(`  ${group.padEnd(14)} ${String(total).padStart(5)} files: ${parts.join(', ')}`);
    }
    return lines.join('\n');
  }
}

function describeOutcome(outcome: ParseOutcome): string {
  return outcome.kind === 'articles' ? 'parsed' : 'container';
}

describe('importers under damaged input', () => {
  it(
    `settle every one of ${TOTAL} mutated files with articles or a clear ImportFailure, never a crash or a hang`,
    async () => {
      const seeds = await seedFiles();
      const parsers: FormatParser[] = [...documentParsers, ...containerParsers];
      const direct = new Tally();
      const driver = new Tally();
      const problems: string[] = [];
      let slowest = { millis: 0, label: '' };

      for (let index = 0; index < TOTAL; index++) {
        const seed = seeds[index % seeds.length]!;
        const random = seededRandom(SEED + index);
        const { kind, bytes } = mutate(seed.bytes, random);
        const label = `case ${index} (seed ${SEED}, ${seed.name}, ${kind}, ${bytes.length} bytes)`;
        const source = () => asImportSource(seed.name, bytes.slice(), { modifiedAt: new Date('2026-03-05T10:00:00Z') });

        const parser = parsers.find((p) => p.extensions.some((ext) => seed.name.endsWith(ext)));
        if (parser) {
          const { result, millis } = await settleWithin(() => parser.parse(source(), LIMITS));
          if (millis > slowest.millis) slowest = { millis, label };
          if ('hung' in result) {
            problems.push(`${label}: ${parser.format} parser did not settle within ${TIME_BOUND_MS} ms`);
            direct.add(parser.format, 'HUNG');
          } else if (result.ok) {
            const outcome = result.value as ParseOutcome;
            direct.add(parser.format, describeOutcome(outcome));
            if (outcome.kind === 'articles' && outcome.articles.some((a) => !/\S/.test(a.text))) {
              problems.push(`${label}: an article with empty text`);
            }
          } else if (result.error instanceof ImportFailure && result.error.message.trim() !== '') {
            direct.add(parser.format, result.error.code);
          } else {
            problems.push(`${label}: ${parser.format} parser threw ${String(result.error)}`);
            direct.add(parser.format, 'CRASH');
          }
        }

        const { result, millis } = await settleWithin(async () => {
          const results: SourceResult[] = [];
          for await (const r of readSources(source(), LIMITS)) results.push(r);
          return results;
        });
        if (millis > slowest.millis) slowest = { millis, label: `${label} via readSources` };
        if ('hung' in result) {
          problems.push(`${label}: readSources did not settle within ${TIME_BOUND_MS} ms`);
          driver.add(seed.name, 'HUNG');
        } else if (!result.ok) {
          problems.push(`${label}: readSources threw ${String(result.error)}`);
          driver.add(seed.name, 'CRASH');
        } else {
          for (const r of result.value as SourceResult[]) {
            if ('error' in r) {
              if (!(r.error instanceof ImportFailure) || r.error.message.trim() === '') {
                problems.push(`${label}: readSources reported ${String(r.error)} for ${r.path}`);
              }
              driver.add(seed.name, r.error.code);
            } else {
              driver.add(seed.name, 'parsed');
            }
          }
        }
      }

      console.log(
        [
          `Fuzzed ${TOTAL} mutated files from ${seeds.length} seed files (seed ${SEED}, time bound ${TIME_BOUND_MS} ms; slowest ${slowest.millis.toFixed(0)} ms: ${slowest.label})`,
          direct.print('Document and container parsers, called directly (outcome per file):'),
          driver.print('readSources, per result (a container yields one result per entry):'),
        ].join('\n'),
      );
      expect(problems).toEqual([]);
    },
    15 * 60_000,
  );
});
