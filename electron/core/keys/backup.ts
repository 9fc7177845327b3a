import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Decrypter } from 'age-encryption';
import { z } from 'zod';
import { dayFirst } from '../../shared/day-first';
import { AppError } from '../../shared/errors';
import type { Language } from '../../shared/i18n';
import type { Principal } from '../../shared/roles';
import type { KeyBackup } from '../../shared/types';
import { appendAudit } from '../audit/log';
import { localDate, localTimeParts, utcOffset } from '../clock';
import { encrypter } from '../bundles/cipher';
import type { BundleEnv } from '../bundles/env';
import { writeFileDurably } from '../durable-files';
import { safeFileName, transferDir } from '../bundles/transfers';
import { lspRow } from '../db/queries/lsp';
import { localHeads } from '../db/queries/audit-heads';
import * as q from '../db/queries/keys';
import { getSetting } from '../db/queries/settings';
import type { Db } from '../db/open';
import { askedLanguage } from '../setup/asked-language';
import { isTukStation, TUK_NAME_SETTING } from '../setup/installation';
import { installationPublicKeys, publicKeysOf, unsealKeyMaterial, type KeyMaterial } from './installation';
import { generatePassphrase, isStrongPassphrase } from './passphrase';

const BACKUP_FORMAT = 'ruang-uji-key-backup';
const BACKUP_FILE_WORD = { id: 'kunci', en: 'keys' } as const satisfies Record<Language, string>;
const backupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.literal(1),
    createdAt: z.string(),
    material: z.object({ installationId: z.string(), ageIdentity: z.string().startsWith('AGE-SECRET-KEY-1'), signingPrivatePkcs8: z.string() }).strict(),
  })
  .strict();

function recoverySheet(args: { station: boolean; label: string; fileName: string; sha256: string; passphrase: string; fingerprint: string; ageRecipient: string; installationId: string; createdAt: string }): string {
  // Bilingual on purpose: the sheet may be read years later by whoever holds the safe.
  return [
    'RUANG UJI — LEMBAR PEMULIHAN KUNCI / KEY RECOVERY SHEET',
    '',
    `Instalasi / Installation : ${args.label === args.installationId ? args.label : `${args.label} (${args.installationId})`}`,
    `Dibuat / Created         : ${localStamp(args.createdAt)}`,
    `Berkas / File            : ${args.fileName}`,
    `SHA-256 berkas / of file : ${args.sha256}`,
    `Frasa sandi / Passphrase : ${args.passphrase}`,
    '',
    'Sidik jari yang harus muncul setelah pemulihan / Fingerprint a restore must reproduce:',
    `    ${args.fingerprint}`,
    `Kunci publik age / age public key: ${args.ageRecipient}`,
    '',
    'Simpan lembar ini terpisah dari berkasnya. Keep this sheet apart from the file.',
    '',
    // What the sheet is for, for whoever holds it when the day comes: the commands need nothing else.
    ...newComputer(args.station, args.fileName),
    'Lupa kata sandi admin, aplikasi ditutup / Forgotten admin password, app stopped:',
    `    ruang-uji keys recover-admin ADMIN --key-backup ${args.fileName} --passphrase-file FILE --data DIR`,
    '(FILE: berkas berisi frasa sandi di atas / a file holding the passphrase above)',
    '',
    'Berkas dapat dibuka dengan / The file opens with:  age -d -o keys.json ' + args.fileName,
    '',
  ].join('\n');
}

/**
 * A new computer in place of this one. An office comes back from its data backup bundle, then its keys. A TUK
 * station makes no data backup (its screens offer none): it is set up again and takes its keys back, so the
 * LSP still knows its results' signature, and its sessions come again from the LSP.
 */
function newComputer(station: boolean, fileName: string): string[] {
  const restore = `    2. ruang-uji keys restore ${fileName} --passphrase-file FILE --as ADMIN --data DIR`;
  if (!station) {
    return [
      'Komputer baru, ke folder data kosong, tanpa penyiapan / New computer, into an empty data folder, not set up:',
      '    1. ruang-uji bundle import BACKUP.uji --kind backup --data DIR   (cadangan data / the data backup)',
      restore,
    ];
  }
  return [
    'Komputer baru: siapkan stasiun TUK lagi, lalu pulihkan kuncinya / New computer: set the TUK station up again, then restore its keys:',
    '    1. ruang-uji setup --kind tuk --tuk-name NAME --tuk-type TYPE --admin-name NAME --admin-username ADMIN --data DIR',
    '       (atau layar penyiapan aplikasi / or the app\'s set-up screen)',
    restore,
    '    3. Minta LSP mengekspor ulang paket sesi, lalu impor / Ask the LSP to export the session bundles again, then import them',
  ];
}


/**
 * Whose keys these are, as the people holding the safe know it: the LSP (code and name) or the TUK
 * station's name. It was the name of the admin who happened to make the backup.
 */
function installationLabel(db: Db, actor: Principal | null): string | null {
  const lsp = actor?.lspId ? lspRow(db, actor.lspId) : undefined;
  if (lsp) return `${lsp.name} (${lsp.code})`;
  return getSetting(db, TUK_NAME_SETTING) ?? null;
}

/**
 * The moment on this computer's clock as the app writes days and times (17/08/2026 09.42), with its offset
 * from UTC: read years later, a bare UTC stamp misleads, and a year-first day reads as no form does.
 */
function localStamp(iso: string): string {
  const d = new Date(iso);
  const { hours, minutes } = localTimeParts(d);
  return `${dayFirst(localDate(d))} ${hours}.${minutes} (UTC${utcOffset(d)})`;
}

/**
 * Writes the installation's private keys as an age file under a passphrase, plus the sheet to print. The
 * sheet names the file as it will be kept: `savedAs` where the caller places it under another name (the
 * CLI's --out), else the name written here.
 */
export async function makeKeyBackup(env: BundleEnv, actor: Principal | null, typed?: string, savedAs?: string, language?: Language): Promise<KeyBackup> {
  const passphrase = typed ?? generatePassphrase();
  if (typed !== undefined && !isStrongPassphrase(typed)) throw new AppError('BUNDLE_PASSPHRASE_WEAK');
  const material = unsealKeyMaterial(env.db, env.vault);
  const pub = installationPublicKeys(env.db);
  const now = env.clock.now();
  const body = JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, createdAt: now.toISOString(), material });
  const bytes = Buffer.from(await encrypter({ passphrase, scryptLogN: env.scryptLogN }).encrypt(body));
  // This computer's time, as the recovery sheet beside it writes it: the admin files both under the day they were made.
  const { hours, minutes, seconds } = localTimeParts(now);
  const stamp = `${localDate(now).replace(/-/g, '')}-${hours}${minutes}${seconds}`;
  // Named in the screen's language (the sheet beside it is bilingual whatever the language).
  const fileName = safeFileName(`${BACKUP_FILE_WORD[askedLanguage(env.db, language)]}-${pub.installationId.slice(0, 8)}-${stamp}`) + '.age';
  const filePath = path.join(transferDir(env.dataDir, 'exports'), fileName);
  writeFileDurably(filePath, bytes, { exclusive: true });
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  env.db.transaction(() => {
    q.recordBackupMade(env.db, sha256, now.toISOString());
    appendAudit(env.db, actor, { action: 'keys.backup', entity: 'installation', entityId: pub.installationId, details: { file: fileName, ...(savedAs ? { savedAs } : {}), sha256 } }, now);
  })();
  const label = installationLabel(env.db, actor);
  const sheet = recoverySheet({ station: isTukStation(env.db, actor), label: label ?? pub.installationId, fileName: savedAs ?? fileName, sha256, passphrase, fingerprint: pub.fingerprint, ageRecipient: pub.ageRecipient, installationId: pub.installationId, createdAt: now.toISOString() });
  return { fileName, filePath, sha256, passphrase, recoverySheet: sheet };
}

export async function readKeyBackup(file: string, passphrase: string): Promise<KeyMaterial> {
  const bytes = fs.readFileSync(file);
  // The key backup's own words: the bundle texts speak of a "paket" and of its sender.
  if (!bytes.subarray(0, 22).equals(Buffer.from('age-encryption.org/v1\n'))) throw new AppError('KEY_BACKUP_INVALID');
  const d = new Decrypter();
  d.addPassphrase(passphrase);
  let text: string;
  try {
    text = await d.decrypt(bytes, 'text');
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // Not BUNDLE_WRONG_KEY: its words are about a bundle meant for another computer's key.
    if (message.includes('no identity matched')) throw new AppError('KEY_BACKUP_WRONG_PASSPHRASE');
    throw new AppError('KEY_BACKUP_DAMAGED');
  }
  let parsed: z.infer<typeof backupSchema>;
  try {
    parsed = backupSchema.parse(JSON.parse(text));
  } catch {
    throw new AppError('KEY_BACKUP_INVALID');
  }
  return parsed.material;
}

/** Proves a backup file and its passphrase reproduce this installation's keys; replaces nothing. */
export async function testKeyRestore(env: BundleEnv, actor: Principal | null, file: string, passphrase: string): Promise<{ fingerprint: string }> {
  const material = await readKeyBackup(file, passphrase);
  const restored = await publicKeysOf(material);
  const current = installationPublicKeys(env.db);
  if (restored.signingPublic !== current.signingPublic || restored.ageRecipient !== current.ageRecipient) {
    throw new AppError('KEY_BACKUP_MISMATCH', { found: restored.fingerprint, expected: current.fingerprint });
  }
  const now = env.clock.now();
  env.db.transaction(() => {
    q.recordBackupTested(env.db, now.toISOString());
    appendAudit(env.db, actor, { action: 'keys.backup_tested', entity: 'installation', entityId: current.installationId, details: { fingerprint: current.fingerprint } }, now);
  })();
  return { fingerprint: restored.fingerprint };
}

/**
 * Data restored from a backup bundle carries the signed audit heads of the installation it came from. A key
 * backup of an installation that signed none of this data (another LSP's, or a TUK's) would make this
 * office sign and open as someone else, and results sent to its own key would no longer open: refused,
 * naming both installations as the recovery sheet names them. A fresh installation (no heads from
 * elsewhere) has nothing to contradict.
 */
function refuseForeignKeys(db: Db, restoring: string, current: string): void {
  if (restoring === current) return;
  const signers = new Set(localHeads(db).map((head) => head.installationId));
  signers.delete(current);
  if (signers.size === 0 || signers.has(restoring)) return;
  throw new AppError('KEY_BACKUP_OTHER_INSTALLATION', { found: restoring, expected: [...signers].join(', ') });
}

/**
 * Disaster recovery: the LSP's computer is gone, its key backup is not. Puts the backed-up keys in
 * place of this installation's (sealed by this installation's data key), so results encrypted to the old key
 * open again and TUKs keep trusting the signature. Audited; the replaced fingerprint is recorded.
 */
export async function restoreKeys(env: BundleEnv, actor: Principal | null, file: string, passphrase: string): Promise<{ fingerprint: string; replaced: string }> {
  const material = await readKeyBackup(file, passphrase);
  const restored = await publicKeysOf(material);
  const current = installationPublicKeys(env.db);
  refuseForeignKeys(env.db, restored.installationId, current.installationId);
  const sealed = env.vault.seal(Buffer.from(JSON.stringify(material), 'utf8')).toString('base64');
  const now = env.clock.now();
  env.db.transaction(() => {
    q.replaceInstallationKey(env.db, { ...restored, sealer: env.vault.kind, sealedPrivate: sealed, createdAt: now.toISOString() });
    appendAudit(env.db, actor, { action: 'keys.restore', entity: 'installation', entityId: restored.installationId, details: { fingerprint: restored.fingerprint, replaced: current.fingerprint } }, now);
  })();
  return { fingerprint: restored.fingerprint, replaced: current.fingerprint };
}
