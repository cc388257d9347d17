import * as z from 'zod';
import type { BackupInfo } from '../domain/backup';
import { call } from './calls';

/** Backups of the archive, made with SQLite's online backup while the archive stays in use. */
export const backupCalls = {
  'backups.list': call<BackupInfo[]>()(() => z.object({}).strict()),
  'backups.create': call<BackupInfo>()(() => z.object({}).strict()),
} as const;
