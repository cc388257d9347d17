import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CHUNK_ARTICLES, type PreparedResult, type PrepareTask } from '../../../electron/core/import/prepare';
import { PreparePool, SOURCE_WORKER_PATH } from '../../../electron/core/import/prepare-pool';
import { buildJsonl, sampleArticle } from '../../fixtures-builders';
import { useTempDir } from '../../support/temp-dir';

async function collect(pool: PreparePool, tasks: PrepareTask[]): Promise<PreparedResult[]> {
  const out: PreparedResult[] = [];
  async function* feed() {
    yield* tasks;
  }
  for await (const r of pool.run(feed())) out.push(r);
  return out;
}

describe('preparing imports on worker threads', () => {
  const tempDir = useTempDir();
  const pools: PreparePool[] = [];
  afterEach(() => {
    for (const pool of pools.splice(0)) pool.close();
  });

  it('gives the same results as preparing in-process, in task order', async () => {
    const dir = tempDir();
    const tasks: PrepareTask[] = [];
    for (let i = 0; i < 12; i++) {
      const path = join(dir, `story-${i}.txt`);
      writeFileSync(path, `Story ${i}\n\nThe envoy said, “Round ${i} of the talks was useful.”\n`);
      tasks.push({ kind: 'file', path });
    }
    const bulk = join(dir, 'export.jsonl');
    writeFileSync(bulk, buildJsonl(sampleArticle, 450));
    tasks.push({ kind: 'file', path: bulk });
    tasks.push({ kind: 'file', path: join(dir, 'missing.txt') });
    tasks.push({ kind: 'source', source: { path: 'drop/empty.txt', name: 'empty.txt', bytes: new Uint8Array(), modifiedAt: null, depth: 0 } });

    const workers = new PreparePool({ workerPath: SOURCE_WORKER_PATH, size: 2 });
    const inProcess = new PreparePool({ workerPath: null });
    pools.push(workers, inProcess);
    const [viaWorkers, local] = await Promise.all([collect(workers, tasks), collect(inProcess, tasks)]);

    // A bulk file arrives in chunks, only the first carrying its bytes.
    const chunks = viaWorkers.filter((r) => r.path === bulk);
    expect(chunks.map((c) => ('articles' in c ? [c.continued, c.source.stored !== null, c.articles.length] : null))).toEqual([
      [false, true, CHUNK_ARTICLES],
      ...Array.from({ length: Math.ceil(450 / CHUNK_ARTICLES) - 2 }, () => [true, false, CHUNK_ARTICLES]),
      [true, false, 450 % CHUNK_ARTICLES || CHUNK_ARTICLES],
    ]);
    const paths = [...new Set(viaWorkers.map((r) => r.path))];
    expect(paths).toEqual(tasks.map((t) => (t.kind === 'source' ? t.source.path : t.path)));
    expect(viaWorkers).toEqual(local);
    const first = viaWorkers[0]!;
    expect('articles' in first && first.articles[0]!.extraction!.statements.length).toBeGreaterThan(0);
    expect(viaWorkers.at(-2)).toMatchObject({ error: { code: 'unreadable', message: 'missing.txt was not found' } });
    expect(viaWorkers.at(-1)).toMatchObject({ error: { code: 'empty' } });
  }, 60_000);

  it('warms its workers without holding up a task sent meanwhile, and gives the same results warmed', async () => {
    const dir = tempDir();
    const tasks: PrepareTask[] = [0, 1, 2].map((i) => {
      const path = join(dir, `note-${i}.txt`);
      writeFileSync(path, `Note ${i}\n\nThe minister said, “Item ${i} is settled.”\n`);
      return { kind: 'file', path };
    });
    const workers = new PreparePool({ workerPath: SOURCE_WORKER_PATH, size: 2 });
    const inProcess = new PreparePool({ workerPath: null });
    pools.push(workers, inProcess);
    const warmed = workers.warm();
    const local = await collect(inProcess, tasks);
    // Sent while the workers warm up: the warm-up gives way.
    expect(await collect(workers, tasks)).toEqual(local);
    await warmed;
    expect(await collect(workers, tasks)).toEqual(local);
    // Warm again: the workers are there already, nothing to wait for.
    await workers.warm();
  }, 60_000);

  it('fails a file whose reading needs more memory than a worker may have, alone: the files beside it import', async () => {
    const dir = tempDir();
    // Within the page limits (under 200,000 elements), yet its tree alone needs more than this test's
    // small heap allows.
    const page = join(dir, 'huge-page.html');
    const paragraphs = Array.from({ length: 90_000 }, (_, i) => `<p><span>Paragraph ${i} of a page that is mostly markup.</span></p>`);
    writeFileSync(page, `<!doctype html><html><head><title>Huge</title></head><body><article>${paragraphs.join('')}</article></body></html>`);
    const tasks: PrepareTask[] = [{ kind: 'file', path: page }];
    for (let i = 0; i < 3; i++) {
      const path = join(dir, `note-${i}.txt`);
      writeFileSync(path, `Note ${i}\n\nThe minister said, “Item ${i} is settled.”\n`);
      tasks.push({ kind: 'file', path });
    }
    const workers = new PreparePool({ workerPath: SOURCE_WORKER_PATH, size: 2, heapLimitMb: 160 });
    pools.push(workers);
    const results = await collect(workers, tasks);

    expect(results[0]).toEqual({
      path: page,
      error: { code: 'too-large', message: 'huge-page.html was given up: reading it needed more than 160 MB of memory' },
    });
    expect(results.slice(1).map((r) => ('articles' in r ? r.articles[0]!.article.title : r))).toEqual(['Note 0', 'Note 1', 'Note 2']);
  }, 120_000);
});
