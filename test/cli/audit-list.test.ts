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

describe('ruang-uji audit list --source', () => {
  it('refuses an installation no log came from, naming those that did, where it listed nothing with exit code 0', async () => {
    const c = await caller();
    await expect(auditList(c, { source: 'b1e0c3f4-tidak-ada' })).rejects.toThrow('tidak ada log yang diterima dari instalasi b1e0c3f4-tidak-ada: belum ada log TUK yang diterima bersama paket hasil');
    c.core.db
      .prepare("INSERT INTO remote_audit_log (source_installation_id, seq, at, actor_account_id, actor_role, action, entity, entity_id, details, prev_hash, hash) VALUES ('tuk-smk-1', 1, '2026-12-01T01:00:00.000Z', NULL, NULL, 'auth.signIn', NULL, NULL, '{}', '', 'h1')")
      .run();
    const refused = auditList(c, { source: 'tuk-smk-2' });
    await expect(refused).rejects.toBeInstanceOf(CliError);
    await expect(refused).rejects.toThrow('tidak ada log yang diterima dari instalasi tuk-smk-2; yang diterima: tuk-smk-1');
    expect(await auditList(c, { source: 'tuk-smk-1', json: true })).toBe(0);
    expect(c.calls.at(-1)).toMatchObject({ method: 'audit/list', args: { source: 'tuk-smk-1' } });
  });
});
