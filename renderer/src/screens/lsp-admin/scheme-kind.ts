/**
 * Mirrors the core's CHECK constraint on scheme.kind; the shared DTO types `kind` as a plain string,
 * so an unknown value is shown as it came rather than guessed at.
 */
export const SCHEME_KINDS = ['kkni', 'okupasi', 'klaster'] as const;
export type SchemeKind = (typeof SCHEME_KINDS)[number];

export function isSchemeKind(value: string): value is SchemeKind {
  return SCHEME_KINDS.some((kind) => kind === value);
}
