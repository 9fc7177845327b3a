import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import type { Db } from '../db/open';
import { schemeById, type SchemeListRow } from '../db/queries/registry-schemes';

/**
 * The LSP whose bank the caller keeps. The contract lets only lsp_admin in; the core says so again, so
 * no other path (the CLI, the import service) can reach the bank as anyone else.
 */
export function bankLsp(principal: Principal): string {
  if (principal.role !== 'lsp_admin' || principal.lspId === null) throw new AppError('FORBIDDEN', { role: principal.role, method: 'bank' });
  return principal.lspId;
}

/** A scheme version of the caller's LSP. */
export function bankScheme(db: Db, lspId: string, schemeId: string): SchemeListRow {
  const scheme = schemeById(db, lspId, schemeId);
  if (!scheme) throw new AppError('NOT_FOUND', { what: 'scheme' });
  return scheme;
}
