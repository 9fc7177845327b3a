import { LICENCE_NO_MAX_LENGTH } from '../../shared/accounts';
import { AppError } from '../../shared/errors';
import { LSP_ADDRESS_MAX_LENGTH, LSP_NAME_MAX_LENGTH, type LspProfile, type LspProfileInput } from '../../shared/lsp-profile';
import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import { localDate } from '../clock';
import type { Db } from '../db/open';
import { lspRow, updateLspProfile } from '../db/queries/lsp';
import { FieldChecks } from '../registry/fields';
import { fieldChanges } from '../registry/outcomes';
import { isTukStation } from './installation';

/**
 * The LSP office's own LSP. A TUK station's copy comes with each session bundle: changed there it would
 * print other details than the LSP's until the next bundle put them back, so it is the office's to change.
 */
function officeLsp(db: Db, principal: Principal, method: string): string {
  if (isTukStation(db, principal) || principal.lspId === null) throw new AppError('FORBIDDEN', { role: principal.role, method });
  return principal.lspId;
}

function profileOf(db: Db, lspId: string): LspProfile {
  const row = lspRow(db, lspId);
  if (!row) throw new AppError('NOT_FOUND', { what: 'lsp' });
  return { code: row.code, name: row.name, licenceNo: row.licenceNo, address: row.address };
}

export function lspProfile(db: Db, principal: Principal): LspProfile {
  return profileOf(db, officeLsp(db, principal, 'lsp/profile'));
}

/**
 * Name, BNSP licence number and address, checked field by field as a registry record is (REGISTRY_INVALID).
 * What changed is audited, before and after; saving the same details writes nothing. Documents printed from
 * now on carry them; those already signed and printed are paper, and stay as they were.
 */
export function setLspProfile(db: Db, principal: Principal, input: LspProfileInput, now: Date): LspProfile {
  const lspId = officeLsp(db, principal, 'lsp/setProfile');
  const before = profileOf(db, lspId);
  const checks = new FieldChecks(localDate(now));
  const after = {
    name: checks.required('name', input.name, LSP_NAME_MAX_LENGTH),
    licenceNo: checks.required('licenceNo', input.licenceNo, LICENCE_NO_MAX_LENGTH),
    address: checks.longText('address', input.address, LSP_ADDRESS_MAX_LENGTH),
  };
  checks.throwIfAny();
  const changes = fieldChanges({ name: before.name, licenceNo: before.licenceNo, address: before.address }, after);
  if (Object.keys(changes.after).length === 0) return before;
  updateLspProfile(db, lspId, after);
  appendAudit(db, principal, { action: 'setup.lspProfile', entity: 'lsp', entityId: lspId, details: changes }, now);
  return profileOf(db, lspId);
}
