import type { Ak02Evidence, AppealInput, ReportInput, Verdict } from '../../../electron/shared/assessment';
import type { TranslationKey } from './keys';

/** Labels shared by the assessor's workspace, the candidate's feedback form and the printed forms. */

export const VERDICT_LABEL = {
  yes: 'assess.verdict.yes',
  no: 'assess.verdict.no',
  k: 'assess.verdict.k',
  bk: 'assess.verdict.bk',
  further: 'assess.verdict.further',
} as const satisfies Record<Verdict, TranslationKey>;

/** What each essay score means, shown as the button's title. */
export const ESSAY_SCORE_LABEL = {
  '0': 'assess.score.0',
  '1': 'assess.score.1',
  '2': 'assess.score.2',
  '3': 'assess.score.3',
} as const satisfies Record<string, TranslationKey>;

export const EVIDENCE_LABEL = {
  observation: 'assess.evidence.observation',
  portfolio: 'assess.evidence.portfolio',
  third_party: 'assess.evidence.third_party',
  oral: 'assess.evidence.oral',
  written: 'assess.evidence.written',
  project: 'assess.evidence.project',
  other: 'assess.evidence.other',
} as const satisfies Record<Ak02Evidence, TranslationKey>;

/** FR.AK.03's ten standard statements, in the form's order. */
export const FEEDBACK_ITEMS = [
  'assess.ak03.items.item1',
  'assess.ak03.items.item2',
  'assess.ak03.items.item3',
  'assess.ak03.items.item4',
  'assess.ak03.items.item5',
  'assess.ak03.items.item6',
  'assess.ak03.items.item7',
  'assess.ak03.items.item8',
  'assess.ak03.items.item9',
  'assess.ak03.items.item10',
] as const satisfies readonly TranslationKey[];

/** FR.AK.04's yes/no questions, in the form's order. */
export const APPEAL_QUESTIONS = [
  { field: 'processExplained', label: 'assess.ak04.processExplained' },
  { field: 'discussedWithAssessor', label: 'assess.ak04.discussedWithAssessor' },
  { field: 'involveOther', label: 'assess.ak04.involveOther' },
] as const satisfies readonly { field: keyof AppealInput; label: TranslationKey }[];

/** FR.AK.05's free-text fields, in the form's order. */
export const REPORT_FIELDS = [
  { field: 'positives', label: 'assess.ak05.positives' },
  { field: 'negatives', label: 'assess.ak05.negatives' },
  { field: 'rejections', label: 'assess.ak05.rejections' },
  { field: 'suggestions', label: 'assess.ak05.suggestions' },
] as const satisfies readonly { field: keyof ReportInput; label: TranslationKey }[];
