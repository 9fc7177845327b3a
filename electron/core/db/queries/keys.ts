import type { Db } from '../open';
import { sql } from '../statements';

export type InstallationKeyRow = {
  installationId: string;
  ageRecipient: string;
  signingPublic: string;
  fingerprint: string;
  sealer: string;
  sealedPrivate: string;
  createdAt: string;
  backupMadeAt: string | null;
  backupSha256: string | null;
  backupTestedAt: string | null;
};

export function installationKey(db: Db): InstallationKeyRow | undefined {
  return sql<[], InstallationKeyRow>(
    db,
    `SELECT installation_id AS installationId, age_recipient AS ageRecipient, signing_public AS signingPublic,
       fingerprint, sealer, sealed_private AS sealedPrivate, created_at AS createdAt, backup_made_at AS backupMadeAt,
       backup_sha256 AS backupSha256, backup_tested_at AS backupTestedAt
     FROM installation_key WHERE id = 1`,
  ).get();
}

export function insertInstallationKey(db: Db, row: Omit<InstallationKeyRow, 'backupMadeAt' | 'backupSha256' | 'backupTestedAt'>): void {
  sql<[typeof row]>(
    db,
    `INSERT INTO installation_key (id, installation_id, age_recipient, signing_public, fingerprint, sealer, sealed_private, created_at)
     VALUES (1, @installationId, @ageRecipient, @signingPublic, @fingerprint, @sealer, @sealedPrivate, @createdAt)`,
  ).run(row);
}

export function recordBackupMade(db: Db, sha256: string, at: string): void {
  // A new backup file has not been tested yet, whatever happened to the previous one.
  sql<[string, string]>(db, 'UPDATE installation_key SET backup_made_at = ?, backup_sha256 = ?, backup_tested_at = NULL WHERE id = 1').run(at, sha256);
}

export function recordBackupTested(db: Db, at: string): void {
  sql<[string]>(db, 'UPDATE installation_key SET backup_tested_at = ? WHERE id = 1').run(at);
}

export type PinRow = {
  subject: string;
  installationId: string;
  signingPublic: string;
  ageRecipient: string;
  fingerprint: string;
  label: string;
  pinnedAt: string;
  pinnedBy: string | null;
};

const PIN_COLUMNS = `subject, installation_id AS installationId, signing_public AS signingPublic, age_recipient AS ageRecipient,
  fingerprint, label, pinned_at AS pinnedAt, pinned_by AS pinnedBy`;

export function findPin(db: Db, subject: string): PinRow | undefined {
  return sql<[string], PinRow>(db, `SELECT ${PIN_COLUMNS} FROM signer_pin WHERE subject = ?`).get(subject);
}

export function listPins(db: Db): PinRow[] {
  return sql<[], PinRow>(db, `SELECT ${PIN_COLUMNS} FROM signer_pin ORDER BY label`).all();
}

export function upsertPin(db: Db, pin: PinRow): void {
  sql<[PinRow]>(
    db,
    `INSERT INTO signer_pin (subject, installation_id, signing_public, age_recipient, fingerprint, label, pinned_at, pinned_by)
     VALUES (@subject, @installationId, @signingPublic, @ageRecipient, @fingerprint, @label, @pinnedAt, @pinnedBy)
     ON CONFLICT(subject) DO UPDATE SET installation_id = excluded.installation_id, signing_public = excluded.signing_public,
       age_recipient = excluded.age_recipient, fingerprint = excluded.fingerprint, label = excluded.label,
       pinned_at = excluded.pinned_at, pinned_by = excluded.pinned_by`,
  ).run(pin);
}

/** Key restore: the restored keys count as backed up and tested (they came from a working backup). */
export function replaceInstallationKey(db: Db, row: Omit<InstallationKeyRow, 'backupMadeAt' | 'backupSha256' | 'backupTestedAt'>): void {
  sql<[typeof row]>(
    db,
    `UPDATE installation_key SET installation_id = @installationId, age_recipient = @ageRecipient, signing_public = @signingPublic,
       fingerprint = @fingerprint, sealer = @sealer, sealed_private = @sealedPrivate, backup_made_at = @createdAt,
       backup_sha256 = NULL, backup_tested_at = @createdAt WHERE id = 1`,
  ).run(row);
}

/** The same keys sealed under a new data key (admin recovery); their backup state stays. */
export function resealInstallationKey(db: Db, sealer: string, sealedPrivate: string): void {
  sql<[string, string]>(db, 'UPDATE installation_key SET sealer = ?, sealed_private = ? WHERE id = 1').run(sealer, sealedPrivate);
}
