import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { call, failure, signInAs } from '../../support/core';
import { schemeInput } from '../registry/support';
import { approveApl, demoSchemeId, world } from './support';

/** Every page of a list, by its cursor. */
async function all<T>(page: (cursor: string | null) => Promise<{ rows: T[]; nextCursor: string | null }>): Promise<T[]> {
  const rows: T[] = [];
  for (let cursor: string | null = null, first = true; first || cursor !== null; first = false) {
    const p = await page(cursor);
    rows.push(...p.rows);
    cursor = p.nextCursor;
  }
  return rows;
}

/** What the planner's picker offers: with the APL rule off, every active candidate; with it on, the schedulable ones. */
async function offered(core: Core, admin: string, schemeId: string) {
  const active = await all((cursor) => call(core, 'candidates/list', { active: true, cursor, limit: 100 }, admin));
  const schedulable = await all((cursor) => call(core, 'apl/list', { schemeId, state: 'schedulable', cursor, limit: 100 }, admin));
  return { active: active.map((c) => c.id), schedulable: schedulable.map((c) => c.candidateId) };
}

describe("the planner's count of candidates the APL rule hides (sessions/aplHidden)", () => {
  it('counts the active candidates the picker offers with the rule off and not with it on, never an inactive one', async () => {
    const w = await world();
    // The demo's scheme: its 12 candidates are schedulable (their FR.APL forms done), the world's 12 have no application.
    const schemeId = demoSchemeId(w.core);
    const assessor = await signInAs(w.core, 'assessor1');
    const hidden = () => call(w.core, 'sessions/aplHidden', { schemeId }, w.admin);
    expect(await hidden()).toBe(12);

    // Three of the world's made schedulable: offered under the rule, so no longer hidden.
    for (const c of w.candidates.slice(0, 3)) await approveApl(w.core, w.admin, assessor, c, schemeId);
    expect(await hidden()).toBe(9);

    // Deactivated, a candidate is offered neither way: two without an application leave the count, and two
    // schedulable ones were never in it.
    for (const c of [w.candidates[0], w.candidates[1], w.candidates[5], w.candidates[6]]) await call(w.core, 'candidates/setActive', { candidateId: c, active: false }, w.admin);
    expect(await hidden()).toBe(7);

    // Exactly the active candidates the schedulable list leaves out. That list still holds the two inactive
    // schedulable ones, so the difference of the two lists' lengths (once the count) says 5.
    const lists = await offered(w.core, w.admin, schemeId);
    expect(lists.active.filter((id) => !lists.schedulable.includes(id))).toHaveLength(7);
    expect(lists.active.length - lists.schedulable.length).toBe(5);
  });

  it('judges each scheme version on its own; an unknown scheme is not found', async () => {
    const w = await world();
    // The world's scheme: no one has an application for it, so every active candidate, the demo's and the world's, is hidden.
    expect(await call(w.core, 'sessions/aplHidden', { schemeId: w.schemeId }, w.admin)).toBe(24);
    const other = await call(w.core, 'schemes/create', { scheme: schemeInput({ code: 'SKM-TST-02' }) }, w.admin);
    expect(await call(w.core, 'sessions/aplHidden', { schemeId: other.id }, w.admin)).toBe(24);
    expect((await failure(w.core, 'sessions/aplHidden', { schemeId: '00000000-0000-4000-8000-000000000000' }, w.admin)).code).toBe('NOT_FOUND');
  });
});
