import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/core/api/dispatcher';
import { handlers } from '../../../electron/core/api/handlers';
import { EventBus } from '../../../electron/core/events';
import { systemClock } from '../../../electron/core/clock';
import { GroupCommit } from '../../../electron/core/db/group-commit';
import { NO_ROOM } from '../../../electron/core/room';
import { RateLimiter } from '../../../electron/core/auth/rate-limit';
import { contract, METHOD_NAMES, type MethodName } from '../../../electron/shared/contract';
import { ROLES, type Role } from '../../../electron/shared/roles';
import { errorText } from '../../../electron/shared/i18n/error-text';
import { call, failure, signInAs, signInCandidate, tempCore } from '../../support/core';
import { examDay, storedAnswer } from '../cbt/support';

describe('dispatcher', () => {
  it('gives unknown method, bad arguments, missing sign-in and wrong role their own codes', async () => {
    const core = await tempCore();
    const proctor = await signInAs(core, 'proctor');
    const unknown = await failure(core, 'exam/steal', {}, proctor);
    const badArgs = await failure(core, 'auth/signIn', { username: 'admin' });
    const extraKey = await failure(core, 'proctor/today', { everything: true }, proctor);
    const anonymous = await failure(core, 'proctor/today', {});
    const wrongRole = await failure(core, 'lsp/overview', {}, proctor);
    expect(unknown).toEqual({ code: 'UNKNOWN_METHOD', messageKey: 'errors.UNKNOWN_METHOD', params: { method: 'exam/steal' } });
    expect(badArgs).toEqual({
      code: 'BAD_ARGS',
      messageKey: 'errors.BAD_ARGS',
      params: { method: 'auth/signIn', details: 'password (invalid_type)' },
    });
    expect(extraKey.code).toBe('BAD_ARGS');
    expect(anonymous).toEqual({ code: 'UNAUTHENTICATED', messageKey: 'errors.UNAUTHENTICATED', params: {} });
    expect(wrongRole).toEqual({
      code: 'FORBIDDEN',
      messageKey: 'errors.FORBIDDEN',
      params: { role: 'proctor', method: 'lsp/overview' },
      reasons: [{ code: 'ROLE_ALLOWED', params: { allowed: 'lsp_admin' } }],
    });
  });

  it('says who may, from the method’s roles in the contract, in the installation’s language', async () => {
    const core = await tempCore();
    const assessor = await signInAs(core, 'assessor1');
    const refused = await failure(core, 'accounts/resetPassword', { accountId: crypto.randomUUID(), password: 'x' }, assessor);
    expect(errorText(refused, 'id')).toBe('Peran Anda tidak berhak melakukan tindakan ini. Ini hanya untuk Admin LSP.');
    expect(errorText(refused, 'en')).toBe('Your role may not do this. This is for LSP admin only.');
    const several = await failure(core, 'proctor/today', {}, assessor);
    expect(contract['proctor/today'].access).toEqual({ roles: ['proctor'] });
    expect(errorText(several, 'en')).toBe('Your role may not do this. This is for Proctor only.');
  });

  it('does not treat inherited object keys as methods', async () => {
    const core = await tempCore();
    expect((await failure(core, 'toString', {})).code).toBe('UNKNOWN_METHOD');
    expect((await failure(core, '__proto__', {})).code).toBe('UNKNOWN_METHOD');
  });

  it('checks the role before the arguments, so a stranger learns nothing about a method', async () => {
    const core = await tempCore();
    const candidate = await signInCandidate(core);
    expect((await failure(core, 'accounts/unlock', { wrong: 1 }, candidate)).code).toBe('FORBIDDEN');
  });

  it('enforces every method’s role list for every role', async () => {
    const core = await tempCore();
    const tokens: Record<Role, string> = {
      lsp_admin: await signInAs(core, 'admin'),
      proctor: await signInAs(core, 'proctor'),
      assessor: await signInAs(core, 'assessor1'),
      candidate: await signInCandidate(core),
    };
    const guarded = METHOD_NAMES.filter((m): m is MethodName => !('public' in contract[m].access) && m !== 'auth/signOut');
    for (const method of guarded) {
      const access = contract[method].access;
      for (const role of ROLES) {
        const reply = await core.dispatch(method, {}, tokens[role]);
        const allowed = 'roles' in access && access.roles.includes(role);
        if (allowed) expect(reply.ok || reply.error.code !== 'FORBIDDEN', `${role} → ${method}`).toBe(true);
        else expect(reply.ok ? 'ok' : reply.error.code, `${role} → ${method}`).toBe('FORBIDDEN');
      }
    }
  });

  it('hides internal failures behind INTERNAL with a reference that is logged', async () => {
    const core = await tempCore();
    const logged: string[] = [];
    const broken = { ...handlers, 'app/info': () => { throw new Error('disk on fire'); } };
    const dispatch = createDispatcher({ ...core.context, clock: systemClock, events: new EventBus(), signInLimiter: new RateLimiter(10, 60_000), room: NO_ROOM, commits: new GroupCommit(core.db), version: 'test' }, broken, (e) =>
      logged.push(`${e.ref} ${String(e.error)}`),
    );
    const reply = await dispatch('app/info', {}, null);
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('INTERNAL');
    expect(reply.error.params.ref).toMatch(/^[0-9a-f]{8}$/);
    expect(JSON.stringify(reply)).not.toContain('disk on fire');
    expect(logged).toEqual([`${reply.error.params.ref} Error: disk on fire`]);
  });
});

describe('invalid Unicode at the dispatcher', () => {
  it('refuses a lone surrogate in an essay with INVALID_TEXT and stores nothing; well-formed text reads back exactly', async () => {
    const { core, candidate } = await examDay(0);
    const state = await call(core, 'cbt/agree', { accept: true }, candidate);
    const essay = state.items.find((i) => i.kind === 'essay')!;

    for (const text of ['x\uD800y', 'x\uDC00y', 'ends with \uD83D']) {
      expect(await failure(core, 'cbt/save', { itemId: essay.itemId, seq: 1, choice: null, text, doubtful: false }, candidate)).toEqual({
        code: 'INVALID_TEXT',
        messageKey: 'errors.INVALID_TEXT',
        params: { method: 'cbt/save', field: 'text' },
      });
    }
    expect(storedAnswer(core, essay.itemId)).toBeUndefined();

    const text = 'Jawaban 😀 ĀāḐ\u200d\uFFFD';
    expect((await call(core, 'cbt/save', { itemId: essay.itemId, seq: 1, choice: null, text, doubtful: false }, candidate)).stored).toBe(true);
    const back = (await call(core, 'cbt/state', {}, candidate)).answers.find((a) => a.itemId === essay.itemId);
    expect(back?.text).toBe(text);
  });

  it('checks every string argument of every method, sign-in included', async () => {
    const { core, proctor, seat } = await examDay(0);
    expect((await failure(core, 'auth/signIn', { username: 'admin\uD800', password: 'whatever-pass' })).params).toEqual({ method: 'auth/signIn', field: 'username' });
    expect((await failure(core, 'exam/resetLogin', { ...seat, reason: 'pindah \uDFFF komputer' }, proctor)).params).toEqual({
      method: 'exam/resetLogin',
      field: 'reason',
    });
  });
});
