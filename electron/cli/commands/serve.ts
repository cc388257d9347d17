import { InvalidArgumentError, type Command } from 'commander';
import { archiveOption, archivePathFrom } from '../archive-option';
import { safeName } from '../../../shared/text/safe-name';

const WARM_UP_DELAY_MS = 3_000;

export function registerServe(program: Command, _setExit: (code: number) => void): void {
  program
    .command('serve')
    .description('browser mode: serve the app on 127.0.0.1 and print its private URL')
    .addOption(archiveOption())
    .option('--port <n>', 'port to listen on (default: a free one)', parsePort, 0)
    .action(async (options: { archive?: string; port: number }) => {
      // Loaded here, not with the command line: other commands need neither child_process nor the core.
      const [{ ensureRendererBuilt }, { createCore, SOURCE_BACKUP_WORKER_PATH, SOURCE_WORKER_PATH }, { startBrowserServer }] = await Promise.all([
        import('../renderer-build'),
        import('../../core'),
        import('../../server/browser-server'),
      ]);
      const rendererDir = ensureRendererBuilt((line) => process.stderr.write(`${line}\n`));
      const core = createCore({
        archivePath: archivePathFrom(options),
        importWorkerPath: SOURCE_WORKER_PATH,
        backupWorkerPath: SOURCE_BACKUP_WORKER_PATH,
      });
      const server = await startBrowserServer({ core, rendererDir, port: options.port });
      process.stdout.write(`Parley is running in browser mode at ${server.url}\n`);
      process.stdout.write(`Archive: ${safeName(core.archivePath)}. Press Ctrl+C to stop.\n`);
      // After the page has had its turn at start-up, so the first drop finds the importers ready.
      setTimeout(() => {
        void core.warmUp();
        // A daily backup, once the page has started and while nothing else is asked of the archive.
        core.backupIfDue().catch((error: unknown) => process.stderr.write(`Automatic backup failed: ${safeName(String(error))}\n`));
      }, WARM_UP_DELAY_MS).unref();
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      // Imports stop at their next slice, keeping what they committed; then the archive closes cleanly.
      await Promise.all([server.close(), core.stop()]);
    });
}

/** A port as the user typed it: whole digits from 0 to 65535, else a usage error (exit 2) before anything opens. */
function parsePort(value: string): number {
  const port = /^\d{1,5}$/.test(value) ? Number(value) : Number.NaN;
  if (!(port <= 65_535)) throw new InvalidArgumentError('A port is a whole number from 0 (a free one) to 65535.');
  return port;
}
