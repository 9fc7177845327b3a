import { isAnswerAction } from '../../shared/audit-log';
import type { AuditFinding } from '../../shared/types';
import { answerDigest } from '../cbt/answer-digest';
import type { Db } from '../db/open';
import type { AuditRow } from '../db/queries/audit';
import { attemptExists, storedAnswers } from '../db/queries/answer-checks';

/** The latest save a log records for one question: its row, the answer's sequence number, its digest (none before digests were recorded). */
type Recorded = { row: number; answerSeq: number; digest: string | null };
type AttemptSaves = { first: number; last: number; items: Map<string, Recorded> };

/**
 * Past this many the check stops listing answers (the log is broken either way), as the chain's walk
 * does with broken runs.
 */
const ANSWER_FINDINGS_LISTED = 100;

function savedOf(details: string): { itemId: string; seq: number; digest: string | null } | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(details);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const itemId: unknown = Reflect.get(parsed, 'itemId');
  const seq: unknown = Reflect.get(parsed, 'seq');
  const digest: unknown = Reflect.get(parsed, 'digest');
  if (typeof itemId !== 'string' || typeof seq !== 'number') return null;
  return { itemId, seq, digest: typeof digest === 'string' ? digest : null };
}

/**
 * The answers a log's save rows recorded, fed row by row as the chain is walked; then compared with the
 * `answer` table. The chain protects each save row; this makes the answer it saved part of it, so an
 * answer edited, lowered to an older save or removed in the database outside the app is named by the
 * row of the save it no longer matches.
 *
 * `complete`: this installation's own log, which records every answer its attempts hold (each save
 * writes its row in the same transaction). Then an answer no save recorded, or newer than the last one
 * recorded, was put there outside the app too, unless a received log (`received`) records saves of that
 * attempt. A log received in a results bundle ends at its last signed head, so answers saved after it
 * are not held against it.
 */
export function answerLedger() {
  const attempts = new Map<string, AttemptSaves>();
  return {
    push(row: Pick<AuditRow, 'seq' | 'action' | 'entityId' | 'details'>): void {
      if (!row.entityId || !isAnswerAction(row.action)) return;
      const saved = savedOf(row.details);
      if (!saved) return;
      let saves = attempts.get(row.entityId);
      if (!saves) attempts.set(row.entityId, (saves = { first: row.seq, last: row.seq, items: new Map() }));
      saves.last = row.seq;
      // Rows are written only when the answer stored changed (a newer seq), so the latest row is the answer's latest state.
      saves.items.set(saved.itemId, { row: row.seq, answerSeq: saved.seq, digest: saved.digest });
    },
    /** One attempt at a step, so the check at start can give the event loop back between them. */
    *compare(db: Db, options: CompareOptions): Generator<undefined, AttemptFinding[], undefined> {
      const findings: AttemptFinding[] = [];
      // Read only when there is something to compare: at an LSP it scans every log the TUKs sent.
      const received = attempts.size > 0 && options.complete ? (options.received?.() ?? new Set<string>()) : new Set<string>();
      for (const [attemptId, saves] of attempts) {
        const note = (finding: AuditFinding) => {
          if (findings.length < ANSWER_FINDINGS_LISTED) findings.push({ attemptId, finding });
        };
        const strict = options.complete && !received.has(attemptId);
        const seen = new Set<string>();
        let unrecorded = false;
        for (const answer of storedAnswers(db, attemptId)) {
          const recorded = saves.items.get(answer.itemId);
          if (!recorded) {
            unrecorded ||= strict;
            continue;
          }
          seen.add(answer.itemId);
          if (recorded.digest === null) continue;
          const differs =
            answer.seq < recorded.answerSeq ||
            (answer.seq === recorded.answerSeq && answerDigest(answer) !== recorded.digest) ||
            (answer.seq > recorded.answerSeq && strict);
          if (differs) note(changed(recorded.row));
        }
        if (unrecorded) note({ kind: 'answer_unrecorded', severity: 'broken', fromSeq: saves.first, toSeq: saves.last, at: null });
        const missing = [...saves.items].filter(([itemId, r]) => r.digest !== null && !seen.has(itemId));
        if (missing.length > 0 && attemptExists(db, attemptId)) for (const [, r] of missing) note(changed(r.row));
        yield undefined;
      }
      return findings.sort((a, b) => (a.finding.fromSeq ?? 0) - (b.finding.fromSeq ?? 0));
    },
  };
}

export type AnswerLedger = ReturnType<typeof answerLedger>;
/** A finding with the attempt whose answers it is about (the log's findings name rows, not attempts). */
export type AttemptFinding = { attemptId: string; finding: AuditFinding };

/** `received`: the attempts some received log records saves of (read once, when there is something to compare). */
type CompareOptions = { complete: boolean; received?: () => ReadonlySet<string> };

function changed(row: number): AuditFinding {
  return { kind: 'answer_changed', severity: 'broken', fromSeq: row, toSeq: row, at: null };
}

/** The whole comparison at once, each finding with its attempt (a results import counts them by candidate). */
export function compareByAttempt(db: Db, ledger: AnswerLedger, options: CompareOptions): AttemptFinding[] {
  const steps = ledger.compare(db, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The whole comparison at once (`audit verify`). */
export function compareAll(db: Db, ledger: AnswerLedger, options: CompareOptions): AuditFinding[] {
  return compareByAttempt(db, ledger, options).map((f) => f.finding);
}
