import type { BankImportCounts, BankImportOutcome, BankMapNote, BankSourceType } from '../../../../electron/shared/bank-import';
import type { TranslationKey } from '../../i18n/keys';

export const COUNT_LABEL = {
  total: 'bankScreens.import.counts.total',
  add: 'bankScreens.import.counts.add',
  unchanged: 'bankScreens.import.counts.unchanged',
  refused: 'bankScreens.import.counts.refused',
  mapped: 'bankScreens.import.counts.mapped',
  unmapped: 'bankScreens.import.counts.unmapped',
  approvable: 'bankScreens.import.counts.approvable',
} as const satisfies Record<keyof BankImportCounts, TranslationKey>;

export const SOURCE_TYPE_LABEL = {
  xlsx: 'bankScreens.import.sourceTypes.xlsx',
  docx: 'bankScreens.import.sourceTypes.docx',
  aiken: 'bankScreens.import.sourceTypes.aiken',
  gift: 'bankScreens.import.sourceTypes.gift',
  moodle_xml: 'bankScreens.import.sourceTypes.moodle_xml',
  qti: 'bankScreens.import.sourceTypes.qti',
} as const satisfies Record<BankSourceType, TranslationKey>;

export const OUTCOME_LABEL = {
  add: 'bankScreens.import.outcomes.add',
  unchanged: 'bankScreens.import.outcomes.unchanged',
  refused: 'bankScreens.import.outcomes.refused',
} as const satisfies Record<BankImportOutcome, TranslationKey>;

export const OUTCOME_TONE = { add: 'success', unchanged: 'neutral', refused: 'danger' } as const satisfies Record<BankImportOutcome, 'success' | 'neutral' | 'danger'>;

export const MAPPED_BY_LABEL = {
  question: 'bankScreens.import.mappedBy.question',
  file: 'bankScreens.import.mappedBy.file',
  unit: 'bankScreens.import.mappedBy.unit',
} as const satisfies Record<'question' | 'file' | 'unit', TranslationKey>;

export const MAP_NOTE_LABEL = {
  BANK_MAP_UNIT_UNKNOWN: 'bankImport.mapNotes.BANK_MAP_UNIT_UNKNOWN',
  BANK_MAP_KUK_UNKNOWN: 'bankImport.mapNotes.BANK_MAP_KUK_UNKNOWN',
  BANK_MAP_NO_UNIT: 'bankImport.mapNotes.BANK_MAP_NO_UNIT',
} as const satisfies Record<BankMapNote, TranslationKey>;
