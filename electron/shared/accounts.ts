import type { StaffRole } from './roles';

/** What this installation is: the LSP's office, or a TUK's station that receives session bundles. */
export const INSTALLATION_KINDS = ['lsp', 'tuk'] as const;
export type InstallationKind = (typeof INSTALLATION_KINDS)[number];

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export type SetupStatus = { needed: boolean; kind: InstallationKind | null };

/** A staff account as the admin's screen shows it; never the password hash. */
export type StaffAccount = {
  id: string;
  role: StaffRole;
  username: string;
  displayName: string;
  assessorId: string | null;
  disabled: boolean;
  locked: boolean;
  mustChangePassword: boolean;
  createdAt: string;
};

export const PASSWORD_MIN_LENGTH = 10;

/**
 * The strength rule, shared so the screen can say it before the core refuses: long enough, letters and
 * something else, not the username, not one character repeated. Simple on purpose: staff must be able
 * to follow it without a meter.
 */
export function isStrongPassword(password: string, username: string): boolean {
  if ([...password].length < PASSWORD_MIN_LENGTH) return false;
  if (!/\p{L}/u.test(password) || !/[^\p{L}]/u.test(password)) return false;
  const name = username.trim().toLowerCase();
  if (name.length > 0 && password.toLowerCase().includes(name)) return false;
  return new Set(password).size >= 4;
}
