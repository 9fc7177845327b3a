import { describe, expect, it } from 'vitest';
import { call, failure, signInAs, staff, tempCore } from '../../support/core';
import { movableClock } from '../../support/clock';
import type { Core } from '../../../electron/core';

const TEMP = 'Sementara-2026';

function audits(core: Core, action: string, entityId: string): number {
  return core.db.prepare('SELECT count(*) FROM audit_log WHERE action = ? AND entity_id = ?').pluck().get(action, entityId) as number;
}

describe('staff accounts', () => {
  it('the admin creates a proctor, who must change the temporary password before anything else', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const created = await call(core, 'accounts/create', { role: 'proctor', username: 'budi', displayName: 'Budi Santoso', password: TEMP }, admin);
    expect(created).toMatchObject({ role: 'proctor', username: 'budi', disabled: false, mustChangePassword: true });
    expect(audits(core, 'account.create', created.id)).toBe(1);
    expect((await call(core, 'accounts/list', {}, admin)).map((a) => a.username)).toContain('budi');

    const first = await call(core, 'auth/signIn', { username: 'budi', password: TEMP });
    expect(first.mustChangePassword).toBe(true);
    expect((await failure(core, 'proctor/today', {}, first.token)).code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(await call(core, 'auth/whoami', {}, first.token)).toMatchObject({ username: 'budi' });
    expect((await failure(core, 'auth/changePassword', { currentPassword: TEMP, newPassword: TEMP }, first.token)).code).toBe('PASSWORD_UNCHANGED');
    expect((await failure(core, 'auth/changePassword', { currentPassword: TEMP, newPassword: 'budi12345678' }, first.token)).code).toBe('PASSWORD_WEAK');
    expect((await failure(core, 'auth/changePassword', { currentPassword: 'wrong', newPassword: 'Pilihan-budi-99' }, first.token)).code).toBe('WRONG_PASSWORD');
    await call(core, 'auth/changePassword', { currentPassword: TEMP, newPassword: 'Pilihan-sendiri-99' }, first.token);
    await call(core, 'proctor/today', {}, first.token);
    expect(audits(core, 'auth.changePassword', created.id)).toBe(1);
    const again = await call(core, 'auth/signIn', { username: 'budi', password: 'Pilihan-sendiri-99' });
    expect(again.mustChangePassword).toBeUndefined();
  });

  it('edits, disables (never deletes) and re-enables, each audited; a disabled account cannot sign in and its sign-ins end', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const a = await call(core, 'accounts/create', { role: 'proctor', username: 'citra', displayName: 'Citra', password: TEMP }, admin);
    const edited = await call(core, 'accounts/update', { accountId: a.id, role: 'lsp_admin', displayName: 'Citra Dewi' }, admin);
    expect(edited).toMatchObject({ role: 'lsp_admin', displayName: 'Citra Dewi' });
    expect(audits(core, 'account.update', a.id)).toBe(1);

    const proctor = await signInAs(core, 'proctor');
    const proctorId = (await call(core, 'auth/whoami', {}, proctor)).accountId;
    const off = await call(core, 'accounts/setDisabled', { accountId: proctorId, disabled: true, reason: 'pindah tugas' }, admin);
    expect(off.disabled).toBe(true);
    // Signed in elsewhere, the proctor's next call says why the sign-in ended, not a bare "sign in again".
    expect((await failure(core, 'proctor/today', {}, proctor)).code).toBe('SIGNED_OUT_DISABLED');
    expect((await failure(core, 'auth/signIn', { username: staff.proctor.username, password: staff.proctor.password })).code).toBe('ACCOUNT_DISABLED');
    expect(core.db.prepare('SELECT count(*) FROM account WHERE id = ?').pluck().get(proctorId)).toBe(1);
    await call(core, 'accounts/setDisabled', { accountId: proctorId, disabled: false, reason: 'kembali' }, admin);
    await signInAs(core, 'proctor');
    expect(audits(core, 'account.disable', proctorId)).toBe(1);
    expect(audits(core, 'account.enable', proctorId)).toBe(1);

    const me = (await call(core, 'auth/whoami', {}, admin)).accountId;
    expect((await failure(core, 'accounts/setDisabled', { accountId: me, disabled: true, reason: 'oops' }, admin)).code).toBe('ACCOUNT_SELF');
    expect((await failure(core, 'accounts/update', { accountId: me, role: 'proctor', displayName: 'x' }, admin)).code).toBe('ACCOUNT_SELF');
  });

  it('reset: the old password stops working, open sign-ins end, and the new one must be changed at sign-in', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const proctor = await signInAs(core, 'proctor');
    const proctorId = (await call(core, 'auth/whoami', {}, proctor)).accountId;
    const reset = await call(core, 'accounts/resetPassword', { accountId: proctorId, password: TEMP }, admin);
    expect(reset.mustChangePassword).toBe(true);
    expect(audits(core, 'account.resetPassword', proctorId)).toBe(1);
    expect((await failure(core, 'proctor/today', {}, proctor)).code).toBe('SIGNED_OUT_PASSWORD_RESET');
    expect((await failure(core, 'auth/signIn', { username: staff.proctor.username, password: staff.proctor.password })).code).toBe('BAD_CREDENTIALS');
    const signedIn = await call(core, 'auth/signIn', { username: staff.proctor.username, password: TEMP });
    expect(signedIn.mustChangePassword).toBe(true);
    // Once the new password is chosen, the old sign-in is simply over.
    await call(core, 'auth/changePassword', { currentPassword: TEMP, newPassword: 'Pilihan-sendiri-99' }, signedIn.token);
    expect((await failure(core, 'proctor/today', {}, proctor)).code).toBe('UNAUTHENTICATED');
    expect((await failure(core, 'accounts/resetPassword', { accountId: proctorId, password: 'weak' }, admin)).code).toBe('PASSWORD_WEAK');
  });

  it('an assessor account links to an existing, unlinked assessor record', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const free = core.db.prepare('SELECT id FROM assessor WHERE id NOT IN (SELECT assessor_id FROM account WHERE assessor_id IS NOT NULL)').pluck().get() as string | undefined;
    const taken = core.db.prepare('SELECT assessor_id FROM account WHERE assessor_id IS NOT NULL').pluck().get() as string;
    expect((await failure(core, 'accounts/create', { role: 'assessor', username: 'asr9', displayName: 'A', password: TEMP }, admin)).code).toBe('ASSESSOR_LINK_INVALID');
    expect((await failure(core, 'accounts/create', { role: 'assessor', username: 'asr9', displayName: 'A', password: TEMP, assessorId: taken }, admin)).code).toBe('ASSESSOR_LINK_INVALID');
    expect((await failure(core, 'accounts/create', { role: 'assessor', username: 'asr9', displayName: 'A', password: TEMP, assessorId: 'nope' }, admin)).code).toBe('ASSESSOR_LINK_INVALID');
    if (free) {
      const a = await call(core, 'accounts/create', { role: 'assessor', username: 'asr9', displayName: 'A', password: TEMP, assessorId: free }, admin);
      expect(a.assessorId).toBe(free);
    }
    expect((await failure(core, 'accounts/create', { role: 'proctor', username: staff.proctor.username, displayName: 'dup', password: TEMP }, admin)).code).toBe('USERNAME_TAKEN');
  });

  it('proctors and assessors may not manage accounts', async () => {
    const core = await tempCore();
    for (const who of ['proctor', 'assessor1'] as const) {
      const token = await signInAs(core, who);
      expect((await failure(core, 'accounts/list', {}, token)).code).toBe('FORBIDDEN');
      expect((await failure(core, 'accounts/create', { role: 'proctor', username: 'zzz', displayName: 'Z', password: TEMP }, token)).code).toBe('FORBIDDEN');
      expect((await failure(core, 'accounts/resetPassword', { accountId: 'x', password: TEMP }, token)).code).toBe('FORBIDDEN');
    }
  });
});

describe('a disabled staff account', () => {
  it('says when, by whom and why it was disabled (the latest disable), and nothing once enabled again', async () => {
    const core = await tempCore({ clock: movableClock(new Date('2027-03-01T02:00:00.000Z')) });
    const admin = await signInAs(core, 'admin');
    const adminName = (await call(core, 'auth/whoami', {}, admin)).displayName;
    const proctor = (await call(core, 'accounts/list', {}, admin)).find((a) => a.username === staff.proctor.username)!;
    expect(proctor.disabledNote).toBeNull();

    const off = await call(core, 'accounts/setDisabled', { accountId: proctor.id, disabled: true, reason: 'pindah tugas' }, admin);
    expect(off.disabledNote).toEqual({ at: '2027-03-01T02:00:00.000Z', by: adminName, reason: 'pindah tugas' });
    expect((await call(core, 'accounts/list', {}, admin)).find((a) => a.id === proctor.id)?.disabledNote).toEqual(off.disabledNote);

    expect((await call(core, 'accounts/setDisabled', { accountId: proctor.id, disabled: false, reason: 'kembali bertugas' }, admin)).disabledNote).toBeNull();
    const again = await call(core, 'accounts/setDisabled', { accountId: proctor.id, disabled: true, reason: 'cuti panjang' }, admin);
    expect(again.disabledNote).toMatchObject({ by: adminName, reason: 'cuti panjang' });
  });
});

describe('expired sign-in sessions', () => {
  it('are deleted when the core starts; live ones stay', async () => {
    const core = await tempCore();
    await signInAs(core, 'admin');
    core.db.prepare("INSERT INTO auth_session (token_hash, account_id, created_at, expires_at) SELECT 'old', id, '2020-01-01T00:00:00.000Z', '2020-01-01T14:00:00.000Z' FROM account LIMIT 1").run();
    const dataDir = core.dataDir;
    core.close();
    const again = await tempCore({ dataDir });
    const rows = again.db.prepare('SELECT token_hash FROM auth_session').pluck().all();
    expect(rows).not.toContain('old');
    expect(rows.length).toBe(1);
  });
});
