import type { Translation } from './i18n';

/** A record kind's translation key (test/shared/i18n-usage.test.ts scans this file for them). */
type RecordKindKey = `recordKinds.${keyof Translation['recordKinds'] & string}`;
export type RecordKind = keyof Translation['recordKinds'] & string;

/**
 * What a refusal that found no record names it by (NOT_FOUND's `what`, "session"), in words for the screens
 * and the command line alike, which printed "Data tidak ditemukan (session)."
 */
export const RECORD_KIND_LABEL = {
  session: 'recordKinds.session',
  candidate: 'recordKinds.candidate',
  item: 'recordKinds.item',
  scheme: 'recordKinds.scheme',
  lsp: 'recordKinds.lsp',
  pleno: 'recordKinds.pleno',
  assessor: 'recordKinds.assessor',
  import: 'recordKinds.import',
  certificate: 'recordKinds.certificate',
  backup: 'recordKinds.backup',
  account: 'recordKinds.account',
  tuk: 'recordKinds.tuk',
  pin: 'recordKinds.pin',
  upload: 'recordKinds.upload',
  unit: 'recordKinds.unit',
  photo: 'recordKinds.photo',
  file: 'recordKinds.file',
  evidence: 'recordKinds.evidence',
  database: 'recordKinds.database',
  appeal: 'recordKinds.appeal',
} as const satisfies Record<RecordKind, RecordKindKey>;

export function isRecordKind(value: string): value is RecordKind {
  return Object.hasOwn(RECORD_KIND_LABEL, value);
}
