import type { StaffRole } from './roles';
import type { TukZone } from './time-zones';
import type { TukType } from './types';

/** What this installation is: the LSP's office, or a TUK's station that receives session bundles. */
export const INSTALLATION_KINDS = ['lsp', 'tuk'] as const;
export type InstallationKind = (typeof INSTALLATION_KINDS)[number];

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export type SetupStatus = { needed: boolean; kind: InstallationKind | null };

/** A TUK station's own name and type, as its set-up gave them (it has no LSP row of its own). */
/** `timeZone`: the zone set up (or this computer's then); null on a station set up before it was asked. */
export type TukStation = { name: string; type: TukType; timeZone: TukZone | null };

/** A TUK station as its admin's screens name it: `servesTuk` is the TUK its first session bundle tied it to (null until then). */
export type TukStationInfo = TukStation & { servesTuk: string | null };

/** A staff account as the admin's screen shows it; never the password hash. */
export type StaffAccount = {
  id: string;
  role: StaffRole;
  username: string;
  displayName: string;
  assessorId: string | null;
  disabled: boolean;
  /** A disabled account's when, by whom (their name now; null when no account is named) and why; else null. */
  disabledNote: StaffDisable | null;
  locked: boolean;
  mustChangePassword: boolean;
  createdAt: string;
};

/** What accounts/setDisabled recorded with a disable (its audit entry). */
export type StaffDisable = { at: string; by: string | null; reason: string };

/**
 * A new account's username, shared so the set-up screen and the account forms say the rule before the core
 * refuses (contract.ts's newUsername is this pattern): plain ASCII that types the same on any keyboard and
 * the sign-in screen, no spaces. The core trims it first, so surrounding spaces are not held against it.
 */
export const USERNAME_MIN_LENGTH = 3;
export const USERNAME_MAX_LENGTH = 32;
export const USERNAME_PATTERN = new RegExp(`^[A-Za-z0-9._-]{${USERNAME_MIN_LENGTH},${USERNAME_MAX_LENGTH}}$`);

export function isValidUsername(username: string): boolean {
  return USERNAME_PATTERN.test(username.trim());
}

/** The longest display name of a staff account (and name of an LSP or TUK) the core takes, trimmed, in UTF-16 units as zod counts. */
export const DISPLAY_NAME_MAX_LENGTH = 120;
/** An LSP's code and its BNSP licence number, as set-up takes them (trimmed, 1 to this many characters). */
export const LSP_CODE_MAX_LENGTH = 40;
export const LICENCE_NO_MAX_LENGTH = 80;

/**
 * An LSP's code stands inside every certificate number ("REG.LSP-TD-01.SKM-…"): capitals and digits in
 * groups joined by single dots or hyphens, no spaces. Lower case can only mean the same code, so it is
 * upper-cased (lspCodeForm) before the rule is checked; a space is refused, as it could be a dot or a hyphen.
 */
export const LSP_CODE_PATTERN = /^[A-Z0-9]+(?:[.-][A-Z0-9]+)*$/;

/** The code as stored: trimmed, in capitals. */
export const lspCodeForm = (code: string): string => code.trim().toUpperCase();

export function isValidLspCode(code: string): boolean {
  return LSP_CODE_PATTERN.test(lspCodeForm(code));
}

export const PASSWORD_MIN_LENGTH = 10;

/**
 * The strength rule, shared so the screen can say it before the core refuses: long enough, letters and
 * something else, not the username, not one character repeated. Simple on purpose: staff must be able
 * to follow it without a meter.
 */
export function isStrongPassword(password: string, username: string): boolean {
  return passwordWeakness(password, username) === null;
}

export const PASSWORD_WEAKNESSES = ['short', 'kinds', 'username', 'repetitive'] as const;
export type PasswordWeakness = (typeof PASSWORD_WEAKNESSES)[number];

/** The first rule a password breaks, so the screen can name it rather than recite all four; null when strong. */
export function passwordWeakness(password: string, username: string): PasswordWeakness | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'short';
  if (!/\p{L}/u.test(password) || !/[^\p{L}]/u.test(password)) return 'kinds';
  const name = username.trim().toLowerCase();
  if (name.length > 0 && password.toLowerCase().includes(name)) return 'username';
  return new Set(password).size >= 4 ? null : 'repetitive';
}
