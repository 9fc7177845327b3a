import fs from 'node:fs';
import { AppError } from '../../shared/errors';
import { resolveSession } from '../auth/sessions';
import type { Clock } from '../clock';
import type { Db } from '../db/open';
import * as scans from '../db/queries/apl-evidence-access';
import * as q from '../db/queries/item-image-access';
import { candidatePhotoFile } from '../registry/candidate-photo';
import { registryLsp } from '../registry/scope';
import { blobPath } from './store';

export type AttachmentEnv = { db: Db; dataDir: string; clock: Clock };
export type AttachmentFile = { file: string; mediaType: string; size: number };

function served(env: AttachmentEnv, row: { media_type: string; sha256: string } | undefined): AttachmentFile {
  const file = row ? blobPath(env.dataDir, row.sha256) : null;
  if (!row || !file || !fs.existsSync(file)) throw new AppError('NOT_FOUND', { what: 'file' });
  return { file, mediaType: row.media_type, size: fs.statSync(file).size };
}

/**
 * GET /files/attachments/<sha256> (room server and app://), by the caller's bearer token:
 * - the LSP admin: the photos of the LSP's candidates, the images of its questions and the evidence
 *   scans of its candidates' FR.APL.01;
 * - an assessor: the images of the questions of their sessions' schemes (the printed FR.IA.05/06), and
 *   the APL evidence scans of applications for schemes they may assess (their FR.APL.02 review);
 * - a candidate: only the images of the questions on their own paper, in the session they signed in
 *   to; an image of another paper is not found, whoever else has it.
 * A proctor sees none (FORBIDDEN), as before.
 */
export function attachmentForToken(env: AttachmentEnv, token: string | null, sha256: string): AttachmentFile {
  const signedIn = resolveSession(env.db, env.clock, token);
  if (!signedIn) throw new AppError('UNAUTHENTICATED');
  const { principal, examSessionId } = signedIn;
  const hash = /^[0-9a-f]{64}$/.test(sha256) ? sha256 : null;
  switch (principal.role) {
    case 'lsp_admin': {
      const lspId = registryLsp(principal);
      const stored = hash ? (q.imageOfLsp(env.db, lspId, hash) ?? scans.scanOfLsp(env.db, lspId, hash)) : undefined;
      return stored ? served(env, stored) : candidatePhotoFile(env, lspId, sha256);
    }
    case 'assessor': {
      const assessorId = principal.assessorId;
      return served(env, hash && assessorId ? (q.imageOfAssessor(env.db, assessorId, hash) ?? scans.scanOfAssessor(env.db, assessorId, hash)) : undefined);
    }
    case 'candidate':
      return served(env, hash && examSessionId && principal.candidateId ? q.imageOnPaper(env.db, examSessionId, principal.candidateId, hash) : undefined);
    default:
      throw new AppError('FORBIDDEN', { role: principal.role, method: 'files' });
  }
}
