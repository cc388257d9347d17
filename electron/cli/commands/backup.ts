import type { Command } from 'commander';
import { safeName } from '../../../shared/text/safe-name';
import { archiveOption, archivePathFrom } from '../archive-option';
import { EXIT_SOME_FAILED } from '../exit-codes';

export function registerBackup(program: Command, setExit: (code: number) => void): void {
  program
    .command('backup')
    .description('copy the archive now (SQLite online backup) into <archive>.backups/, keeping the newest 10')
    .addOption(archiveOption())
    .option('--list', 'list the backups instead, newest first')
    .action(async (options: { archive?: string; list?: boolean }) => {
      const archivePath = archivePathFrom(options);
      const { listBackups } = await import('../../core/backup/backups');
      if (options.list) {
        const backups = listBackups(archivePath);
        for (const b of backups) process.stdout.write(`${b.createdAt}\t${Math.round(b.bytes / 1024)} KiB\t${safeName(b.path)}\n`);
        if (backups.length === 0) process.stdout.write(`No backups of ${safeName(archivePath)} yet.\n`);
        return;
      }
      const { createCore, SOURCE_BACKUP_WORKER_PATH } = await import('../../core');
      const core = createCore({ archivePath, readonly: true, backupWorkerPath: SOURCE_BACKUP_WORKER_PATH });
      try {
        const made = await core.handlers['backups.create']({});
        process.stdout.write(`Backed up ${safeName(archivePath)} to ${safeName(made.path)}\n`);
      } finally {
        core.close();
      }
    });

  program
    .command('restore')
    .description('put a backup (default: the latest) in the archive’s place; the current file is set aside, never overwritten')
    .argument('[backup]', 'backup file (see parley backup --list)')
    .addOption(archiveOption())
    .action(async (backup: string | undefined, options: { archive?: string }) => {
      const archivePath = archivePathFrom(options);
      const { latestUsableBackup, listBackups, restoreBackup } = await import('../../core/backup/backups');
      const chosen = backup ?? latestUsableBackup(archivePath)?.path;
      if (!chosen) {
        const name = safeName(archivePath);
        const none = listBackups(archivePath).length === 0 ? `there are no backups of ${name}` : `every backup of ${name} fails its integrity check`;
        process.stderr.write(`parley restore: ${none}\n`);
        setExit(EXIT_SOME_FAILED);
        return;
      }
      const { setAside } = restoreBackup(archivePath, chosen);
      process.stdout.write(`Restored ${safeName(chosen)} as ${safeName(archivePath)}\n`);
      if (setAside) process.stdout.write(`The file it replaced was kept as ${safeName(setAside)}\n`);
    });
}
