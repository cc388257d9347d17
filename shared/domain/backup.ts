/** One copy of the archive kept beside it (automatic, or made with "Back up now"). */
export interface BackupInfo {
  path: string;
  /** ISO 8601 time the copy was made. */
  createdAt: string;
  bytes: number;
}
