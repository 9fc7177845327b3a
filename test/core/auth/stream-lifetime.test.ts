import { afterEach, describe, expect, it, vi } from 'vitest';
import { SESSION_TTL_MS } from '../../../electron/core/auth/sessions';
import { STREAM_SWEEP_MS } from '../../../electron/core/auth/stream-lifetime';
import type { EventMessage } from '../../../electron/shared/contract';
import { call, signInAs, tempCore } from '../../support/core';
import { movableClock } from '../../support/clock';

afterEach(() => vi.useRealTimers());

describe('push subscriptions live as long as their token', () => {
  it('the core sweep ends an idle subscription once its token expires, and runs onEnd once', async () => {
    // Only the interval timers are faked: the demo seed's scrypt and SQLite stay real.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const clock = movableClock(new Date('2030-03-04T08:00:00+07:00'));
    const core = await tempCore({ clock });
    const admin = await signInAs(core, 'admin');
    const heard: EventMessage[] = [];
    const onEnd = vi.fn();
    core.subscribe(admin, (m) => heard.push(m), onEnd);

    vi.advanceTimersByTime(STREAM_SWEEP_MS);
    expect(onEnd).not.toHaveBeenCalled();
    clock.advance(SESSION_TTL_MS);
    vi.advanceTimersByTime(STREAM_SWEEP_MS);
    expect(onEnd).toHaveBeenCalledTimes(1);
    expect(core.context.events.size).toBe(0);

    core.context.events.emit('accounts/changed', { accountId: 'x', locked: true });
    vi.advanceTimersByTime(3 * STREAM_SWEEP_MS);
    expect(heard).toEqual([]);
    expect(onEnd).toHaveBeenCalledTimes(1);
  });

  it('signing out ends the subscription at once, without waiting for the sweep', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const other = await signInAs(core, 'admin');
    const onEnd = vi.fn();
    const heard: EventMessage[] = [];
    core.subscribe(admin, (m) => heard.push(m), onEnd);
    core.subscribe(other, () => {});
    await call(core, 'auth/signOut', {}, admin);
    expect(onEnd).toHaveBeenCalledTimes(1);
    core.context.events.emit('accounts/changed', { accountId: 'x', locked: true });
    expect(heard).toEqual([]);
    expect(core.context.events.size).toBe(1);
  });

  it('a push never reaches a token that ended between sweeps', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const onEnd = vi.fn();
    const heard: EventMessage[] = [];
    core.subscribe(admin, (m) => heard.push(m), onEnd);
    // Revoked behind the core's back (as a restore or another process would), so no sweep follows.
    core.db.prepare('UPDATE auth_session SET revoked_at = ?').run('2030-01-01T00:00:00.000Z');
    core.context.events.emit('accounts/changed', { accountId: 'x', locked: true });
    expect(heard).toEqual([]);
    expect(onEnd).toHaveBeenCalledTimes(1);
  });
});
