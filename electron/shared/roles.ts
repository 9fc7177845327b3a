export const ROLES = ['lsp_admin', 'proctor', 'assessor', 'candidate'] as const;
export type Role = (typeof ROLES)[number];

export const STAFF_ROLES = ['lsp_admin', 'proctor', 'assessor'] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Who is calling: resolved by the core from the bearer token, never trusted from the client. */
export type Principal = {
  accountId: string;
  role: Role;
  username: string;
  displayName: string;
  lspId: string | null;
  assessorId: string | null;
  candidateId: string | null;
};
