import type { EventPayload } from '../../../../electron/shared/contract';
import type { BundleKind, ConflictReason, KeyProtection, SignerStatus } from '../../../../electron/shared/types';
import type { TranslationKey } from '../../i18n/keys';

/** The bundle and key screens' labels as literal keys (see i18n/keys.ts). */

export const BUNDLE_KIND_LABEL = {
  session: 'bundles.kinds.session',
  results: 'bundles.kinds.results',
  backup: 'bundles.kinds.backup',
} as const satisfies Record<BundleKind, TranslationKey>;

export const SIGNER_LABEL = {
  pinned: 'bundles.signer.pinned',
  new: 'bundles.signer.new',
  rekeyed: 'bundles.signer.rekeyed',
  self: 'bundles.signer.self',
} as const satisfies Record<SignerStatus, TranslationKey>;

export const CONFLICT_LABEL = {
  differs_kept_local: 'bundles.conflict.differs_kept_local',
  older_than_local: 'bundles.conflict.older_than_local',
  same_seq_differs: 'bundles.conflict.same_seq_differs',
  constraint: 'bundles.conflict.constraint',
  signed_replaced: 'bundles.conflict.signed_replaced',
} as const satisfies Record<ConflictReason, TranslationKey>;

/** Each text takes {{done}} and {{total}} (MB) and {{count}} (entries, which picks the plural form); a phase may leave some out. */
export const PHASE_LABEL = {
  collect: 'bundles.phase.collect',
  write: 'bundles.phase.write',
  verify: 'bundles.phase.verify',
  read: 'bundles.phase.read',
  apply: 'bundles.phase.apply',
} as const satisfies Record<EventPayload<'bundles/progress'>['phase'], TranslationKey>;

export const KEY_PROTECTION_LABEL = {
  os: 'keys.protectedBy.os',
  password: 'keys.protectedBy.password',
  none: 'keys.protectedBy.none',
} as const satisfies Record<KeyProtection, TranslationKey>;
