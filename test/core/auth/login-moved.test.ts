import { describe, expect, it } from 'vitest';
import { call, failure } from '../../support/core';
import { examDay } from '../cbt/support';

describe('a sign-in ended by the proctor', () => {
  it('says the login moved to another PC after a reset login, and only then', async () => {
    const { core, candidate, proctor, seat } = await examDay(0);
    await call(core, 'exam/resetLogin', { ...seat, reason: 'PC-02 rusak, pindah ke PC-12' }, proctor);
    const moved = await failure(core, 'cbt/state', {}, candidate);
    expect(moved).toMatchObject({ code: 'LOGIN_MOVED', messageKey: 'errors.LOGIN_MOVED' });

    // Signing out (or any other end) is still the plain "sign in again".
    await call(core, 'auth/signOut', {}, proctor);
    expect((await failure(core, 'exam/board', { sessionId: seat.sessionId }, proctor)).code).toBe('UNAUTHENTICATED');
    expect((await failure(core, 'cbt/state', {}, 'tok_never_issued_0000000000')).code).toBe('UNAUTHENTICATED');
  });
});
