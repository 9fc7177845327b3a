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

