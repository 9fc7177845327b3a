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
} as const;
