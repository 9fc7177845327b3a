/**
 * apl/reviewSchemes: the scheme versions an assessor may review FR.APL.02 for (their LSP's active
 * versions of the codes they may assess), each with how many applications wait for a review: accepted
 * FR.APL.01 and an FR.APL.02 saved without a recommendation.
 */
export type AplReviewScheme = { id: string; code: string; version: number; titleId: string; titleEn: string | null; awaiting: number };
