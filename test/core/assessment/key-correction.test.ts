import { describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../electron/core/audit/log';
import { auditActionText } from '../../../electron/shared/audit-labels';
import type { AuditEntryView } from '../../../electron/shared/audit-log';
import { OPTION_LETTERS } from '../../../electron/shared/cbt';
import i18next from 'i18next';
import { errorText } from '../../../electron/shared/i18n/error-text';
import { resources, type Language } from '../../../electron/shared/i18n';
import type { Core } from '../../../electron/core';
import { call, failure, signInAs } from '../../support/core';
import { correctOrdinal } from '../cbt/support';
import { ASSESSOR_PASSWORD, decideAsSuggested, scoreAllAchieved, testTaken } from './support';

const itemOf = (core: Core, ref: string) => core.db.prepare("SELECT id FROM item WHERE ref = ? AND kind = 'multiple_choice'").pluck().get(ref) as string;
const chosen = (core: Core, itemId: string) => core.db.prepare('SELECT choice FROM answer WHERE item_id = ?').pluck().get(itemId) as number;
const mcTotals = (ws: { multipleChoice: { items: readonly { achieved: boolean }[] } }) => ({
  total: ws.multipleChoice.items.length,
  achieved: ws.multipleChoice.items.filter((i) => i.achieved).length,
});

describe('correcting a multiple-choice key for a session (ralat kunci, soal dianulir)', () => {
  it('an annulled question counts for nobody: not in FR.IA.05, its units, the suggestion nor the LSP review; the note says who and why', async () => {
    const { core, assessor, seat } = await testTaken(0, ['PG-01']);
    const before = await call(core, 'assessment/workspace', seat, assessor);
    const { total, achieved } = mcTotals(before);
    expect(achieved).toBe(total - 1);
    const pg01 = itemOf(core, 'PG-01');
    const shown = before.multipleChoice.items.find((i) => i.itemId === pg01)!;

    const view = await call(core, 'assessment/correctKey', { sessionId: seat.sessionId, itemId: pg01, action: 'annul', option: null, reason: 'Kunci dan soal tidak sesuai SKKNI' }, assessor);
    expect(view.questions.find((q) => q.itemId === pg01)).toMatchObject({ annulled: true, accepted: [], signedBy: [] });
    expect(view.corrections).toEqual([expect.objectContaining({ itemId: pg01, ref: 'PG-01', action: 'annul', acceptedOption: null, by: 'Dra. Sri Wahyuningsih, M.Kom.' })]);

    const after = await call(core, 'assessment/workspace', seat, assessor);
    expect(mcTotals(after)).toEqual({ total: total - 1, achieved: total - 1 });
    expect(after.multipleChoice.allAchieved).toBe(true);
    expect(after.multipleChoice.items.some((i) => i.itemId === pg01)).toBe(false);
    expect(after.multipleChoice.units.reduce((n, u) => n + u.total, 0)).toBe(total - 1);
    expect(after.multipleChoice.units.every((u) => u.kukNotAchieved.length === 0)).toBe(true);
    expect(after.multipleChoice.corrections).toEqual([
      expect.objectContaining({ itemId: pg01, ref: 'PG-01', number: shown.number, action: 'annul', option: null, reason: 'Kunci dan soal tidak sesuai SKKNI', by: 'Dra. Sri Wahyuningsih, M.Kom.' }),
    ]);
    // The decision tab no longer reads the annulled question as evidence for its KUK.
    const reasons = after.units.flatMap((u) => u.reasons.flatMap((r) => r.refs));
    expect(reasons).not.toContain('PG-01');

    const admin = await signInAs(core, 'admin');
    const review = await call(core, 'results/review', { sessionId: seat.sessionId }, admin);
    const mc = review.candidates.find((c) => c.candidateId === seat.candidateId)!.evidence.multipleChoice;
    expect({ total: mc.total, achieved: mc.achieved }).toEqual({ total: total - 1, achieved: total - 1 });
    // Every other candidate's total drops too (they had the same bank; absent, no paper).
    const other = review.candidates.find((c) => c.candidateId !== seat.candidateId)!;
    expect(other.evidence.multipleChoice.total).toBe(total - 1);
  });

  it("carries the session TUK's zone, which the view states the corrections' times in", async () => {
    const { core, assessor, seat } = await testTaken(0, []);
    core.db.prepare("UPDATE tuk SET time_zone = 'WITA' WHERE id = (SELECT tuk_id FROM session WHERE id = ?)").run(seat.sessionId);
    expect((await call(core, 'assessment/keyCorrections', { sessionId: seat.sessionId }, assessor)).tukZone).toBe('WITA');
  });

  it('an accepted option counts as achieved and is printed beside the key', async () => {
    const { core, assessor, seat } = await testTaken(0, ['PG-02']);
    const pg02 = itemOf(core, 'PG-02');
    const wrong = chosen(core, pg02);
    expect(wrong).not.toBe(correctOrdinal(core, pg02));
    const before = await call(core, 'assessment/workspace', seat, assessor);
    const { total } = mcTotals(before);
    const row = before.multipleChoice.items.find((i) => i.itemId === pg02)!;
    expect(row.achieved).toBe(false);

    await call(core, 'assessment/correctKey', { sessionId: seat.sessionId, itemId: pg02, action: 'accept', option: wrong, reason: 'Opsi ini juga benar menurut standar terbaru' }, assessor);
    const after = await call(core, 'assessment/workspace', seat, assessor);
    expect(mcTotals(after)).toEqual({ total, achieved: total });
    const fixed = after.multipleChoice.items.find((i) => i.itemId === pg02)!;
    expect(fixed.achieved).toBe(true);
    expect(fixed.key).toBe(`${row.key}/${row.answer}`);
    expect(after.multipleChoice.corrections).toEqual([expect.objectContaining({ itemId: pg02, action: 'accept', option: row.answer, number: row.number })]);

    const admin = await signInAs(core, 'admin');
    const review = await call(core, 'results/review', { sessionId: seat.sessionId }, admin);
    const mc = review.candidates.find((c) => c.candidateId === seat.candidateId)!.evidence.multipleChoice;
    expect({ total: mc.total, achieved: mc.achieved }).toEqual({ total, achieved: total });

    // The same option twice, the key itself, no option, and anything after an annulment are refused.
    const again = { sessionId: seat.sessionId, itemId: pg02, action: 'accept' as const, reason: 'lagi' };
    expect(await failure(core, 'assessment/correctKey', { ...again, option: wrong }, assessor)).toMatchObject({ code: 'KEY_CORRECTION_ALREADY_CORRECT', params: { question: 'PG-02', option: OPTION_LETTERS[wrong] } });
    expect((await failure(core, 'assessment/correctKey', { ...again, option: correctOrdinal(core, pg02) }, assessor)).code).toBe('KEY_CORRECTION_ALREADY_CORRECT');
    expect((await failure(core, 'assessment/correctKey', { ...again, option: null }, assessor)).code).toBe('KEY_CORRECTION_NO_OPTION');
    await call(core, 'assessment/correctKey', { sessionId: seat.sessionId, itemId: pg02, action: 'annul', option: null, reason: 'Soal ambigu' }, assessor);
    expect((await failure(core, 'assessment/correctKey', { ...again, option: (wrong + 1) % 4 }, assessor)).code).toBe('KEY_CORRECTION_ANNULLED');
    expect(mcTotals(await call(core, 'assessment/workspace', seat, assessor))).toEqual({ total: total - 1, achieved: total - 1 });
  });

  it('refused once a signed recommendation counts the question, in both languages; allowed again after the unlock', async () => {
    const { core, assessor, seat } = await testTaken(0);
    await scoreAllAchieved(core, assessor, seat);
    await decideAsSuggested(core, assessor, seat);
    await call(core, 'assessment/sign', { ...seat, password: ASSESSOR_PASSWORD.assessor1 }, assessor);
    const pg03 = itemOf(core, 'PG-03');
    const args = { sessionId: seat.sessionId, itemId: pg03, action: 'annul' as const, option: null, reason: 'Kunci salah ketik' };
    const refused = await failure(core, 'assessment/correctKey', args, assessor);
    expect(refused).toMatchObject({ code: 'KEY_CORRECTION_SIGNED', messageKey: 'errors.KEY_CORRECTION_SIGNED', params: { question: 'PG-03', count: 1, candidates: 'Muhammad Rizky Pratama' } });
    expect(errorText(refused, 'id')).toContain('PG-03');
    expect(errorText(refused, 'en')).toContain('Unlock their FR.AK.02 first');
    expect(core.db.prepare('SELECT count(*) FROM key_correction').pluck().get()).toBe(0);
    // The other assessor is refused the same way: the question counts in a signed recommendation of the session.
    const assessor2 = await signInAs(core, 'assessor2');
    expect((await failure(core, 'assessment/correctKey', args, assessor2)).code).toBe('KEY_CORRECTION_SIGNED');
    expect((await call(core, 'assessment/keyCorrections', { sessionId: seat.sessionId }, assessor)).questions.find((q) => q.itemId === pg03)?.signedBy).toEqual(['Muhammad Rizky Pratama']);

    await call(core, 'assessment/unlock', { ...seat, reason: 'Kunci soal PG-03 salah' }, assessor);
    await call(core, 'assessment/correctKey', args, assessor2);
    expect(core.db.prepare('SELECT action, reason FROM key_correction').all()).toEqual([{ action: 'annul', reason: 'Kunci salah ketik' }]);
  });

  it('is not refused by the signed FR.AK.02 of a candidate who never started the test (absent: no paper, nothing answered)', async () => {
    const { core, assessor, seat } = await testTaken(0);
    const absent = core.db
      .prepare('SELECT x.candidate_id AS candidateId, x.assessor_id AS assessorId FROM session_candidate x WHERE x.session_id = ? AND x.candidate_id <> ? AND NOT EXISTS (SELECT 1 FROM attempt t WHERE t.session_id = x.session_id AND t.candidate_id = x.candidate_id) LIMIT 1')
      .get(seat.sessionId, seat.candidateId) as { candidateId: string; assessorId: string };
    const account = core.db.prepare("SELECT id FROM account WHERE username = 'asesor1'").pluck().get() as string;
    core.db
      .prepare("INSERT INTO assessment_signature (form, session_id, assessor_id, candidate_id, signed_at, signed_by) VALUES ('AK.02', ?, ?, ?, '2026-11-10T09:30:00.000Z', ?)")
      .run(seat.sessionId, absent.assessorId, absent.candidateId, account);
    const pg03 = itemOf(core, 'PG-03');
    expect((await call(core, 'assessment/keyCorrections', { sessionId: seat.sessionId }, assessor)).questions.find((q) => q.itemId === pg03)?.signedBy).toEqual([]);
    await call(core, 'assessment/correctKey', { sessionId: seat.sessionId, itemId: pg03, action: 'annul', option: null, reason: 'Kunci salah ketik' }, assessor);
    expect(core.db.prepare('SELECT count(*) FROM key_correction').pluck().get()).toBe(1);
  });

  it("only the session's assessor, where the exam day is held, corrects a key; it is audited in words", async () => {
    const { core, assessor, seat } = await testTaken(0);
    const pg04 = itemOf(core, 'PG-04');
    const args = { sessionId: seat.sessionId, itemId: pg04, action: 'annul' as const, option: null, reason: 'Soal tidak valid' };
    // The LSP admin may read, not correct (core/assessment/key-correction.ts says why).
    const admin = await signInAs(core, 'admin');
    expect((await call(core, 'assessment/keyCorrections', { sessionId: seat.sessionId }, admin)).blocked).toBe('KEY_CORRECTION_NOT_ASSESSOR');
    expect((await failure(core, 'assessment/correctKey', args, admin)).code).toBe('FORBIDDEN');
    const proctor = await signInAs(core, 'proctor');
    expect((await failure(core, 'assessment/correctKey', args, proctor)).code).toBe('FORBIDDEN');
    // An assessor who is not the session's.
    const assessor2 = await signInAs(core, 'assessor2');
    const assessor1Id = core.db.prepare('SELECT assessor_id FROM session_candidate WHERE session_id = ? AND candidate_id = ?').pluck().get(seat.sessionId, seat.candidateId);
    core.db.prepare('UPDATE session_candidate SET assessor_id = ? WHERE session_id = ?').run(assessor1Id, seat.sessionId);
    core.db.prepare('DELETE FROM session_assessor WHERE session_id = ? AND assessor_id <> ?').run(seat.sessionId, assessor1Id);
    expect(await failure(core, 'assessment/correctKey', args, assessor2)).toMatchObject({ code: 'FORBIDDEN', reasons: [{ code: 'KEY_CORRECTION_NOT_ASSESSOR' }] });
    expect((await failure(core, 'assessment/keyCorrections', { sessionId: seat.sessionId }, assessor2)).code).toBe('FORBIDDEN');

    await call(core, 'assessment/correctKey', args, assessor);
    const entry = core.db.prepare("SELECT action, entity, entity_id AS entityId, details FROM audit_log WHERE action = 'assessment.keyCorrected'").get() as AuditEntryView;
    expect(entry).toMatchObject({ entity: 'session', entityId: seat.sessionId });
    expect(JSON.parse(entry.details)).toEqual({ action: 'annul', itemId: pg04, question: 'PG-04', option: null, reason: 'Soal tidak valid' });
    const say = (language: Language) => {
      const i18n = i18next.createInstance();
      void i18n.init({ lng: language, resources, initAsync: false, interpolation: { escapeValue: false } });
      return (key: string, params?: Record<string, string | number>) => i18n.t(key, params);
    };
    expect(auditActionText({ ...entry, candidateName: null }, say('id'))).toBe('Menganulir soal PG-04: tidak dihitung untuk semua asesi sesi ini');
    expect(auditActionText({ ...entry, candidateName: null }, say('en'))).toBe('Annulled question PG-04: it counts for no candidate of this session');
    expect(verifyAudit(core.db).ok).toBe(true);

    // Once the session's results came back from elsewhere (here: whole results imported), it is not corrected here.
    core.db
      .prepare(
        `INSERT INTO bundle_import (bundle_id, kind, source_installation_id, session_id, created_at, imported_at, manifest_sha256, summary)
         VALUES ('b-1', 'results', 'tuk-installation', ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'x', '{}')`,
      )
      .run(seat.sessionId);
    const pg05 = itemOf(core, 'PG-05');
    const elsewhere = await failure(core, 'assessment/correctKey', { ...args, itemId: pg05 }, assessor);
    expect(elsewhere).toMatchObject({ code: 'KEY_CORRECTION_NOT_HERE', messageKey: 'errors.KEY_CORRECTION_NOT_HERE' });
    expect(errorText(elsewhere, 'id')).toContain('TUK');
    expect((await call(core, 'assessment/keyCorrections', { sessionId: seat.sessionId }, assessor)).blocked).toBe('KEY_CORRECTION_NOT_HERE');
  });
});
