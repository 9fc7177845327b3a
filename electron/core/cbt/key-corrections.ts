import type { Db } from '../db/open';
import { listCorrections, type KeyCorrectionRow } from '../db/queries/key-corrections';

/**
 * A session's key corrections as scoring reads them: an annulled question counts for nobody (neither
 * achieved nor in the total), an option accepted too counts as achieved beside the bank's key, and a
 * withdrawn correction does nothing (as if never made). Every reader of the key (FR.IA.05 and the
 * workspace, the LSP's results review) asks these, never the bank's key alone.
 */
export type SessionKey = {
  annulled: ReadonlySet<string>;
  accepted: ReadonlyMap<string, ReadonlySet<number>>;
  /** The corrections in force: a withdrawn one is read as if it had never been made (FR.IA.05 does not print it). */
  rows: readonly KeyCorrectionRow[];
  /** Every correction made, withdrawn ones too, as made: the screens that list them. */
  history: readonly KeyCorrectionRow[];
};

export function sessionKey(db: Db, sessionId: string): SessionKey {
  const history = listCorrections(db, sessionId);
  const rows = history.filter((r) => r.withdrawal === null);
  const annulled = new Set<string>();
  const accepted = new Map<string, Set<number>>();
  for (const r of rows) {
    if (r.action === 'annul') annulled.add(r.itemId);
    else if (r.acceptedOption !== null) accepted.set(r.itemId, new Set([...(accepted.get(r.itemId) ?? []), r.acceptedOption]));
  }
  return { annulled, accepted, rows, history };
}

/** Achieved when the chosen original option is the key's or one accepted too; an unanswered question is not achieved. */
export function isAchievedUnder(key: SessionKey, itemId: string, answer: number | null, correct: number | null): boolean {
  if (answer === null) return false;
  return answer === correct || (key.accepted.get(itemId)?.has(answer) ?? false);
}
