// The desk's backend at archive scale: filtered statement search, tagging (with its undo record),
// an article's statements, quote pairs and the undo itself, on an archive of 10,000 articles whose
// long ones hold 150 statements. The renderer's budgets are measured in Chromium by the desk-ui bench.
import { createCore } from '../electron/core';
import type { StatementSearchFilters } from '../shared/domain/desk';
import { report } from './measure';
import { buildLargeArchive } from './support/build-large-archive';

const RUNS = 30;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
}

async function time(runs: number, work: (i: number) => Promise<unknown>): Promise<{ median_ms: string; p95_ms: string }> {
  await work(0);
  const times: number[] = [];
  for (let i = 1; i <= runs; i++) {
    const started = performance.now();
    await work(i);
    times.push(performance.now() - started);
  }
  return { median_ms: median(times).toFixed(1), p95_ms: p95(times).toFixed(1) };
}

const buildStarted = performance.now();
const archive = buildLargeArchive();
const buildSeconds = (performance.now() - buildStarted) / 1000;
const core = createCore({ archivePath: archive.path });
try {
  const info = await core.handlers['archive.info']({});
  report('desk archive', { articles: info.articleCount, statements: info.statementCount, build_or_reuse_s: buildSeconds.toFixed(1) });
  const topics = await core.handlers['topics.tree']({});
  const roots = topics.filter((t) => t.parentId === null);
  const word = (i: number) => archive.vocabulary[i % archive.vocabulary.length]!;
  const nation = (i: number) => archive.nations[i % archive.nations.length]!;

  const searches: Record<string, (i: number) => StatementSearchFilters> = {
    'query': (i) => ({ query: `${word(i)} ${word(i + 7)}` }),
    'query+nation+date': (i) => ({ query: word(i), nations: [nation(i)], dateFrom: '2022-01-01', dateTo: '2023-12-31' }),
    'nation+topic+stance': (i) => ({ nations: [nation(i)], topicIds: [roots[i % roots.length]!.id], stances: ['opposes', 'concerned'] }),
    'outlet+kind+review': (i) => ({ outlets: [archive.outlets[i % archive.outlets.length]!], kinds: ['direct'], reviewStates: ['unreviewed'] }),
    'phrase OR prefix -word': (i) => ({ query: `("${word(i)} ${word(i + 1)}" OR ${word(i + 2).slice(0, 4)}*) -${word(i + 3)}` }),
  };
  for (const [name, filters] of Object.entries(searches)) {
    let hits = 0;
    const figures = await time(RUNS, async (i) => {
      hits += (await core.handlers['statements.search']({ ...filters(i), limit: 50 })).total;
    });
    report(`statements.search ${name}`, { ...figures, mean_total: Math.round(hits / (RUNS + 1)) });
  }

  const long = archive.longArticleIds;
  const longStatements = await core.handlers['statements.inArticle']({ articleId: long[0]! });
  report('statements.inArticle 150', { ...(await time(RUNS, (i) => core.handlers['statements.inArticle']({ articleId: long[i % long.length]! }))), statements: longStatements.length });

  const leaves = topics.filter((t) => t.parentId !== null);
  report(
    'statements.tag',
    await time(RUNS, (i) =>
      core.handlers['statements.tag']({ statementId: longStatements[i % longStatements.length]!.id, topicId: leaves[i % leaves.length]!.id, stance: i % 2 ? 'supports' : 'opposes' }),
    ),
  );
  if (archive.hugeArticleId !== null) {
    // The reader's worst case, as the desk loads it: the text, a first small page, then growing pages.
    const hugeId = archive.hugeArticleId;
    const cpu = process.cpuUsage();
    const text = await time(3, () => core.handlers['articles.get']({ id: hugeId }));
    const textCpu = process.cpuUsage(cpu);
    report('articles.get huge (1M lines)', { ...text, cpu_ms_per_call: ((textCpu.user + textCpu.system) / 1000 / 4).toFixed(0) });
    report('statements.inArticlePage huge first 400', await time(5, () => core.handlers['statements.inArticlePage']({ articleId: hugeId, includeRejected: true, limit: 400 })));
    const allCpu = process.cpuUsage();
    const started = performance.now();
    let pages = 0;
    let count = 0;
    let bytes = 0;
    for (let after = null as { start: number; id: number } | null, limit = 400; ; limit = Math.min(20_000, limit * 4)) {
      const page = await core.handlers['statements.inArticlePage']({ articleId: hugeId, includeRejected: true, after, limit });
      pages++;
      count += page.statements.length;
      bytes += JSON.stringify(page).length;
      if (!page.next) break;
      after = page.next;
    }
    const used = process.cpuUsage(allCpu);
    report('statements.inArticlePage huge, every page', {
      wall_ms: (performance.now() - started).toFixed(0),
      cpu_ms: ((used.user + used.system) / 1000).toFixed(0),
      pages,
      statements: count,
      json_mib: (bytes / 1024 / 1024).toFixed(1),
    });
  }
  report('history.undo (tag)', await time(RUNS, () => core.handlers['history.undo']({})));
  report('quotes.pairs 150', await time(5, (i) => core.handlers['quotes.pairs']({ articleId: long[i % long.length]! })));
  report('articles.siblings', await time(RUNS, (i) => core.handlers['articles.siblings']({ id: (i * 20) % info.articleCount + 1 })));
} finally {
  core.close();
}
