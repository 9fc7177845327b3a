import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { BackupStatus } from '../../shared/backup';
import type { BackupCopy } from '../../shared/types';
import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import type { Clock } from '../clock';
import type { Db } from '../db/open';
import { getSetting, setSetting } from '../db/queries/settings';
import { sql } from '../db/statements';
import { listBackups, pruneBackups, restoreInto, takeBackup } from './files';
import { prepareBackupFolder } from './folder';

export const DEFAULT_EVERY_MINUTES = 5;
export const DEFAULT_KEEP = 12;
const SETTING = 'backup.rolling';

const configSchema = z.object({
  folder: z.string().min(1),
  everyMinutes: z.number().int().min(1).max(240),
  keep: z.number().int().min(1).max(1000),
});
export type BackupConfig = z.output<typeof configSchema>;

function activeSessions(db: Db): number {
  return sql<[], { n: number }>(db, 'SELECT count(*) AS n FROM session_run WHERE ended_at IS NULL').get()?.n ?? 0;
}

/**
 * The audit log's last entry other than a copy's own: every change that matters is audited. Not SQLite's
 * count of written rows, which the audit anchor's signature of each copy's own entry moves again, so every
 * tick would have found something new to copy.
 */
function lastChange(db: Db): number {
  return sql<[], { seq: number }>(db, "SELECT seq FROM audit_log WHERE action <> 'backup.taken' ORDER BY seq DESC LIMIT 1").get()?.seq ?? 0;
}

/**
 * Rolling backups into a folder the proctor or the LSP admin chose (a USB stick, another disk), keeping
 * the last K: every N minutes when the audit log has recorded a change since the last copy. It was "while a session is
 * running", which never copied an LSP office (its sessions run at the TUK) and left a session's last
 * minutes before it ended out of every copy. A failed backup is reported on the status, never thrown at
 * whoever happened to be answering.
 */
export class RollingBackups {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private lastAt: string | null = null;
  private lastError: string | null = null;
  /** lastChange() as the last copy holds it (null: none taken since this core opened). */
  private changeCopied: number | null = null;

  constructor(
    private readonly db: Db,
    private readonly dbFile: string,
    private readonly clock: Clock,
    private readonly nativeBinding?: string,
    /** How a copy is taken: the audit anchor signs every batch while one runs, so the copy ends on a signed head. */
    private readonly whileCopying: <T>(copy: () => Promise<T>) => Promise<T> = (copy) => copy(),
  ) {
    this.schedule();
  }

  config(): BackupConfig | null {
    const raw = getSetting(this.db, SETTING);
    if (!raw) return null;
    const parsed = configSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  }

  configure(principal: Principal, config: BackupConfig): BackupStatus {
    const folder = prepareBackupFolder(config.folder, this.dataDir());
    this.db.transaction(() => {
      setSetting(this.db, SETTING, JSON.stringify({ ...config, folder }));
      appendAudit(this.db, principal, { action: 'backup.configured', details: { ...config, folder } }, this.clock.now());
    })();
    this.schedule();
    return this.status();
  }

  status(): BackupStatus {
    const config = this.config();
    const files = config ? listBackups(config.folder) : [];
    return {
      configured: config !== null,
      folder: config?.folder ?? null,
      everyMinutes: config?.everyMinutes ?? DEFAULT_EVERY_MINUTES,
      keep: config?.keep ?? DEFAULT_KEEP,
      activeSessions: activeSessions(this.db),
      // After a restart, the newest file in the folder: the time it was copied is in its name and date.
      lastBackupAt: this.lastAt ?? files[0]?.at ?? null,
      lastError: this.lastError,
      files,
    };
  }

  /** One backup now (also what the timer calls). Concurrent calls share the one in progress. */
  async now(actor: Principal | null): Promise<BackupStatus> {
    const config = this.config();
    if (!config) throw new AppError('BACKUP_NOT_CONFIGURED');
    if (!this.running) {
      this.running = (async () => {
        try {
          // Checked again each time: the stick may be gone, and a folder stored by an older version was never checked.
          prepareBackupFolder(config.folder, this.dataDir());
          // Read before the copy starts: a change during it is in the copy, but one just after it would not be,
          // so either brings one more copy, never one fewer. (A restore may take the log back: any difference counts.)
          const changeBefore = lastChange(this.db);
          const file = await this.whileCopying(() => takeBackup(this.db, config.folder, this.clock.now(), this.nativeBinding));
          pruneBackups(config.folder, config.keep);
          this.lastAt = file.at;
          this.lastError = null;
          this.db.transaction(() =>
            appendAudit(this.db, actor, { action: 'backup.taken', details: { file: file.name, bytes: file.bytes } }, this.clock.now()),
          )();
          this.changeCopied = changeBefore;
        } catch (err) {
          this.lastError = err instanceof AppError ? err.code : String((err as Error).message ?? err);
          throw err;
        } finally {
          this.running = null;
        }
      })();
    }
    await this.running;
    return this.status();
  }

  /** One copy into a folder of the caller's choosing, checked like the rolling folder; kept whatever the rolling count. */
  async into(actor: Principal, folder: string): Promise<BackupCopy> {
    const checked = prepareBackupFolder(folder, this.dataDir());
    const file = await this.whileCopying(() => takeBackup(this.db, checked, this.clock.now(), this.nativeBinding));
    this.db.transaction(() =>
      appendAudit(this.db, actor, { action: 'backup.taken', details: { file: file.name, bytes: file.bytes, folder: checked } }, this.clock.now()),
    )();
    return { folder: checked, ...file };
  }

  /**
   * Replaces the live data with a backup: one listed in the configured folder, or (with `folder`) any
   * file there, which the check before copying refuses unless it is a whole Ruang Uji database. The
   * restore itself is audited afterwards.
   */
  async restore(principal: Principal, args: { name: string; reason: string; folder?: string }): Promise<BackupStatus> {
    const config = this.config();
    const source = args.folder === undefined ? this.listed(config, args.name) : named(args.folder, args.name);
    await this.running;
    await restoreInto(this.dbFile, source, this.nativeBinding);
    // The settings row came back with the backup; keep the folder the proctor uses now.
    this.db.transaction(() => {
      if (config) setSetting(this.db, SETTING, JSON.stringify(config));
      const details = { file: args.name, reason: args.reason, ...(args.folder === undefined ? {} : { folder: args.folder }) };
      appendAudit(this.db, principal, { action: 'backup.restored', details }, this.clock.now());
    })();
    return this.status();
  }

  private listed(config: BackupConfig | null, name: string): string {
    if (!config) throw new AppError('BACKUP_NOT_CONFIGURED');
    const file = listBackups(config.folder).find((b) => b.name === name);
    if (!file) throw new AppError('NOT_FOUND', { what: 'backup' });
    return path.join(config.folder, file.name);
  }

  private dataDir(): string {
    return path.dirname(path.resolve(this.dbFile));
  }

  private schedule(): void {
    if (this.timer) clearInterval(this.timer);
    const config = this.config();
    if (!config) return;
    this.timer = setInterval(() => {
      if (lastChange(this.db) !== this.changeCopied) this.now(null).catch(() => {});
    }, config.everyMinutes * 60_000);
    this.timer.unref();
  }

  /** Stops the timer; a backup in progress fails with the closing connection and leaves only a .partial file behind, which is never listed. */
  close(): void {
    if (this.timer) clearInterval(this.timer);
  }
}

/** A file name (no folder parts) in an absolute folder, which must exist. */
function named(folder: string, name: string): string {
  if (!path.isAbsolute(folder)) throw new AppError('BACKUP_FOLDER_NOT_ABSOLUTE');
  if (name !== path.basename(name) || name === '.' || name === '..') throw new AppError('NOT_FOUND', { what: 'backup' });
  const file = path.join(folder, name);
  if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', { what: 'backup' });
  return file;
}
