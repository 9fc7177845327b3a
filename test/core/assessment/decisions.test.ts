import { describe, expect, it } from 'vitest';
import { call, failure } from '../../support/core';
import { decideAsSuggested, scoreAllAchieved, testTaken } from './support';

describe('unit decisions and the overall recommendation', () => {
  it('following the suggestion needs no comment; departing from it does', async () => {
    const { core, assessor, seat } = await testTaken(0);
    const ws = await scoreAllAchieved(core, assessor, seat);
    const [first, second] = ws.units;
    let seq = ws.lastSeq;
    const decide = (unitId: string, decision: 'K' | 'BK', comment: string | null) =>
      core.dispatch('assessment/decideUnit', { ...seat, unitId, seq: ++seq, decision, comment, extraEvidence: ['portfolio'] }, assessor);

    const table = [
      { unit: first, decision: 'K' as const, comment: null, ok: true },
      { unit: second, decision: 'BK' as const, comment: null, ok: false },
      { unit: second, decision: 'BK' as const, comment: '   ', ok: false },
      { unit: second, decision: 'BK' as const, comment: 'Demonstrasi tidak meyakinkan pada saat praktik', ok: true },
    ];
    for (const row of table) {
      const reply = await decide(row.unit.unitId, row.decision, row.comment);
      expect(reply.ok, `${row.decision} with comment ${JSON.stringify(row.comment)}`).toBe(row.ok);
      if (!reply.ok) expect(reply.error).toMatchObject({ code: 'DEPARTURE_NEEDS_COMMENT', params: { unit: second.unitCode, suggestion: 'K' } });
    }
    const after = await call(core, 'assessment/workspace', seat, assessor);
    const decided = after.units.find((u) => u.unitId === second.unitId)!.decision!;
    expect(decided).toMatchObject({ decision: 'BK', suggestionAtDecision: 'K', comment: 'Demonstrasi tidak meyakinkan pada saat praktik', extraEvidence: ['portfolio'] });
    const audit = core.db.prepare("SELECT details FROM audit_log WHERE action = 'assessment.unitDecided' ORDER BY seq").pluck().all() as string[];
    expect(audit.map((d) => JSON.parse(d).departs)).toEqual([false, true]);
  });

  it('the overall recommendation can be K only when every unit is decided K', async () => {
    const { core, assessor, seat } = await testTaken(0);
    const ws = await scoreAllAchieved(core, assessor, seat);
    let seq = ws.lastSeq;
    const record = (recommendation: 'K' | 'BK' | null) =>
      core.dispatch('assessment/saveRecord', { ...seat, seq: ++seq, knowledgeConclusion: 'achieved', knowledgeNote: null, recommendation, followUp: null, comment: null }, assessor);

    // No unit decided yet.
    expect(await record('K')).toMatchObject({ ok: false, error: { code: 'RECOMMENDATION_NEEDS_ALL_K' } });
    for (const u of ws.units.slice(1)) {
      await call(core, 'assessment/decideUnit', { ...seat, unitId: u.unitId, seq: ++seq, decision: 'K', comment: null, extraEvidence: [] }, assessor);
    }
    // One unit still undecided.
    expect(await record('K')).toMatchObject({ ok: false, error: { code: 'RECOMMENDATION_NEEDS_ALL_K' } });
    await call(core, 'assessment/decideUnit', { ...seat, unitId: ws.units[0].unitId, seq: ++seq, decision: 'BK', comment: 'Belum menguasai struktur data', extraEvidence: [] }, assessor);
    expect(await record('K')).toMatchObject({ ok: false, error: { code: 'RECOMMENDATION_NEEDS_ALL_K' } });
    expect(await record('BK')).toMatchObject({ ok: true });
    expect((await call(core, 'assessment/workspace', seat, assessor)).allowedRecommendation).toBe('BK');
    await call(core, 'assessment/decideUnit', { ...seat, unitId: ws.units[0].unitId, seq: ++seq, decision: 'K', comment: null, extraEvidence: [] }, assessor);
    expect(await record('K')).toMatchObject({ ok: true });
  });

  it('AK.02 cannot be signed while the recommendation disagrees with the units', async () => {
    const { core, assessor, seat } = await testTaken(0);
    await scoreAllAchieved(core, assessor, seat);
    const ws = await decideAsSuggested(core, assessor, seat);
    expect(ws.record?.recommendation).toBe('K');
    await call(core, 'assessment/saveRecord', { ...seat, seq: ws.lastSeq + 1, knowledgeConclusion: 'achieved', knowledgeNote: null, recommendation: 'BK', followUp: null, comment: null }, assessor);
    expect((await failure(core, 'assessment/sign', { ...seat, password: 'asesor123!' }, assessor)).code).toBe('RECOMMENDATION_MISMATCH');
  });
});
