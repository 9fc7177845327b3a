import { describe, expect, it } from 'vitest';
import { upsertCandidates } from '../../../electron/core/registry/candidates';
import { call, failure, signInAs, staff, tempCore } from '../../support/core';
import { movableClock } from '../../support/clock';
import { candidateInput } from './support';

const NOW = new Date('2026-11-20T02:00:00.000Z');

/** A second LSP admin at her own PC, past her first sign-in's password change. */
async function secondAdmin(core: Awaited<ReturnType<typeof tempCore>>, admin: string): Promise<string> {
  await call(core, 'accounts/create', { role: 'lsp_admin', username: 'dewi', displayName: 'Dewi Lestari', password: 'Sementara-2026' }, admin);
  const first = await call(core, 'auth/signIn', { username: 'dewi', password: 'Sementara-2026' });
  await call(core, 'auth/changePassword', { currentPassword: 'Sementara-2026', newPassword: 'Pilihan-sendiri-99' }, first.token);
  return (await call(core, 'auth/signIn', { username: 'dewi', password: 'Pilihan-sendiri-99' })).token;
}

describe('RECORD_CHANGED names who changed the record and when', () => {
  it("names the other admin and the time of her save, from the record's latest audit entry", async () => {
    const clock = movableClock(NOW);
    const core = await tempCore({ clock });
    const rina = await signInAs(core, 'admin');
    const dewi = await secondAdmin(core, rina);
    const created = await call(core, 'candidates/create', { candidate: candidateInput(1) }, rina);
    const openedByRina = await call(core, 'candidates/get', { candidateId: created.id }, rina);
    const openedByDewi = await call(core, 'candidates/get', { candidateId: created.id }, dewi);
    clock.advance(7 * 60_000);
    await call(core, 'candidates/update', { candidateId: created.id, candidate: candidateInput(1, { phone: '081234567001' }), revision: openedByDewi.revision }, dewi);
    const savedAt = new Date(NOW.getTime() + 7 * 60_000).toISOString();
    clock.advance(3 * 60_000);
    const stale = await failure(core, 'candidates/update', { candidateId: created.id, candidate: candidateInput(1, { institution: 'Politeknik Rina' }), revision: openedByRina.revision }, rina);
    // The error's shape is unchanged: code, message key, and the params its message names.
    expect(stale).toEqual({ code: 'RECORD_CHANGED', messageKey: 'errors.RECORD_CHANGED', params: { by: 'Dewi Lestari', at: savedAt } });
  });

  it("names the admin whose spreadsheet import changed it: the import's one entry lists the records it updated", async () => {
    const clock = movableClock(NOW);
    const core = await tempCore({ clock });
    const rina = await signInAs(core, 'admin');
    const created = await call(core, 'candidates/create', { candidate: candidateInput(1) }, rina);
    const opened = await call(core, 'candidates/get', { candidateId: created.id }, rina);
    clock.advance(60_000);
    const principal = await call(core, 'auth/whoami', {}, rina);
    upsertCandidates(core.db, principal, principal.lspId!, [candidateInput(1, { phone: '081234567002' })], clock.now());
    const stale = await failure(core, 'candidates/update', { candidateId: created.id, candidate: candidateInput(1, { institution: 'Politeknik Rina' }), revision: opened.revision }, rina);
    expect(stale.params).toEqual({ by: staff.admin.displayName, at: new Date(NOW.getTime() + 60_000).toISOString() });
  });
});
