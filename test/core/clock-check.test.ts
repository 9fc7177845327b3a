import { describe, expect, it } from 'vitest';
import { CLOCK_BEHIND_TOLERANCE_MS } from '../../electron/core/clock-check';
import { movableClock } from '../support/clock';
import { call, failure, signInAs, tempCore } from '../support/core';

describe("a computer's clock set back", () => {
  it("is named on today's list once it is behind the latest record by more than the tolerance, not a few minutes", async () => {
    const clock = movableClock(new Date('2026-11-21T01:00:00.000Z'));
    const core = await tempCore({ clock });
    const proctor = await signInAs(core, 'proctor');
    const latest = core.db.prepare('SELECT max(at) FROM audit_log').pluck().get() as string;
    expect((await call(core, 'app/computer', {}, proctor)).clockBehind).toBeNull();

    // A few minutes behind the LSP's or its own last record: a clock that drifts, not a wrong one.
    clock.set(new Date(Date.parse(latest) - CLOCK_BEHIND_TOLERANCE_MS + 60_000));
    expect((await call(core, 'app/computer', {}, proctor)).clockBehind).toBeNull();

    // The CMOS battery gave out: the computer starts in 2020.
    clock.set(new Date('2020-01-01T00:00:00.000Z'));
    expect((await call(core, 'app/computer', {}, proctor)).clockBehind).toEqual({ now: '2020-01-01T00:00:00.000Z', latestSeen: latest, from: 'audit' });
    // What the proctor's list takes for today: the reason to say so.
    expect((await call(core, 'proctor/today', {}, proctor)).date).toBe('2020-01-01');
  });

  it("is said to the LSP admin too, and to no assessor", async () => {
    const clock = movableClock(new Date('2026-11-21T01:00:00.000Z'));
    const core = await tempCore({ clock });
    const admin = await signInAs(core, 'admin');
    const assessor = await signInAs(core, 'assessor1');
    clock.set(new Date('2020-01-01T00:00:00.000Z'));
    expect((await call(core, 'app/computer', {}, admin)).clockBehind?.from).toBe('audit');
    expect((await failure(core, 'app/computer', {}, assessor)).code).toBe('FORBIDDEN');
    expect((await failure(core, 'app/computer', {}, null)).code).toBe('UNAUTHENTICATED');
  });

  it("names the newest imported bundle's creation when the LSP's clock saw a later moment than this computer ever did", async () => {
    const clock = movableClock(new Date('2026-11-21T01:00:00.000Z'));
    const core = await tempCore({ clock });
    const proctor = await signInAs(core, 'proctor');
    // A session bundle made at the LSP two days after this computer's clock, imported here (the row its import writes).
    core.db
      .prepare(
        `INSERT INTO bundle_import (bundle_id, kind, source_installation_id, session_id, created_at, imported_at, manifest_sha256)
         VALUES ('b-late', 'session', 'inst-lsp', NULL, '2026-11-23T03:00:00.000Z', ?, 'x')`,
      )
      .run(clock.now().toISOString());
    expect((await call(core, 'app/computer', {}, proctor)).clockBehind).toEqual({
      now: clock.now().toISOString(),
      latestSeen: '2026-11-23T03:00:00.000Z',
      from: 'bundle',
    });
  });
});
