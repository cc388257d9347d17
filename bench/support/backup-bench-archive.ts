// The ~300 MB archive the backup benchmarks copy, check and restore: PolNeAR train again and again,
// each copy a new edition so every text is a new article. One definition, because the benchmarks
// share the cached file its name gives.
import { cachedArticleArchive } from './cached-article-archive';

export const BACKUP_BENCH_MIB = 300;

export function backupBenchArchive(texts: readonly string[]): string {
  return cachedArticleArchive({
    name: `backup-${BACKUP_BENCH_MIB}mib`,
    textOf: (i) => `Edition ${Math.floor(i / texts.length)}. ${texts[i % texts.length]!}`,
    bytes: BACKUP_BENCH_MIB * 1024 * 1024,
  });
}
