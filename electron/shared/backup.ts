/**
 * What an LSP office's form proposes before its first save: its changes come at desk pace, so an hour
 * between copies, and 48 of them reach back over a week of working days.
 */
export const OFFICE_BACKUP_DEFAULTS = { everyMinutes: 60, keep: 48 } as const;

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
