import crypto from 'node:crypto';
import type { AuditHeadNote, AuditHeadReason, AuditHeadSummary } from '../../shared/types';
import { AppError } from '../../shared/errors';
import type { Clock } from '../clock';
import type { Db } from '../db/open';
import { lastLink } from '../db/queries/audit';
import { localHeads, rowAt, saveLocalHead, hasHeadTables, type AuditHeadRow } from '../db/queries/audit-heads';
import { installationKey } from '../db/queries/keys';
import { unsealKeyMaterial, type PrivateKeys } from '../keys/installation';
import type { KeyVault } from '../keys/vault';
import { GENESIS_HASH } from './chain';
import { MAX_NOTES, openHead, signHead, type HeadPayload } from './head';
import { headFilePath, readHeadFile, writeHeadFile, writeHeadFileAsync } from './head-file';

export type AnchorOptions = {
  db: Db;
  vault: KeyVault;
  dataDir: string;
  clock: Clock;
  /** The last audit seq before this process wrote anything: rows after it are its own. */
  startSeq: number;
  /** Where a failure to sign is told (never thrown at the caller whose change was already committed). */
  log?: (message: string, error: unknown) => void;
};

/** What signing a head takes of the installation's keys. */
type SigningKeys = Pick<PrivateKeys, 'installationId' | 'signingPublic' | 'signingKey'>;

/** Routine heads reach the head file within this long; milestones (export, backup, close…) at once. */
const FILE_DELAY_MS = 1000;

/**
 * Rows that came through the group commit (answer saves, candidate sign-ins) get a head within this long,
 * or within this many rows, not in every batch: issue 12 asked for a head at each commit batch or at
 * least every N rows, and a head in every batch put an Ed25519 signature and one more WAL page on every
 * acknowledged save (the in-process save's p99 fell from 2.7-3.1 to 2.2-2.4 times fsync p99 without it).
 * A crash inside the window leaves those rows for the next start, which signs them with an `adopted` note.
 */
export const ROUTINE_WITHIN_MS = 250;
export const ROUTINE_WITHIN_ROWS = 1000;

/** Moments that get a head of their own, signed then, even when no row came since the last one. */
const MILESTONES: ReadonlySet<AuditHeadReason> = new Set(['export', 'backup', 'session_close', 'print']);

/** The latest head signed with this installation's key, from the database or the head file, whichever is later. */
export function latestOwnHead(db: Db, file: string): { row: AuditHeadRow; payload: HeadPayload } | null {
  const own = installationKey(db);
  if (!own) return null;
  const rows = [...(hasHeadTables(db) ? localHeads(db) : []), readHeadFile(file)].filter((r): r is AuditHeadRow => r?.installationId === own.installationId);
  let best: { row: AuditHeadRow; payload: HeadPayload } | null = null;
  for (const row of rows) {
    const payload = openHead(row, own.signingPublic);
    if (payload && (!best || payload.n > best.payload.n)) best = { row, payload };
  }
  return best;
}

/**
 * Signs the head of this installation's audit chain (its last seq and hash) with the installation's
 * Ed25519 key: after every call that added rows, except that rows written through the group commit
 * (answer saves, candidate sign-ins) are signed inside a later batch's commit or by a timer, within
 * ROUTINE_WITHIN_MS; and at every export, backup, session close, print of the berita acara, verify and
 * shut-down. While the keys are locked (password protection after a restart) nothing is signed; the
 * first signature after unlocking covers those rows, which this process wrote itself.
 *
 * Rows found at start-up beyond the latest head were not written by this process: after a crash, a
 * shut-down with the keys locked, or added to the file by someone. They are signed then, and the head
 * says so (an `adopted` note) for good. A chain that contradicts its latest head at start-up (rows
 * removed or rewritten) is never silently signed over: the `contradicted` note stays in every later head.
 */
export class AuditAnchor {
  private installationId: string | null = null;
  private n = 0;
  private signedSeq = -1;
  private signedHash = '';
  private notes: AuditHeadNote[] = [];
  private unsignedNotes = false;
  private suspended = false;
  private current: AuditHeadRow | null = null;
  private fileTimer: NodeJS.Timeout | null = null;
  private fileDue = false;
  /** A routine head file write under way (off the event loop), and a counter a later write bumps to overtake it. */
  private fileWrite: Promise<void> | null = null;
  private fileGeneration = 0;
  private readonly file: string;
  /**
   * The signing key last unsealed, and the sealed text it came from: unsealing (AEAD, JSON) and parsing
   * (OpenSSL 3 takes ~1.5 ms to decode PKCS#8) ran once per commit batch, on every answer save's path
   * (sign p50 0.13 -> 0.07 ms in the answer bench). The age identity is not kept: heads do not need it.
   */
  private unsealed: { sealed: string; key: crypto.KeyObject; signingPublic: string } | null = null;
  /** The chain's end a batch left unsigned (see signInBatch), the monotonic time of the last head, and the timer that signs what was left. */
  private left: { seq: number; hash: string } | null = null;
  private signedAtMs = 0;
  private leftTimer: NodeJS.Timeout | null = null;
  /** Online backups under way: each batch they carry into their copy must bring its head along. */
  private copying = 0;

  constructor(private readonly o: AnchorOptions) {
    this.file = headFilePath(o.dataDir);
  }

  /** Reads the latest head and notes what the chain went through while this app was not running, then signs if it can. */
  start(): void {
    this.load();
    const { db } = this.o;
    const last = lastLink(db);
    const lastSeq = last?.seq ?? 0;
    const at = this.o.clock.now().toISOString();
    if (this.current) {
      const { seq, hash } = this.current;
      const row = seq > 0 ? rowAt(db, seq) : { seq: 0, hash: GENESIS_HASH };
      if (lastSeq < seq || row?.hash !== hash) this.note({ kind: 'contradicted', fromSeq: seq, toSeq: lastSeq, at });
      else if (this.o.startSeq > seq) this.note({ kind: 'adopted', fromSeq: seq + 1, toSeq: this.o.startSeq, at });
    } else if (this.o.startSeq > 0) {
      this.note({ kind: 'adopted', fromSeq: 1, toSeq: this.o.startSeq, at });
    }
    this.sign('start');
  }

  /**
   * Signs the current end of the chain when it moved (or a note waits). Returns the head now in force,
   * or null when there is none (keys locked, or an empty log). Never throws.
   */
  sign(reason: AuditHeadReason): AuditHeadRow | null {
    // A core closed twice (tests do) or a call answered after shut-down has nothing left to sign.
    if (this.suspended || !this.o.db.open) return null;
    try {
      const last = lastLink(this.o.db);
      const seq = last?.seq ?? 0;
      const hash = last?.hash ?? GENESIS_HASH;
      // Every call ends here (the dispatcher signs after each): nothing new to sign costs one query, not an unseal.
      if (reason === 'commit' && !this.unsignedNotes && seq === this.signedSeq && hash === this.signedHash) return this.current;
      // A batch's rows that signInBatch left for later: the call that wrote them is answered without a head of its own.
      if (reason === 'commit' && !this.unsignedNotes && seq === this.left?.seq && hash === this.left.hash) return this.current;
      const keys = this.keys();
      if (!keys) return this.current;
      const moved = seq !== this.signedSeq || hash !== this.signedHash || MILESTONES.has(reason);
      if (moved && (seq > 0 || this.unsignedNotes)) {
        const payload: HeadPayload = {
          format: 'ruang-uji-audit-head',
          formatVersion: 1,
          installationId: keys.installationId,
          n: this.n + 1,
          seq,
          hash,
          signedAt: this.o.clock.now().toISOString(),
          reason,
          notes: this.notes.slice(-MAX_NOTES),
        };
        const row = signHead(payload, keys);
        saveLocalHead(this.o.db, row);
        this.n = payload.n;
        this.signedSeq = seq;
        this.signedHash = hash;
        this.unsignedNotes = false;
        this.current = row;
        this.fileDue = true;
        this.signedAtMs = performance.now();
        this.forgetLeft();
      } else if (this.unsignedNotes && seq === this.signedSeq) {
        // A note with no new row to sign over: sign the same end again, so the note is not lost.
        this.signedSeq = -1;
        return this.sign(reason);
      }
      if (reason === 'commit') this.scheduleFile();
      else this.flushFile();
      return this.current;
    } catch (err) {
      this.o.log?.('audit head not signed', err);
      return this.current;
    }
  }

  /**
   * Inside a group-commit batch, before its COMMIT: signs only when the last head is ROUTINE_WITHIN_MS old
   * or ROUTINE_WITHIN_ROWS behind, or a note waits. Otherwise the rows are left to a later batch, to any
   * other call (which signs them with its own), to a milestone, or to a timer that signs them when the
   * deadline passes with no batch to do it.
   */
  signInBatch(): void {
    if (this.suspended || !this.o.db.open) return;
    const last = lastLink(this.o.db);
    const seq = last?.seq ?? 0;
    const hash = last?.hash ?? GENESIS_HASH;
    if (this.unsignedNotes || this.signedSeq < 0 || this.copying > 0) {
      this.sign('commit');
      return;
    }
    if (seq === this.signedSeq && hash === this.signedHash) return;
    const waitedMs = performance.now() - this.signedAtMs;
    if (waitedMs >= ROUTINE_WITHIN_MS || seq - this.signedSeq >= ROUTINE_WITHIN_ROWS) {
      this.left = null;
      this.sign('commit');
      return;
    }
    this.left = { seq, hash };
    if (!this.leftTimer) {
      this.leftTimer = setTimeout(() => this.signLeft(), Math.ceil(ROUTINE_WITHIN_MS - waitedMs));
      this.leftTimer.unref();
    }
  }

  /**
   * While `copy` runs (SQLite's online backup, which carries writes made during the copy into it), every
   * batch signs its head in its own commit, as rows left before it are signed at once: whenever the copy
   * ends, its chain ends on a signed head.
   */
  async signEveryBatchWhile<T>(copy: () => Promise<T>): Promise<T> {
    this.copying += 1;
    try {
      this.signLeftNow();
      return await copy();
    } finally {
      this.copying -= 1;
    }
  }

  /** The head in force, as printed on the berita acara; null before the first signature. */
  summary(): AuditHeadSummary | null {
    const head = this.current;
    if (!head) return null;
    const own = installationKey(this.o.db);
    return {
      installationId: head.installationId,
      n: head.n,
      seq: head.seq,
      hash: head.hash,
      signedAt: head.signedAt,
      reason: head.reason as AuditHeadReason,
      fingerprint: own && own.installationId === head.installationId ? own.fingerprint : null,
    };
  }

  /**
   * While a restore replaces the database underneath: nothing half-restored gets signed. Rows left for a
   * later head are signed first, so the restore's note starts where the chain really ended.
   */
  suspend(): void {
    this.signLeftNow();
    this.suspended = true;
  }

  resume(): void {
    this.suspended = false;
  }

  /**
   * After a restore rolled the chain back: the earlier head is contradicted on purpose, so the next
   * head says so (a `restored` note) instead of verify reading it as removed rows.
   */
  restored(reason: AuditHeadReason = 'restore'): AuditHeadRow | null {
    this.suspended = false;
    if (this.installationId === null) this.load();
    const lastSeq = lastLink(this.o.db)?.seq ?? 0;
    this.note({ kind: 'restored', fromSeq: Math.max(this.signedSeq, 0), toSeq: lastSeq, at: this.o.clock.now().toISOString() });
    this.signedSeq = -1;
    return this.sign(reason);
  }

  /** Shut-down: the last head is signed and on disk before the database closes. */
  close(): void {
    this.sign('close');
    this.forgetLeft();
    if (this.fileTimer) clearTimeout(this.fileTimer);
    this.fileTimer = null;
  }

  /** The deadline passed with rows left unsigned and no batch came to sign them: a head of its own. */
  private signLeft(): void {
    this.leftTimer = null;
    if (this.o.db.open) this.o.db.transaction(() => this.signLeftNow())();
  }

  private signLeftNow(): void {
    if (!this.left) return;
    this.left = null;
    this.sign('commit');
  }

  private forgetLeft(): void {
    this.left = null;
    if (this.leftTimer) clearTimeout(this.leftTimer);
    this.leftTimer = null;
  }

  private load(): void {
    const found = latestOwnHead(this.o.db, this.file);
    this.installationId = installationKey(this.o.db)?.installationId ?? null;
    if (!found) return;
    this.current = found.row;
    this.n = found.payload.n;
    this.signedSeq = found.payload.seq;
    this.signedHash = found.payload.hash;
    this.notes = [...found.payload.notes];
  }

  private note(note: AuditHeadNote): void {
    this.notes.push(note);
    this.unsignedNotes = true;
  }

  /**
   * The row's key material, or null to go on with the key held when it is the row's key sealed otherwise:
   * a restore brings back the same keys sealed under the data key of the backup's day, which the open
   * vault no longer has once a password recovery sealed them anew since (keys/recover-admin.ts). The
   * restore's own head is then signed with the key held, where nothing was signed and verify read the
   * rollback as rows removed; the next sign-in of a key holder opens the restored sealing as usual.
   */
  private unsealedOrHeld(row: { signingPublic: string }): ReturnType<typeof unsealKeyMaterial> | null {
    try {
      return unsealKeyMaterial(this.o.db, this.o.vault);
    } catch (err) {
      if (err instanceof AppError && this.unsealed?.signingPublic === row.signingPublic) return null;
      throw err;
    }
  }

  private keys(): SigningKeys | null {
    let keys: SigningKeys;
    try {
      // privateKeys(), unsealed again only when the sealed keys change (a restore). A locked vault
      // (or keys sealed by another sealer) signs nothing, kept keys or not: unsealKeyMaterial's refusals.
      const row = installationKey(this.o.db);
      if (!row || row.sealer !== this.o.vault.kind || !this.o.vault.unlocked) return null;
      if (this.unsealed?.sealed !== row.sealedPrivate) {
        const material = this.unsealedOrHeld(row);
        if (material) {
          const key = crypto.createPrivateKey({ key: Buffer.from(material.signingPrivatePkcs8, 'base64'), format: 'der', type: 'pkcs8' });
          this.unsealed = { sealed: row.sealedPrivate, key, signingPublic: row.signingPublic };
        }
      }
      if (!this.unsealed) return null;
      keys = { installationId: row.installationId, signingPublic: row.signingPublic, signingKey: this.unsealed.key };
    } catch (err) {
      if (err instanceof AppError) return null;
      throw err;
    }
    if (keys.installationId !== this.installationId) {
      // Keys restored from a backup: the chain goes on under that installation's own heads.
      this.installationId = keys.installationId;
      this.current = null;
      this.n = 0;
      this.signedSeq = -1;
      this.signedHash = '';
      this.load();
    }
    return keys;
  }

  private scheduleFile(): void {
    // A write under way schedules the next one when it ends.
    if (!this.fileDue || this.fileTimer || this.fileWrite) return;
    this.fileTimer = setTimeout(() => {
      this.fileTimer = null;
      this.writeFileInBackground();
    }, FILE_DELAY_MS);
    this.fileTimer.unref();
  }

  /**
   * Routine heads (answer saves streaming in): the file's two fsyncs run off the event loop, since
   * inline they held every waiting save for as long as the disk took (81–356 ms seen on a busy disk).
   */
  private writeFileInBackground(): void {
    if (!this.fileDue || !this.current) return;
    const row = this.current;
    const generation = ++this.fileGeneration;
    this.fileDue = false;
    this.fileWrite = writeHeadFileAsync(this.file, row, () => generation === this.fileGeneration)
      .then(
        () => undefined,
        (err: unknown) => {
          this.fileDue = true;
          this.o.log?.('audit head file not written', err);
        },
      )
      .finally(() => {
        this.fileWrite = null;
        if (this.o.db.open) this.scheduleFile();
      });
  }

  /** Milestones (export, backup, close…): on disk before the caller goes on; overtakes a routine write under way. */
  private flushFile(): void {
    if (this.fileTimer) clearTimeout(this.fileTimer);
    this.fileTimer = null;
    if (!this.fileDue || !this.current) return;
    this.fileGeneration += 1;
    writeHeadFile(this.file, this.current);
    this.fileDue = false;
  }
}
