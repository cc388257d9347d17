import { ImportFailure } from './types';

/**
 * Settles with the parse, or with a 'timed-out' failure once `ms` pass. A parse that awaits (PDF,
 * zip, mail) is abandoned at the bound; one that holds the event loop cannot be pre-empted in this
 * thread, so the parsers themselves keep to linear-time work and this reports it if they overrun.
 */
export async function withinTimeBound<T>(work: () => Promise<T>, ms: number, name: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const started = performance.now();
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ImportFailure('timed-out', `${name} took longer than ${Math.round(ms / 1000)} s to read and was given up`)), ms);
  });
  try {
    const running = (async () => work())();
    // A parse abandoned at the bound may still fail later; that is already reported as the timeout.
    running.catch(() => undefined);
    const result = await Promise.race([running, timeout]);
    if (performance.now() - started > ms) throw new ImportFailure('timed-out', `${name} took longer than ${Math.round(ms / 1000)} s to read and was given up`);
    return result;
  } finally {
    clearTimeout(timer);
  }
}
