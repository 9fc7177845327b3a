import type { FormSignatures, FormsRecorded, SignatureMark } from '../../shared/assessment';

type Given = {
  /** FR.AK.01 accepted by the candidate on the lab PC. */
  agreedAt: string | null;
  /** The assessor's live FR.AK.02 signature: it signs (and locks) the candidate's instrument forms too. */
  signedAt: string | null;
  /** The candidate's own acknowledgement of that signed FR.AK.02. */
  acknowledgedAt: string | null;
  /** FR.AK.03, when the candidate filled it in themself. */
  feedbackByCandidateAt: string | null;
  /** Which instrument forms hold something the assessor recorded: only those carry their signature. */
  recorded: FormsRecorded;
};

const mark = (at: string | null, how: NonNullable<SignatureMark>['how']): SignatureMark => (at ? { at, how } : null);

/**
 * Who gave an electronic signature on which form, and when: only what happened. The candidate signs
 * nothing on the instrument forms (their line stays empty for a wet signature); the assessor gives no
 * mark on FR.AK.01 (the candidate accepts it on the lab PC) nor on FR.AK.03 and FR.AK.04. The FR.AK.02
 * signature reaches an instrument form only when the assessor recorded something on it: a form left
 * empty (oral questions never asked) signed would vouch for an assessment that did not happen.
 */
export function formSignatures(given: Given): FormSignatures {
  const assessor = mark(given.signedAt, 'signed');
  const instrument = (form: keyof FormsRecorded) => ({ candidate: null, assessor: given.recorded[form] ? assessor : null });
  return {
    ak01: { candidate: mark(given.agreedAt, 'agreed'), assessor: null },
    ia05: instrument('ia05'),
    ia06: instrument('ia06'),
    ia07: instrument('ia07'),
    ia01: instrument('ia01'),
    ia03: instrument('ia03'),
    ak02: { candidate: mark(given.signedAt ? given.acknowledgedAt : null, 'acknowledged'), assessor },
    ak03: { candidate: mark(given.feedbackByCandidateAt, 'entered'), assessor: null },
    ak04: { candidate: null, assessor: null },
  };
}
