import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';

/**
 * The LSP whose registry the caller keeps. The contract lets only lsp_admin in; a TUK station's admin
 * has no LSP until its first session bundle and keeps no registry.
 */
export function registryLsp(principal: Principal): string {
  if (principal.lspId === null) throw new AppError('FORBIDDEN', { role: principal.role, method: 'registry' });
  return principal.lspId;
}
