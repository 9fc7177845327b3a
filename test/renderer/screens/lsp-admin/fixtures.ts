import type { LspOverview } from '../../../../electron/shared/types';

/** A new LSP's overview: its identity and nothing entered yet. */
export const EMPTY_LSP: LspOverview = {
  lsp: { id: 'lsp-1', code: 'LSP-TD', name: 'LSP Teknologi Digital' },
  schemes: [],
  sessions: [],
  tuks: [],
  assessorCount: 0,
  candidateCount: 0,
};
