/** English texts of the per-scheme settings (issue 16): the form on the scheme page, the assessor's pass hint. */
export const schemePolicyEn = {
  schemePolicy: {
    title: 'Scheme settings',
    intro: 'Apply to every version of scheme {{code}}. Leave a field empty to use the LSP default.',
    testDuration: 'Written test duration (minutes)',
    testDurationHint: 'A new session of this scheme starts with this duration.',
    passHint: 'Multiple-choice pass hint (%)',
    passHintHint: 'Only a hint for the assessor; the assessor decides K/BK.',
    validity: 'Certificate validity (years)',
    validityHint: 'Empty: the validity set in the certificate settings.',
    kbli: 'KBLI code',
    kbliHint: 'Five digits (KBLI 2020), used in certificate numbers.',
    save: 'Save scheme settings',
    saved: 'Scheme settings saved.',
    hint: '{{achieved}} of {{total}} questions correct ({{percent}}%). The LSP hint: a pass at {{hint}}% or more. It is only a hint; you decide K/BK.',
    hintMet: 'At or above the hint',
    hintNotMet: 'Below the hint',
  },
} as const;
