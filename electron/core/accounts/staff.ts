import { isStrongPassword, PASSWORD_MIN_LENGTH, type StaffAccount, type StaffDisable } from '../../shared/accounts';
import { AppError } from '../../shared/errors';
import type { Role, StaffRole } from '../../shared/roles';
import { lastDisable } from '../db/queries/account-disables';
import * as accounts from '../db/queries/accounts';
import type { Db } from '../db/open';

export function requireStrongPassword(password: string, username: string): void {
  if (!isStrongPassword(password, username)) throw new AppError('PASSWORD_WEAK', { min: PASSWORD_MIN_LENGTH });
}

export function staffView(db: Db, row: accounts.AccountRow): StaffAccount {
  return {
    id: row.id,
    role: asStaffRole(row.role),
    username: row.username,
    displayName: row.displayName,
    assessorId: row.assessorId,
    disabled: row.disabled === 1,
    disabledNote: row.disabled === 1 ? disableOf(db, row.id) : null,
    // Locked at either door (migration 035): the admin's unlock opens both.
    locked: row.lockedAt !== null || row.hereLockedAt !== null,
    mustChangePassword: row.mustChangePassword === 1,
    createdAt: row.createdAt,
  };
}

/** The latest disable's audit entry: an account disabled by other means than accounts/setDisabled has none. */
function disableOf(db: Db, accountId: string): StaffDisable | null {
  const entry = lastDisable(db, accountId);
  return entry ? { at: entry.at, by: entry.byName, reason: entry.reason ?? '' } : null;
}

function asStaffRole(role: Role): StaffRole {
  if (role === 'candidate') throw new AppError('NOT_FOUND', { what: 'account' });
  return role;
}

/** A staff account the admin may manage; candidates' accounts are not this screen's. */
export function staffAccount(db: Db, accountId: string): accounts.AccountRow {
  const row = accounts.findById(db, accountId);
  if (!row || row.role === 'candidate') throw new AppError('NOT_FOUND', { what: 'account' });
  return row;
}

export function requireFreeUsername(db: Db, username: string): void {
  if (accounts.findByUsername(db, username)) throw new AppError('USERNAME_TAKEN', { username });
}

/**
 * An assessor's account names its assessor record (the schema's CHECK requires one, and the record's
 * schemes decide what they may assess); other roles carry none.
 */
export function assessorLink(db: Db, role: StaffRole, assessorId: string | null | undefined, accountId: string | null): string | null {
  if (role !== 'assessor') return null;
  const linked = assessorId ?? '';
  if (!linked || !accounts.assessorExists(db, linked)) throw new AppError('ASSESSOR_LINK_INVALID', { assessorId: linked });
  const holder = accounts.findByAssessor(db, linked);
  if (holder && holder.id !== accountId) throw new AppError('ASSESSOR_LINK_INVALID', { assessorId: linked });
  return linked;
}
