/** The LSP's own row: the one reader of its details, as the documents print them and the screens show them. */
import type { LspProfile } from '../../../shared/lsp-profile';
import type { Db } from '../open';
import { sql } from '../statements';

export type LspRow = LspProfile & { id: string };

export const lspRow = (db: Db, lspId: string) =>
  sql<[string], LspRow>(db, 'SELECT id, code, name, license_no AS licenceNo, address FROM lsp WHERE id = ?').get(lspId);

export function updateLspProfile(db: Db, lspId: string, p: Omit<LspProfile, 'code'>): void {
  sql<[string, string | null, string | null, string]>(db, 'UPDATE lsp SET name = ?, license_no = ?, address = ? WHERE id = ?').run(p.name, p.licenceNo, p.address, lspId);
}
