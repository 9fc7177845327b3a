/** Rolling backups of the exam day, as the proctor's console shows them. */
export type BackupStatus = {
  configured: boolean;
  folder: string | null;
  everyMinutes: number;
  keep: number;
  activeSessions: number;
  lastBackupAt: string | null;
  lastError: string | null;
  files: readonly { name: string; bytes: number; at: string }[];
};
