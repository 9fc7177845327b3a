/**
 * The names an LSP gives the codes its registry keeps for BNSP (education and occupation codes from BNSP's
 * list, Kemendagri's province and regency codes): the registry stores codes, as BNSP's upload sheet wants
 * them, and a form a person reads and signs (FR.APL.01) prints the name beside the code. The LSP enters the
 * names (or pastes them from the lists it downloads); a code without one prints as it is.
 */
export const CODE_LISTS = ['education', 'occupation', 'province', 'regency'] as const;
export type CodeList = (typeof CODE_LISTS)[number];

export type CodeName = { code: string; name: string };
export type CodeNames = Record<CodeList, CodeName[]>;

/** Indonesia has some 514 regencies and cities: room for all of them and more. */
export const CODE_NAMES_MAX = 1000;
export const CODE_NAME_MAX_LENGTH = 120;
/** As the candidate's own code fields (registry/candidates.ts). */
export const CODE_PATTERN = /^[0-9A-Za-z.-]{1,10}$/;
