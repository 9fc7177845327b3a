import type { Language } from '../../../electron/shared/i18n';
import type { Role } from '../../../electron/shared/roles';
import type { TukZone } from '../../../electron/shared/time-zones';
import type { ItemKind, SchemeKind, TukType } from '../../../electron/shared/types';
import type { TranslationKey } from './keys';

/** Labels of the shared domain values many screens show; literal keys, see keys.ts. */

export const ROLE_LABEL = {
  lsp_admin: 'roles.lsp_admin',
  proctor: 'roles.proctor',
  assessor: 'roles.assessor',
  candidate: 'roles.candidate',
} as const satisfies Record<Role, TranslationKey>;

export const TUK_TYPE_LABEL = {
  sewaktu: 'tukTypes.sewaktu',
  tempat_kerja: 'tukTypes.tempat_kerja',
  mandiri: 'tukTypes.mandiri',
} as const satisfies Record<TukType, TranslationKey>;

export const TUK_ZONE_LABEL = {
  WIB: 'tukZones.WIB',
  WITA: 'tukZones.WITA',
  WIT: 'tukZones.WIT',
} as const satisfies Record<TukZone, TranslationKey>;

export const SCHEME_KIND_LABEL = {
  kkni: 'schemeKinds.kkni',
  okupasi: 'schemeKinds.okupasi',
  klaster: 'schemeKinds.klaster',
} as const satisfies Record<SchemeKind, TranslationKey>;

/** Instrument kinds: the item kinds plus the observation checklist, which has no items of its own. */
export const INSTRUMENT_KIND_LABEL = {
  multiple_choice: 'itemKinds.multiple_choice',
  essay: 'itemKinds.essay',
  oral: 'itemKinds.oral',
  supporting: 'itemKinds.supporting',
  observation: 'itemKinds.observation',
} as const satisfies Record<ItemKind | 'observation', TranslationKey>;

export const LANGUAGE_LABEL = {
  id: 'language.id',
  en: 'language.en',
} as const satisfies Record<Language, TranslationKey>;
