import type { BundleSessionPlan, ImportPreview } from '../../../../electron/shared/types';

/** A session bundle's preview at a TUK station, pinned signer, one session row updated: what the plan does varies. */
export const sessionPreview = (sessionPlan: BundleSessionPlan | null, bindsStation: ImportPreview['bindsStation'] = null): ImportPreview => ({
  importId: 'imp-1',
  bundleId: 'b-1',
  kind: 'session',
  createdAt: '2026-12-05T05:41:00.000Z',
  formatVersion: 1,
  signer: { label: 'LSP Demo', installationId: 'inst-1', fingerprint: '85274 79043', status: 'pinned', pinnedFingerprint: '85274 79043' },
  lsp: { id: 'l', code: 'LSP-D', name: 'LSP Demo' },
  tuk: { id: 't', code: 'TUK-1', name: 'TUK Lab Demo' },
  session: { id: 's', code: 'JWP-Q-B', name: 'Uji Junior Web Programmer' },
  sessionTitle: { id: 'Uji Junior Web Programmer', en: 'Junior Web Programmer Test' },
  bindsStation,
  sessionPlan,
  partial: null,
  alreadyImported: false,
  tables: [{ table: 'session', added: 0, updated: 1, unchanged: 0, conflicts: 0 }],
  conflicts: [],
  conflictCount: 0,
  attachments: { count: 0, bytes: 0 },
  answersNotAsSaved: [],
  accountsMade: [],
  seatsRestored: [],
});
