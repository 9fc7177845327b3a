/**
 * Whether FR.AK.03 answered an FR.AK.02 decision since unlocked. Feedback opens only once FR.AK.02 is signed:
 * saved before the live signature (the decision was unlocked and signed again after it), or with none live
 * (unlocked, not yet signed again), it does not respond to the decision in force. One rule for the assessor's
 * workspace, the candidate's screen and the LSP's results review, so they never disagree.
 */
export function feedbackOnEarlierDecision(savedAt: string, liveSignedAt: string | null): boolean {
  return liveSignedAt === null || savedAt < liveSignedAt;
}
