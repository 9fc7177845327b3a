import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import type { CandidateDetail } from '../../shared/registry';
import { adoptBlob, blobPath } from '../attachments/store';
import { appendAudit } from '../audit/log';
import type { Db } from '../db/open';
import { isBlobReferenced } from '../db/queries/bundles';
import * as q from '../db/queries/candidate-photo';
import { newId } from '../ids';
import { detailOf, getCandidate } from './candidates';

/** A passport-style photo is tens of kilobytes; 2 MB leaves room for a phone's picture and no more. */
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;

type PhotoType = { mediaType: 'image/png' | 'image/jpeg'; name: string };

/**
 * Only PNG and JPEG, told by their first bytes, never by a name or a declared type: an SVG can carry
 * script, and a GIF or anything else is not what a BNSP record holds.
 */
export function photoTypeOf(bytes: Uint8Array): PhotoType | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length > png.length && png.every((b, i) => bytes[i] === b)) return { mediaType: 'image/png', name: 'photo.png' };
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { mediaType: 'image/jpeg', name: 'photo.jpg' };
  return null;
}

export type PhotoEnv = { db: Db; dataDir: string };

function readPhoto(file: string): { bytes: Buffer; type: PhotoType; sha256: string } {
  // Checked before reading: a huge upload is refused without holding it in memory.
  if (fs.statSync(file).size > PHOTO_MAX_BYTES) throw new AppError('PHOTO_TOO_LARGE', { megabytes: PHOTO_MAX_BYTES / (1024 * 1024) });
  const bytes = fs.readFileSync(file);
  const type = photoTypeOf(bytes);
  if (!type) throw new AppError('PHOTO_NOT_PNG_OR_JPEG');
  return { bytes, type, sha256: crypto.createHash('sha256').update(bytes).digest('hex') };
}

/** Puts the bytes that were hashed (not the upload, which could still change) into the store; APL evidence files too. */
export function storeBlob(dataDir: string, sha256: string, bytes: Buffer): boolean {
  if (fs.existsSync(blobPath(dataDir, sha256))) return false;
  const dir = path.dirname(blobPath(dataDir, sha256));
  fs.mkdirSync(dir, { recursive: true });
  const partial = path.join(dir, `${sha256}.${crypto.randomUUID()}.partial`);
  fs.writeFileSync(partial, bytes, { flag: 'wx' });
  adoptBlob(dataDir, sha256, partial);
  return true;
}

/** Removes a stored file no attachment row names any more (personal data does not linger). */
export function dropUnreferenced(env: PhotoEnv, sha256: string | null): void {
  if (sha256 && !isBlobReferenced(env.db, sha256)) fs.rmSync(blobPath(env.dataDir, sha256), { force: true });
}

/**
 * Sets (or, with no file, removes) the candidate's photo: the attachment row and photo_sha256 change
 * together, audited with both hashes; the same photo again changes nothing. A photo no row names any
 * more leaves the store, since it is personal data.
 */
export function setCandidatePhoto(env: PhotoEnv, principal: Principal, lspId: string, candidateId: string, file: string | null, now: Date): CandidateDetail {
  const before = getCandidate(env.db, lspId, candidateId);
  const photo = file === null ? null : readPhoto(file);
  const after = photo?.sha256 ?? null;
  if (after === before.photo_sha256 && (after === null || q.photoAttachment(env.db, candidateId, after))) return detailOf(before);
  const added = photo ? storeBlob(env.dataDir, photo.sha256, photo.bytes) : false;
  try {
    env.db.transaction(() => {
      if (before.photo_sha256) q.deletePhotoAttachment(env.db, candidateId, before.photo_sha256);
      if (photo) {
        q.insertPhotoAttachment(env.db, { id: newId(), owner_id: candidateId, name: photo.type.name, media_type: photo.type.mediaType, sha256: photo.sha256, size: photo.bytes.length });
      }
      q.setPhotoSha256(env.db, lspId, candidateId, after);
      appendAudit(
        env.db,
        principal,
        { action: after ? 'candidate.photo.set' : 'candidate.photo.remove', entity: 'candidate', entityId: candidateId, details: { before: { photoSha256: before.photo_sha256 }, after: { photoSha256: after } } },
        now,
      );
    })();
  } catch (err) {
    if (added && photo) dropUnreferenced(env, photo.sha256);
    throw err;
  }
  if (before.photo_sha256 !== after) dropUnreferenced(env, before.photo_sha256);
  return detailOf({ ...before, photo_sha256: after });
}

/** The stored photo behind a hash, for the admin of an LSP one of whose candidates has it. */
export function candidatePhotoFile(env: PhotoEnv, lspId: string, sha256: string): { file: string; mediaType: string; size: number } {
  const row = /^[0-9a-f]{64}$/.test(sha256) ? q.lspPhoto(env.db, lspId, sha256) : undefined;
  const file = row ? blobPath(env.dataDir, row.sha256) : null;
  if (!row || !file || !fs.existsSync(file)) throw new AppError('NOT_FOUND', { what: 'photo' });
  return { file, mediaType: row.media_type, size: fs.statSync(file).size };
}
