import crypto from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { localDate } from '../../../electron/core/clock';
import type { Db } from '../../../electron/core/db/open';
import { ruleBreaksSql, upcomingRuleBreaks, type RuleBreakParams } from '../../../electron/core/db/queries/session-rule-breaks';
import { verificationCutoff } from '../../../electron/core/registry/tuks';
import { ruleBreaks } from '../../../electron/core/scheduling/rule-problems';
import { listSessions } from '../../../electron/core/scheduling/session-list';
import { nowInstantMinutes } from '../../../electron/core/scheduling/time';
import { ruleBreaksBeforeSql } from './rule-breaks-before';
import { NOW, world, type World } from './support';

/**
 * The rule breaks of upcoming sessions (the sessions list's badges and filter, the LSP home's task) read only what
 * can break each rule: the same sessions, with the same counts, as the statement that read every session through
 * every rule (rule-breaks-before.ts). The clock is fixed at 2026-11-20 09:00 (local), so "today" is that date; the
 * TUK Mandiri's verifications lapse after 12 months (the default): the cutoff is 2025-11-20.
 */

const TODAY = '2026-11-20';
const CUTOFF = verificationCutoff(TODAY, 12);
const id = () => crypto.randomUUID();
let n = 0;

type Fixture = { w: World; db: Db; lsp: string };
const opened: World[] = [];
afterEach(() => {
  for (const w of opened.splice(0)) w.core.close();
});

async function fixture(): Promise<Fixture> {
  const w = await world({ aplGate: false });
  opened.push(w);
  const db = w.core.db;
  const lsp = db.prepare('SELECT lsp_id FROM scheme WHERE id = ?').pluck().get(w.schemeId) as string;
  return { w, db, lsp };
}

function assessor(f: Fixture, met = '2028-12-31', extra: { cert?: string | null; homeLsp?: string | null; letter?: string | null; scheme?: boolean } = {}): string {
  const a = id();
  f.db.prepare('INSERT INTO assessor (id, lsp_id, name, met_number, met_expires_on, tech_cert_expires_on, home_lsp, loan_letter_no, loan_letter_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(a, f.lsp, `Asesor R${++n}`, `MET.R.${n}`, met, extra.cert ?? null, extra.homeLsp ?? null, extra.letter ?? null, extra.letter ? '2026-01-01' : null);
  if (extra.scheme !== false) f.db.prepare('INSERT INTO assessor_scheme (assessor_id, scheme_code) VALUES (?, ?)').run(a, f.w.schemeCode);
  return a;
}

function tuk(f: Fixture, type: 'mandiri' | 'sewaktu', capacity: number | null, verifiedOn: string[] = []): string {
  const t = id();
  f.db.prepare('INSERT INTO tuk (id, lsp_id, code, name, type, capacity) VALUES (?, ?, ?, ?, ?, ?)').run(t, f.lsp, `TUK-R-${++n}`, `TUK R ${n}`, type, capacity);
  for (const on of verifiedOn) verify(f, t, on, 'fit');
  return t;
}

function verify(f: Fixture, tukId: string, on: string, result: 'fit' | 'unfit', sessionId: string | null = null, recordedAt = `${on}T10:00:00.000Z`) {
  f.db.prepare("INSERT INTO tuk_verification (id, tuk_id, session_id, verified_on, verifier, result, recorded_at) VALUES (?, ?, ?, ?, 'Tim', ?, ?)").run(id(), tukId, sessionId, on, result, recordedAt);
}

/** A session planned straight into the tables (as a bundle or an older plan may have left it), its seats given to its first assessor. */
function session(f: Fixture, o: { tuk: string; date: string; start?: string; assessors: string[]; seats?: number; candidates?: string[] }): string {
  const s = id();
  f.db.prepare("INSERT INTO session (id, lsp_id, scheme_id, tuk_id, code, title_id, date, start_time, duration_minutes) VALUES (?, ?, ?, ?, ?, 'Uji', ?, ?, 120)")
    .run(s, f.lsp, f.w.schemeId, o.tuk, `S-R-${++n}`, o.date, o.start ?? '08:00');
  for (const a of o.assessors) f.db.prepare('INSERT INTO session_assessor (session_id, assessor_id) VALUES (?, ?)').run(s, a);
  const candidates = o.candidates ?? f.w.candidates.slice(0, o.seats ?? 2);
  for (const c of candidates) f.db.prepare('INSERT INTO session_candidate (session_id, candidate_id, assessor_id) VALUES (?, ?, ?)').run(s, c, o.assessors[0]);
  return s;
}

const ALL_ON = { tukCapacity: 1, tukVerification: 1, assessorScheme: 1, assessorCredentials: 1, loanLetter: 1 };
const paramsOf = (f: Fixture, switches = ALL_ON, ids: string[] | null = null): RuleBreakParams => ({
  lspId: f.lsp,
  now: nowInstantMinutes(NOW),
  today: localDate(NOW),
  cutoff: CUTOFF,
  ...switches,
  ids: ids === null ? null : JSON.stringify(ids),
});
const sorted = (rows: { session_id: string; refused: number }[]) => rows.map((r) => [r.session_id, r.refused] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
const before = (f: Fixture, p: RuleBreakParams) => sorted(f.db.prepare(ruleBreaksBeforeSql(p.ids !== null)).all(p) as { session_id: string; refused: number }[]);
const now = (f: Fixture, p: RuleBreakParams) => sorted(upcomingRuleBreaks(f.db, p));
/** What ruleBreaks finds (every upcoming session), checked against the earlier statement under every rule switch off in turn and on a page's ids. */
function flagged(f: Fixture, ids: string[]): Map<string, number> {
  const found = ruleBreaks(f.db, f.lsp, NOW, null);
  const p = paramsOf(f);
  expect(now(f, p)).toEqual(before(f, p));
  expect(now(f, paramsOf(f, ALL_ON, ids))).toEqual(before(f, paramsOf(f, ALL_ON, ids)));
  for (const off of Object.keys(ALL_ON)) {
    const q = paramsOf(f, { ...ALL_ON, [off]: 0 });
    expect(now(f, q), off).toEqual(before(f, q));
  }
  return new Map([...found].filter(([k]) => ids.includes(k)).map(([k, v]) => [k, v.refused]));
}

describe('upcoming sessions that now break a rule', () => {
  it('an assessor: MET or certificate ended before the day (not on it), inactive, not registered for the scheme, no loan letter; only sessions not begun', async () => {
    const f = await fixture();
    const t = tuk(f, 'mandiri', 40, ['2026-06-01']);
    const ok = assessor(f);
    const metDayBefore = assessor(f, '2026-11-30');
    const metOnDay = assessor(f, '2026-12-01');
    const certDayBefore = assessor(f, '2028-12-31', { cert: '2026-11-30' });
    const unregistered = assessor(f, '2028-12-31', { scheme: false });
    const unlettered = assessor(f, '2028-12-31', { homeLsp: 'LSP Lain' });
    const lettered = assessor(f, '2028-12-31', { homeLsp: 'LSP Lain', letter: 'SP-1' });
    const expiredToday = assessor(f, '2026-11-19');
    // Refused twice by one record: without a loan letter and MET ended.
    const unletteredLapsed = assessor(f, '2026-11-30', { homeLsp: 'LSP Lain' });
    const s = {
      ok: session(f, { tuk: t, date: '2026-12-01', assessors: [ok, metOnDay, lettered] }),
      met: session(f, { tuk: t, date: '2026-12-01', assessors: [ok, metDayBefore] }),
      cert: session(f, { tuk: t, date: '2026-12-01', assessors: [certDayBefore] }),
      scheme: session(f, { tuk: t, date: '2026-12-01', assessors: [unregistered] }),
      letter: session(f, { tuk: t, date: '2026-12-01', assessors: [unlettered] }),
      two: session(f, { tuk: t, date: '2026-12-01', assessors: [metDayBefore, unregistered] }),
      both: session(f, { tuk: t, date: '2026-12-01', assessors: [unletteredLapsed] }),
      // Today: at 10:00 it has not begun (09:00 now) and is checked; at 08:00 it has, and is what it was.
      laterToday: session(f, { tuk: t, date: TODAY, start: '10:00', assessors: [expiredToday] }),
      begunToday: session(f, { tuk: t, date: TODAY, start: '08:00', assessors: [expiredToday] }),
    };
    const ids = Object.values(s);
    expect(flagged(f, ids)).toEqual(new Map([[s.met, 1], [s.cert, 1], [s.scheme, 1], [s.letter, 1], [s.two, 2], [s.both, 2], [s.laterToday, 1]]));
    f.db.prepare('UPDATE assessor SET active = 0 WHERE id = ?').run(ok);
    const expected = new Map([[s.ok, 1], [s.met, 2], [s.cert, 1], [s.scheme, 1], [s.letter, 1], [s.two, 2], [s.both, 2], [s.laterToday, 1]]);
    expect(flagged(f, ids)).toEqual(expected);
    // The list's filter gives the same sessions, each row badged as the whole list badges it.
    const badges = (rows: { id: string; ruleProblems: { refused: number } | null }[]) => new Map(rows.filter((r) => ids.includes(r.id) && r.ruleProblems).map((r) => [r.id, r.ruleProblems!.refused]));
    const filtered = listSessions(f.db, f.lsp, { ruleProblems: true, limit: 100 }, NOW).rows;
    expect(badges(filtered)).toEqual(expected);
    expect(badges(listSessions(f.db, f.lsp, { limit: 100 }, NOW).rows)).toEqual(expected);
    // Paged two at a time, newest or oldest first, the filter lists each flagged session once, counted.
    for (const order of ['desc', 'asc'] as const) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let total: number | null = null;
      do {
        const page = listSessions(f.db, f.lsp, { ruleProblems: true, order, limit: 2, cursor }, NOW);
        total ??= page.total;
        seen.push(...page.rows.map((r) => r.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen.toSorted()).toEqual([...ruleBreaks(f.db, f.lsp, NOW, null).keys()].sort());
      expect(total).toBe(seen.length);
    }
  });

  it('a TUK Mandiri: verified on the cutoff holds, the day before lapses, an unfit one withdraws it from its day on, never verified refuses', async () => {
    const f = await fixture();
    const a = assessor(f);
    const onCutoff = tuk(f, 'mandiri', 40, [CUTOFF]);
    const dayBefore = tuk(f, 'mandiri', 40, [verificationCutoff('2026-11-19', 12)]);
    const never = tuk(f, 'mandiri', 40);
    const unfitLater = tuk(f, 'mandiri', 40, ['2026-06-01']);
    verify(f, unfitLater, '2026-12-10', 'unfit');
    // Two on one day: the later recorded decides.
    const sameDay = tuk(f, 'mandiri', 40);
    verify(f, sameDay, '2026-06-01', 'fit', null, '2026-06-01T08:00:00.000Z');
    verify(f, sameDay, '2026-06-01', 'unfit', null, '2026-06-01T09:00:00.000Z');
    const s = {
      onCutoff: session(f, { tuk: onCutoff, date: '2026-12-01', assessors: [a] }),
      dayBefore: session(f, { tuk: dayBefore, date: '2026-12-01', assessors: [a] }),
      never: session(f, { tuk: never, date: '2026-12-01', assessors: [a] }),
      beforeUnfit: session(f, { tuk: unfitLater, date: '2026-12-09', assessors: [a] }),
      onUnfit: session(f, { tuk: unfitLater, date: '2026-12-10', assessors: [a] }),
      sameDay: session(f, { tuk: sameDay, date: '2026-12-01', assessors: [a] }),
    };
    const ids = Object.values(s);
    expect(CUTOFF).toBe('2025-11-20');
    expect(flagged(f, ids)).toEqual(new Map([[s.dayBefore, 1], [s.never, 1], [s.onUnfit, 1], [s.sameDay, 1]]));
    // A fit verification today restores the lapsed and the never verified; the unfit one to come still refuses.
    verify(f, dayBefore, TODAY, 'fit');
    verify(f, never, TODAY, 'fit');
    expect(flagged(f, ids)).toEqual(new Map([[s.onUnfit, 1], [s.sameDay, 1]]));
    f.db.prepare("UPDATE tuk SET active = 0 WHERE id = ?").run(onCutoff);
    expect(flagged(f, ids)).toEqual(new Map([[s.onCutoff, 1], [s.onUnfit, 1], [s.sameDay, 1]]));
  });

  it("a TUK Sewaktu: its session's latest verification unfit refuses, none is only to check; capacity counts the seats as they change", async () => {
    const f = await fixture();
    const a = assessor(f);
    const small = tuk(f, 'sewaktu', 3);
    const s = {
      atCapacity: session(f, { tuk: small, date: '2026-12-01', assessors: [a], seats: 3 }),
      over: session(f, { tuk: small, date: '2026-12-02', assessors: [a], seats: 4 }),
      unfit: session(f, { tuk: small, date: '2026-12-03', assessors: [a], seats: 1 }),
      refit: session(f, { tuk: small, date: '2026-12-04', assessors: [a], seats: 1 }),
    };
    verify(f, small, '2026-11-01', 'unfit', s.unfit);
    verify(f, small, '2026-11-01', 'unfit', s.refit);
    verify(f, small, '2026-11-02', 'fit', s.refit);
    const ids = Object.values(s);
    expect(flagged(f, ids)).toEqual(new Map([[s.over, 1], [s.unfit, 1]]));
    // A seat more, one less, one moved: the count follows each.
    f.db.prepare('INSERT INTO session_candidate (session_id, candidate_id, assessor_id) VALUES (?, ?, ?)').run(s.atCapacity, f.w.candidates[5], a);
    expect(flagged(f, ids)).toEqual(new Map([[s.atCapacity, 1], [s.over, 1], [s.unfit, 1]]));
    f.db.prepare('DELETE FROM session_candidate WHERE session_id = ? AND candidate_id = ?').run(s.over, f.w.candidates[0]);
    expect(flagged(f, ids)).toEqual(new Map([[s.atCapacity, 1], [s.unfit, 1]]));
    f.db.prepare('UPDATE session_candidate SET session_id = ? WHERE session_id = ? AND candidate_id = ?').run(s.over, s.atCapacity, f.w.candidates[5]);
    expect(flagged(f, ids)).toEqual(new Map([[s.over, 1], [s.unfit, 1]]));
    f.db.prepare('UPDATE tuk SET capacity = 5 WHERE id = ?').run(small);
    expect(flagged(f, ids)).toEqual(new Map([[s.unfit, 1]]));
  });

  it('a scheme or a candidate deactivated; a cancelled session is not flagged', async () => {
    const f = await fixture();
    const a = assessor(f);
    const t = tuk(f, 'mandiri', 40, ['2026-06-01']);
    const s = {
      two: session(f, { tuk: t, date: '2026-12-01', assessors: [a], candidates: f.w.candidates.slice(0, 2) }),
      other: session(f, { tuk: t, date: '2026-12-02', assessors: [a], candidates: f.w.candidates.slice(2, 4) }),
      cancelled: session(f, { tuk: t, date: '2026-12-03', assessors: [a], candidates: f.w.candidates.slice(0, 1) }),
    };
    f.db.prepare("UPDATE session SET cancelled_at = '2026-11-19T00:00:00.000Z', cancelled_by = 'x', cancel_reason = 'Batal' WHERE id = ?").run(s.cancelled);
    const ids = Object.values(s);
    expect(flagged(f, ids)).toEqual(new Map());
    f.db.prepare('UPDATE candidate SET active = 0 WHERE id IN (?, ?)').run(f.w.candidates[0], f.w.candidates[1]);
    expect(flagged(f, ids)).toEqual(new Map([[s.two, 2]]));
    f.db.prepare('UPDATE scheme SET active = 0 WHERE id = ?').run(f.w.schemeId);
    expect(flagged(f, ids)).toEqual(new Map([[s.two, 3], [s.other, 1]]));
  });
});

describe('session_seats (migration 033)', () => {
  it("is each session's seat count after every write to its seats, and goes with the session", async () => {
    const f = await fixture();
    const a = assessor(f);
    const t = tuk(f, 'sewaktu', 40);
    const seatsOf = () => new Map(f.db.prepare('SELECT session_id, seats FROM session_seats').all().map((r) => [(r as { session_id: string }).session_id, (r as { seats: number }).seats]));
    const counted = () => new Map(f.db.prepare('SELECT session_id, count(*) AS n FROM session_candidate GROUP BY session_id').all().map((r) => [(r as { session_id: string }).session_id, (r as { n: number }).n]));
    const x = session(f, { tuk: t, date: '2026-12-01', assessors: [a], seats: 5 });
    const y = session(f, { tuk: t, date: '2026-12-02', assessors: [a], seats: 2 });
    expect(seatsOf().get(x)).toBe(5);
    f.db.prepare('UPDATE session_candidate SET session_id = ? WHERE session_id = ? AND candidate_id = ?').run(y, x, f.w.candidates[4]);
    f.db.prepare('DELETE FROM session_candidate WHERE session_id = ? AND candidate_id = ?').run(x, f.w.candidates[0]);
    expect([seatsOf().get(x), seatsOf().get(y)]).toEqual([3, 3]);
    f.db.prepare('DELETE FROM session_candidate WHERE session_id = ?').run(y);
    expect(seatsOf().get(y)).toBe(0);
    f.db.prepare('DELETE FROM session WHERE id = ?').run(x);
    expect(seatsOf().has(x)).toBe(false);
    for (const [sessionId, count] of counted()) expect(seatsOf().get(sessionId), sessionId).toBe(count);
  });
});

describe('the statement', () => {
  it('reads the upcoming sessions from their index and each seat count and planned assessor by key, never a whole table of sessions, seats or assessors', async () => {
    const f = await fixture();
    const plan = (f.db.prepare(`EXPLAIN QUERY PLAN ${ruleBreaksSql(false)}`).all(paramsOf(f)) as { detail: string }[]).map((r) => r.detail);
    expect(plan).toContain('SEARCH s USING INDEX session_upcoming (lsp_id=? AND starts_min>?)');
    expect(plan).toContain('SEARCH n USING PRIMARY KEY (session_id=?)');
    expect(plan).toContain('SEARCH sa USING PRIMARY KEY (session_id=?)');
    // (SCAN s: the upcoming sessions read once, `up`, named s in each branch.)
    expect(plan.filter((d) => /^SCAN (x|sa|n|session|session_candidate|session_assessor|session_seats)\b/.test(d))).toEqual([]);
  });
});
