import type { BankStatus } from '../../../../electron/shared/bank';
import type { Dimension } from '../../../../electron/shared/types';
import type { StatusBadge } from '../../components/StatusBadge';
import type { TranslationKey } from '../../i18n/keys';

export const BANK_STATUS_LABEL = {
  draft: 'bankScreens.status.draft',
  approved: 'bankScreens.status.approved',
  retired: 'bankScreens.status.retired',
} as const satisfies Record<BankStatus, TranslationKey>;

export const BANK_STATUS_TONE = {
  draft: 'warning',
  approved: 'success',
  retired: 'neutral',
} as const satisfies Record<BankStatus, Parameters<typeof StatusBadge>[0]['tone']>;

export const DIMENSION_LABEL = {
  TS: 'bankScreens.item.dimension.TS',
  TMS: 'bankScreens.item.dimension.TMS',
  CMS: 'bankScreens.item.dimension.CMS',
  JRES: 'bankScreens.item.dimension.JRES',
  TRS: 'bankScreens.item.dimension.TRS',
} as const satisfies Record<Dimension, TranslationKey>;
