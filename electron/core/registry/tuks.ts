import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import type { Page, TukDetail, TukInput, TukSummary, TukVerification, TukVerificationInput, VerificationState } from '../../shared/registry';
import { LIST_TOTAL_CAP } from '../../shared/registry';
import { appendAudit } from '../audit/log';
import { localDate } from '../clock';
import type { Db } from '../db/open';
import * as q from '../db/queries/registry-tuks';
import { newId } from '../ids';
import { FieldChecks } from './fields';
import { sameRecord } from './outcomes';
import { decodeCursor, pageLimit, toPage } from './paging';
import { registrySettings } from './settings';

export function checkTuk(input: TukInput, today: string): { value: TukInput; checks: FieldChecks } {
  const c = new FieldChecks(today);
  const value: TukInput = {
    code: c.pattern('code', input.code, /^[A-Za-z0-9][A-Za-z0-9./_-]{0,39}$/, 'code_format', true) ?? '',
    name: c.required('name', input.name, 200),
    type: input.type,
    address: c.longText('address', input.address, 500),
    capacity: c.integer('capacity', input.capacity, 0, 10_000),
    contactName: c.text('contactName', input.contactName, 120, false),
    contactPhone: c.phone('contactPhone', input.contactPhone),
    timeZone: input.timeZone,
  };
  return { value, checks: c };
}

const inputOf = (r: q.TukRow): TukInput => ({
  code: r.code,
  name: r.name,
  type: r.type,
  address: r.address,
  capacity: r.capacity,
  contactName: r.contact_name,
  contactPhone: r.contact_phone,
  // The registry is the LSP's, where migration 036 gave every TUK a zone; WIB only for a station's TUK an old bundle brought.
  timeZone: r.time_zone ?? 'WIB',
});

/** Months added to a YYYY-MM-DD date, the day clamped to the month's last. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return `${first.getUTCFullYear()}-${String(first.getUTCMonth() + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * The earliest last verification still in force today: a Mandiri verified before it (or never) is due,
 * as verificationState says of each. Found from the month before the period, since addMonths clamps a
 * day past a month's end (31 Aug + 6 months is 28 Feb) and only grows with its date.
 */
export function verificationCutoff(today: string, months: number): string {
  let day = addMonths(today, -months - 1);
  while (addMonths(day, months) < today) day = nextDay(day);
  return day;
}

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00.000Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** Sewaktu and Tempat Kerja are verified for each session; a Mandiri is due a period after its last. */
export function verificationState(r: Pick<q.TukRow, 'type' | 'verified_on'>, today: string, months: number): VerificationState {
  if (r.type !== 'mandiri') return 'per_session';
  if (r.verified_on === null) return 'never';
  return addMonths(r.verified_on, months) < today ? 'due' : 'ok';
}

const summaryOf = (r: q.TukRow, today: string, months: number): TukSummary => ({
  id: r.id,
  ...inputOf(r),
  active: r.active === 1,
  lastVerifiedOn: r.verified_on,
  verificationState: verificationState(r, today, months),
});

const verificationOf = (v: q.VerificationListRow): TukVerification => ({
  id: v.id,
  verifiedOn: v.verified_on,
  verifier: v.verifier,
  result: v.result,
  note: v.note,
  sessionId: v.session_id,
  sessionCode: v.session_code,
  sessionDate: v.session_date,
  recordedAt: v.recorded_at,
});

function getTukRow(db: Db, lspId: string, id: string): q.TukRow {
  const row = q.tukById(db, lspId, id);
  if (!row) throw new AppError('NOT_FOUND', { what: 'tuk' });
  return row;
}

export function getTuk(db: Db, lspId: string, id: string, now: Date): TukDetail {
  const row = getTukRow(db, lspId, id);
  return { ...summaryOf(row, localDate(now), registrySettings(db).mandiriVerificationMonths), verifications: q.verificationsOf(db, id).map(verificationOf) };
}

function requireFreeCode(db: Db, code: string, self: string | null, c: FieldChecks): void {
  const other = code === '' ? undefined : q.tukByCode(db, code);
  if (other && other.id !== self) c.refuse('code', 'taken');
}

export function createTuk(db: Db, principal: Principal, lspId: string, input: TukInput, now: Date): TukDetail {
  const { value, checks } = checkTuk(input, localDate(now));
  requireFreeCode(db, value.code, null, checks);
  checks.throwIfAny();
  const id = newId();
  q.insertTuk(db, {
    id,
    lsp_id: lspId,
    code: value.code,
    name: value.name,
    type: value.type,
    address: value.address,
    capacity: value.capacity,
    contact_name: value.contactName,
    contact_phone: value.contactPhone,
    time_zone: value.timeZone,
    verified_on: null,
    active: 1,
  });
  appendAudit(db, principal, { action: 'tuk.create', entity: 'tuk', entityId: id, details: { after: value } }, now);
  return getTuk(db, lspId, id, now);
}

export function updateTuk(db: Db, principal: Principal, lspId: string, id: string, input: TukInput, now: Date): TukDetail {
  const beforeRow = getTukRow(db, lspId, id);
  const before = inputOf(beforeRow);
  const { value, checks } = checkTuk(input, localDate(now));
  requireFreeCode(db, value.code, id, checks);
  checks.throwIfAny();
  if (!sameRecord(before, value)) {
    q.updateTuk(db, { ...beforeRow, code: value.code, name: value.name, type: value.type, address: value.address, capacity: value.capacity, contact_name: value.contactName, contact_phone: value.contactPhone, time_zone: value.timeZone });
    appendAudit(db, principal, { action: 'tuk.update', entity: 'tuk', entityId: id, details: { before, after: value } }, now);
  }
  return getTuk(db, lspId, id, now);
}

export function setTukActive(db: Db, principal: Principal, lspId: string, id: string, active: boolean, now: Date): TukDetail {
  const before = getTukRow(db, lspId, id);
  if ((before.active === 1) !== active) {
    q.setTukActive(db, lspId, id, active ? 1 : 0);
    appendAudit(db, principal, { action: active ? 'tuk.activate' : 'tuk.deactivate', entity: 'tuk', entityId: id, details: { before: { active: !active }, after: { active } } }, now);
  }
  return getTuk(db, lspId, id, now);
}

export function addVerification(db: Db, principal: Principal, lspId: string, tukId: string, input: TukVerificationInput, now: Date): TukDetail {
  getTukRow(db, lspId, tukId);
  const c = new FieldChecks(localDate(now));
  const value: TukVerificationInput = {
    verifiedOn: c.date('verifiedOn', input.verifiedOn, { required: true, notAfterToday: true }) ?? '',
    verifier: c.required('verifier', input.verifier, 120),
    result: input.result,
    note: c.longText('note', input.note, 2000),
    sessionId: input.sessionId,
  };
  if (value.sessionId !== null && !q.sessionAtTuk(db, value.sessionId, tukId)) c.refuse('sessionId', 'unknown_session');
  c.throwIfAny();
  const id = newId();
  q.insertVerification(db, {
    id,
    tuk_id: tukId,
    session_id: value.sessionId,
    verified_on: value.verifiedOn,
    verifier: value.verifier,
    result: value.result,
    note: value.note,
    recorded_at: now.toISOString(),
  });
  q.noteVerifiedOn(db, tukId, value.verifiedOn);
  appendAudit(db, principal, { action: 'tuk.verify', entity: 'tuk', entityId: tukId, details: { verificationId: id, after: value } }, now);
  return getTuk(db, lspId, tukId, now);
}

export type TukListArgs = { search?: string; active?: boolean | null; cursor?: string | null; limit?: number; type?: TukInput['type']; verification?: 'due' };

export function listTuks(db: Db, lspId: string, args: TukListArgs, now: Date): Page<TukSummary> {
  const today = localDate(now);
  const months = registrySettings(db).mandiriVerificationMonths;
  const filter: q.TukFilter = {
    lspId,
    active: args.active === undefined || args.active === null ? null : args.active ? 1 : 0,
    prefix: args.search?.trim() || null,
    type: args.type ?? null,
    verifiedBefore: args.verification === 'due' ? verificationCutoff(today, months) : null,
  };
  const after = decodeCursor(args.cursor);
  const limit = pageLimit(args.limit);
  const rows = q.tukPage(db, filter, after, limit + 1);
  const counted = after ? null : q.tukCount(db, filter, LIST_TOTAL_CAP);
  return toPage(rows, limit, (r) => summaryOf(r, today, months), (r) => ({ key: r.name, id: r.id }), counted);
}

/**
 * Whether a session's TUK is verified for it, for scheduling and the session's checks: a Sewaktu or
 * Tempat Kerja TUK needs a fit verification recorded for this session; a Mandiri one a fit verification
 * on or before the session's date, within the period setting.
 */
export function sessionTukVerified(db: Db, sessionId: string): boolean {
  const row = q.sessionVerification(db, sessionId);
  if (!row) throw new AppError('NOT_FOUND', { what: 'session' });
  if (row.type !== 'mandiri') return row.fit_for_session === 1;
  return row.last_fit_on !== null && addMonths(row.last_fit_on, registrySettings(db).mandiriVerificationMonths) >= row.date;
}
