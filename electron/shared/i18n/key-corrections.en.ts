import type { keyCorrectionsId } from './key-corrections.id';
import type { Widen } from './types';

/** English texts of a corrected answer key and an annulled question (spread into `en.ts`). */
export const keyCorrectionErrorsEn = {
  KEY_CORRECTION_NOT_HERE:
    "This session's key is corrected on the computer where its exam day is held (the TUK), by its assessor, not here: this session's results come from there. Contact the session's assessor; the correction travels with the results bundle.",
  KEY_CORRECTION_NOT_ASSESSOR: "Only this session's assessor can correct its answer key.",
  KEY_CORRECTION_SIGNED:
    'The key of question {{question}} cannot be corrected yet: the recommendation of {{count}} candidates that counts this question is signed ({{candidates}}). Unlock their FR.AK.02 first (Unlock, with a reason), correct the key, then sign again.',
  KEY_CORRECTION_ANNULLED: 'Question {{question}} is already annulled in this session: it counts for nobody, and its key is no longer corrected.',
  KEY_CORRECTION_ALREADY_CORRECT: 'Option {{option}} is already accepted as correct for question {{question}}.',
  KEY_CORRECTION_NO_OPTION: 'Choose the option of question {{question}} that is correct too.',
  KEY_WITHDRAWAL_NOT_HERE:
    "This session's key corrections are withdrawn on the computer where its exam day is held (the TUK), by its assessor, not here: this session's results come from there. Contact the session's assessor; the withdrawal travels with the results bundle.",
  KEY_WITHDRAWAL_NOT_ASSESSOR: "Only this session's assessor can withdraw a correction of its answer key.",
  KEY_WITHDRAWAL_SIGNED:
    'The correction of question {{question}} cannot be withdrawn yet: the recommendation of {{count}} candidates that counts this question is signed ({{candidates}}). Unlock their FR.AK.02 first (Unlock, with a reason), withdraw the correction, then sign again.',
  KEY_WITHDRAWAL_NONE: 'Question {{question}} has no such correction in force: it may have been withdrawn already. Reload the list.',
} as const;

export const keyCorrectionsEn = {
  keyCorrection: {
    open: 'Correct the answer key',
    title: 'Correct a multiple-choice answer key',
    intro:
      'When a question’s key turns out wrong after the test: accept another option as correct too, or annul the question (it then counts for no candidate of this session, neither as achieved nor in the total). A reason is required. A correction is recorded in the audit log and on FR.IA.05; one made by mistake can be withdrawn, with a reason.',
    notHere: "Only this session's assessor can make a correction, on the computer where its exam day is held. Here it can only be read.",
    notAssessor: "Only this session's assessor can correct its answer key. Here it can only be read.",
    questions: "This session's multiple-choice questions",
    none: 'This session has no multiple-choice questions.',
    question: 'Question',
    key: 'Key',
    state: 'State',
    annulled: 'Annulled',
    acceptedToo: 'Also accepted: {{options}}',
    asKeyed: 'As keyed',
    signedBy: 'Recommendation already signed for: {{candidates}}. Unlock their FR.AK.02 first.',
    correct: 'Correct…',
    dialogTitle: 'Correct the key of question {{question}}',
    action: 'Action',
    accept: 'Accept another option as correct too',
    annul: 'Annul this question',
    option: 'The option that is correct too',
    choose: '— choose an option —',
    reason: 'Reason (required, 3–500 characters)',
    confirm: 'Save the correction',
    saved: 'The correction of question {{question}} is saved.',
    history: 'Corrections recorded',
    historyNone: 'No key has been corrected in this session.',
    historyAccept: 'Question {{question}}: option {{option}} accepted as correct too',
    historyAnnul: 'Question {{question}} annulled',
    reviewNote: 'Keys corrected by the assessor at the TUK: the multiple-choice counts below already apply them.',
    historyBy: 'by {{by}}, {{at}}. Reason: {{reason}}',
    withdrawn: 'Withdrawn',
    withdrawnBy: 'by {{by}}, {{at}}. Reason for withdrawing: {{reason}}',
    withdraw: 'Withdraw…',
    withdrawLabel: 'Withdraw the correction of question {{question}}',
    withdrawTitle: 'Withdraw the correction of question {{question}}',
    withdrawWhat: 'This correction will be withdrawn: {{correction}}.',
    withdrawEffect:
      "Afterwards this question's key reads as it did before that correction, for every candidate of this session: FR.IA.05, the unit counts and the K/BK suggestion. The correction and its withdrawal stay in the audit log; the printed FR.IA.05 no longer states it.",
    withdrawReason: 'Reason for withdrawing (required, 3–500 characters)',
    withdrawConfirm: 'Withdraw the correction',
    withdrawnSaved: 'The correction of question {{question}} is withdrawn.',
  },
  ia05Corrections: {
    title: 'Answer key corrections',
    annul: 'Question no. {{number}} ({{ref}}) was annulled by {{by}} on {{at}}, reason: {{reason}}. It is not counted.',
    accept: 'The key of question no. {{number}} ({{ref}}) was corrected by {{by}} on {{at}}: option {{option}} is accepted as correct too. Reason: {{reason}}.',
  },
} as const satisfies Widen<typeof keyCorrectionsId>;
