/** English texts of the certificate register and the BNSP sheet (issue 17; spread into `en.ts`). */
export const certificatesErrorsEn = {
  CERTIFICATE_SETTINGS_INVALID: 'The number patterns were not saved. Check: {{fields}}. {{tokens}}',
  PLENO_NOT_SIGNED: 'Certificates are issued only from a signed plenary meeting (its status now: {{status}}).',
  PLENO_SUPERSEDED: 'This plenary meeting was corrected by the one of SK {{sk}}, whose decisions are in force: issue the certificates and the BNSP sheet from that correcting meeting.',
  PLENO_NOT_DECIDED: 'This plenary meeting has not decided yet (status: {{status}}), so there is nothing to send to BNSP.',
  CERTIFICATE_NUMBER_TAKEN:
    'The number pattern made {{number}}, which another certificate already has. No number of this batch was issued; change the pattern (for example add {year}) and issue again.',
  BLANKO_TAKEN: 'Blanko number {{blanko}} is already on certificate {{number}}.',
  CERTIFICATE_REVOKED: 'Certificate {{number}} was revoked on {{revokedAt}} and cannot be printed.',
  CERTIFICATE_NOT_COMPETENT:
    'The plenary meeting in force (SK {{skNumber}}) decided this candidate not yet competent: certificate {{number}} is not printed. Revoke it if that decision is right.',
  CERTIFICATE_HELD_BY_APPEAL:
    'An appeal holds this decision (still being handled, or accepted so that the re-assessment decides): certificate {{number}} is not printed while the appeal holds it.',
  CERTIFICATE_ALREADY_REVOKED: 'Certificate {{number}} is already revoked.',
  CERTIFICATE_ISSUED_IN_FUTURE: 'The issue date cannot be after today ({{date}}).',
  CERTIFICATE_ISSUED_BEFORE_SK: 'The issue date cannot be before the plenary meeting’s SK date ({{date}}).',
  CERTIFICATE_REVOKE_REASON_REQUIRED: 'Revoking a certificate needs its reason (at least 3 characters).',
  CERTIFICATE_REPLACE_IN_FORCE:
    'Certificate {{number}} is still in force. Revoke it first with its reason, then issue its replacement.',
  CERTIFICATE_ALREADY_REPLACED:
    'Certificate {{number}} has already been replaced by certificate {{replacement}}.',
  CERTIFICATE_REPLACE_NO_DECISION:
    'No signed plenary decision in force covers certificate {{number}}, so no replacement can be issued.',
  CERTIFICATE_REPLACE_NOT_COMPETENT:
    'The plenary meeting in force (SK {{skNumber}}) decided this candidate Not Yet Competent: certificate {{number}} is not replaced.',
  CERTIFICATE_REPLACE_HELD_BY_APPEAL:
    'The candidate’s appeal holds this seat (still open, or accepted): no replacement of certificate {{number}} is issued.',
  CERTIFICATE_REPLACE_KBLI_MISSING:
    'The number pattern needs the KBLI code of scheme {{scheme}}, not yet set in the scheme’s settings: certificate {{number}} cannot be replaced yet.',
  CERTIFICATE_REPLACE_LEVEL_MISSING:
    'The number pattern needs the KKNI level of scheme {{scheme}}, not yet set: certificate {{number}} cannot be replaced yet.',
  CERTIFICATE_SURVEILLANCE_NOT_IN_FORCE: 'Certificate {{number}} is no longer in force (revoked or past its last day): no surveillance is recorded.',
  CERTIFICATE_SURVEILLANCE_IN_FUTURE: 'The surveillance date cannot be after today ({{date}}).',
  CERTIFICATE_SURVEILLANCE_BEFORE_ISSUE: 'The surveillance date cannot be before the certificate was issued ({{date}}).',
} as const;

export const certificatesEn = {
  certificates: {
    reasons: {
      required: 'Required.',
      too_long: 'Too long (at most 120 characters).',
      no_counter: 'The pattern must contain the running number {counter:N}.',
      counter_twice: 'The running number {counter:N} may appear only once.',
      counter_width: 'The running number is 1 to 10 digits wide, for example {counter:7}.',
      unknown_token: 'A part is not known. Known parts: {kbli}, {scheme}, {level}, {counter:N}, {year}, {lsp}.',
      unclosed_brace: 'A brace is not matched.',
      year_required: 'A running number that restarts each year needs {year} in the pattern, or numbers would repeat.',
    },
    skip: {
      already_issued: 'Already issued.',
      revoked: 'Issued, then revoked; not issued again here. If it was revoked by mistake, issue its replacement on that certificate’s page.',
      held_by_appeal: 'Held: the candidate’s appeal is not closed.',
      appeal_accepted: 'Appeal accepted: this session’s decision is void for the candidate. The pleno of the re-assessment {{session}} ({{date}}) decides the certificate.',
      appeal_accepted_unplanned: 'Appeal accepted: this session’s decision is void for the candidate. The re-assessment’s pleno decides the certificate.',
      issued_before_appeal:
        'Issued before the appeal was accepted; the re-assessment {{session}} ({{date}}) decides. This certificate is not changed automatically: revoke it on its page if need be.',
      issued_before_appeal_unplanned:
        'Issued before the appeal was accepted; the re-assessment decides. This certificate is not changed automatically: revoke it on its page if need be.',
      record_changed: 'The assessor changed this candidate’s FR.AK.02 after the pleno decided on it (a later results bundle): correct the pleno to decide again.',
      kbli_missing: 'The scheme’s KBLI code is not set in the scheme settings.',
      level_missing: 'The scheme’s KKNI level is not set.',
    },
    blanko: {
      nik_unknown: 'No certificate for this NIK.',
      nik_ambiguous: 'This NIK holds more than one certificate; fill in the Nomor Sertifikat column.',
      number_mismatch: 'The certificate number does not match a certificate of this NIK.',
      blanko_taken: 'The blanko number is already on another certificate.',
      blanko_twice_in_file: 'The blanko number appears more than once in the file.',
      blanko_already_set: 'This certificate already has another blanko number; change it one at a time in the register.',
    },
    counterScope: { lsp: 'One running number for the LSP', year: 'Running number restarts at 1 each year' },
  },
} as const;
