import type { AuditChainResult, AuditFinding, AuditFindingKind, AuditFindingSeverity, AuditHeadSummary, AuditVerifyResult } from '../../shared/types';
import type { Db } from '../db/open';
import * as q from '../db/queries/audit';
import * as heads from '../db/queries/audit-heads';
import { installationKey } from '../db/queries/keys';
import { fingerprint } from '../keys/fingerprint';
import { attemptsInReceivedLogs } from '../db/queries/answer-checks';
import { answerLedger, compareAll, type AnswerLedger } from './answer-ledger';
import { GENESIS_HASH, rowHash } from './chain';
import { openHead, type HeadPayload } from './head';
import { readHeadFile } from './head-file';

type Row = q.AuditRow;
type Broken = NonNullable<AuditChainResult['firstBroken']>;
/** A run of consecutive rows broken the same way (one row, most often). */
type BrokenRun = { reason: Broken['reason']; fromSeq: number; toSeq: number };
type Chain = { rows: number; lastSeq: number; firstBroken: Broken | null; broken: BrokenRun[]; hashAt: Map<number, string> };

/**
 * Past this many broken runs the walk stops listing them (the log is broken either way): a log whose every
 * other row was edited must not make a finding per row.
 */
const BROKEN_RUNS_LISTED = 100;

const SEVERITY: Record<AuditFindingKind, AuditFindingSeverity> = {
  seq_gap: 'broken',
  prev_mismatch: 'broken',
  hash_mismatch: 'broken',
  truncated: 'broken',
  head_mismatch: 'broken',
  head_bad_signature: 'broken',
  contradicted: 'broken',
  answer_changed: 'broken',
  answer_unrecorded: 'broken',
  unsigned_tail: 'unanchored',
  no_head: 'unanchored',
  head_file_missing: 'notice',
  head_file_stale: 'notice',
  adopted: 'notice',
  restored: 'notice',
  foreign_head: 'notice',
  unpinned_head: 'notice',
};

function finding(kind: AuditFindingKind, fromSeq: number | null, toSeq: number | null = fromSeq, at: string | null = null): AuditFinding {
  return { kind, severity: SEVERITY[kind], fromSeq, toSeq, at };
}

/**
 * Walks a chain row by row, so that the stored hash at every seq a head names is known and the end of the
 * chain is where it really is. Each row is checked against the row stored before it, past a first break
 * too: a row removed at 30 and another edited at 54 are both named (only the first was, and the edit went
 * unseen until the removal was explained). Streams: a log of any length is never held.
 */
export function walker(wanted: ReadonlySet<number>, from = 1) {
  // From a later row (the check at start, from the signed head on): that row's own link is taken as it is.
  let prevHash: string | null = from <= 1 ? GENESIS_HASH : null;
  let expectedSeq = Math.max(from, 1);
  const chain: Chain = { rows: 0, lastSeq: 0, firstBroken: null, broken: [], hashAt: new Map() };
  const note = (reason: Broken['reason'], seq: number) => {
    chain.firstBroken ??= { seq, reason };
    const last = chain.broken.at(-1);
    if (last && last.reason === reason && last.toSeq === seq - 1) last.toSeq = seq;
    else if (chain.broken.length < BROKEN_RUNS_LISTED) chain.broken.push({ reason, fromSeq: seq, toSeq: seq });
  };
  return {
    chain,
    push(row: Row) {
      chain.rows++;
      if (row.seq !== expectedSeq) note('seq_gap', row.seq);
      else if (row.prevHash !== (prevHash ?? row.prevHash)) note('prev_mismatch', row.seq);
      else if (rowHash(row) !== row.hash) note('hash_mismatch', row.seq);
      if (wanted.has(row.seq)) chain.hashAt.set(row.seq, row.hash);
      prevHash = row.hash;
      expectedSeq = row.seq + 1;
      chain.lastSeq = row.seq;
    },
  };
}

function walk(rows: Iterable<Row>, wanted: ReadonlySet<number>, from = 1, answers?: AnswerLedger): Chain {
  const w = walker(wanted, from);
  for (const row of rows) {
    w.push(row);
    answers?.push(row);
  }
  return w.chain;
}

/** The chain against its latest signed head: what is missing, contradicted or not yet covered. */
function againstHead(chain: Chain, head: HeadPayload | null): AuditFinding[] {
  const out: AuditFinding[] = [];
  if (!head) {
    if (chain.rows > 0) out.push(finding('no_head', 1, chain.lastSeq));
    return out;
  }
  if (chain.lastSeq < head.seq) out.push(finding('truncated', chain.lastSeq + 1, head.seq, head.signedAt));
  else if (head.seq > 0 && chain.hashAt.get(head.seq) !== head.hash) out.push(finding('head_mismatch', head.seq, head.seq, head.signedAt));
  if (chain.lastSeq > head.seq) out.push(finding('unsigned_tail', head.seq + 1, chain.lastSeq));
  for (const note of head.notes) out.push(finding(note.kind, note.fromSeq, note.toSeq, note.at));
  return out;
}

function summary(p: HeadPayload, signingPublic: string, ageRecipient: string | null): AuditHeadSummary {
  return {
    installationId: p.installationId,
    n: p.n,
    seq: p.seq,
    hash: p.hash,
    signedAt: p.signedAt,
    reason: p.reason,
    fingerprint: ageRecipient ? fingerprint(signingPublic, ageRecipient) : null,
  };
}

function latest(list: readonly HeadPayload[]): HeadPayload | null {
  return list.reduce<HeadPayload | null>((best, h) => (!best || h.n > best.n ? h : best), null);
}

export function result(chain: Chain, head: AuditHeadSummary | null, findings: AuditFinding[]): AuditChainResult {
  const all = [...chain.broken.map((b) => finding(b.reason, b.fromSeq, b.toSeq)), ...findings];
  return { ok: all.every((f) => f.severity === 'notice'), rows: chain.rows, firstBroken: chain.firstBroken, head, findings: all };
}

export type VerifyOptions = {
  /** `<data>/audit/head.json`; omitted for a database copy (a rolling backup) checked on its own. */
  headFile?: string | null;
};

/**
 * This installation's chain against the latest head signed with its key (in the database or in the
 * head file, whichever is later), and every chain received in results bundles against the heads that
 * came with it. Detects rows edited, removed (anywhere, including the end), re-hashed from an edit
 * onwards, and rows added after the latest head; cannot tell rows added after the latest head from
 * genuine rows nobody has signed yet, and cannot see anything done by someone who also has the key.
 */
export function verifyAudit(db: Db, options: VerifyOptions = {}): AuditVerifyResult {
  const { own, head, foreign, findings } = ownHeads(db, options);
  const wanted = new Set([...(head ? [head.seq] : []), ...foreign.map((f) => f.seq)]);
  const answers = answerLedger();
  const chain = walk(q.iterateRows(db), wanted, 1, answers);
  findings.push(...againstHead(chain, head));
  findings.push(...compareAll(db, answers, { complete: true, received: () => attemptsInReceivedLogs(db) }));
  for (const f of foreign) {
    const holds = f.seq <= chain.lastSeq && (f.seq === 0 || chain.hashAt.get(f.seq) === f.hash);
    findings.push(finding(holds ? 'foreign_head' : 'head_mismatch', f.seq, f.seq, f.signedAt));
  }
  const local = result(chain, head && own ? summary(head, own.signingPublic, own.ageRecipient) : null, findings);
  const remote = heads.hasHeadTables(db) ? verifyRemote(db) : [];
  return { ...local, ok: local.ok && remote.every((r) => r.ok), remote };
}

/**
 * The part of verifyAudit that costs little on a log of any length, for every start of the app: the heads
 * (database and file), and the chain from the latest head's row to the end, that row re-hashed. Rows
 * before the head are left to the whole-chain walk (core/audit/integrity.ts). `lastSeq`: the end of the
 * log now, where that walk stops.
 */
export function verifyFromHead(db: Db, options: VerifyOptions = {}): { result: AuditChainResult; lastSeq: number } {
  const { own, head, foreign, findings } = ownHeads(db, options);
  const lastSeq = q.lastLink(db)?.seq ?? 0;
  // A log cut before its head is walked from its last row, so `truncated` names the rows really missing.
  const from = head ? Math.max(1, Math.min(head.seq, lastSeq)) : lastSeq + 1;
  const chain = walk(q.iterateRowsFrom(db, from), new Set(head ? [head.seq] : []), from);
  // Without a head there is nothing cheap to check against (no_head is verify's to say); the end is still known.
  if (!head) chain.lastSeq = lastSeq;
  else findings.push(...againstHead(chain, head));
  // Another installation's head (a head file put in place of ours, a restored backup's): its one row looked up.
  for (const f of foreign) {
    const holds = f.seq <= lastSeq && (f.seq === 0 || heads.rowAt(db, f.seq)?.hash === f.hash);
    findings.push(finding(holds ? 'foreign_head' : 'head_mismatch', f.seq, f.seq, f.signedAt));
  }
  return { result: result(chain, head && own ? summary(head, own.signingPublic, own.ageRecipient) : null, findings), lastSeq };
}

/** This installation's latest valid head (database or file, whichever is later), and what is wrong with the heads themselves. */
function ownHeads(db: Db, options: VerifyOptions) {
  const own = installationKey(db);
  const hasHeads = heads.hasHeadTables(db);
  const findings: AuditFinding[] = [];
  const ownHeads: { p: HeadPayload; where: 'db' | 'file' }[] = [];
  const foreign: HeadPayload[] = [];
  const candidates: { row: heads.AuditHeadRow; where: 'db' | 'file' }[] = (hasHeads ? heads.localHeads(db) : []).map((row) => ({ row, where: 'db' }));
  const fileRow = options.headFile ? readHeadFile(options.headFile) : null;
  if (fileRow) candidates.push({ row: fileRow, where: 'file' });
  for (const { row, where } of candidates) {
    const mine = own !== undefined && row.installationId === own.installationId;
    // Our own heads only count with our key; another installation's (a restored backup's) with the key it carries.
    const p = openHead(row, mine ? own.signingPublic : row.signingPublic);
    if (!p) findings.push(finding('head_bad_signature', row.seq, row.seq, null));
    else if (mine) ownHeads.push({ p, where });
    else foreign.push(p);
  }
  const head = latest(ownHeads.map((h) => h.p));
  const dbHead = latest(ownHeads.filter((h) => h.where === 'db').map((h) => h.p));
  const fileHead = latest(ownHeads.filter((h) => h.where === 'file').map((h) => h.p));
  if (options.headFile && dbHead && !fileHead && !fileRow) findings.push(finding('head_file_missing', dbHead.seq));
  if (dbHead && fileHead && dbHead.n > fileHead.n) findings.push(finding('head_file_stale', fileHead.seq, dbHead.seq));
  return { own, head, foreign, findings };
}

/**
 * Each installation's log received in results bundles, against the heads that came with it: checked
 * with the key pinned for that installation when there is one (the TUK that sent them); a lab PC's log
 * passed on by its proctor station has no pin here, so its heads are checked with the key they carry
 * (the station's signed bundle vouched for them) and that is noted.
 */
function verifyRemote(db: Db): (AuditChainResult & { installationId: string })[] {
  const headsBySource = new Map<string, heads.AuditHeadRow[]>();
  for (const row of heads.remoteHeads(db)) headsBySource.set(row.installationId, [...(headsBySource.get(row.installationId) ?? []), row]);
  const checked = new Map<string, { head: HeadPayload | null; key: string | null; findings: AuditFinding[]; walk: ReturnType<typeof walker>; answers: AnswerLedger }>();
  const open = (installationId: string) => {
    const pinned = heads.pinnedSigningKey(db, installationId);
    const findings: AuditFinding[] = [];
    const valid: HeadPayload[] = [];
    let key = pinned;
    for (const row of headsBySource.get(installationId) ?? []) {
      const p = openHead(row, pinned ?? row.signingPublic);
      if (!p) findings.push(finding('head_bad_signature', row.seq, row.seq, null));
      else valid.push(p);
      key ??= row.signingPublic;
    }
    const head = latest(valid);
    if (head && !pinned) findings.push(finding('unpinned_head', head.seq));
    const entry = { head, key, findings, walk: walker(new Set(head ? [head.seq] : [])), answers: answerLedger() };
    checked.set(installationId, entry);
    return entry;
  };
  for (const { source, ...row } of heads.iterateRemoteRows(db)) {
    const entry = checked.get(source) ?? open(source);
    entry.walk.push(row);
    entry.answers.push(row);
  }
  for (const source of headsBySource.keys()) if (!checked.has(source)) open(source);
  return [...checked.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([installationId, { head, key, findings, walk: w, answers }]) => ({
      installationId,
      // The answers the bundles brought, against the saves that installation's log recorded.
      ...result(w.chain, head && key ? summary(head, key, null) : null, [...findings, ...againstHead(w.chain, head), ...compareAll(db, answers, { complete: false })]),
    }));
}
