import type { AuditFinding, AuditIntegrity } from '../../shared/types';
import type { Clock } from '../clock';
import type { Db } from '../db/open';
import { attemptsInReceivedLogs } from '../db/queries/answer-checks';
import { rowsBetween } from '../db/queries/audit';
import { answerLedger, type AttemptFinding } from './answer-ledger';
import { headFilePath } from './head-file';
import { result, verifyFromHead, walker } from './verify';

/**
 * The whole-chain walk's slices: rows read a few at a time until the slice has taken SLICE_MS, then the
 * event loop is given back (setImmediate), so a call never waits more than about that long behind it.
 * Measured on 1,000,000 audit rows (257 MB, a year of a busy TUK's answer saves): one blocking walk took
 * 6.3 s (18 s on the same machine under a load of 15 on 2 cores); in slices, each took a median 3.6 ms
 * and a p99 of 5.6 ms of CPU time (max 14 ms, a garbage collection), and the check from the head 2-16 ms.
 * Six seconds or more before the room server answers is too long on an exam day, and a log that size is
 * not rare, so the whole walk runs in the background after start; what costs little (the signed head,
 * the head's row re-hashed, the rows after it) runs at once, before anything is signed over.
 */
const SLICE_MS = 4;
const SLICE_ROWS = 64;

/**
 * Only what is broken reaches the homes: an unsigned tail (a crash, keys locked at shut-down) and the
 * head file's notices are the everyday life of a station, and `audit verify` lists them; a warning that
 * is there after every power cut would be read past the day it matters.
 */
function broken(findings: readonly AuditFinding[]): AuditFinding[] {
  return findings.filter((f) => f.severity === 'broken');
}

function merged(a: readonly AuditFinding[], b: readonly AuditFinding[]): AuditFinding[] {
  const seen = new Set<string>();
  return [...a, ...b].filter((f) => {
    const key = `${f.kind}:${f.fromSeq}:${f.toSeq}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The audit log as this start of the app found it. The log's rows are protected against the running app
 * only (triggers); someone who edits the file while the app is stopped is seen by `audit verify`, and
 * now by every start: the admin's and the proctor's homes say what failed, and `serve` prints it. It
 * never stops the app: the design asks the log to be tamper-evident, not the exam day to halt, and a TUK
 * whose log was tampered with still has candidates to examine (the broken rows stay broken for verify
 * and for the LSP, which receives the log with the results).
 */
export class AuditIntegrityCheck {
  private state: AuditIntegrity;
  private next: NodeJS.Immediate | null = null;
  private generation = 0;

  constructor(
    private readonly db: Db,
    private readonly dataDir: string,
    private readonly clock: Clock,
    /** Told when the check from the head is done with findings, and when the whole walk ends. */
    private readonly onChange?: (state: AuditIntegrity) => void,
  ) {
    this.state = { checkedAt: clock.now().toISOString(), full: 'done', rows: 0, lastSeq: 0, findings: [] };
  }

  current(): AuditIntegrity {
    return this.state;
  }

  /** At start (and after a restore replaced the log): the cheap check now, the whole walk in the background. */
  run(): AuditIntegrity {
    this.stop();
    const generation = ++this.generation;
    const start = verifyFromHead(this.db, { headFile: headFilePath(this.dataDir) });
    const startFindings = broken(start.result.findings);
    this.state = { checkedAt: this.clock.now().toISOString(), full: 'running', rows: 0, lastSeq: start.lastSeq, findings: startFindings };
    if (startFindings.length > 0) this.onChange?.(this.state);
    // Rows after the end as found now are this process's own, signed by it as they come.
    const w = walker(new Set());
    const answers = answerLedger();
    let comparing: Generator<undefined, AttemptFinding[], undefined> | null = null;
    let after = 0;
    const slice = () => {
      this.next = null;
      if (generation !== this.generation || !this.db.open) return;
      const began = performance.now();
      let answerFindings: AuditFinding[] | null = null;
      while (performance.now() - began < SLICE_MS) {
        if (comparing) {
          // Then each attempt's answers against the saves the log recorded, an attempt at a step.
          const step = comparing.next();
          if (step.done) {
            answerFindings = step.value.map((f) => f.finding);
            break;
          }
          continue;
        }
        const rows = rowsBetween(this.db, after, start.lastSeq, SLICE_ROWS);
        for (const row of rows) {
          w.push(row);
          answers.push(row);
        }
        after = rows.at(-1)?.seq ?? after;
        if (rows.length < SLICE_ROWS) comparing = answers.compare(this.db, { complete: true, received: () => attemptsInReceivedLogs(this.db) });
      }
      if (!answerFindings) {
        this.state = { ...this.state, rows: w.chain.rows };
        this.next = setImmediate(slice);
        return;
      }
      const chain = w.chain;
      this.state = { ...this.state, full: 'done', rows: chain.rows, findings: merged(startFindings, broken(result(chain, null, answerFindings).findings)) };
      this.onChange?.(this.state);
    };
    this.next = setImmediate(slice);
    return this.state;
  }

  stop(): void {
    this.generation += 1;
    if (this.next) clearImmediate(this.next);
    this.next = null;
  }
}
