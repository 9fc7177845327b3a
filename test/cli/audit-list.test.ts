import { describe, expect, it } from 'vitest';
import { auditList } from '../../electron/cli/audit-list';
import { CliError } from '../../electron/cli/options';
import type { Caller } from '../../electron/cli/sign-in';
import type { ArgsOf, MethodName } from '../../electron/shared/contract';
import { call, staff, tempCore } from '../support/core';

/** The signed-in caller the command gets, over a real core, keeping each method it calls and its arguments. */
async function caller(): Promise<Caller & { calls: { method: MethodName; args: unknown }[] }> {
  const core = await tempCore();
  const admin = await call(core, 'auth/signIn', { username: staff.admin.username, password: staff.admin.password });
  const calls: { method: MethodName; args: unknown }[] = [];
  return {
    core,
    principal: admin.principal,
    language: 'id',
    calls,
    call: <M extends MethodName>(method: M, args: ArgsOf<M>) => {
      calls.push({ method, args });
      return call(core, method, args, admin.token);
    },
  };
}

describe('ruang-uji audit list, its day flags', () => {
  it.each([
    ['--from', { from: '2026-13-01' }, '2026-13-01'],
    ['--to', { to: '2026-02-30' }, '2026-02-30'],
    ['--from', { from: '1/12/2026' }, '1/12/2026'],
  ] as const)('refuses %s %o naming the flag (the core said only "date …"), before asking the core anything', async (flag, options, value) => {
    const c = await caller();
    const refused = auditList(c, options);
    await expect(refused).rejects.toBeInstanceOf(CliError);
    await expect(refused).rejects.toThrow(`${flag} must be a calendar day as YYYY-MM-DD (got "${value}")`);
    expect(c.calls).toEqual([]);
  });

  it('passes a real day through to the core as given', async () => {
    const c = await caller();
    expect(await auditList(c, { from: '2026-02-28', to: '2026-12-31', json: true })).toBe(0);
    expect(c.calls[0]).toMatchObject({ method: 'audit/list', args: { from: '2026-02-28', to: '2026-12-31' } });
  });
});
