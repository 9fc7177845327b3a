/** English texts of closing the loop at the LSP (issue 17: results review, pleno, appeals, certificates; spread into `en.ts`). */
export const plenoErrorsEn = {} as const;

export const plenoEn = {
  pleno: {
    tables: {
      schemePolicy: 'Per-scheme settings',
      pleno: 'Pleno meetings',
      plenoSession: 'Sessions in a pleno',
      plenoMember: 'Pleno members',
      plenoDecision: 'Pleno decisions',
      appealCase: 'Appeal cases',
      certificateCounter: 'Certificate number counters',
      certificate: 'Certificate register',
      sessionBnsp: 'Session BNSP codes',
    },
  },
} as const;
