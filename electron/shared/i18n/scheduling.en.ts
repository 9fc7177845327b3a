/** English texts of scheduling (issue 16): the same keys and placeholders as `scheduling.id.ts`. */
export const schedulingEn = {
  scheduling: {
    tables: {
      aplApplication: 'Certification applications (FR.APL.01)',
      aplEvidence: 'Requirement evidence (FR.APL.01)',
      aplSelfAssessment: 'Self-assessments (FR.APL.02)',
      aplSelfAnswer: 'Self-assessment answers (FR.APL.02)',
      sessionAssessor: 'Session assessors',
    },
  },
} as const;

export const schedulingErrorsEn = {
  SCHEDULE_ASSESSOR_DAY_LIMIT:
    'Assessor {{assessor}} ({{metNumber}}) would assess {{load}} candidates on {{date}}, over the limit of {{limit}} candidates per assessor per day. Move some of their candidates to another assessor of that session, or change the limit in the LSP scheduling rules.',
  SCHEDULE_ASSESSOR_OVERLAP:
    'Assessor {{assessor}} ({{metNumber}}) already serves in session {{session}} ({{span}} {{zone}}), whose time overlaps. Choose another assessor, or change the date or time of one of the sessions.',
  SCHEDULE_ASSESSOR_NO_CANDIDATES:
    'Assessor {{assessor}} ({{metNumber}}) is planned for this session but has no candidate assigned yet. Move candidates to them, or remove the assessor from the session if they are not needed.',
  SCHEDULE_ASSESSOR_NO_ACCOUNT:
    'Assessor {{assessor}} ({{metNumber}}) has no sign-in account yet, so they cannot sign in at the TUK to assess their candidates. Create it on Staff accounts (role Assessor) before exporting the session bundle.',
  SCHEDULE_ASSESSOR_MET_EXPIRING:
    "Assessor {{assessor}} ({{metNumber}}): MET registration ends on {{expiresOn}}, within {{days}} days after the session date {{date}}: valid for the exam, but renew it in time for the work that follows.",
  SCHEDULE_ASSESSOR_MET_EXPIRED: "Assessor {{assessor}} ({{metNumber}}): MET registration valid until {{expiresOn}}, expired by the session date, {{date}}. Choose another assessor, or update the MET validity on their record once it is renewed.",
  SCHEDULE_ASSESSOR_MET_LAPSED: "Assessor {{assessor}} ({{metNumber}}): MET registration was valid until {{expiresOn}} and has already expired, so they cannot serve in an upcoming session.",
  SCHEDULE_ASSESSOR_CERT_LAPSED: "Assessor {{assessor}} ({{metNumber}}): technical certificate was valid until {{expiresOn}} and has already expired, so they cannot serve in an upcoming session.",
  SCHEDULE_ASSESSOR_CERT_EXPIRED: "Assessor {{assessor}} ({{metNumber}}): technical certificate valid until {{expiresOn}}, expired by the session date, {{date}}. Choose another assessor, or update the technical certificate validity on their record once it is renewed.",
  SCHEDULE_ASSESSOR_NOT_COMPETENT: 'Assessor {{assessor}} ({{metNumber}}) is not registered to assess scheme {{scheme}}. Choose another assessor, or add the scheme to their record if they may assess it.',
  SCHEDULE_ASSESSOR_NO_LOAN_LETTER:
    "Assessor {{assessor}} ({{metNumber}}) is borrowed from {{homeLsp}}, but the loan letter's number and date have not been recorded. Record the letter's number and date on their record, or choose another assessor.",
  SCHEDULE_ASSESSOR_INACTIVE: 'Assessor {{assessor}} ({{metNumber}}) has been deactivated. Choose another assessor, or reactivate their record.',
  // The TUK's name leads, as a label: many names begin with "TUK" themselves ("TUK TUK Sewaktu …").
  SCHEDULE_TUK_NOT_VERIFIED: '{{tuk}}: this TUK has not been verified as fit for this session. Record its verification before the exam day.',
  SCHEDULE_TUK_VERIFICATION_DUE:
    "{{tuk}}: this TUK Mandiri's last verification on {{lastVerifiedOn}} is valid for {{months}} months (until {{validUntil}}) and does not cover the session date. Record a new verification.",
  SCHEDULE_TUK_NEVER_VERIFIED: '{{tuk}}: this TUK Mandiri has never been verified. Record its verification (valid for {{months}} months) before scheduling a session here.',
  SCHEDULE_TUK_UNFIT: '{{tuk}}: the verification of {{verifiedOn}} found this TUK does not meet the requirements ({{note}}). Record a new verification that finds it fit, or choose another TUK.',
  SCHEDULE_TUK_UNFIT_NO_NOTE: '{{tuk}}: the verification of {{verifiedOn}} found this TUK does not meet the requirements. Record a new verification that finds it fit, or choose another TUK.',
  SCHEDULE_TUK_CAPACITY: "{{tuk}}: this TUK holds {{capacity}} candidates, but this session has {{candidates}}. Take candidates out or choose another TUK; if its capacity is wrong, correct it on the TUK's record.",
  SCHEDULE_TUK_AFTER_EXPORT:
    'This session\'s bundle was exported for {{tuk}} ({{exportedAt}}), which keeps it as a session to come once imported, so the session cannot move to another TUK. Choose {{tuk}} again, cancel this session (Cancel session, below), export this session again under Session bundles & keys and have it imported at {{tuk}}, so it marks the session cancelled; then plan a new session at the TUK you want.',
  SCHEDULE_TUK_INACTIVE: "{{tuk}}: this TUK has been deactivated. Choose another TUK, or reactivate the TUK's record.",
  SCHEDULE_SCHEME_INACTIVE: 'Scheme {{scheme}} version {{version}} has been deactivated. Choose another scheme, or reactivate it.',
  SCHEDULE_CANDIDATE_OVERLAP: 'Candidate {{candidate}} ({{participantNo}}) is already scheduled in session {{session}} ({{date}} {{startTime}} {{zone}}), whose time overlaps. Remove the candidate from one of the sessions, or change its time.',
  SCHEDULE_CANDIDATE_SAME_SCHEME:
    'Candidate {{candidate}} ({{participantNo}}) is already scheduled for scheme {{scheme}} in session {{session}} ({{date}} {{startTime}} {{zone}}). Remove the candidate from one of the sessions; schedule a re-assessment once that session is over.',
  SCHEDULE_CANDIDATE_APL01_UNVERIFIED: "Candidate {{candidate}}'s ({{participantNo}}) FR.APL.01 for scheme {{scheme}} is missing or not yet verified by the LSP.",
  SCHEDULE_CANDIDATE_APL01_REJECTED: "Candidate {{candidate}}'s ({{participantNo}}) FR.APL.01 for scheme {{scheme}} was not accepted.",
  SCHEDULE_CANDIDATE_APL02_UNREVIEWED:
    "Candidate {{candidate}}'s ({{participantNo}}) FR.APL.02 for scheme {{scheme}} is incomplete or not yet reviewed by an assessor.",
  SCHEDULE_CANDIDATE_APL02_NOT_PROCEED: "The assessor recommended that candidate {{candidate}}'s ({{participantNo}}) assessment for scheme {{scheme}} not proceed.",
  SCHEDULE_CANDIDATE_INACTIVE: 'Candidate {{candidate}} ({{participantNo}}) has been deactivated. Remove the candidate from the session, or reactivate their record.',
  SCHEDULE_CANDIDATE_ASSESSOR: "Assessor {{assessor}}, chosen for candidate {{candidate}} ({{participantNo}}), is not one of this session's assessors. Add them to the session or choose another.",
  SCHEDULE_CODE_TAKEN: 'Schedule code {{code}} is already used by another session. Type another code, or leave it empty for a generated one.',
  SCHEDULE_IN_PAST: 'The start time {{date}} {{startTime}} has already passed. Choose a date and time still to come.',
  SCHEDULE_PASSWORDS_NOT_ISSUED_one: '{{count}} candidate has no password issued yet: {{names}}. Issue their password on the session’s page, then export the session bundle (again): without it they cannot sign in at the TUK.',
  SCHEDULE_PASSWORDS_NOT_ISSUED_other: '{{count}} candidates have no password issued yet: {{names}}. Issue their passwords on the session’s page, then export the session bundle (again): without them they cannot sign in at the TUK.',
  SESSION_NOT_EDITABLE: 'Session {{session}} has started or is over, so it can no longer be changed.',
  SESSION_CANCELLED: 'Session {{session}} was cancelled ({{cancelledAt}}), so it can no longer be changed. If the assessment is still to take place, plan a new session.',
  SESSION_ALREADY_CANCELLED: 'Session {{session}} was already cancelled by {{cancelledBy}} ({{cancelledAt}}). Nothing more to do.',
  SESSION_CANCEL_STARTED:
    'Session {{session}} cannot be cancelled: it has started or its start time has passed. If the assessment did not take place, record the candidates as absent at the TUK and explain it in the minutes.',
  SESSION_EXPORT_CANCELLED: 'Session {{session}} was cancelled before its bundle was ever exported, so no TUK needs to be told. No session bundle was made.',
  APL01_REQUIRED: "Fill in the candidate's FR.APL.01 for this scheme first.",
  APL02_INCOMPLETE_one: 'FR.APL.02 is incomplete: {{count}} element has no K or BK answer.',
  APL02_INCOMPLETE_other: 'FR.APL.02 is incomplete: {{count}} elements have no K or BK answer.',
  APL_ASSESSOR_NOT_ALLOWED: 'Assessor {{assessor}} is not registered to assess scheme {{scheme}}, so cannot review this application.',
  APL_FILE_TYPE: 'File refused: only PNG, JPEG or PDF files are accepted.',
  APL_FILE_TOO_LARGE: 'File refused: it may be at most {{megabytes}} MB.',
  APL_ROUND_USED:
    'Application round {{round}} was used in session {{session}} ({{date}}), so it is that session\'s record and can no longer be changed. For re-certification, start a new application.',
  APL_ROUND_NOT_CURRENT: 'This form belongs to application round {{round}}, but the current application is round {{current}}. Reload the page and fill in round {{current}}.',
  APL_ROUND_NOT_USED: 'Application round {{round}} has not been used in any session yet. Complete or correct that application; a new one can be started once the candidate has taken their session.',
  APL_ROUND_SEATED:
    'The candidate is still scheduled in session {{session}} ({{date}}) on application round {{round}}. A new application can be started once that session is over, or after the candidate is taken out of it.',
  APL_ROUND_NOT_FOUND: 'The candidate has no application round {{round}} for this scheme.',
} as const;
