import type { Principal } from '../../shared/roles';
import { registryLsp } from '../registry/scope';

/** The LSP whose results, plenos and appeals the caller keeps (lsp_admin of an LSP installation only). */
export function plenoLsp(principal: Principal): string {
  return registryLsp(principal);
}
