import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import type { AssessorDetail, AssessorInput, AssessorSummary, ExpiryState, Page, RowOutcome } from '../../shared/registry';
import { LIST_TOTAL_CAP } from '../../shared/registry';
import { appendAudit } from '../audit/log';
import { addDays, localDate } from '../clock';
import type { Db } from '../db/open';
import * as q from '../db/queries/registry-assessors';
import { newId } from '../ids';
import { FieldChecks } from './fields';
import { requireRevision, revisionOf } from '../revision';
import { lastRecordChange } from '../db/queries/record-changes';
import { outcomeOf, sameRecord } from './outcomes';
import { decodeCursor, pageLimit, searchTerm, toPage } from './paging';
import { assessorSessionBreaks } from '../scheduling/assessor-fit';
import { registrySettings } from './settings';

/** Checks and normalises one assessor; scheme codes are checked against the LSP's schemes. */
export function checkAssessor(db: Db, lspId: string, input: AssessorInput, today: string): { value: AssessorInput; checks: FieldChecks } {
  const c = new FieldChecks(today);
  const codes = [...new Set(input.schemeCodes.map((code) => code.trim()).filter((code) => code !== ''))].sort();
  const known = q.knownSchemeCodes(db, lspId, codes);
  input.schemeCodes.forEach((code, i) => {
    if (code.trim() !== '' && !known.has(code.trim())) c.refuse(`schemeCodes.${i}`, 'unknown_scheme');
  });
  const value: AssessorInput = {
    name: c.required('name', input.name, 120),
    nik: c.nik('nik', input.nik, false),
    birthPlace: c.text('birthPlace', input.birthPlace, 80, false),
    birthDate: c.date('birthDate', input.birthDate, { notAfterToday: true }),
    sex: input.sex,
    address: c.longText('address', input.address, 500),
    city: c.text('city', input.city, 80, false),
    province: c.text('province', input.province, 80, false),
    phone: c.phone('phone', input.phone),
    email: c.email('email', input.email),
    metNumber: c.required('metNumber', input.metNumber, 60),
    metExpiresOn: c.date('metExpiresOn', input.metExpiresOn, { required: true }) ?? '',
    techCertNumber: c.text('techCertNumber', input.techCertNumber, 80, false),
    techCertExpiresOn: c.date('techCertExpiresOn', input.techCertExpiresOn),
    homeLsp: c.text('homeLsp', input.homeLsp, 200, false),
    loanLetterNo: c.text('loanLetterNo', input.loanLetterNo, 80, false),
    loanLetterDate: c.date('loanLetterDate', input.loanLetterDate, { notAfterToday: true }),
    schemeCodes: codes,
  };
  // A borrowed assessor (another home LSP) comes with the loan letter; an own assessor has none.
  if (value.homeLsp !== null) {
    if (value.loanLetterNo === null) c.refuse('loanLetterNo', 'loan_letter_incomplete');
    if (value.loanLetterDate === null) c.refuse('loanLetterDate', 'loan_letter_incomplete');
  } else if (value.loanLetterNo !== null || value.loanLetterDate !== null) {
    c.refuse('homeLsp', 'loan_letter_incomplete');
  }
  return { value, checks: c };
}

function requireFree(db: Db, lspId: string, value: AssessorInput, self: string | null, c: FieldChecks): void {
  const met = value.metNumber === '' ? undefined : q.assessorByMet(db, value.metNumber);
  if (met && met.id !== self) c.refuse('metNumber', 'taken');
  const nik = value.nik === null ? undefined : q.assessorByNik(db, lspId, value.nik);
  if (nik && nik.id !== self) c.refuse('nik', 'nik_taken');
}

export function inputOf(r: q.AssessorRow, schemeCodes: string[]): AssessorInput {
  return {
    name: r.name,
    nik: r.nik,
    birthPlace: r.birth_place,
    birthDate: r.birth_date,
    sex: r.sex,
    address: r.address,
    city: r.city,
    province: r.province,
    phone: r.phone,
    email: r.email,
    metNumber: r.met_number,
    metExpiresOn: r.met_expires_on,
    techCertNumber: r.tech_cert_number,
    techCertExpiresOn: r.tech_cert_expires_on,
    homeLsp: r.home_lsp,
    loanLetterNo: r.loan_letter_no,
    loanLetterDate: r.loan_letter_date,
    schemeCodes,
  };
}

function rowOf(id: string, lspId: string, v: AssessorInput, active: number): q.AssessorRow {
  return {
    id,
    lsp_id: lspId,
    name: v.name,
    nik: v.nik,
    birth_place: v.birthPlace,
    birth_date: v.birthDate,
    sex: v.sex,
    address: v.address,
    city: v.city,
    province: v.province,
    phone: v.phone,
    email: v.email,
    met_number: v.metNumber,
    met_expires_on: v.metExpiresOn,
    tech_cert_number: v.techCertNumber,
    tech_cert_expires_on: v.techCertExpiresOn,
    home_lsp: v.homeLsp,
    loan_letter_no: v.loanLetterNo,
    loan_letter_date: v.loanLetterDate,
    active,
  };
}

/** A registration or certificate ending on `date` (YYYY-MM-DD) is still valid on that day and lapsed the day after. */
export function isExpired(date: string, today: string): boolean {
  return date < today;
}

/** Expired before today; soon when it ends within the setting's days (the core's clock, not wall time). */
export function expiryState(date: string | null, today: string, soonUntil: string): ExpiryState {
  if (date === null) return 'none';
  if (isExpired(date, today)) return 'expired';
  return date <= soonUntil ? 'soon' : 'valid';
}

/** An assessor's MET and technical certificate as of the core's day, for their own home's warning. */
export function credentialStates(db: Db, a: { metExpiresOn: string; techCertExpiresOn: string | null }, now: Date): { metState: ExpiryState; techCertState: ExpiryState } {
  const t = todayOf(db, now);
  return { metState: expiryState(a.metExpiresOn, t.today, t.soonUntil), techCertState: expiryState(a.techCertExpiresOn, t.today, t.soonUntil) };
}

type Today = { today: string; soonUntil: string };

function todayOf(db: Db, now: Date): Today {
  const today = localDate(now);
  return { today, soonUntil: addDays(today, registrySettings(db).expirySoonDays) };
}

const summaryOf = (r: q.AssessorListRow, t: Today): AssessorSummary => ({
  id: r.id,
  name: r.name,
  nik: r.nik,
  metNumber: r.met_number,
  metExpiresOn: r.met_expires_on,
  metState: expiryState(r.met_expires_on, t.today, t.soonUntil),
  techCertExpiresOn: r.tech_cert_expires_on,
  techCertState: expiryState(r.tech_cert_expires_on, t.today, t.soonUntil),
  homeLsp: r.home_lsp,
  active: r.active === 1,
  accountId: r.account_id,
});

function detail(db: Db, lspId: string, id: string, now: Date): AssessorDetail {
  const r = getAssessorRow(db, lspId, id);
  const input = inputOf(r, q.schemeCodesOf(db, id));
  // The summary's fields, then the rest of the record (the same values under the input's names).
  return { ...input, ...summaryOf(r, todayOf(db, now)), sessionBreaks: assessorSessionBreaks(db, lspId, id, now), revision: revisionOf(input) };
}

function getAssessorRow(db: Db, lspId: string, id: string): q.AssessorListRow {
  const row = q.assessorById(db, lspId, id);
  if (!row) throw new AppError('NOT_FOUND', { what: 'assessor' });
  return row;
}

export const getAssessor = detail;

export function createAssessor(db: Db, principal: Principal, lspId: string, input: AssessorInput, now: Date): AssessorDetail {
  const { value, checks } = checkAssessor(db, lspId, input, localDate(now));
  requireFree(db, lspId, value, null, checks);
  checks.throwIfAny();
  const id = newId();
  q.insertAssessor(db, rowOf(id, lspId, value, 1));
  q.setSchemeCodes(db, id, value.schemeCodes);
  appendAudit(db, principal, { action: 'assessor.create', entity: 'assessor', entityId: id, details: { after: value } }, now);
  return detail(db, lspId, id, now);
}

export function updateAssessor(db: Db, principal: Principal, lspId: string, id: string, input: AssessorInput, now: Date, revision?: string): AssessorDetail {
  const beforeRow = getAssessorRow(db, lspId, id);
  const before = inputOf(beforeRow, q.schemeCodesOf(db, id));
  requireRevision(revision, revisionOf(before), () => lastRecordChange(db, 'assessor', id));
  const { value, checks } = checkAssessor(db, lspId, input, localDate(now));
  requireFree(db, lspId, value, id, checks);
  checks.throwIfAny();
  if (!sameRecord(before, value)) {
    q.updateAssessor(db, rowOf(id, lspId, value, beforeRow.active));
    q.setSchemeCodes(db, id, value.schemeCodes);
    appendAudit(db, principal, { action: 'assessor.update', entity: 'assessor', entityId: id, details: { before, after: value } }, now);
  }
  return detail(db, lspId, id, now);
}

export function setAssessorActive(db: Db, principal: Principal, lspId: string, id: string, active: boolean, now: Date): AssessorDetail {
  const before = getAssessorRow(db, lspId, id);
  if ((before.active === 1) !== active) {
    q.setAssessorActive(db, lspId, id, active ? 1 : 0);
    appendAudit(db, principal, { action: active ? 'assessor.activate' : 'assessor.deactivate', entity: 'assessor', entityId: id, details: { before: { active: !active }, after: { active } } }, now);
  }
  return detail(db, lspId, id, now);
}

export type AssessorListArgs = {
  search?: string;
  active?: boolean | null;
  cursor?: string | null;
  limit?: number;
  expiry?: 'soon' | 'expired' | null;
  schemeCode?: string;
};

export function listAssessors(db: Db, lspId: string, args: AssessorListArgs, now: Date): Page<AssessorSummary> {
  const term = searchTerm(args.search);
  const t = todayOf(db, now);
  const filter: q.AssessorFilter = {
    lspId,
    active: args.active === undefined || args.active === null ? null : args.active ? 1 : 0,
    namePrefix: term.text,
    nikPrefix: term.digits,
    expiry: args.expiry ? { kind: args.expiry, ...t } : null,
    schemeCode: args.schemeCode?.trim() || null,
  };
  const after = decodeCursor(args.cursor);
  const limit = pageLimit(args.limit);
  const rows = q.assessorPage(db, filter, after, limit + 1);
  const counted = after ? null : q.assessorCount(db, filter, LIST_TOTAL_CAP);
  return toPage(rows, limit, (r) => summaryOf(r, t), (r) => ({ key: r.name, id: r.id }), counted);
}

type Plan = { outcome: RowOutcome; value: AssessorInput; beforeId: string | null };

/** Rows matched by MET number (unique to a person); a MET twice in the rows refuses the later one. */
function planAssessors(db: Db, lspId: string, inputs: readonly AssessorInput[], today: string): Plan[] {
  const seen = new Set<string>();
  return inputs.map((input, index) => {
    const { value, checks } = checkAssessor(db, lspId, input, today);
    if (value.metNumber !== '' && seen.has(value.metNumber)) checks.refuse('metNumber', 'duplicate');
    seen.add(value.metNumber);
    const before = checks.issues.length ? undefined : q.assessorByMet(db, value.metNumber);
    if (before && before.lsp_id !== lspId) checks.refuse('metNumber', 'taken');
    if (!checks.issues.length) requireFree(db, lspId, value, before?.id ?? null, checks);
    const same = before && !checks.issues.length ? sameRecord(inputOf(before, q.schemeCodesOf(db, before.id)), value) : null;
    return { value, beforeId: before?.id ?? null, outcome: outcomeOf(index, checks.issues, before?.id ?? null, same) };
  });
}

/** What writing these rows would do; nothing is written. */
export function previewAssessors(db: Db, lspId: string, inputs: readonly AssessorInput[], today: string): RowOutcome[] {
  return planAssessors(db, lspId, inputs, today).map((p) => p.outcome);
}

/** Adds, updates, leaves unchanged rows alone (no write, no audit); refused rows skipped. A savepoint in the caller's transaction. */
export function upsertAssessors(db: Db, principal: Principal, lspId: string, inputs: readonly AssessorInput[], now: Date): RowOutcome[] {
  return db.transaction(() =>
    planAssessors(db, lspId, inputs, localDate(now)).map(({ outcome, value, beforeId }) => {
      if (outcome.outcome === 'added') return { ...outcome, id: createAssessor(db, principal, lspId, value, now).id };
      if (outcome.outcome === 'updated' && beforeId) updateAssessor(db, principal, lspId, beforeId, value, now);
      return outcome;
    }),
  )();
}
