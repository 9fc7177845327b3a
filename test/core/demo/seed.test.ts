import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core';
import { CANDIDATE_PASSWORD_COST, PASSWORD_COST } from '../../../electron/core/auth/password';
import { addDays, localDate } from '../../../electron/core/clock';
import { sessionVerification } from '../../../electron/core/db/queries/registry-tuks';
import { getTuk } from '../../../electron/core/registry/tuks';
import { checkCandidate, inputOf } from '../../../electron/core/registry/candidates';
import type { CandidateRow } from '../../../electron/core/db/queries/registry-candidates';
import { bnspRequires } from '../../../electron/shared/certificates';
import { call, demo, releaseToken, signInAs, tempCore, tempDir } from '../../support/core';

const count = (core: { db: import('../../../electron/core/db/open').Db }, sql: string) => core.db.prepare(sql).pluck().get();

describe('embedded demo', () => {
  it('creates one LSP, one TUK Sewaktu, the Junior Web Programmer scheme, people and a session for today', async () => {
    const fixed = new Date('2026-03-02T09:30:00');
    const core = await tempCore({ clock: { now: () => fixed } });
    expect(count(core, 'SELECT count(*) FROM lsp')).toBe(1);
    expect(core.db.prepare('SELECT type FROM tuk').pluck().all()).toEqual(['sewaktu']);
    expect(count(core, 'SELECT count(*) FROM unit')).toBe(8);
    expect(count(core, 'SELECT count(*) FROM element')).toBe(25);
    expect(count(core, 'SELECT count(*) FROM kuk')).toBe(70);
    expect(count(core, 'SELECT count(*) FROM candidate')).toBe(12);
    expect(count(core, 'SELECT count(*) FROM assessor')).toBe(2);
    expect(core.db.prepare('SELECT date FROM session').pluck().all()).toEqual([localDate(fixed)]);
    expect(count(core, 'SELECT count(*) FROM session_candidate')).toBe(12);
  });

  it('records the TUK Sewaktu’s verification for the demo session, so tuk.verified_on, the TUK list and the TUK’s page agree', async () => {
    const fixed = new Date('2026-03-02T09:30:00');
    const core = await tempCore({ clock: { now: () => fixed } });
    const today = localDate(fixed);
    const { id: tukId, lsp_id: lspId, verified_on: verifiedOn } = core.db.prepare('SELECT id, lsp_id, verified_on FROM tuk').get() as {
      id: string;
      lsp_id: string;
      verified_on: string;
    };
    const session = core.db.prepare('SELECT id, code, date FROM session').get() as { id: string; code: string; date: string };
    // On or before the session's day, which is the seed's today: never in the future.
    expect(verifiedOn).toBe(addDays(today, -demo.people.tuk.verifiedDaysAgo));
    expect(verifiedOn <= session.date).toBe(true);
    const detail = getTuk(core.db, lspId, tukId, fixed);
    expect(detail.lastVerifiedOn).toBe(verifiedOn);
    expect(detail.verificationState).toBe('per_session');
    expect(detail.verifications).toEqual([
      expect.objectContaining({ verifiedOn, result: 'fit', verifier: demo.people.tuk.verifier, sessionId: session.id, sessionCode: session.code, sessionDate: session.date }),
    ]);
    // What the scheduling rules read for a Sewaktu TUK: a fit verification naming the session.
    expect(sessionVerification(core.db, session.id)).toMatchObject({ fit_for_session: 1, last_fit_on: verifiedOn });
  });

  it("plans the session as the rules ask: each candidate's FR.APL.01 accepted and FR.APL.02 reviewed 'proceed' by their assessor, days before", async () => {
    const fixed = new Date('2026-03-02T07:30:00');
    const core = await tempCore({ clock: { now: () => fixed } });
    const admin = await signInAs(core, 'admin');
    const sessionId = core.db.prepare('SELECT id FROM session').pluck().get() as string;
    const session = await call(core, 'sessions/get', { sessionId }, admin);
    // The session's page listed "12 pelanggaran aturan": no candidate had an APL form.
    expect(session.conflicts).toEqual([]);
    expect(session.candidates.map((c) => c.gate)).toEqual(demo.people.candidates.map(() => ({ schedulable: true, missing: [] })));
    const assessorName = new Map(demo.people.assessors.map((a) => [a.key, a.name]));
    for (const c of session.candidates) {
      const detail = await call(core, 'apl/get', { candidateId: c.candidateId, schemeId: session.scheme.id }, admin);
      const person = demo.people.candidates.find((p) => p.participantNo === c.participantNo);
      expect(detail.apl01?.verification).toMatchObject({ result: 'accepted', by: demo.people.staff[0].displayName });
      expect(detail.apl02.review).toMatchObject({ recommendation: 'proceed', assessorName: assessorName.get(person?.assessor ?? '') });
      expect(detail.apl02.rows.every((r) => r.answer === 'K')).toBe(true);
      expect(detail.apl02.review && detail.apl02.review.at < `${session.date}T00:00`).toBe(true);
    }
  });

  it('gives every candidate a whole registry record: accepted by the registry’s checks, every field BNSP asks filled, living where the NIK was issued', async () => {
    const fixed = new Date('2026-03-02T09:30:00');
    const core = await tempCore({ clock: { now: () => fixed } });
    const rows = core.db.prepare('SELECT * FROM candidate ORDER BY participant_no').all() as CandidateRow[];
    expect(rows).toHaveLength(demo.people.candidates.length);
    for (const row of rows) {
      const record = inputOf(row);
      // The form's own checks, the NIK's region, birth date (DDMMYY, a woman's day + 40) and sex among them.
      expect(checkCandidate(record, localDate(fixed)).checks.issues, row.participant_no).toEqual([]);
      const empty = Object.entries(record).filter(([field, value]) => bnspRequires(field) && (value === null || value === ''));
      expect(empty, row.participant_no).toEqual([]);
      expect(record.email, row.participant_no).not.toBeNull();
      expect(record.institution, row.participant_no).not.toBeNull();
      expect(record.nik.slice(0, 4), row.participant_no).toBe(record.regencyCode);
      expect(record.regencyCode?.slice(0, 2), row.participant_no).toBe(record.provinceCode);
    }
    // What the sheet takes from the session and the scheme rather than the candidates.
    expect(core.db.prepare('SELECT schedule_code, funding_code, ministry_code FROM session_bnsp').all()).toEqual([
      { schedule_code: demo.people.session.bnsp.scheduleCode, funding_code: demo.people.session.bnsp.fundingCode, ministry_code: demo.people.session.bnsp.ministryCode },
    ]);
    expect(core.db.prepare('SELECT scheme_code, kbli_code FROM scheme_policy').all()).toEqual([{ scheme_code: demo.scheme.code, kbli_code: demo.scheme.kbliCode }]);
  });

  it('has at least 20 multiple-choice questions with five options and one key, in both languages, mapped to KUK', async () => {
    const core = await tempCore();
    const mc = core.db
      .prepare(
        `SELECT i.id, i.prompt_id, i.prompt_en, i.kuk_id, count(o.ordinal) AS options, sum(o.is_correct) AS keys,
           sum(o.text_en IS NULL OR o.text_en = '') AS missingEn
         FROM item i JOIN item_option o ON o.item_id = i.id WHERE i.kind = 'multiple_choice' GROUP BY i.id`,
      )
      .all() as { prompt_id: string; prompt_en: string; kuk_id: string; options: number; keys: number; missingEn: number }[];
    expect(mc.length).toBeGreaterThanOrEqual(20);
    for (const q of mc) {
      expect(q).toMatchObject({ options: 5, keys: 1, missingEn: 0 });
      expect(q.prompt_id.length).toBeGreaterThan(10);
      expect(q.prompt_en.length).toBeGreaterThan(10);
    }
    expect(count(core, "SELECT count(*) FROM item WHERE kind = 'essay' AND expected_id IS NOT NULL AND expected_en IS NOT NULL")).toBeGreaterThanOrEqual(3);
    expect(count(core, "SELECT count(*) FROM item WHERE kind = 'oral'")).toBeGreaterThan(0);
    expect(count(core, "SELECT count(*) FROM item WHERE kind = 'supporting'")).toBeGreaterThan(0);
    expect(count(core, 'SELECT count(*) FROM observation_item')).toBe(70);
    expect(count(core, "SELECT count(*) FROM kuk WHERE text_en IS NULL OR json_array_length(dimensions) = 0")).toBe(0);
  });

  it('copies unit codes and KUK texts from the scheme facts unchanged', async () => {
    const core = await tempCore();
    const codes = core.db.prepare('SELECT code FROM unit ORDER BY ordinal').pluck().all();
    expect(codes).toEqual(demo.scheme.units.map((u) => u.code));
    expect(codes[0]).toBe('J.620100.004.02');
    const first = core.db.prepare("SELECT text_id FROM kuk WHERE number = '1.1' ORDER BY rowid LIMIT 1").pluck().get();
    expect(first).toBe(demo.scheme.units[0].elements[0].kuk[0].text.id);
  });

  it('creates working demo logins for every role and shows them only on a demo installation', async () => {
    const core = await tempCore();
    const info = await call(core, 'app/info', {});
    expect(info.demo).toBe(true);
    const roles = new Set(info.demoLogins?.map((l) => l.role));
    expect([...roles].sort()).toEqual(['assessor', 'candidate', 'lsp_admin', 'proctor']);
    const token = await releaseToken(core);
    for (const login of info.demoLogins ?? []) {
      const method = login.role === 'candidate' ? 'auth/candidateSignIn' : 'auth/signIn';
      const args = login.role === 'candidate' ? { participantNo: login.username, password: login.password, token, deviceId: `pc-${login.username}` } : { username: login.username, password: login.password };
      const reply = await core.dispatch(method, args, null);
      expect(reply.ok, login.username).toBe(true);
    }

    const station = await createCore({ dataDir: tempDir(), tukStationIfEmpty: true, log: () => {} });
    const stationInfo = await call(station, 'app/info', {});
    // Only the proctor exists on a new TUK station: the LSP's demo logins would not work there.
    expect(stationInfo.demoLogins?.map((l) => l.role)).toEqual(['proctor']);
    station.close();

    const plain = await createCore({ dataDir: tempDir(), demoIfEmpty: false, log: () => {} });
    const plainInfo = await call(plain, 'app/info', {});
    expect(plainInfo).toMatchObject({ demo: false, demoLogins: null });
    plain.close();
  });

  it('is created once: reopening a demo database does not seed it again', async () => {
    const core = await tempCore();
    core.close();
    const again = await tempCore({ dataDir: core.dataDir });
    expect(count(again, 'SELECT count(*) FROM lsp')).toBe(1);
    expect(count(again, 'SELECT count(*) FROM candidate')).toBe(12);
  });
});

describe('demo password costs', () => {
  it('hashes candidates at the exam-credential cost and staff at the full cost', async () => {
    const core = await createCore({ dataDir: tempDir(), demoIfEmpty: true, log: () => {} });
    const costOf = (role: string) =>
      new Set((core.db.prepare('SELECT password_hash FROM account WHERE role = ?').pluck().all(role) as string[]).map((h) => Number(h.split('$')[1])));
    expect(costOf('candidate')).toEqual(new Set([CANDIDATE_PASSWORD_COST]));
    expect(costOf('proctor')).toEqual(new Set([PASSWORD_COST]));
    expect(costOf('lsp_admin')).toEqual(new Set([PASSWORD_COST]));
    core.close();
  });
});
