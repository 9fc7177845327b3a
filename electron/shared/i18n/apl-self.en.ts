/** English text for FR.APL.02 filled by the candidate (issue 16; spread into `en.ts`). */
export const aplSelfErrorsEn = {
  APL_SELF_NO_ACCESS: 'This account is not an FR.APL.02 sign-in. Use the APL.02 sign-in the LSP gave you.',
  APL_SELF_SUBMITTED: 'The FR.APL.02 has been submitted for the assessor’s review and can no longer be changed.',
  APL_SELF_REVIEWED: 'The assessor has reviewed your FR.APL.02, so this sign-in has ended. Ask the LSP for the outcome of the review and your assessment schedule.',
  APL_SELF_EXPIRED: 'The FR.APL.02 sign-in ended on {{date}}. Ask the LSP for a new one.',
  APL_SELF_NEEDS_APL01: 'Save FR.APL.01 first: an APL.02 sign-in is issued for one application.',
  APL_SELF_SUPERSEDED: 'This sign-in is for your earlier application; the LSP has started a new one since. Ask the LSP for a new FR.APL.02 sign-in.',
};

export const aplSelfEn = {
  aplSelf: {
    signIn: {
      mode: 'Fill in FR.APL.02',
      hint: 'To fill in the self-assessment (FR.APL.02) before your assessment is scheduled: sign in with the username and password on the slip from the LSP. No token is needed.',
      username: 'APL.02 username',
      badCredentials: 'Wrong username or password. Type them again exactly as on the slip from the LSP (capitals or not does not matter). If it is still refused, do not keep trying: contact the LSP, as the account locks after a few wrong tries.',
      forgot: 'Ask the LSP to issue your APL.02 sign-in again: you get a new slip with a new password. Answers already saved stay.',
      locked: 'This APL.02 sign-in was locked after too many wrong tries. The lock lifts by itself in {{minutes}} min; or contact the LSP: the admin can unlock it or issue a new one.',
    },
    access: {
      title: 'Candidate sign-in to fill in FR.APL.02',
      hint: 'The candidate can fill in FR.APL.02 themselves on a computer before being scheduled. This sign-in opens this form only, ends when the assessor reviews it or after 14 days, and issuing it again replaces the old password.',
      none: 'No APL.02 sign-in for this application yet.',
      current: 'Sign-in {{username}} valid until {{date}}',
      submitted: 'submitted by the candidate {{date}}',
      issue: 'Issue APL.02 sign-in',
      reissue: 'Issue the APL.02 sign-in again (the old password stops working)',
      once: 'The password is shown only once. Copy it or print this slip for the candidate now.',
      candidate: 'Candidate',
      scheme: 'Scheme',
      username: 'Username',
      password: 'Password',
      until: 'Valid until',
      howTo: 'On the Ruang Uji sign-in page, choose the "Fill in FR.APL.02" tab, then type the username and password exactly as written (capitals, with the hyphens).',
      print: 'Print slip',
    },
    screen: {
      eyebrow: 'FR.APL.02 Self-assessment',
      draftRestored: 'Answers that were not saved last time are shown again from this computer. Check them, then press Save.',
      openUntil: 'Fill in and save your answers, then submit them for the assessor’s review. Access is open until {{date}}.',
      intro: 'For each element, choose K if you are confident you are competent or BK if not yet, and write the evidence you have (certificates, portfolio, work experience).',
      submitted: 'FR.APL.02 has been submitted and awaits the assessor’s review. The answers can no longer be changed.',
      reviewed: 'FR.APL.02 has been reviewed by the assessor.',
      submitTitle: 'Submit for review',
      submitHint: 'Every element is answered. The saved answers go to the assessor and can no longer be changed.',
      incomplete: 'Answer and save every element before submitting.',
      submit: 'Submit FR.APL.02',
      confirm: 'Submit the saved answers now? Once submitted, they cannot be changed.',
      confirmYes: 'Yes, submit',
      confirmNo: 'Cancel',
    },
  },
};
