import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../electron/core/audit/log';
import type { Core } from '../../../electron/core';
import { auditActionText } from '../../../electron/shared/audit-labels';
import type { AuditEntryView } from '../../../electron/shared/audit-log';
import { OPTION_LETTERS } from '../../../electron/shared/cbt';
import { resources, type Language } from '../../../electron/shared/i18n';
import { errorText } from '../../../electron/shared/i18n/error-text';
import { call, failure, signInAs } from '../../support/core';
import { correctOrdinal } from '../cbt/support';
import { ASSESSOR_PASSWORD, decideAsSuggested, scoreAllAchieved, testTaken } from './support';

const itemOf = (core: Core, ref: string) => core.db.prepare("SELECT id FROM item WHERE ref = ? AND kind = 'multiple_choice'").pluck().get(ref) as string;
const chosen = (core: Core, itemId: string) => core.db.prepare('SELECT choice FROM answer WHERE item_id = ?').pluck().get(itemId) as number;
const say = (language: Language) => {
  const i18n = i18next.createInstance();
  void i18n.init({ lng: language, resources, initAsync: false, interpolation: { escapeValue: false } });
  return (key: string, params?: Record<string, string | number>) => i18n.t(key, params);
};
/** What every reader of the key shows of one candidate: their FR.IA.05 (and its printed notes), the suggestion's evidence, the LSP's review. */
async function readers(core: Core, assessor: string, seat: { sessionId: string; candidateId: string }) {
  const ws = await call(core, 'assessment/workspace', seat, assessor);
  const admin = await signInAs(core, 'admin');
  const review = await call(core, 'results/review', { sessionId: seat.sessionId }, admin);
  return {
    multipleChoice: ws.multipleChoice,
    evidence: ws.units.map((u) => u.reasons),
    review: review.candidates.map((c) => ({ candidateId: c.candidateId, multipleChoice: c.evidence.multipleChoice })),
  };
}

describe('withdrawing a key correction made by mistake', () => {
  it('an annulment withdrawn: every reader of the key reads the bank key again, FR.IA.05 states nothing; the history keeps both', async () => {
    const { core, assessor, seat } = await testTaken(0, ['PG-01']);
    const before = await readers(core, assessor, seat);
    const pg01 = itemOf(core, 'PG-01');
    await call(core, 'assessment/correctKey', { sessionId: seat.sessionId, itemId: pg01, action: 'annul', option: null, reason: 'Salah pilih soal' }, assessor);
    const annulled = await readers(core, assessor, seat);
    expect(annulled.multipleChoice.items.length).toBe(before.multipleChoice.items.length - 1);

    const view = await call(core, 'assessment/withdrawKeyCorrection', { sessionId: seat.sessionId, itemId: pg01, action: 'annul', option: null, reason: 'Yang dianulir seharusnya PG-02' }, assessor);
    expect(view.questions.find((q) => q.itemId === pg01)).toMatchObject({ annulled: false, accepted: [] });
    expect(view.corrections).toEqual([
      expect.objectContaining({
        itemId: pg01,
        action: 'annul',
        reason: 'Salah pilih soal',
        withdrawal: { by: 'Dra. Sri Wahyuningsih, M.Kom.', at: expect.any(String), reason: 'Yang dianulir seharusnya PG-02' },
      }),
    ]);
    // FR.IA.05 (its table, units, the printed notes), the suggestion's evidence and the LSP's counts: as before the correction.
    const after = await readers(core, assessor, seat);
    expect(after).toEqual(before);
    expect(after.multipleChoice.corrections).toEqual([]);
    expect(after.multipleChoice.items.find((i) => i.itemId === pg01)?.achieved).toBe(false);
    const admin = await signInAs(core, 'admin');
    expect((await call(core, 'results/review', { sessionId: seat.sessionId }, admin)).keyCorrections).toEqual([
      expect.objectContaining({ itemId: pg01, action: 'annul', withdrawal: expect.objectContaining({ reason: 'Yang dianulir seharusnya PG-02' }) }),
    ]);

    // Audited in words: who (the entry's actor), when, which question, why.
    const entry = core.db
      .prepare("SELECT action, entity, entity_id AS entityId, details, actor_role AS actorRole, at FROM audit_log WHERE action = 'assessment.keyCorrectionWithdrawn'")
      .get() as AuditEntryView & { actorRole: string; at: string };
    expect(entry).toMatchObject({ entity: 'session', entityId: seat.sessionId, actorRole: 'assessor', at: view.corrections[0].withdrawal?.at });
    expect(JSON.parse(entry.details)).toEqual({
      action: 'annul',
      itemId: pg01,
      question: 'PG-01',
      option: null,
      correctedAt: view.corrections[0].at,
      correctedBy: 'Dra. Sri Wahyuningsih, M.Kom.',
      reason: 'Yang dianulir seharusnya PG-02',
    });
    expect(auditActionText({ ...entry, candidateName: null }, say('id'))).toBe('Menarik anulir soal PG-01: soal ini dihitung lagi untuk semua asesi sesi ini');
    expect(auditActionText({ ...entry, candidateName: null }, say('en'))).toBe('Withdrew the annulment of question PG-01: it counts again for every candidate of this session');
    expect(verifyAudit(core.db).ok).toBe(true);

    // Withdrawn once; the question may be annulled again, and that one counts.
    expect(await failure(core, 'assessment/withdrawKeyCorrection', { sessionId: seat.sessionId, itemId: pg01, action: 'annul', option: null, reason: 'lagi' }, assessor)).toMatchObject({
      code: 'KEY_WITHDRAWAL_NONE',
      params: { question: 'PG-01' },
    });
    await call(core, 'assessment/correctKey', { sessionId: seat.sessionId, itemId: pg01, action: 'annul', option: null, reason: 'Memang tidak valid' }, assessor);
    const again = await readers(core, assessor, seat);
    expect(again.multipleChoice.items.length).toBe(before.multipleChoice.items.length - 1);
    expect(again.multipleChoice.corrections).toEqual([expect.objectContaining({ itemId: pg01, action: 'annul', reason: 'Memang tidak valid' })]);
    // Two corrections of the same kind, made in the same millisecond of this test's clock, stay apart: only the first is withdrawn.
    const history = (await call(core, 'assessment/keyCorrections', { sessionId: seat.sessionId }, assessor)).corrections;
    expect(history.map((c) => [c.reason, c.withdrawal?.reason ?? null])).toEqual([
      ['Salah pilih soal', 'Yang dianulir seharusnya PG-02'],
      ['Memang tidak valid', null],
    ]);
    expect(history[1].at > history[0].at).toBe(true);
  });

  it('an accepted option withdrawn: the answer is missed again and the key printed alone; the other corrections stay', async () => {
    const { core, assessor, seat } = await testTaken(0, ['PG-02', 'PG-03']);
    const before = await readers(core, assessor, seat);
    const [pg02, pg03] = [itemOf(core, 'PG-02'), itemOf(core, 'PG-03')];
    const wrong = chosen(core, pg02);
    expect(wrong).not.toBe(correctOrdinal(core, pg02));
    const args = { sessionId: seat.sessionId, itemId: pg02, action: 'accept' as const, option: wrong, reason: 'Opsi ini juga benar' };
    await call(core, 'assessment/correctKey', args, assessor);
    await call(core, 'assessment/correctKey', { sessionId: seat.sessionId, itemId: pg03, action: 'annul', option: null, reason: 'Soal ambigu' }, assessor);
    expect((await readers(core, assessor, seat)).multipleChoice.items.find((i) => i.itemId === pg02)).toMatchObject({ achieved: true });

    // Named by what it did: another option, or an annulment of the question, is not this correction.
    const other = (wrong + 1) % 4 === correctOrdinal(core, pg02) ? (wrong + 2) % 4 : (wrong + 1) % 4;
    expect((await failure(core, 'assessment/withdrawKeyCorrection', { ...args, option: other }, assessor)).code).toBe('KEY_WITHDRAWAL_NONE');
    expect((await failure(core, 'assessment/withdrawKeyCorrection', { ...args, action: 'annul', option: null }, assessor)).code).toBe('KEY_WITHDRAWAL_NONE');
    const none = await failure(core, 'assessment/withdrawKeyCorrection', { ...args, option: null }, assessor);
    expect(none).toMatchObject({ code: 'KEY_WITHDRAWAL_NONE', messageKey: 'errors.KEY_WITHDRAWAL_NONE' });
    expect(errorText(none, 'id')).toContain('PG-02');
    expect(errorText(none, 'en')).toContain('no such correction in force');

    await call(core, 'assessment/withdrawKeyCorrection', { ...args, reason: 'Opsi itu tetap salah menurut SKKNI' }, assessor);
    const after = await readers(core, assessor, seat);
    const row = after.multipleChoice.items.find((i) => i.itemId === pg02)!;
    expect(row).toEqual(before.multipleChoice.items.find((i) => i.itemId === pg02));
    expect(row).toMatchObject({ achieved: false, key: expect.not.stringContaining('/') });
    // The annulment of PG-03 still applies, and is the only correction FR.IA.05 states.
    expect(after.multipleChoice.items.some((i) => i.itemId === pg03)).toBe(false);
    expect(after.multipleChoice.corrections.map((c) => [c.ref, c.action])).toEqual([['PG-03', 'annul']]);
    const entry = core.db.prepare("SELECT action, details FROM audit_log WHERE action = 'assessment.keyCorrectionWithdrawn'").get() as AuditEntryView;
    expect(auditActionText({ ...entry, candidateName: null }, say('en'))).toBe(`Withdrew the correction of the key of question PG-02: option ${OPTION_LETTERS[wrong]} is no longer accepted as correct`);
    expect(auditActionText({ ...entry, candidateName: null }, say('id'))).toBe(`Menarik ralat kunci soal PG-02: pilihan ${OPTION_LETTERS[wrong]} tidak lagi diterima benar`);
  });

  it('refused where a new correction would be: a signed FR.AK.02 counting the question, elsewhere than the exam day, anyone else', async () => {
    const { core, assessor, seat } = await testTaken(0);
    const pg03 = itemOf(core, 'PG-03');
    const correction = { sessionId: seat.sessionId, itemId: pg03, action: 'annul' as const, option: null, reason: 'Kunci salah ketik' };
    await call(core, 'assessment/correctKey', correction, assessor);
    await scoreAllAchieved(core, assessor, seat);
    await decideAsSuggested(core, assessor, seat);
    await call(core, 'assessment/sign', { ...seat, password: ASSESSOR_PASSWORD.assessor1 }, assessor);
    const args = { ...correction, reason: 'Salah soal' };
    const signed = await failure(core, 'assessment/withdrawKeyCorrection', args, assessor);
    expect(signed).toMatchObject({ code: 'KEY_WITHDRAWAL_SIGNED', messageKey: 'errors.KEY_WITHDRAWAL_SIGNED', params: { question: 'PG-03', count: 1, candidates: 'Muhammad Rizky Pratama' } });
    expect(errorText(signed, 'id')).toContain('belum dapat ditarik');
    expect(errorText(signed, 'en')).toContain('Unlock their FR.AK.02 first');
    expect(core.db.prepare('SELECT count(*) FROM key_correction_withdrawal').pluck().get()).toBe(0);

    // Anyone but the session's assessor: the LSP admin reads only, a proctor is not an assessor, another assessor is not the session's.
    await call(core, 'assessment/unlock', { ...seat, reason: 'Ralat kunci PG-03 keliru' }, assessor);
    const admin = await signInAs(core, 'admin');
    expect(await failure(core, 'assessment/withdrawKeyCorrection', args, admin)).toMatchObject({ code: 'FORBIDDEN' });
    expect((await failure(core, 'assessment/withdrawKeyCorrection', args, await signInAs(core, 'proctor'))).code).toBe('FORBIDDEN');
    const assessor1Id = core.db.prepare('SELECT assessor_id FROM session_candidate WHERE session_id = ? AND candidate_id = ?').pluck().get(seat.sessionId, seat.candidateId);
    core.db.prepare('UPDATE session_candidate SET assessor_id = ? WHERE session_id = ?').run(assessor1Id, seat.sessionId);
    core.db.prepare('DELETE FROM session_assessor WHERE session_id = ? AND assessor_id <> ?').run(seat.sessionId, assessor1Id);
    const notAssessor = await failure(core, 'assessment/withdrawKeyCorrection', args, await signInAs(core, 'assessor2'));
    expect(notAssessor).toMatchObject({ code: 'FORBIDDEN', reasons: [{ code: 'KEY_WITHDRAWAL_NOT_ASSESSOR' }] });
    expect(errorText({ code: 'KEY_WITHDRAWAL_NOT_ASSESSOR', messageKey: 'errors.KEY_WITHDRAWAL_NOT_ASSESSOR', params: {} }, 'en')).toBe(
      "Only this session's assessor can withdraw a correction of its answer key.",
    );

    // Once the session's whole results came from elsewhere, not here either.
    core.db
      .prepare(
        `INSERT INTO bundle_import (bundle_id, kind, source_installation_id, session_id, created_at, imported_at, manifest_sha256, summary)
         VALUES ('b-1', 'results', 'tuk-installation', ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'x', '{}')`,
      )
      .run(seat.sessionId);
    const elsewhere = await failure(core, 'assessment/withdrawKeyCorrection', args, assessor);
    expect(elsewhere).toMatchObject({ code: 'KEY_WITHDRAWAL_NOT_HERE', messageKey: 'errors.KEY_WITHDRAWAL_NOT_HERE' });
    expect(errorText(elsewhere, 'id')).toContain('TUK');
    expect(errorText(elsewhere, 'en')).toContain('withdrawn on the computer where its exam day is held');
    expect(core.db.prepare('SELECT count(*) FROM key_correction_withdrawal').pluck().get()).toBe(0);
    expect((await readers(core, assessor, seat)).multipleChoice.items.some((i) => i.itemId === pg03)).toBe(false);
  });
});
