import type { IssuedPasswords } from '../../../../electron/shared/handover';
import type { SessionSheet } from '../../../../electron/shared/assessment';

/**
 * The clear candidate passwords of sessions/issuePasswords, held in this window's memory only, for the
 * card print: the core keeps only their hashes, so a reload (or another computer) loses them and the cards
 * say "issued separately" until the passwords are issued again. Never written to storage or the URL.
 */
const issued = new Map<string, ReadonlyMap<string, string>>();

export function rememberIssued(result: IssuedPasswords): void {
  const before = issued.get(result.sessionId) ?? new Map<string, string>();
  // A re-issue for some candidates replaces theirs and keeps the others' of this window.
  issued.set(result.sessionId, new Map([...before, ...result.passwords.map((p) => [p.candidateId, p.password] as const)]));
}

export function issuedCount(sessionId: string): number {
  return issued.get(sessionId)?.size ?? 0;
}

/** The sheet with each card's password filled in where this window issued it: the newest, before any the sheet brought. */
export function withIssuedPasswords(sheet: SessionSheet, sessionId: string): SessionSheet {
  const known = issued.get(sessionId);
  if (!known) return sheet;
  return { ...sheet, rows: sheet.rows.map((r) => ({ ...r, cardPassword: known.get(r.candidateId) ?? r.cardPassword ?? null })) };
}
