import { describe, expect, it } from 'vitest';
import { call, staff } from '../../support/core';
import { assessedSession, members } from '../pleno/support';

/*
 * The admin's home lists the sessions from today on with the status sessions/list derives: after the
 * assessors' decisions it follows the rapat pleno and the certificates, as they really happened.
 */
describe("a session's status past the assessors' decisions", () => {
  it('moves on to "decided by the pleno" once a pleno in force decides it, and to "certificates issued" once they are numbered', async () => {
    const { core, admin, proctor, seat } = await assessedSession();
    const { sessionId } = seat;
    await call(core, 'exam/endSession', { sessionId, reason: 'Waktu uji selesai' }, proctor);
    const date = core.db.prepare('SELECT date FROM session WHERE id = ?').pluck().get(sessionId) as string;
    const status = async () => (await call(core, 'sessions/get', { sessionId }, admin)).status;
    const onHome = async () => (await call(core, 'lsp/overview', {}, admin)).upcoming.find((s) => s.id === sessionId)?.status;
    const listed = async (s: 'decided' | 'pleno_decided' | 'certified') => (await call(core, 'sessions/list', { status: s }, admin)).rows.map((r) => r.id);
    expect(await status()).toBe('decided');

    // A pleno planned but not held yet decides nothing.
    const { plenoId } = await call(core, 'pleno/create', { pleno: { heldOn: date, place: 'Ruang rapat LSP', sessionIds: [sessionId], members: members(core) } }, admin);
    expect(await status()).toBe('decided');

    await call(core, 'pleno/decide', { plenoId, decisions: [] }, admin);
    expect(await status()).toBe('pleno_decided');
    await call(core, 'pleno/sign', { plenoId, skNumber: 'SK/001/LSP-DEMO/2026', skDate: date, password: staff.admin.password }, admin);
    expect(await status()).toBe('pleno_decided');
    expect(await listed('pleno_decided')).toEqual([sessionId]);
    expect(await listed('decided')).toEqual([]);

    const issued = await call(core, 'certificates/issue', { plenoId, issuedOn: date }, admin);
    expect(issued.issued).toHaveLength(1);
    expect(await status()).toBe('certified');
    expect(await onHome()).toBe('certified');
    expect(await listed('certified')).toEqual([sessionId]);
    expect(await listed('pleno_decided')).toEqual([]);
  });
});
