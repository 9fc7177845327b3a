import type { PrintForm } from '../../print/forms';

/** Where the assessor is inside one session's workspace. */
export type WorkspaceView =
  | { kind: 'overview' }
  | { kind: 'candidate'; candidateId: string; tab: CandidateTab }
  | { kind: 'essayAcross'; itemId: string }
  | { kind: 'report' }
  | { kind: 'print'; form: PrintForm; candidateId: string | null; back: WorkspaceView };

export const CANDIDATE_TABS = ['ia05', 'ia06', 'ia07', 'ia01', 'ia03', 'decisions', 'ak03', 'ak04', 'print'] as const;
export type CandidateTab = (typeof CANDIDATE_TABS)[number];
