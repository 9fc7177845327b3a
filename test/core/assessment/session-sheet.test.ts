import { describe, expect, it } from 'vitest';
import { call, demo, failure, signInAs } from '../../support/core';
import { testTaken } from './support';

describe('candidate cards and daftar hadir (print/sessionSheet)', () => {
  it('lists every candidate of the session with attendance; the demo prints its public passwords', async () => {
    const { core, seat, proctor } = await testTaken(0);
    const sheet = await call(core, 'print/sessionSheet', { sessionId: seat.sessionId }, proctor);
    expect(sheet.rows.map((r) => r.participantNo)).toEqual(demo.people.candidates.map((c) => c.participantNo));
    expect(sheet.rows.map((r) => r.cardPassword)).toEqual(demo.people.candidates.map((c) => c.password));
    // The one who started the test counts as present; nobody else was checked in.
    expect(sheet.rows.filter((r) => r.attendance === 'present').map((r) => r.candidateId)).toEqual([seat.candidateId]);
    expect(sheet.header.assessorNames).toEqual(demo.people.assessors.map((a) => a.name).sort());
    // Each with the MET number the daftar hadir prints beside their name.
    const byName = [...demo.people.assessors].sort((a, b) => (a.name < b.name ? -1 : 1));
    expect(sheet.header.assessors).toEqual(byName.map((a) => ({ name: a.name, metNumber: a.metNumber })));
  });

  it("carries the LSP's licence number for the forms' header, as the workspace's header does", async () => {
    const { core, seat, proctor, assessor } = await testTaken(0);
    const sheet = await call(core, 'print/sessionSheet', { sessionId: seat.sessionId }, proctor);
    expect(sheet.header.lspLicenceNo).toBe(demo.people.lsp.licenseNo);
    const ws = await call(core, 'assessment/workspace', seat, assessor);
    expect(ws.header.lspLicenceNo).toBe(demo.people.lsp.licenseNo);
  });

  it('never prints a password outside the demo: only hashes are stored', async () => {
    const { core, seat, proctor } = await testTaken(0);
    core.db.prepare("DELETE FROM setting WHERE key = 'demo'").run();
    const sheet = await call(core, 'print/sessionSheet', { sessionId: seat.sessionId }, proctor);
    expect(sheet.rows.every((r) => r.cardPassword === null)).toBe(true);
  });

  it("prints no demo password once the LSP issued the session's passwords again: the issue replaced them", async () => {
    const { core, seat, proctor } = await testTaken(0);
    const admin = await signInAs(core, 'admin');
    await call(core, 'sessions/issuePasswords', { sessionId: seat.sessionId }, admin);
    const sheet = await call(core, 'print/sessionSheet', { sessionId: seat.sessionId }, proctor);
    expect(sheet.rows.every((r) => r.cardPassword === null)).toBe(true);
  });

  it('is for the proctor and LSP staff only', async () => {
    const { core, seat, assessor, candidate } = await testTaken(0);
    expect((await failure(core, 'print/sessionSheet', { sessionId: seat.sessionId }, assessor)).code).toBe('FORBIDDEN');
    expect((await failure(core, 'print/sessionSheet', { sessionId: seat.sessionId }, candidate)).code).toBe('FORBIDDEN');
    const admin = await signInAs(core, 'admin');
    expect((await call(core, 'print/sessionSheet', { sessionId: seat.sessionId }, admin)).rows).toHaveLength(demo.people.candidates.length);
  });
});
