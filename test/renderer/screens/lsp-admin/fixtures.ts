import type { KeyStatus, LspOverview } from '../../../../electron/shared/types';

/** A new LSP's overview: its identity and nothing entered yet. */
export const EMPTY_LSP: LspOverview = {
  lsp: { id: 'lsp-1', code: 'LSP-TD', name: 'LSP Teknologi Digital' },
  schemes: [],
  sessions: [],
  tuks: [],
  assessorCount: 0,
  candidateCount: 0,
};

/** Keys kept under the OS's protection, never backed up. */
export const KEYS: KeyStatus = {
  installationId: 'inst-1',
  protection: 'os',
  unlocked: true,
  canUnlock: true,
  fingerprint: 'AB12 CD34',
  ageRecipient: 'age1example',
  backupMadeAt: null,
  backupTestedAt: null,
  pins: [],
};
