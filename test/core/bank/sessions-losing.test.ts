import { describe, expect, it } from 'vitest';
import { call, candidateId, failure, signInAs } from '../../support/core';
import { create, demoSchemeId, plan, world, type World } from '../scheduling/support';
import { mcInput } from './support';

/** A session on the demo's scheme (its questions all approved) with one demo candidate, a day after another. */
async function demoSession(w: World, startTime: string) {
  const assessor = await signInAs(w.core, 'assessor1');
  const assessorId = (await call(w.core, 'auth/whoami', {}, assessor)).assessorId!;
  const settings = await call(w.core, 'sessions/settings', {}, w.admin);
  await call(w.core, 'sessions/setSettings', { settings: { ...settings, candidateSameScheme: false, aplGate: false } }, w.admin);
  return create(w, plan(w, { schemeId: demoSchemeId(w.core), startTime, assessorIds: [assessorId], candidates: [{ candidateId: candidateId(w.core, 0), assessorId }] }));
}

describe('bank/sessionsLosing', () => {
  it('names the upcoming sessions whose assembled test holds an approved question, or the question a draft would retire on approval', async () => {
    const w = await world();
    const fixed = await demoSession(w, '08:00');
    const drawn = await demoSession(w, '13:00');
    const schemeId = demoSchemeId(w.core);
    const mc = w.core.db.prepare("SELECT id FROM item WHERE scheme_id = ? AND kind = 'multiple_choice' ORDER BY id LIMIT 3").pluck().all(schemeId) as string[];
    await call(w.core, 'sessions/setWrittenTest', { sessionId: fixed.id, test: { mode: 'fixed', itemIds: [mc[0], mc[1]] } }, w.admin);
    await call(w.core, 'sessions/setWrittenTest', { sessionId: drawn.id, test: { mode: 'draw', per: 'unit', count: 1, perCandidate: true } }, w.admin);
    const ref = (id: string) => w.core.db.prepare('SELECT ref FROM item WHERE id = ?').pluck().get(id) as string;
    const codes = async (itemId: string) => (await call(w.core, 'bank/sessionsLosing', { itemId }, w.admin)).sessions.map((s) => s.code);

    // A draw's pools hold every approved question of its unit; the fixed list two of them.
    expect(await codes(mc[1])).toEqual([fixed.code, drawn.code]);
    expect(await call(w.core, 'bank/sessionsLosing', { itemId: mc[1] }, w.admin)).toMatchObject({ ref: ref(mc[1]), sessions: [{ sessionId: fixed.id, date: fixed.date, startTime: '08:00' }, {}] });
    expect(await codes(mc[2])).toEqual([drawn.code]);

    // The edit of a used question is a draft replacing it: approving that draft is what takes mc[1] out.
    const old = await call(w.core, 'bank/get', { itemId: mc[1] }, w.admin);
    const draft = await call(w.core, 'bank/save', { schemeId, itemId: mc[1], item: mcInput(w.core, schemeId, { kukIds: old.kuks.map((k) => k.kukId) }) }, w.admin);
    expect(draft.copied).toBe(true);
    expect(await call(w.core, 'bank/sessionsLosing', { itemId: draft.item.id }, w.admin)).toMatchObject({ ref: ref(mc[1]), sessions: [{ code: fixed.code }, { code: drawn.code }] });

    // A session whose time is over keeps the papers it had: not named.
    w.core.db.prepare("UPDATE session SET date = '2026-11-01' WHERE id = ?").run(drawn.id);
    expect(await codes(mc[1])).toEqual([fixed.code]);

    // Once retired, nothing more is lost; a new draft replacing nothing loses nobody anything.
    await call(w.core, 'bank/approve', { itemId: draft.item.id }, w.admin);
    expect(await call(w.core, 'bank/sessionsLosing', { itemId: mc[1] }, w.admin)).toEqual({ ref: null, sessions: [] });
    expect(await codes(draft.item.id)).toEqual([]);
    const fresh = await call(w.core, 'bank/save', { schemeId, itemId: null, item: mcInput(w.core, schemeId) }, w.admin);
    expect(await call(w.core, 'bank/sessionsLosing', { itemId: fresh.item.id }, w.admin)).toEqual({ ref: null, sessions: [] });
    expect((await failure(w.core, 'bank/sessionsLosing', { itemId: 'nope' }, w.admin)).code).toBe('NOT_FOUND');
  });
});
