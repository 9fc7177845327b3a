/**
 * Who may see an APL evidence scan (GET /files/attachments/<sha256>): the LSP admin of the candidate's
 * application, and an assessor of the same LSP who may assess the application's scheme (they review
 * FR.APL.02 against it). Each answers with the stored scan's type, or nothing.
 */
import type { Db } from '../open';
import { sql } from '../statements';

type Stored = { media_type: string; sha256: string };

const STORED = `SELECT f.media_type, f.sha256 FROM attachment f
  JOIN apl_evidence e ON e.id = f.owner_id JOIN apl_application a ON a.id = e.application_id
  WHERE f.owner_table = 'apl_evidence' AND f.sha256 = @sha256 AND e.attachment_sha256 = @sha256`;

export const scanOfLsp = (db: Db, lspId: string, sha256: string) =>
  sql<[{ lspId: string; sha256: string }], Stored>(db, `${STORED} AND a.lsp_id = @lspId LIMIT 1`).get({ lspId, sha256 });

export const scanOfAssessor = (db: Db, assessorId: string, sha256: string) =>
  sql<[{ assessorId: string; sha256: string }], Stored>(
    db,
    `${STORED} AND EXISTS (SELECT 1 FROM assessor r JOIN scheme s ON s.id = a.scheme_id JOIN assessor_scheme x ON x.assessor_id = r.id AND x.scheme_code = s.code
       WHERE r.id = @assessorId AND r.lsp_id = a.lsp_id) LIMIT 1`,
  ).get({ assessorId, sha256 });
