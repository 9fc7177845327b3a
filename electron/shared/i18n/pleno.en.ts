/** English texts of closing the loop at the LSP (issue 17: results review, pleno, appeals, certificates; spread into `en.ts`). */
export const plenoErrorsEn = {
  PLENO_MEMBERS_TOO_FEW: 'Membership rule: a plenary meeting needs at least {{min}} members (it has {{count}}).',
  PLENO_CHAIR_COUNT: 'Chair rule: a plenary meeting has exactly one chair (it has {{count}}).',
  PLENO_MEMBER_CONFLICT: 'Conflict-of-interest rule: {{member}} may not sit on this plenary meeting, being an assessor of session {{session}}.',
  PLENO_MEMBER_UNKNOWN: 'Member {{member}} is linked to an account or assessor that is not of this LSP.',
  PLENO_MEMBER_TWICE: '{{member}} and {{other}} are the same person (the account is linked to that assessor record): list them once.',
  PLENO_CHAIR_NO_ACCOUNT: 'Chair {{chair}} is not linked to a Ruang Uji account: signing needs the chair’s own password.',
  PLENO_LOCKED: 'This plenary meeting can no longer be changed (status: {{status}}). A correction is made as a new correcting plenary meeting.',
  PLENO_NOT_DECIDED: 'The plenary meeting’s decisions are not recorded yet. Decide first, then sign.',
  PLENO_RECORDS_CHANGED: 'The assessment records of {{count}} candidates changed since the decision was recorded ({{candidates}}). Decide again before signing.',
  PLENO_BLOCKED: 'No decision yet: the records of {{count}} candidates are incomplete or not signed by their assessor ({{candidates}}).',
  PLENO_DEPARTURE_NEEDS_REASON: 'The decision for {{candidate}} departs from the assessor’s recommendation: give the reason.',
  PLENO_ALREADY_DECIDED: '{{candidate}} is already decided in another plenary meeting in force ({{pleno}}).',
  PLENO_NOT_A_CANDIDATE: 'Candidate {{candidate}} is not in this plenary meeting’s sessions or was absent, so gets no decision.',
  PLENO_SESSION_NO_RESULTS: 'Session {{session}} has no assessment results at this LSP yet.',
  PLENO_SK_TAKEN: 'Decision letter number {{skNumber}} is already used by another plenary meeting.',
  PLENO_CORRECTION_OPEN: 'This plenary meeting already has an unsigned correction. Continue that one.',
  RECORD_DECIDED_BY_PLENO: 'This FR.AK.02 cannot be unlocked: a signed plenary meeting (SK {{skNumber}}) has decided this candidate in this session.',
  APPEAL_NOT_OPEN: 'This appeal is already closed.',
  APPEAL_REASSESSMENT_INVALID: 'An accepted appeal needs a re-assessment session that includes this candidate (not the appealed session).',
  APPEAL_REASON_REQUIRED: 'A rejected appeal needs its reason (at least 3 characters).',
  APPEAL_CANDIDATE_NOT_IN_SESSION: 'Candidate {{candidate}} is not in this session.',
  APPEAL_UNIT_INVALID: 'Unit {{unit}} is not a unit of this session’s scheme.',
  APPEAL_GROUNDS_REQUIRED: 'An appeal needs its grounds (at least 3 characters).',
  APPEAL_LODGED_BEFORE_TEST: 'An appeal cannot be lodged before the session’s test day ({{date}}).',
  APPEAL_LODGED_IN_FUTURE: 'An appeal cannot be lodged after today ({{date}}).',
} as const;

export const plenoEn = {
  pleno: {
    tables: {
      schemePolicy: 'Per-scheme settings',
      pleno: 'Plenary meetings',
      plenoSession: 'Sessions in a plenary meeting',
      plenoMember: 'Plenary members',
      plenoDecision: 'Plenary decisions',
      appealCase: 'Appeal cases',
      certificateCounter: 'Certificate number counters',
      certificate: 'Certificate register',
      sessionBnsp: 'Session BNSP codes',
    },
  },
} as const;
