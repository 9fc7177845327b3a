import crypto from 'node:crypto';
import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import type { CandidateDetail, CandidateInput, CandidateSummary, Page, RowOutcome } from '../../shared/registry';
import { LIST_TOTAL_CAP } from '../../shared/registry';
import { appendAudit } from '../audit/log';
import { requireRevision, revisionOf } from '../revision';
import { lastRecordChange } from '../db/queries/record-changes';
import { localDate } from '../clock';
import type { Db } from '../db/open';
import * as q from '../db/queries/registry-candidates';
import { newId } from '../ids';
import { FieldChecks, invalid } from './fields';
import { nikHolder } from './nik';
import { requireNoNamesake } from './candidate-namesakes';
import { requireNoUnfinishedSession } from './candidate-sessions';
import { decodeCursor, pageLimit, searchTerm, toPage } from './paging';
import { fieldChanges, sameRecord, outcomeOf, type FieldChanges } from './outcomes';

/** Checks and normalises one candidate; the issues name the input's fields. */
export function checkCandidate(input: CandidateInput, today: string): { value: CandidateInput; checks: FieldChecks } {
  const c = new FieldChecks(today);
  const provinceCode = c.province('provinceCode', input.provinceCode);
  const value: CandidateInput = {
    name: c.required('name', input.name, 120),
    nik: c.nik('nik', input.nik, true) ?? '',
    birthPlace: c.text('birthPlace', input.birthPlace, 80, false),
    birthDate: c.date('birthDate', input.birthDate, { notAfterToday: true }),
    sex: input.sex,
    address: c.longText('address', input.address, 500),
    regencyCode: c.regency('regencyCode', input.regencyCode, provinceCode),
    provinceCode,
    phone: c.phone('phone', input.phone),
    email: c.email('email', input.email),
    educationCode: c.pattern('educationCode', input.educationCode, /^[0-9A-Za-z.-]{1,10}$/, 'code_format'),
    occupationCode: c.pattern('occupationCode', input.occupationCode, /^[0-9A-Za-z.-]{1,10}$/, 'code_format'),
    institution: c.text('institution', input.institution, 200, false),
    photoSha256: c.pattern('photoSha256', input.photoSha256?.toLowerCase() ?? null, /^[0-9a-f]{64}$/, 'format'),
  };
  checkAgainstNik(c, value);
  return { value, checks: c };
}

/**
 * The NIK carries its holder's birth date and sex: a record that contradicts its own NIK is a typo in
 * one of them, and would reach the BNSP upload that way. Checked only where each part is itself valid,
 * so one mistake is not reported three times.
 */
function checkAgainstNik(c: FieldChecks, v: CandidateInput): void {
  const refused = (field: string) => c.issues.some((i) => i.field === field);
  if (refused('nik') || v.nik === '') return;
  const holder = nikHolder(v.nik);
  if (v.birthDate && !refused('birthDate') && (v.birthDate.slice(5) !== holder.monthDay || v.birthDate.slice(2, 4) !== holder.year2)) {
    c.refuse('birthDate', 'nik_birth_date_mismatch');
  }
  if (v.sex && v.sex !== holder.sex) c.refuse('sex', 'nik_sex_mismatch');
}

export function inputOf(r: q.CandidateRow): CandidateInput {
  return {
    name: r.name,
    nik: r.nik,
    birthPlace: r.birth_place,
    birthDate: r.birth_date,
    sex: r.sex,
    address: r.address,
    regencyCode: r.regency_code,
    provinceCode: r.province_code,
    phone: r.phone,
    email: r.email,
    educationCode: r.education_code,
    occupationCode: r.occupation_code,
    institution: r.institution,
    photoSha256: r.photo_sha256,
  };
}

/** The stored row of a checked record (the demo's seed writes its candidates through it too). */
export function rowOf(id: string, lspId: string, participantNo: string, v: CandidateInput, active: number): q.CandidateRow {
  return {
    id,
    lsp_id: lspId,
    participant_no: participantNo,
    name: v.name,
    nik: v.nik,
    birth_place: v.birthPlace,
    birth_date: v.birthDate,
    sex: v.sex,
    address: v.address,
    regency_code: v.regencyCode,
    province_code: v.provinceCode,
    phone: v.phone,
    email: v.email,
    education_code: v.educationCode,
    occupation_code: v.occupationCode,
    institution: v.institution,
    photo_sha256: v.photoSha256,
    active,
  };
}

const summaryOf = (r: q.CandidateListRow): CandidateSummary => ({
  id: r.id,
  participantNo: r.participant_no,
  name: r.name,
  nik: r.nik,
  institution: r.institution,
  provinceCode: r.province_code,
  active: r.active === 1,
});

export const detailOf = (r: q.CandidateRow): CandidateDetail => {
  const input = inputOf(r);
  return { ...summaryOf(r), ...input, revision: revisionOf(input) };
};

export function getCandidate(db: Db, lspId: string, id: string): q.CandidateRow {
  const row = q.candidateById(db, lspId, id);
  if (!row) throw new AppError('NOT_FOUND', { what: 'candidate' });
  return row;
}

/**
 * The exam-day logins of `count` new candidates: the year and seven random digits, typed from the
 * candidate's card. Random rather than counted, so two installations never hand out the same number;
 * none already taken nor drawn twice, checked in one statement for all of them (an import adds thousands).
 */
function newParticipantNos(db: Db, now: Date, count: number): string[] {
  const fresh = new Set<string>();
  while (fresh.size < count) {
    const drawn = new Set<string>();
    while (drawn.size < count - fresh.size) {
      for (const serial of randomSerials(count - fresh.size - drawn.size)) {
        const no = `${now.getFullYear()}-${String(serial).padStart(7, '0')}`;
        if (!fresh.has(no)) drawn.add(no);
      }
    }
    const taken = q.participantNosTaken(db, [...drawn]);
    for (const no of drawn) if (!taken.has(no)) fresh.add(no);
  }
  return [...fresh];
}

const SERIALS = 10_000_000;
/** The largest multiple of SERIALS that four bytes hold: a draw at or above it would favour the low serials. */
const SERIAL_DRAW_LIMIT = Math.floor(2 ** 32 / SERIALS) * SERIALS;

/**
 * `count` serials, each uniform over 0..9,999,999, from one buffer of random bytes (four a serial, a draw
 * past the last whole run of SERIALS drawn again): crypto.randomInt one at a time cost an import of
 * 10,000 rows ~10 ms.
 */
function randomSerials(count: number): number[] {
  const serials: number[] = [];
  while (serials.length < count) {
    const bytes = crypto.randomBytes(4 * (count - serials.length));
    for (let i = 0; i < bytes.length; i += 4) {
      const draw = bytes.readUInt32LE(i);
      if (draw < SERIAL_DRAW_LIMIT) serials.push(draw % SERIALS);
    }
  }
  return serials;
}

/** The NIK names one person per LSP: another record with it is a refusal on the NIK field. */
function requireFreeNik(db: Db, lspId: string, nik: string, self: string | null, checks: FieldChecks): void {
  const other = nik === '' ? undefined : q.candidateByNik(db, lspId, nik);
  if (other && other.id !== self) checks.refuse('nik', 'nik_taken');
}

/**
 * The photo changes only through candidates/setPhoto (registry/candidate-photo.ts), which checks the
 * file and keeps its attachment row: the form's create and update take the recorded one (none when new).
 */
export function createCandidate(db: Db, principal: Principal, lspId: string, input: CandidateInput, now: Date, o: { differentPerson?: boolean } = {}): CandidateDetail {
  const { value, checks } = checkCandidate({ ...input, photoSha256: null }, localDate(now));
  requireFreeNik(db, lspId, value.nik, null, checks);
  checks.throwIfAny();
  if (!o.differentPerson) requireNoNamesake(db, lspId, value, null);
  return insertChecked(db, principal, lspId, value, now);
}

/** The form's create: one audit entry for the record. */
function insertChecked(db: Db, principal: Principal, lspId: string, value: CandidateInput, now: Date): CandidateDetail {
  const row = insertNew(db, lspId, value, newParticipantNos(db, now, 1)[0]);
  appendAudit(db, principal, { action: 'candidate.create', entity: 'candidate', entityId: row.id, details: { after: value } }, now);
  return detailOf(row);
}

/** Writes a candidate already checked (and known not to exist) under a new participant number; the caller audits it. */
function insertNew(db: Db, lspId: string, value: CandidateInput, participantNo: string): q.CandidateRow {
  const row = rowOf(newId(), lspId, participantNo, value, 1);
  q.insertCandidate(db, row);
  return row;
}

export function updateCandidate(
  db: Db,
  principal: Principal,
  lspId: string,
  id: string,
  input: CandidateInput,
  now: Date,
  revision?: string,
  o: { differentPerson?: boolean } = {},
): CandidateDetail {
  const before = getCandidate(db, lspId, id);
  requireRevision(revision, revisionOf(inputOf(before)), () => lastRecordChange(db, 'candidate', before.id));
  const { value, checks } = checkCandidate({ ...input, photoSha256: before.photo_sha256 }, localDate(now));
  requireFreeNik(db, lspId, value.nik, id, checks);
  checks.throwIfAny();
  // Asked again only when what makes a namesake changed: a phone number saved later does not ask once more.
  const identityChanged = value.name !== before.name || value.birthDate !== before.birth_date || value.nik !== before.nik;
  if (identityChanged && !o.differentPerson) requireNoNamesake(db, lspId, value, id);
  return updateChecked(db, principal, before, value, now);
}

function updateChecked(db: Db, principal: Principal, before: q.CandidateRow, value: CandidateInput, now: Date): CandidateDetail {
  if (sameRecord(inputOf(before), value)) return detailOf(before);
  const row = updateRow(db, before, value);
  appendAudit(db, principal, { action: 'candidate.update', entity: 'candidate', entityId: before.id, details: { before: inputOf(before), after: value } }, now);
  return detailOf(row);
}

/** Writes a checked record's new values over `before`; the caller audits it. */
function updateRow(db: Db, before: q.CandidateRow, value: CandidateInput): q.CandidateRow {
  const row = rowOf(before.id, before.lsp_id, before.participant_no, value, before.active);
  q.updateCandidate(db, row);
  return row;
}

export function setCandidateActive(db: Db, principal: Principal, lspId: string, id: string, active: boolean, now: Date): CandidateDetail {
  const before = getCandidate(db, lspId, id);
  if (!active && before.active === 1) requireNoUnfinishedSession(db, lspId, before, now);
  if ((before.active === 1) !== active) {
    q.setCandidateActive(db, lspId, id, active ? 1 : 0);
    appendAudit(db, principal, { action: active ? 'candidate.activate' : 'candidate.deactivate', entity: 'candidate', entityId: id, details: { before: { active: !active }, after: { active } } }, now);
  }
  return detailOf({ ...before, active: active ? 1 : 0 });
}

export type CandidateListArgs = {
  search?: string;
  active?: boolean | null;
  cursor?: string | null;
  limit?: number;
  institution?: string;
  provinceCode?: string;
  anyWord?: boolean;
};

export function listCandidates(db: Db, lspId: string, args: CandidateListArgs): Page<CandidateSummary> {
  const term = searchTerm(args.search);
  // A search with a digit in it that is not all digits (a NIK) is the number on the candidate's card
  // (2026-2189218, JWP-2026-001): names carry no digits.
  const participant = term.text !== null && /\d/.test(term.text) ? term.text.replace(/\s+/g, '').toUpperCase() : null;
  const filter: q.CandidateFilter = {
    lspId,
    active: args.active === undefined || args.active === null ? null : args.active ? 1 : 0,
    institution: args.institution?.trim() || null,
    provinceCode: args.provinceCode?.trim() || null,
    namePrefix: participant === null ? term.text : null,
    nikPrefix: term.digits,
    participantPrefix: participant,
    anyWord: args.anyWord ?? false,
  };
  const after = decodeCursor(args.cursor);
  const limit = pageLimit(args.limit);
  const rows = q.candidatePage(db, filter, after, limit + 1);
  const counted = after ? null : q.candidateCount(db, filter, LIST_TOTAL_CAP);
  const key = (r: q.CandidateListRow) => (participant !== null ? r.participant_no : filter.nikPrefix !== null ? r.nik : r.name);
  return toPage(rows, limit, summaryOf, (r) => ({ key: key(r), id: r.id }), counted);
}

/** At most this many institution names are suggested at a time. */
export const INSTITUTION_SUGGESTIONS = 12;

/**
 * The LSP's institutions starting with `prefix` (case-insensitive), in order, one spelling each: what
 * the list's institution filter offers, since it matches a name exactly (a prefix match over 200,000
 * candidates could not keep the list in name order from the index).
 */
export function institutionsStartingWith(db: Db, lspId: string, prefix: string): string[] {
  const lo = prefix.trim();
  const hi = lo + '\uffff';
  const found: string[] = [];
  let next = q.institutionFrom(db, lspId, lo, true, hi);
  while (next !== undefined && found.length < INSTITUTION_SUGGESTIONS) {
    found.push(next);
    next = q.institutionFrom(db, lspId, next, false, hi);
  }
  return found;
}

/**
 * What writing these rows would do, without writing: each row checked, matched by NIK to the LSP's
 * candidates, and compared. A NIK twice in the same rows refuses the later row. `upsertCandidates`
 * applies exactly this.
 */
export function previewCandidates(db: Db, lspId: string, inputs: readonly CandidateInput[], today: string): RowOutcome[] {
  return planCandidates(db, lspId, inputs, today).map((p) => p.outcome);
}

type Plan = { outcome: RowOutcome; value: CandidateInput; before: q.CandidateRow | undefined };

function planCandidates(db: Db, lspId: string, inputs: readonly CandidateInput[], today: string): Plan[] {
  const seen = new Map<string, number>();
  const checked = inputs.map((input, index) => {
    const { value, checks } = checkCandidate(input, today);
    const earlier = seen.get(value.nik);
    if (earlier !== undefined && value.nik !== '') checks.refuse('nik', 'duplicate');
    else seen.set(value.nik, index);
    return { value, issues: checks.issues };
  });
  // Matched in one statement: a lookup a row cost an import of 10,000 rows more than their checks.
  const registered = q.candidatesByNiks(db, lspId, checked.flatMap((c) => (c.issues.length ? [] : [c.value.nik])));
  return checked.map(({ value, issues }, index) => {
    const before = issues.length ? undefined : registered.get(value.nik);
    return { value, before, outcome: outcomeOf(index, issues, before?.id ?? null, before ? sameRecord(inputOf(before), value) : null) };
  });
}

/**
 * Adds new NIKs, updates changed ones, leaves the same ones alone (no write, no audit): applying the
 * same rows twice changes nothing the second time. Refused rows are skipped; the caller decides
 * whether any refusal stops the whole import (run it in the caller's transaction to make it all or
 * nothing). Runs in a transaction of its own (a savepoint inside the caller's).
 */
export function upsertCandidates(db: Db, principal: Principal, lspId: string, inputs: readonly CandidateInput[], now: Date): RowOutcome[] {
  return db.transaction(() => writePlan(db, principal, lspId, planCandidates(db, lspId, inputs, localDate(now)), now))();
}

/**
 * previewCandidates, with the plan kept: `write` writes it as made, without checking or matching the rows
 * again, for a caller that knows the database has not changed since (and that it is still `today`);
 * otherwise upsertCandidates plans afresh. An import's apply does so (registry-import/rows.ts).
 */
export function planCandidateWrite(
  db: Db,
  lspId: string,
  inputs: readonly CandidateInput[],
  today: string,
): { outcomes: RowOutcome[]; write: (db: Db, principal: Principal, now: Date) => RowOutcome[] } {
  const planned = planCandidates(db, lspId, inputs, today);
  return {
    outcomes: planned.map((p) => p.outcome),
    write: (writeDb, principal, now) => writeDb.transaction(() => writePlan(writeDb, principal, lspId, planned, now))(),
  };
}

/** An added record's fields in its audit entry, in this order after its id: every field of the input. */
const ADDED_FIELDS = Object.keys({
  name: 0,
  nik: 0,
  birthPlace: 0,
  birthDate: 0,
  sex: 0,
  address: 0,
  regencyCode: 0,
  provinceCode: 0,
  phone: 0,
  email: 0,
  educationCode: 0,
  occupationCode: 0,
  institution: 0,
  photoSha256: 0,
} satisfies Record<keyof CandidateInput, 0>);

export function requireNoIssues(outcomes: readonly RowOutcome[]): void {
  const refused = outcomes.find((o) => o.outcome === 'refused');
  if (refused) throw invalid(refused.issues);
}


/**
 * Writes a plan: each row was checked and matched by it (a NIK twice in the rows is refused there).
 *
 * Audited as one entry for the whole write, as the room's actions on many candidates are: it names
 * every record added (its id and values) and every record updated (its id, and the fields that
 * changed, before and after). One entry per record cost an import of 10,000 rows a third of its time
 * (a hash, a JSON text and a row each) and said nothing more. The added records are a table (the
 * field names once, then a row of values each): written as an object each, the names were half of
 * the entry's 4 MB for 10,000 rows, which the entry's hash, its row and the commit each went through.
 */
function writePlan(db: Db, principal: Principal, lspId: string, planned: readonly Plan[], now: Date): RowOutcome[] {
  const added: unknown[][] = [];
  const updated: ({ id: string } & FieldChanges<CandidateInput>)[] = [];
  const numbers = newParticipantNos(db, now, planned.filter((p) => p.outcome.outcome === 'added').length);
  const outcomes = planned.map(({ outcome, value, before }): RowOutcome => {
    if (outcome.outcome === 'added') {
      const row = insertNew(db, lspId, value, numbers[added.length]);
      added.push([row.id, ...ADDED_FIELDS.map((f) => Reflect.get(value, f))]);
      return { ...outcome, id: row.id };
    }
    if (outcome.outcome === 'updated' && before) {
      updateRow(db, before, value);
      updated.push({ id: before.id, ...fieldChanges(inputOf(before), value) });
    }
    return outcome;
  });
  if (added.length + updated.length > 0) {
    appendAudit(db, principal, { action: 'candidate.upsertMany', entity: 'candidate', details: { added: { fields: ['id', ...ADDED_FIELDS], rows: added }, updated } }, now);
  }
  return outcomes;
}
