/** English texts of handing a planned session over (issue 16; spread into `en.ts`). */
export const handoverErrorsEn = {
  SESSION_CANDIDATE_NOT_IN_SESSION: 'Candidate {{candidate}} is not in this session.',
  SESSION_CANDIDATE_USERNAME_TAKEN: 'Participant number {{participantNo}} is already the username of another account. Change the participant number or that account’s username.',
  SESSION_EXPORT_REFUSED_one: 'The session cannot be sent to the TUK yet: {{count}} rule is broken. Correct the plan first.',
  SESSION_EXPORT_REFUSED_other: 'The session cannot be sent to the TUK yet: {{count}} rules are broken. Correct the plan first.',
  SESSION_EXPORT_NO_CANDIDATES: 'The session has no candidates: nobody could sit it. Add the candidates to the plan.',
  SESSION_EXPORT_NO_QUESTIONS:
    'Scheme {{scheme}} version {{version}} has no approved written-test questions in the bank: the candidates would get an empty written test. Approve questions in the bank first.',
  SESSION_EXPORT_EMPTY_TEST_one: "The session's written test gives {{count}} candidate no question: {{names}}. Assemble the written test again.",
  SESSION_EXPORT_EMPTY_TEST_other: "The session's written test gives {{count}} candidates no question: {{names}}. Assemble the written test again.",
  BUNDLE_SESSION_ANSWERED:
    'The newer session bundle for {{session}} cannot be imported: candidates have already started answering at this TUK. A plan cannot change once the exam is under way.',
} as const;

export const handoverEn = {
  handover: {
    title: 'Handing over to the TUK',
    exportedAt: 'Last session bundle exported: {{at}}',
    notExported: 'The session bundle has not been exported yet.',
    exportLink: 'Export this session\'s bundle',
    over: "This session's results are in: it has been held, so no more candidate passwords are issued for it. A candidate sitting again gets a password from their new session.",
    changedSinceExport: 'The session changed after its last bundle was exported: export the session bundle again so the TUK runs the latest plan (before the exam starts).',
    passwordsHint: 'Candidate passwords are shown once only, on the candidate cards printed from this window. Issuing again replaces the old passwords; export the session bundle again afterwards.',
    // SCHEDULE_PASSWORDS_NOT_ISSUED as the session page says it: the reader is on that page, the button below.
    passwordsMissing_one: '{{count}} candidate has no password issued yet: {{names}}. Issue their password with the button below, then export the session bundle (again): without it they cannot sign in at the TUK.',
    passwordsMissing_other: '{{count}} candidates have no password issued yet: {{names}}. Issue their passwords with the button below, then export the session bundle (again): without them they cannot sign in at the TUK.',
    issued_one: '{{count}} password issued, ready to print on the candidate cards.',
    issued_other: '{{count}} passwords issued, ready to print on the candidate cards.',
    issue: 'Issue candidate passwords',
    reissue: 'Issue passwords again',
    issuedBefore_one: 'Passwords have been issued for {{count}} candidate, last on {{at}}.',
    issuedBefore_other: 'Passwords have been issued for {{count}} candidates, last on {{at}}.',
    issuedBeforeUnknown_one: 'Passwords have been issued for {{count}} candidate; when, and for which session, is not recorded on this computer.',
    issuedBeforeUnknown_other: 'Passwords have been issued for {{count}} candidates; when, and for which session, is not recorded on this computer.',
    issuedForOther_one: 'Passwords have been issued for {{count}} candidate in session {{session}}, last on {{at}}; none have been issued for this session.',
    issuedForOther_other: 'Passwords have been issued for {{count}} candidates in session {{session}}, last on {{at}}; none have been issued for this session.',
    reissueConfirm:
      "Issuing again replaces every candidate's password in this session: the candidate cards already printed will stop working. Print and hand out the new cards, then export the session bundle again.",
    reissueConfirmOther:
      'Issuing passwords for this session replaces the ones issued in session {{session}}: the candidate cards printed for that session will stop working. Print and hand out the new cards, then export the session bundle again.',
    reissueConfirmUnknown:
      "Issuing again replaces every candidate's password in this session: any candidate card printed with the old passwords (for this or another session) will stop working. Print and hand out the new cards, then export the session bundle again.",
    reissueYes: 'Yes, replace all passwords',
    reissueCancel: 'Cancel',
    backToSession: 'Back to the session page',
    ak01For: 'FR.AK.01 for',
    tables: { sessionExport: 'Session bundle exports' },
  },
} as const;
