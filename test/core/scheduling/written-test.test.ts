import { describe, expect, it } from 'vitest';
import { assembledFor, drawnFor, type StoredWrittenTest } from '../../../electron/core/scheduling/written-test-draw';
import { call, candidateId, demo, failure, signInAs } from '../../support/core';
import { mcInput } from '../bank/support';
import { auditCount } from '../registry/support';
import { create, demoSchemeId, plan, setRules, world, type World } from './support';

/** A session on the demo's scheme (24 multiple-choice and 4 essay questions, all approved) with demo candidates. */
async function demoPlan(w: World, candidates: number[], over: Parameters<typeof plan>[1] = {}) {
  const assessor = await signInAs(w.core, 'assessor1');
  const assessorId = (await call(w.core, 'auth/whoami', {}, assessor)).assessorId!;
  // The demo candidates already sit in today's demo session of this scheme: their second seat is not what these tests are about.
  const settings = await call(w.core, 'sessions/settings', {}, w.admin);
  await call(w.core, 'sessions/setSettings', { settings: { ...settings, candidateSameScheme: false } }, w.admin);
  return plan(w, {
    schemeId: demoSchemeId(w.core),
    assessorIds: [assessorId],
    candidates: candidates.map((i) => ({ candidateId: candidateId(w.core, i), assessorId })),
    ...over,
  });
}

const settingsOf = (w: World, sessionId: string) => w.core.db.prepare('SELECT settings FROM session WHERE id = ?').pluck().get(sessionId) as string;

describe('the written test: a draw per unit or KUK', () => {
  it('is stable for each candidate across re-assembly, differs between candidates, and is drawn anew only when asked', async () => {
    const w = await world({ aplGate: false });
    const s = await create(w, await demoPlan(w, [0, 1, 2, 3]));
    const draw = { mode: 'draw' as const, per: 'unit' as const, count: 2, perCandidate: true };
    const first = await call(w.core, 'sessions/setWrittenTest', { sessionId: s.id, test: draw }, w.admin);
    expect(first.spec).toEqual(draw);
    const ids = s.candidates.map((c) => c.candidateId);
    const tests = (settings: string) => ids.map((id) => [...assembledFor(settings, id)!].sort());
    const before = tests(settingsOf(w, s.id));
    // 8 units, 2 questions each: at most 16 per candidate (a question of two units counts for both).
    for (const t of before) expect(t.length).toBeGreaterThanOrEqual(8);
    expect(new Set(before.map((t) => t.join())).size).toBeGreaterThan(1);

    await call(w.core, 'sessions/setWrittenTest', { sessionId: s.id, test: draw }, w.admin);
    expect(tests(settingsOf(w, s.id))).toEqual(before);
    expect(auditCount(w.core, 'session.writtenTest', s.id)).toBe(1);
    await call(w.core, 'sessions/setWrittenTest', { sessionId: s.id, test: { ...draw, reseed: true } }, w.admin);
    expect(tests(settingsOf(w, s.id))).not.toEqual(before);

    const same = await call(w.core, 'sessions/setWrittenTest', { sessionId: s.id, test: { ...draw, perCandidate: false } }, w.admin);
    expect(new Set(tests(settingsOf(w, s.id)).map((t) => t.join())).size).toBe(1);
    expect(same.units.every((u) => u.min === u.max)).toBe(true);
  });

  it('draws each question of a pool equally often (chi-square over 3,000 candidates, 3 of 10)', () => {
    const pool = Array.from({ length: 10 }, (_, i) => `item-${i}`);
    const test: Extract<StoredWrittenTest, { mode: 'draw' }> = { mode: 'draw', per: 'unit', count: 3, perCandidate: true, seed: 'ab'.repeat(32), pools: [{ key: 'u1', itemIds: pool }], at: '' };
    const counts = new Map(pool.map((id) => [id, 0]));
    for (let c = 0; c < 3000; c++) {
      const drawn = drawnFor(test, `candidate-${c}`);
      expect(drawn.size).toBe(3);
      for (const id of drawn) counts.set(id, counts.get(id)! + 1);
    }
    const expected = (3000 * 3) / 10;
    const chi = [...counts.values()].reduce((sum, n) => sum + (n - expected) ** 2 / expected, 0);
    // 9 degrees of freedom: 27.88 at p = 0.001. The stream is seeded, so the figure is the same every run.
    expect(chi).toBeLessThan(27.88);
    expect(drawnFor(test, 'candidate-7')).toEqual(drawnFor(test, 'candidate-7'));
  });

  it('shows per unit and KUK how many questions each candidate gets, and warns when a KUK loses its written evidence', async () => {
    const w = await world({ aplGate: false });
    const s = await create(w, await demoPlan(w, [0, 1]));
    const all = await call(w.core, 'sessions/writtenTest', { sessionId: s.id }, w.admin);
    expect(all.spec).toEqual({ mode: 'all' });
    expect(all.assembledAt).toBeNull();
    expect(all.units).toHaveLength(8);
    expect(all.candidates.map((c) => [c.multipleChoice, c.essay])).toEqual([
      [demo.instruments.multipleChoice.length, demo.instruments.essay.length],
      [demo.instruments.multipleChoice.length, demo.instruments.essay.length],
    ]);
    expect(all.warnings).toEqual([]);
    const withQuestions = all.units.flatMap((u) => u.kuk).filter((k) => k.available > 0);
    expect(withQuestions.every((k) => k.min === k.available)).toBe(true);

    const one = await call(w.core, 'sessions/setWrittenTest', { sessionId: s.id, test: { mode: 'draw', per: 'unit', count: 1, perCandidate: true } }, w.admin);
    expect(one.units.every((u) => u.available === 0 || u.min >= 1)).toBe(true);
    expect(one.warnings.length).toBeGreaterThan(0);
    expect(one.warnings[0]).toMatchObject({ unitCode: expect.any(String), kukNumber: expect.any(String), candidates: expect.any(Number) });
    const perKuk = await call(w.core, 'sessions/setWrittenTest', { sessionId: s.id, test: { mode: 'draw', per: 'kuk', count: 1, perCandidate: true } }, w.admin);
    expect(perKuk.warnings).toEqual([]);
  });
});

describe('the written test: a fixed list', () => {
  it('takes approved written questions of the session’s scheme version only, and is dropped when the version changes', async () => {
    const w = await world({ aplGate: false });
    const p = await demoPlan(w, [0]);
    const s = await create(w, p);
    const mc = w.core.db.prepare("SELECT id FROM item WHERE scheme_id = ? AND kind = 'multiple_choice' ORDER BY id LIMIT 3").pluck().all(p.schemeId) as string[];
    const oral = w.core.db.prepare("SELECT id FROM item WHERE scheme_id = ? AND kind = 'oral' LIMIT 1").pluck().get(p.schemeId) as string;
    const refused = await failure(w.core, 'sessions/setWrittenTest', { sessionId: s.id, test: { mode: 'fixed', itemIds: [mc[0], oral, mc[0]] } }, w.admin);
    expect(refused.fields).toEqual([
      { field: 'itemIds.1', reason: 'choice' },
      { field: 'itemIds.2', reason: 'duplicate' },
    ]);
    const fixed = await call(w.core, 'sessions/setWrittenTest', { sessionId: s.id, test: { mode: 'fixed', itemIds: mc } }, w.admin);
    expect(fixed.candidates[0]).toMatchObject({ multipleChoice: 3, essay: 0 });
    expect(fixed.warnings.length).toBeGreaterThan(0);

    // The world's own scheme, which its assessors may assess.
    await call(w.core, 'sessions/update', { sessionId: s.id, session: { ...p, schemeId: w.schemeId, assessorIds: [w.assessors[0]], candidates: [] } }, w.admin);
    expect(JSON.parse(settingsOf(w, s.id))).not.toHaveProperty('writtenTest');
    expect(auditCount(w.core, 'session.update', s.id)).toBe(1);
  });
});

describe('an assembled test whose questions leave the approved bank', () => {
  it('names each question it lost (replaced and retired, or retired), which no candidate gets until assembled again', async () => {
    const w = await world({ aplGate: false });
    const p = await demoPlan(w, [0]);
    const s = await create(w, p);
    const mc = w.core.db.prepare("SELECT id FROM item WHERE scheme_id = ? AND kind = 'multiple_choice' ORDER BY id LIMIT 3").pluck().all(p.schemeId) as string[];
    const fixed = await call(w.core, 'sessions/setWrittenTest', { sessionId: s.id, test: { mode: 'fixed', itemIds: mc } }, w.admin);
    expect(fixed.dropped).toEqual([]);

    const old = await call(w.core, 'bank/get', { itemId: mc[1] }, w.admin);
    const saved = await call(w.core, 'bank/save', { schemeId: p.schemeId, itemId: mc[1], item: mcInput(w.core, p.schemeId, { kukIds: old.kuks.map((k) => k.kukId) }) }, w.admin);
    expect(saved.copied).toBe(true);
    const replacement = await call(w.core, 'bank/approve', { itemId: saved.item.id }, w.admin);
    await call(w.core, 'bank/retire', { itemId: mc[2] }, w.admin);
    const retiredRef = (await call(w.core, 'bank/get', { itemId: mc[2] }, w.admin)).ref;

    const after = await call(w.core, 'sessions/writtenTest', { sessionId: s.id }, w.admin);
    expect(after.candidates[0]).toMatchObject({ multipleChoice: 1 });
    expect(after.dropped).toEqual(
      [
        { itemId: mc[1], ref: old.ref, status: 'retired', replacementRef: replacement.ref },
        { itemId: mc[2], ref: retiredRef, status: 'retired', replacementRef: null },
      ].sort((a, b) => a.ref.localeCompare(b.ref)),
    );
  });
});

describe('the written test on the exam day', () => {
  it("gives each candidate's attempt exactly their assembled questions", async () => {
    const w = await world({ aplGate: false });
    // 10:00 today on the fixed clock (09:00): after the demo session, with two of its candidates.
    await setRules(w.core, w.admin, { aplGate: false, tukVerification: false });
    const s = await create(w, await demoPlan(w, [0, 1], { date: '2026-11-20', startTime: '10:00' }));
    await call(w.core, 'sessions/setWrittenTest', { sessionId: s.id, test: { mode: 'draw', per: 'unit', count: 1, perCandidate: true } }, w.admin);
    const proctor = await signInAs(w.core, 'proctor');
    const started = await call(w.core, 'exam/startSession', { sessionId: s.id }, proctor);
    for (const index of [0, 1]) {
      const c = demo.people.candidates[index];
      const token = (await call(w.core, 'auth/candidateSignIn', { participantNo: c.participantNo, password: c.password, token: started.token!, deviceId: `pc-${index}-device` })).token;
      await call(w.core, 'cbt/agree', { accept: true }, token);
      const state = await call(w.core, 'cbt/state', {}, token);
      const expected = assembledFor(settingsOf(w, s.id), candidateId(w.core, index))!;
      expect(expected.size).toBeLessThan(demo.instruments.multipleChoice.length + demo.instruments.essay.length);
      expect(new Set(state.items.map((i) => i.itemId))).toEqual(expected);
    }
  });
});
