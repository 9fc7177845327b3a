/** The candidate's photo: one row of `attachment` (owner_table 'candidate') beside candidate.photo_sha256. */
import type { Db } from '../open';
import { sql } from '../statements';

/** The photo's row among the candidate's attachments (a portfolio file may share its owner, even its bytes). */
const IS_PHOTO = "name IN ('photo.png', 'photo.jpg')";

export type PhotoAttachmentRow = { id: string; media_type: string; sha256: string; size: number };

export const photoAttachment = (db: Db, candidateId: string, sha256: string) =>
  sql<[string, string], PhotoAttachmentRow>(
    db,
    `SELECT id, media_type, sha256, size FROM attachment WHERE owner_table = 'candidate' AND owner_id = ? AND sha256 = ? AND ${IS_PHOTO}`,
  ).get(candidateId, sha256);

export function insertPhotoAttachment(db: Db, row: PhotoAttachmentRow & { owner_id: string; name: string }): void {
  sql<[typeof row]>(
    db,
    `INSERT INTO attachment (id, owner_table, owner_id, name, media_type, sha256, size)
     VALUES (@id, 'candidate', @owner_id, @name, @media_type, @sha256, @size)`,
  ).run(row);
}

export const deletePhotoAttachment = (db: Db, candidateId: string, sha256: string) =>
  sql<[string, string]>(db, `DELETE FROM attachment WHERE owner_table = 'candidate' AND owner_id = ? AND sha256 = ? AND ${IS_PHOTO}`).run(candidateId, sha256);

export const setPhotoSha256 = (db: Db, lspId: string, candidateId: string, sha256: string | null) =>
  sql<[string | null, string, string]>(db, 'UPDATE candidate SET photo_sha256 = ? WHERE lsp_id = ? AND id = ?').run(sha256, lspId, candidateId);

/** A photo the LSP's admin may see: one that a candidate of that LSP has now. */
export const lspPhoto = (db: Db, lspId: string, sha256: string) =>
  sql<[string, string], PhotoAttachmentRow>(
    db,
    `SELECT a.id, a.media_type, a.sha256, a.size FROM attachment a JOIN candidate c ON c.id = a.owner_id
     WHERE a.owner_table = 'candidate' AND c.lsp_id = ? AND a.sha256 = ? AND c.photo_sha256 = a.sha256 AND a.${IS_PHOTO} LIMIT 1`,
  ).get(lspId, sha256);
