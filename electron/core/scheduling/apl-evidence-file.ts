import crypto from 'node:crypto';
import fs from 'node:fs';
import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import type { AplDetail } from '../../shared/scheduling';
import { appendAudit } from '../audit/log';
import * as q from '../db/queries/scheduling-apl';
import { newId } from '../ids';
import { dropUnreferenced, photoTypeOf, storeBlob, type PhotoEnv } from '../registry/candidate-photo';
import { aplDetail, writableContext, type AplScope } from './apl';

/** A scanned KTP, diploma or certificate: a multi-page PDF scan is larger than a photo. */
export const EVIDENCE_FILE_MAX_BYTES = 5 * 1024 * 1024;

/** PNG or JPEG (a photo of the document) or PDF (a scan), by their first bytes; nothing that can carry script into a page. */
function fileTypeOf(bytes: Uint8Array): { mediaType: string; ext: string } | null {
  const image = photoTypeOf(bytes);
  if (image) return { mediaType: image.mediaType, ext: image.mediaType === 'image/png' ? 'png' : 'jpg' };
  const pdf = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
  if (bytes.length > pdf.length && pdf.every((b, i) => bytes[i] === b)) return { mediaType: 'application/pdf', ext: 'pdf' };
  return null;
}

/**
 * Attaches (or, with no file, removes) the scan of one FR.APL.01 evidence row: stored once by hash under
 * <data>/attachments with an `attachment` row owned by the evidence row, audited with both hashes. A new
 * file changes the form, so an earlier verification is cleared as by apl/saveApplication.
 */
export function setEvidenceFile(
  env: PhotoEnv,
  principal: Principal,
  scope: AplScope,
  input: { candidateId: string; schemeId: string; round?: number; evidenceId: string },
  file: string | null,
  now: Date,
): AplDetail {
  const { db } = env;
  // A scan of a round a session used stays as it was: that session's record (APL_ROUND_USED).
  const { application } = writableContext(db, scope, input, now);
  const row = q.evidenceOf(db, application.id).find((e) => e.id === input.evidenceId);
  if (!row) throw new AppError('NOT_FOUND', { what: 'evidence' });
  let stored: { bytes: Buffer; sha256: string; mediaType: string; ext: string } | null = null;
  if (file !== null) {
    // Checked before reading: a huge upload is refused without holding it in memory.
    if (fs.statSync(file).size > EVIDENCE_FILE_MAX_BYTES) throw new AppError('APL_FILE_TOO_LARGE', { megabytes: EVIDENCE_FILE_MAX_BYTES / (1024 * 1024) });
    const bytes = fs.readFileSync(file);
    const type = fileTypeOf(bytes);
    if (!type) throw new AppError('APL_FILE_TYPE');
    stored = { bytes, sha256: crypto.createHash('sha256').update(bytes).digest('hex'), ...type };
  }
  const before = row.attachment_sha256;
  const after = stored?.sha256 ?? null;
  if (before === after) return aplDetail(db, scope, input.candidateId, input.schemeId, now);
  const added = stored ? storeBlob(env.dataDir, stored.sha256, stored.bytes) : false;
  try {
    db.transaction(() => {
      q.deleteEvidenceAttachment(db, row.id);
      if (stored) {
        q.insertEvidenceAttachment(db, row.id, { id: newId(), name: `evidence.${stored.ext}`, media_type: stored.mediaType, sha256: stored.sha256, size: stored.bytes.length });
      }
      q.setEvidenceAttachment(db, row.id, after);
      q.updateApplication(db, { ...application, saved_at: now.toISOString(), saved_by: principal.accountId, verified_result: null, verified_note: null, verified_at: null, verified_by: null });
      appendAudit(
        db,
        principal,
        {
          action: 'apl01.evidenceFile',
          entity: 'apl_application',
          entityId: application.id,
          details: { evidenceId: row.id, before: { sha256: before }, after: { sha256: after }, verificationCleared: application.verified_at !== null },
        },
        now,
      );
    })();
  } catch (err) {
    if (added && stored) dropUnreferenced(env, stored.sha256);
    throw err;
  }
  dropUnreferenced(env, before);
  return aplDetail(db, scope, input.candidateId, input.schemeId, now);
}
