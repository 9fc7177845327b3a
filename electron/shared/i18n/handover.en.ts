/** English texts of handing a planned session over (issue 16; spread into `en.ts`). */
export const handoverErrorsEn = {
  SESSION_CANDIDATE_NOT_IN_SESSION: 'Candidate {{candidate}} is not in this session.',
  SESSION_CANDIDATE_USERNAME_TAKEN: 'Participant number {{participantNo}} is already the username of another account. Change the participant number or that account’s username.',
  SESSION_EXPORT_REFUSED: 'The session cannot be sent to the TUK yet: {{count}} rules are broken ({{conflicts}}). Correct the plan first.',
  BUNDLE_SESSION_ANSWERED:
    'The newer session bundle for {{session}} cannot be imported: candidates have already started answering at this TUK. A plan cannot change once the exam is under way.',
} as const;

export const handoverEn = {
  handover: {
    title: 'Handing over to the TUK',
    exportedAt: 'Last session bundle exported: {{at}}',
    notExported: 'The session bundle has not been exported yet.',
    changedSinceExport: 'The session changed after its last bundle was exported: export the session bundle again so the TUK runs the latest plan (before the exam starts).',
    passwordsHint: 'Candidate passwords are shown once only, on the candidate cards printed from this window. Issuing again replaces the old passwords; export the session bundle again afterwards.',
    issued_one: '{{count}} password issued, ready to print on the candidate cards.',
    issued_other: '{{count}} passwords issued, ready to print on the candidate cards.',
    issue: 'Issue candidate passwords',
    reissue: 'Issue passwords again',
    ak01For: 'FR.AK.01 for',
    tables: { sessionExport: 'Session bundle exports' },
  },
} as const;
