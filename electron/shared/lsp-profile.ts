/**
 * The LSP as its documents name it: the SK, the pleno minutes and every BNSP form head with its name and
 * BNSP licence number. The code is not among what changes: every certificate number carries it, and a
 * session bundle is matched to its LSP by it at the TUK.
 */
export type LspProfile = { code: string; name: string; licenceNo: string | null; address: string | null };

export type LspProfileInput = { name: string; licenceNo: string; address: string };

export const LSP_NAME_MAX_LENGTH = 200;
export const LSP_ADDRESS_MAX_LENGTH = 500;
