import type { ParsedArgsOf } from '../../shared/contract';
import { isValidLspCode, lspCodeForm, type InstallationKind, type SetupStatus, type TukStation } from '../../shared/accounts';
import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import { isTukZone, machineTukZone } from '../../shared/time-zones';
import { TUK_TYPES } from '../../shared/types';
import { requireStrongPassword } from '../accounts/staff';
import { appendAudit } from '../audit/log';
import { hashPassword } from '../auth/password';
import type { Clock } from '../clock';
import type { Db } from '../db/open';
import { insertAccount } from '../db/queries/accounts';
import { countCatalogue } from '../db/queries/bundles';
import { insertLsp } from '../db/queries/inserts';
import { getSetting, setSetting } from '../db/queries/settings';
import { newId } from '../ids';

export const KIND_SETTING = 'installation.kind';
export const LANGUAGE_SETTING = 'installation.language';
/** A TUK station has no LSP row until its first session bundle: its own name and type live in settings. */
export const TUK_NAME_SETTING = 'tuk.name';
export const TUK_TYPE_SETTING = 'tuk.type';
export const TUK_ZONE_SETTING = 'tuk.time_zone';

/** Set-up is open only while there is nobody to sign in as and no LSP: afterwards the admin manages accounts. */
/**
 * A TUK station: set up as one, or made by `demo --tuk-station` (which records no kind). Every account of a
 * station belongs to no LSP, where an office's staff belong to its LSP.
 */
export function isTukStation(db: Db, actor: Principal | null): boolean {
  return getSetting(db, KIND_SETTING) === 'tuk' || (actor !== null && actor.lspId === null);
}

export function setupStatus(db: Db): SetupStatus {
  const kind = getSetting(db, KIND_SETTING);
  return { needed: countCatalogue(db) === 0, kind: kind === 'lsp' || kind === 'tuk' ? kind : null };
}

/** A TUK station's name and type from its settings; null on an LSP office. */
export function tukStation(db: Db): TukStation | null {
  if (getSetting(db, KIND_SETTING) !== 'tuk') return null;
  const name = getSetting(db, TUK_NAME_SETTING);
  const type = TUK_TYPES.find((t) => t === getSetting(db, TUK_TYPE_SETTING));
  const zone = getSetting(db, TUK_ZONE_SETTING);
  return name && type ? { name, type, timeZone: isTukZone(zone) ? zone : null } : null;
}

/** Creates the LSP (or the TUK station's identity) and its first admin; returns the admin's account id. */
export async function setUpInstallation(
  db: Db,
  clock: Clock,
  args: ParsedArgsOf<'setup/create'>,
  passwordCost: number | undefined,
): Promise<string> {
  if (!setupStatus(db).needed) throw new AppError('SETUP_DONE');
  // The CLI's flags reach this through the same contract as the screen: checked here, for both.
  const lspCode = args.lsp ? lspCodeForm(args.lsp.code) : null;
  if (lspCode !== null && !isValidLspCode(lspCode)) throw new AppError('LSP_CODE_INVALID', { code: args.lsp?.code ?? '' });
  requireStrongPassword(args.admin.password, args.admin.username);
  const passwordHash = await hashPassword(args.admin.password, { N: passwordCost });
  return db.transaction(() => {
    // Checked again inside the transaction: two set-up screens may have been submitted at once.
    if (!setupStatus(db).needed) throw new AppError('SETUP_DONE');
    const now = clock.now();
    const lspId = args.lsp ? newId() : null;
    if (args.kind === 'lsp' && args.lsp && lspId && lspCode) {
      insertLsp(db, { id: lspId, code: lspCode, name: args.lsp.name, license_no: args.lsp.licenceNo, address: null });
    }
    if (args.kind === 'tuk' && args.tuk) {
      setSetting(db, TUK_NAME_SETTING, args.tuk.name);
      setSetting(db, TUK_TYPE_SETTING, args.tuk.type);
      setSetting(db, TUK_ZONE_SETTING, args.tuk.timeZone ?? machineTukZone(now) ?? 'WIB');
    }
    setSetting(db, KIND_SETTING, args.kind satisfies InstallationKind);
    setSetting(db, LANGUAGE_SETTING, args.language);
    const accountId = newId();
    insertAccount(db, {
      id: accountId,
      role: 'lsp_admin',
      username: args.admin.username,
      displayName: args.admin.displayName,
      passwordHash,
      lspId: args.kind === 'lsp' ? lspId : null,
      assessorId: null,
      candidateId: null,
      createdAt: now.toISOString(),
    });
    appendAudit(db, null, {
      action: 'setup.create',
      entity: 'account',
      entityId: accountId,
      details: { kind: args.kind, lspCode, tukName: args.tuk?.name ?? null, username: args.admin.username },
    }, now);
    return accountId;
  })();
}
