import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import type { PlannedSession, PlannedSessionDetail, SessionCheck, SessionPlanInput } from '../../shared/scheduling';
import { appendAudit } from '../audit/log';
import type { Db } from '../db/open';
import * as q from '../db/queries/scheduling-sessions';
import { seatAccounts } from '../db/queries/session-handover';
import { lastGeneratedCode } from '../db/queries/scheduling-rules';
import { sessionSettingsOf, setSessionSettings } from '../db/queries/scheduling-written-test';
import { newId } from '../ids';
import { sameRecord } from '../registry/outcomes';
import { requireRevision, revisionOf } from '../revision';
import { lastRecordChange } from '../db/queries/record-changes';
import { seatGates } from './gate';
import { passwordsIssued, passwordsPending } from './passwords-pending';
import { problemsOf } from './rule-problems';
import { checkPlan, refusal, refusedOf } from './rules';
import { clockOf, nowInstantMinutes } from './time';

export function summaryOf(r: q.ListRow): PlannedSession {
  const end = clockOf(r.ends_min);
  return {
    id: r.id,
    code: r.code,
    titleId: r.title_id,
    titleEn: r.title_en,
    date: r.date,
    startTime: r.start_time,
    durationMinutes: r.duration_minutes,
    endDate: end.date,
    endTime: end.time,
    mode: r.mode,
    status: r.status,
    scheme: { id: r.scheme_id, code: r.scheme_code, version: r.scheme_version, titleId: r.scheme_title_id, titleEn: r.scheme_title_en },
    // A TUK without a zone is on WIB, as its registry record says (core/registry/tuks.ts).
    tuk: { id: r.tuk_id, code: r.tuk_code, name: r.tuk_name, type: r.tuk_type, timeZone: r.tuk_zone ?? 'WIB' },
    assessorCount: r.assessor_count,
    candidateCount: r.candidate_count,
    cancellation: r.cancelled_at !== null ? { at: r.cancelled_at, by: r.cancelled_by ?? '', reason: r.cancel_reason ?? '' } : null,
    // Filled where the rules are checked (sessions/list, sessions/get): a plain row does not check them.
    ruleProblems: null,
    exportedAt: r.exported_at,
    // A cancellation the TUK holding the bundle has not been sent yet is a change like any other.
    changedSinceExport: r.changed_since_export === 1,
  };
}

/** A stored session as the plan that would make it: what an edit is compared with and audited as. */
export function planOf(db: Db, row: q.SessionRow): SessionPlanInput {
  return {
    schemeId: row.scheme_id,
    tukId: row.tuk_id,
    code: row.code,
    titleId: row.title_id,
    titleEn: row.title_en,
    date: row.date,
    startTime: row.start_time,
    durationMinutes: row.duration_minutes,
    mode: row.mode,
    assessorIds: q.sessionAssessorIds(db, row.id),
    candidates: q.seatsOf(db, row.id).map((s) => ({ candidateId: s.candidate_id, assessorId: s.assessor_id, seat: s.seat })),
  };
}

function listRowOf(db: Db, lspId: string, id: string, now: Date): q.ListRow {
  const row = q.listRow(db, lspId, id, nowInstantMinutes(now));
  if (!row) throw new AppError('NOT_FOUND', { what: 'session' });
  return row;
}

export function getSession(db: Db, lspId: string, id: string, now: Date): PlannedSessionDetail {
  const row = listRowOf(db, lspId, id, now);
  const candidates = q.plannedCandidates(db, id);
  const editable = row.status === 'upcoming';
  const gates = seatGates(db, id, row.scheme_id, editable, candidates.map((c) => c.candidate_id));
  // Read once for both: who still lacks a password (a warning) and how many have one (the hand-over panel).
  const seats = seatAccounts(db, id);
  const rules = editable ? checkPlan(db, lspId, planOf(db, row), { selfId: id, now, asStored: true }).conflicts : [];
  return {
    ...summaryOf(row),
    // The same counts as the list's, of the same rules (the password warning is no rule of the plan).
    ruleProblems: problemsOf(rules),
    assessors: q.plannedAssessors(db, id).map((a) => ({ id: a.id, name: a.name, metNumber: a.met_number, candidateCount: a.candidate_count })),
    candidates: candidates.map((c) => ({
      candidateId: c.candidate_id,
      name: c.name,
      nik: c.nik,
      participantNo: c.participant_no,
      assessorId: c.assessor_id,
      seat: c.seat,
      gate: gates.get(c.candidate_id)!.gate,
      aplRound: gates.get(c.candidate_id)!.round,
    })),
    editable,
    // Only a session still to come can be put right; one under way or over is what it was.
    conflicts: editable ? [...rules, ...[passwordsPending(db, id, seats)].filter((c) => c !== null)] : [],
    changedAt: row.changed_at,
    revision: revisionOf(canonical(planOf(db, row))),
    passwords: passwordsIssued(db, id, seats),
  };
}

export function checkSession(db: Db, lspId: string, sessionId: string | null, plan: SessionPlanInput, now: Date): SessionCheck {
  if (sessionId !== null) editableRow(db, lspId, sessionId, now);
  const { conflicts } = checkPlan(db, lspId, plan, { selfId: sessionId, now });
  const refused = refusedOf(conflicts).length;
  return { conflicts, refused, pending: conflicts.length - refused };
}

export function sessionRowOf(db: Db, lspId: string, id: string): q.SessionRow {
  const row = q.sessionRow(db, lspId, id);
  if (!row) throw new AppError('NOT_FOUND', { what: 'session' });
  return row;
}

/** A session that may still change (sessions/update, its written test): upcoming, not started here. */
export function editableRow(db: Db, lspId: string, id: string, now: Date): q.SessionRow {
  const row = q.sessionStatus(db, lspId, id, nowInstantMinutes(now));
  if (!row) throw new AppError('NOT_FOUND', { what: 'session' });
  if (row.cancelled_at !== null) throw new AppError('SESSION_CANCELLED', { session: row.code, cancelledAt: row.cancelled_at });
  if (row.status !== 'upcoming') throw new AppError('SESSION_NOT_EDITABLE', { session: row.code, status: row.status });
  return row;
}

/**
 * Calls off a session that has not started here and whose start has not passed: it stays (its code was
 * printed, the audit names it, a TUK may hold its bundle) as `cancelled`, out of every rule's reckoning.
 * Asked again, refused with who did it and when, so a second click cannot overwrite the first reason.
 */
export function cancelSession(db: Db, principal: Principal, lspId: string, id: string, reason: string, now: Date): PlannedSessionDetail {
  const row = listRowOf(db, lspId, id, now);
  if (row.cancelled_at !== null) {
    throw new AppError('SESSION_ALREADY_CANCELLED', { session: row.code, cancelledAt: row.cancelled_at, cancelledBy: row.cancelled_by ?? '' });
  }
  if (row.status !== 'upcoming') throw new AppError('SESSION_CANCEL_STARTED', { session: row.code, status: row.status });
  const at = now.toISOString();
  q.cancelSession(db, id, at, principal.displayName, reason);
  appendAudit(db, principal, { action: 'session.cancel', entity: 'session', entityId: id, details: { code: row.code, reason, exportedAt: row.exported_at } }, now);
  return getSession(db, lspId, id, now);
}

/** The part of a generated code that names its day: `JDW-YYYYMMDD-`. */
const codePrefix = (date: string): string => `JDW-${date.replaceAll('-', '')}-`;

/** JDW-YYYYMMDD-NNN: the next number among the codes generated for that date. */
function generatedCode(db: Db, date: string): string {
  const prefix = codePrefix(date);
  const last = lastGeneratedCode(db, prefix);
  const n = last && /^\d+$/.test(last.slice(prefix.length)) ? Number(last.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(n).padStart(3, '0')}`;
}

/** Whether @code is one generatedCode made for @date: JDW-YYYYMMDD-NNN of that very day. */
function generatedFor(code: string, date: string): boolean {
  const prefix = codePrefix(date);
  return code.startsWith(prefix) && /^\d+$/.test(code.slice(prefix.length));
}

/**
 * The code a plan is stored under: the planner's own, else the one it had, else a generated one. A
 * generated code names its day, and the code is printed on the cards, the console, the minutes and in
 * the bundle: when the date moves and the planner kept that code, it would print the old day everywhere,
 * so the session takes the next free code of its new day instead. This holds after an export and after
 * passwords were issued too: bundles name a session by its id (a TUK's re-import replaces the row, code
 * included), the save marks it changed since its export (export again), and cards printed before already
 * show the old day whatever the code; their passwords still sign in. A code typed by hand is kept.
 */
function codeOf(db: Db, plan: SessionPlanInput, before: SessionPlanInput | null): string {
  const typed = plan.code?.trim() || null;
  if (before === null) return typed ?? generatedCode(db, plan.date);
  const kept = typed === null || typed === before.code;
  if (kept && plan.date !== before.date && before.code && generatedFor(before.code, before.date)) return generatedCode(db, plan.date);
  return typed ?? before.code ?? generatedCode(db, plan.date);
}

/** The plan as it is stored: code and titles filled in, seats kept for candidates already seated. */
function normalised(db: Db, plan: SessionPlanInput, scheme: { title_id: string; title_en: string | null }, before: SessionPlanInput | null): SessionPlanInput {
  const seats = new Map((before?.candidates ?? []).map((c) => [c.candidateId, c.seat ?? null]));
  const typed = plan.titleId?.trim() || null;
  // The scheme's Indonesian title sent back with no English (a form that showed the stored title) is still
  // the scheme's title: saving it as a custom one would lose the English.
  const titleId = typed === scheme.title_id && !plan.titleEn?.trim() ? null : typed;
  return {
    schemeId: plan.schemeId,
    tukId: plan.tukId,
    code: codeOf(db, plan, before),
    titleId: titleId ?? scheme.title_id,
    titleEn: titleId === null ? scheme.title_en : plan.titleEn?.trim() || null,
    date: plan.date,
    startTime: plan.startTime,
    durationMinutes: plan.durationMinutes,
    mode: plan.mode,
    assessorIds: plan.assessorIds,
    candidates: plan.candidates.map((c) => ({ candidateId: c.candidateId, assessorId: c.assessorId, seat: c.seat === undefined ? (seats.get(c.candidateId) ?? null) : c.seat?.trim() || null })),
  };
}

function write(db: Db, id: string, lspId: string, plan: SessionPlanInput, beforeSeats: readonly string[], now: Date, insert: boolean): void {
  const row: q.SessionRow = {
    id,
    lsp_id: lspId,
    scheme_id: plan.schemeId,
    tuk_id: plan.tukId,
    code: plan.code ?? '',
    title_id: plan.titleId ?? '',
    title_en: plan.titleEn ?? null,
    date: plan.date,
    start_time: plan.startTime,
    duration_minutes: plan.durationMinutes,
    mode: plan.mode,
    changed_at: now.toISOString(),
  };
  if (insert) q.insertSession(db, row);
  else q.updateSession(db, row);
  q.deleteSessionAssessors(db, id);
  for (const a of plan.assessorIds) q.insertSessionAssessor(db, id, a);
  const keep = new Set(plan.candidates.map((c) => c.candidateId));
  for (const gone of beforeSeats.filter((c) => !keep.has(c))) q.deleteSeat(db, id, gone);
  for (const c of plan.candidates) q.upsertSeat(db, id, plan.schemeId, { candidate_id: c.candidateId, assessor_id: c.assessorId, seat: c.seat ?? null });
}

/** Plans a new session; refused (the first broken rule's code) while any rule refuses it. Pending conflicts are saved. */
export function createSession(db: Db, principal: Principal, lspId: string, plan: SessionPlanInput, now: Date): PlannedSessionDetail {
  const checked = checkPlan(db, lspId, plan, { selfId: null, now });
  const refused = refusal(checked.conflicts);
  if (refused) throw refused;
  const id = newId();
  const after = normalised(db, plan, checked.scheme, null);
  write(db, id, lspId, after, [], now, true);
  appendAudit(db, principal, { action: 'session.create', entity: 'session', entityId: id, details: { after } }, now);
  return getSession(db, lspId, id, now);
}

/** Order-free form of a plan, for "did anything change": the list order of assessors and candidates carries no meaning. */
const canonical = (p: SessionPlanInput): SessionPlanInput => ({
  ...p,
  assessorIds: [...p.assessorIds].sort(),
  candidates: [...p.candidates].sort((a, b) => a.candidateId.localeCompare(b.candidateId)),
});

/** Changes a session still to come, under the same rules; the same plan again writes nothing. */
export function updateSession(db: Db, principal: Principal, lspId: string, id: string, plan: SessionPlanInput, now: Date, revision?: string): PlannedSessionDetail {
  const row = editableRow(db, lspId, id, now);
  requireRevision(revision, revisionOf(canonical(planOf(db, row))), () => lastRecordChange(db, 'session', id));
  const checked = checkPlan(db, lspId, plan, { selfId: id, now });
  const refused = refusal(checked.conflicts);
  if (refused) throw refused;
  const before = planOf(db, row);
  const after = normalised(db, plan, checked.scheme, before);
  if (!sameRecord(canonical(before), canonical(after))) {
    write(db, id, lspId, after, before.candidates.map((c) => c.candidateId), now, false);
    const writtenTestDropped = after.schemeId !== before.schemeId && dropWrittenTest(db, id);
    appendAudit(db, principal, { action: 'session.update', entity: 'session', entityId: id, details: { before, after, writtenTestDropped } }, now);
  }
  return getSession(db, lspId, id, now);
}

/** The session's scheme version changed: an assembled written test of the old one has no place in it. */
function dropWrittenTest(db: Db, sessionId: string): boolean {
  const settings: Record<string, unknown> = JSON.parse(sessionSettingsOf(db, sessionId) ?? '{}');
  if (!('writtenTest' in settings)) return false;
  const { writtenTest: _dropped, ...rest } = settings;
  setSessionSettings(db, sessionId, JSON.stringify(rest));
  return true;
}
