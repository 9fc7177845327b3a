/**
 * What an LSP office's form proposes before its first save: its changes come at desk pace, so an hour
 * between copies, and 48 of them reach back over a week of working days.
 */
export const OFFICE_BACKUP_DEFAULTS = { everyMinutes: 60, keep: 48 } as const;

/** The bounds backups/configure takes: at least one copy every four hours, and no more copies kept than a folder lists at ease. */
export const ROLLING_MAX_MINUTES = 240;
export const ROLLING_MAX_KEEP = 1000;

/** Rolling backups, as the proctor's console and the LSP admin's page show them. */
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
