import type { TranslationKey } from '../../i18n/keys';

/** The printable forms, in the order an assessment produces them. */
export const CANDIDATE_FORMS = ['ak01', 'ia05', 'ia06', 'ia07', 'ia01', 'ia03', 'ak02', 'ak03', 'ak04'] as const;
export const SESSION_FORMS = ['ak05', 'card', 'attendance', 'minutes'] as const;
/** Several forms as one PDF: every form of one candidate, or every candidate's forms and FR.AK.05. */
export const BUNDLES = ['candidateAll', 'sessionAll'] as const;
export type CandidateForm = (typeof CANDIDATE_FORMS)[number];
export type SessionForm = (typeof SESSION_FORMS)[number];
export type Bundle = (typeof BUNDLES)[number];
export type PrintForm = CandidateForm | SessionForm | Bundle;

/** The BNSP form number printed in each header (candidate cards and the attendance list have none). */
export const FORM_CODES = {
  ak01: 'FR.AK.01',
  ia05: 'FR.IA.05',
  ia06: 'FR.IA.06',
  ia07: 'FR.IA.07',
  ia01: 'FR.IA.01',
  ia03: 'FR.IA.03',
  ak02: 'FR.AK.02',
  ak03: 'FR.AK.03',
  ak04: 'FR.AK.04',
  ak05: 'FR.AK.05',
  card: null,
  attendance: null,
  minutes: null,
  candidateAll: null,
  sessionAll: null,
} as const satisfies Record<PrintForm, string | null>;

/** The form's title, printed in its header and on the buttons that open it. */
export const FORM_TITLE = {
  ak01: 'forms.titles.ak01',
  ia05: 'forms.titles.ia05',
  ia06: 'forms.titles.ia06',
  ia07: 'forms.titles.ia07',
  ia01: 'forms.titles.ia01',
  ia03: 'forms.titles.ia03',
  ak02: 'forms.titles.ak02',
  ak03: 'forms.titles.ak03',
  ak04: 'forms.titles.ak04',
  ak05: 'forms.titles.ak05',
  card: 'forms.titles.card',
  attendance: 'forms.titles.attendance',
  minutes: 'forms.titles.minutes',
  candidateAll: 'forms.titles.candidateAll',
  sessionAll: 'forms.titles.sessionAll',
} as const satisfies Record<PrintForm, TranslationKey>;

export function isCandidateForm(form: PrintForm): form is CandidateForm {
  return (CANDIDATE_FORMS as readonly string[]).includes(form);
}
