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

  it('prints no demo password on the card of a candidate given a new card at the TUK: it no longer signs in', async () => {
    const { core, seat, proctor } = await testTaken(0);
    const before = await call(core, 'print/sessionSheet', { sessionId: seat.sessionId }, proctor);
    const lost = before.rows.find((r) => r.candidateId !== seat.candidateId)!;
    await call(core, 'exam/issueCard', { sessionId: seat.sessionId, candidateId: lost.candidateId, reason: 'Kartu peserta hilang' }, proctor);
    const sheet = await call(core, 'print/sessionSheet', { sessionId: seat.sessionId }, proctor);
    expect(sheet.rows.find((r) => r.candidateId === lost.candidateId)?.cardPassword).toBeNull();
    // Everyone else's demo password still signs in.
    const others = demo.people.candidates.filter((c) => c.participantNo !== lost.participantNo);
    expect(sheet.rows.filter((r) => r.candidateId !== lost.candidateId).map((r) => r.cardPassword)).toEqual(others.map((c) => c.password));
  });

  it('is for the proctor and LSP staff only', async () => {
    const { core, seat, assessor, candidate } = await testTaken(0);
    expect((await failure(core, 'print/sessionSheet', { sessionId: seat.sessionId }, assessor)).code).toBe('FORBIDDEN');
    expect((await failure(core, 'print/sessionSheet', { sessionId: seat.sessionId }, candidate)).code).toBe('FORBIDDEN');
    const admin = await signInAs(core, 'admin');
    expect((await call(core, 'print/sessionSheet', { sessionId: seat.sessionId }, admin)).rows).toHaveLength(demo.people.candidates.length);
  });
});
