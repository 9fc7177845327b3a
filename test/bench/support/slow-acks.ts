// Sets the slowest acknowledgements of a room run against what the server (its trace) and the load
// generator were doing at the time, so a bad p99 comes with its cause rather than a guess.
import { summary } from '../stats';
import type { Ack, RoomRun } from './room-load';
import { eventsOf } from './trace-events';

type Span = { at: number; ms: number };

/** Spread into Math.max, a soak's hundred thousand commits would overflow the stack. */
const maxOf = (xs: readonly number[]) => xs.reduce((m, x) => Math.max(m, x), 0);

const overlaps = (a: Span, b: Span) => b.at < a.at + a.ms && a.at < b.at + b.ms;

/** How many of `slow` overlap at least one of `spans`. */
export function countOverlapping(slow: readonly Ack[], spans: readonly Span[]): number {
  const sorted = [...spans].sort((x, y) => x.at - y.at);
  return slow.filter((a) => sorted.some((s) => overlaps(a, s))).length;
}

/**
 * The acks at or above the run's p99, and how many of them overlap: a commit that ran a WAL checkpoint,
 * any commit of 20 ms or more, an idle-time checkpoint step, a server GC pause of 5 ms or more, a server
 * event-loop second whose worst delay was 20 ms or more, a synchronous fsync from JavaScript, and a pause of the load generator itself.
 */
export function explainSlowAcks(run: RoomRun) {
  const s = summary(run.acks.map((a) => a.ms));
  const slow = run.acks.filter((a) => a.ms >= s.p99);
  // Only the load itself: seeding, sign-ins and the read-back afterwards are not what the acks measured.
  const from = run.acks.reduce((m, a) => Math.min(m, a.at), Infinity);
  const to = run.acks.reduce((m, a) => Math.max(m, a.at + a.ms), 0);
  const trace = run.trace.filter((e) => e.at >= from - 1000 && e.at <= to + 1000);
  const commits = eventsOf(trace, 'commit');
  const checkpointedCommits = commits.filter((c) => c.checkpointed);
  const longCommits = commits.filter((c) => c.ms >= 20);
  const steps = eventsOf(trace, 'checkpoint');
  const gcs = eventsOf(trace, 'gc').filter((g) => g.ms >= 5);
  const secs = eventsOf(trace, 'sec');
  const stalledSeconds = secs.filter((x) => x.loopMax >= 20).map((x) => ({ at: x.at - 1000, ms: 1000 }));
  const fsyncs = eventsOf(trace, 'fsync');
  const cpu = secs.map((x) => x.cpuMs / 10);
  const server = summary(eventsOf(trace, 'req').map((r) => r.ms));
  const commitMs = summary(commits.map((c) => c.ms));
  const signMs = summary(commits.map((c) => c.signMs));
  const sizes = summary(commits.map((c) => c.size));
  const ckptMs = summary(checkpointedCommits.map((c) => c.ms));
  const stepMs = summary(steps.map((c) => c.ms));
  const allGc = eventsOf(trace, 'gc');
  return {
    slowAcks: slow.length,
    slowFrom: s.p99,
    overlapCheckpointInCommit: countOverlapping(slow, checkpointedCommits),
    overlapCommit20ms: countOverlapping(slow, longCommits),
    overlapIdleCheckpoint: countOverlapping(slow, steps),
    overlapServerGc5ms: countOverlapping(slow, gcs),
    overlapServerLoop20ms: countOverlapping(slow, stalledSeconds),
    overlapJsFsync: countOverlapping(slow, fsyncs),
    overlapClientStall: countOverlapping(slow, run.clientStalls),
    serverSideP99: server.p99,
    serverSideMax: server.max,
    commits: commits.length,
    batchP50: sizes.p50,
    batchMax: sizes.max,
    commitP50: commitMs.p50,
    commitP99: commitMs.p99,
    commitMax: commitMs.max,
    signP50: signMs.p50,
    signP99: signMs.p99,
    checkpointsInCommits: checkpointedCommits.length,
    checkpointInCommitP50: ckptMs.p50,
    checkpointInCommitMax: ckptMs.max,
    idleCheckpointSteps: steps.length,
    idleCheckpointStepP99: stepMs.p99,
    idleCheckpointStepMax: stepMs.max,
    serverGcPauses: allGc.length,
    serverGcMax: summary(allGc.map((g) => g.ms)).max,
    serverGcOver5ms: gcs.length,
    jsFsyncs: fsyncs.length,
    jsFsyncP50: summary(fsyncs.map((f) => f.ms)).p50,
    jsFsyncMax: maxOf(fsyncs.map((f) => f.ms)),
    serverCpuPctMean: cpu.reduce((a, b) => a + b, 0) / Math.max(1, cpu.length),
    serverCpuPctMax: maxOf(cpu),
    serverLoopMax: maxOf(secs.map((x) => x.loopMax)),
    walMaxBytes: Math.max(maxOf(secs.map((x) => x.wal)), maxOf(commits.map((c) => c.wal))),
    clientStalls: run.clientStalls.length,
    clientStallMax: maxOf(run.clientStalls.map((c) => c.ms)),
  };
}
