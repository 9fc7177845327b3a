/**
 * Who may see a question's image (GET /files/attachments/<sha256>): the LSP admin of its scheme, an
 * assessor of a session of its scheme (the printed forms), a candidate whose paper holds the question.
 * Each answers with the stored image's type and size, or nothing.
 */
import type { Db } from '../open';
import { sql } from '../statements';

type Stored = { media_type: string; sha256: string };

const STORED = "SELECT a.media_type, a.sha256 FROM attachment a WHERE a.owner_table = 'item' AND a.sha256 = @sha256";

export const imageOfLsp = (db: Db, lspId: string, sha256: string) =>
  sql<[{ lspId: string; sha256: string }], Stored>(
    db,
    `${STORED} AND EXISTS (SELECT 1 FROM item_image m JOIN item i ON i.id = m.item_id JOIN scheme s ON s.id = i.scheme_id
       WHERE m.sha256 = @sha256 AND s.lsp_id = @lspId) LIMIT 1`,
  ).get({ lspId, sha256 });

/** An approved or retired question of a scheme that a session of this assessor uses. */
export const imageOfAssessor = (db: Db, assessorId: string, sha256: string) =>
  sql<[{ assessorId: string; sha256: string }], Stored>(
    db,
    `${STORED} AND EXISTS (SELECT 1 FROM item_image m JOIN item i ON i.id = m.item_id JOIN session s ON s.scheme_id = i.scheme_id
       JOIN session_candidate x ON x.session_id = s.id
       WHERE m.sha256 = @sha256 AND i.status <> 'draft' AND x.assessor_id = @assessorId) LIMIT 1`,
  ).get({ assessorId, sha256 });

/** A question on this candidate's paper in the session they signed in to. */
export const imageOnPaper = (db: Db, sessionId: string, candidateId: string, sha256: string) =>
  sql<[{ sessionId: string; candidateId: string; sha256: string }], Stored>(
    db,
    `${STORED} AND EXISTS (SELECT 1 FROM attempt t, json_each(t.item_order) j JOIN item_image m ON m.item_id = j.value
       WHERE t.session_id = @sessionId AND t.candidate_id = @candidateId AND m.sha256 = @sha256) LIMIT 1`,
  ).get({ sessionId, candidateId, sha256 });
