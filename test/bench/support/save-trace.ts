// What the in-process answer bench's slowest saves overlapped: the group commit's batches and idle-time
// checkpoint steps (their diagnostics channels) and this process's GC pauses, all on one wall clock.
import diagnostics from 'node:diagnostics_channel';
import { PerformanceObserver } from 'node:perf_hooks';
import { checkpointChannel, commitChannel, type CheckpointTrace, type CommitTrace } from '../../../electron/core/db/group-commit';
import { summary } from '../stats';

type Span = { at: number; ms: number };
export type SaveSpan = Span;

const overlaps = (a: Span, b: Span) => b.at < a.at + a.ms && a.at < b.at + b.ms;

/** Now on the clock the traces use (wall ms). */
export const wallNow = () => performance.timeOrigin + performance.now();

export function traceSaves() {
  let commits: CommitTrace[] = [];
  let checkpoints: CheckpointTrace[] = [];
  let gcs: Span[] = [];
  const onCommit = (m: unknown) => commits.push(m as CommitTrace);
  const onCheckpoint = (m: unknown) => checkpoints.push(m as CheckpointTrace);
  diagnostics.subscribe(commitChannel.name, onCommit);
  diagnostics.subscribe(checkpointChannel.name, onCheckpoint);
  const gc = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcs.push({ at: performance.timeOrigin + e.startTime, ms: e.duration });
  });
  gc.observe({ entryTypes: ['gc'] });
  return {
    /**
     * The saves at or above the run's p99 and what each overlapped (one may count twice), then the
     * run's traces are dropped. GC entries arrive a turn late: call after an await following the run.
     */
    explain(saves: readonly SaveSpan[]) {
      const p99 = summary(saves.map((s) => s.ms)).p99;
      const slow = saves.filter((s) => s.ms >= p99);
      const inCommit = (s: SaveSpan) => commits.filter((c) => overlaps(s, c));
      const tenth = Math.ceil(saves.length / 10);
      const counts = {
        slowSaves: slow.length,
        slowFrom: p99,
        // Where in the run they fell: a cold start (JIT, first statements) piles them into the first tenth.
        inFirstTenth: saves.slice(0, tenth).filter((s) => s.ms >= p99).length,
        withCheckpointStep: slow.filter((s) => checkpoints.some((c) => overlaps(s, c))).length,
        withGc: slow.filter((s) => gcs.some((g) => overlaps(s, g))).length,
        // Most of the save spent committing: SQLite's writes and the WAL's fsync (the disk), or signing.
        commitOverHalf: slow.filter((s) => inCommit(s).some((c) => c.ms >= s.ms / 2)).length,
        signOver1ms: slow.filter((s) => inCommit(s).some((c) => c.signMs >= 1)).length,
      };
      const explained = slow.filter(
        (s) => checkpoints.some((c) => overlaps(s, c)) || gcs.some((g) => overlaps(s, g)) || inCommit(s).some((c) => c.ms >= s.ms / 2),
      ).length;
      const commitMs = summary(commits.map((c) => c.ms));
      const signMs = summary(commits.map((c) => c.signMs));
      const stepMs = summary(checkpoints.map((c) => c.ms));
      const result = {
        ...counts,
        unexplained: slow.length - explained,
        commitP50: commitMs.p50,
        commitP99: commitMs.p99,
        signP50: signMs.p50,
        signP99: signMs.p99,
        checkpointSteps: checkpoints.length,
        checkpointStepP50: stepMs.p50,
        checkpointStepMax: stepMs.max,
        walPagesMax: checkpoints.reduce((m, c) => Math.max(m, c.walPages), 0),
        gcPauses: gcs.length,
        gcMax: gcs.reduce((m, g) => Math.max(m, g.ms), 0),
      };
      commits = [];
      checkpoints = [];
      gcs = [];
      return result;
    },
    close() {
      diagnostics.unsubscribe(commitChannel.name, onCommit);
      diagnostics.unsubscribe(checkpointChannel.name, onCheckpoint);
      gc.disconnect();
    },
  };
}
