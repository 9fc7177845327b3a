import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { call, candidateId, demo, demoSessionId, releaseToken, signInAs, staff } from '../../support/core';
import { answeredAtTuk, sessionAtTuk, upload } from '../../support/bundles';
import { ASSESSOR_PASSWORD, decideAsSuggested, scoreAllAchieved } from '../assessment/support';
import { HELD_ON, members } from './support';

describe('results bundle in → review → pleno', () => {
  it('an assessment signed at the TUK arrives at the LSP signed and decidable; the others absent', async () => {
    const { lsp, tuk, proctor, candidate } = await answeredAtTuk();
    const sessionId = demoSessionId(tuk);
    await call(tuk, 'cbt/submit', { confirm: true }, candidate);
    const assessor = await signInAs(tuk, 'assessor1');
    const seat = { sessionId, candidateId: candidateId(tuk, 0) };
    await scoreAllAchieved(tuk, assessor, seat);
    const ws = await decideAsSuggested(tuk, assessor, seat);
    await call(tuk, 'assessment/sign', { ...seat, password: ASSESSOR_PASSWORD.assessor1 }, assessor);
    await call(tuk, 'exam/markAllAbsent', { sessionId, reason: 'Tidak datang sampai sesi selesai' }, proctor);
    const file = (await call(tuk, 'bundles/exportResults', { sessionId, operationId: crypto.randomUUID() }, proctor)).filePath;

    const admin = await signInAs(lsp, 'admin');
    const p = await call(lsp, 'bundles/preview', { uploadId: upload(lsp, file), expectKind: 'results' }, admin);
    await call(lsp, 'bundles/apply', { importId: p.importId, confirmSigner: p.signer.fingerprint }, admin);

    const [listed] = await call(lsp, 'results/sessions', {}, admin);
    expect(listed).toMatchObject({ sessionId, resultsImportedAt: expect.any(String), candidates: 12, absent: 11, blocking: 0, recommendedK: ws.record?.recommendation === 'K' ? 1 : 0 });
    const review = await call(lsp, 'results/review', { sessionId }, admin);
    const first = review.candidates.find((x) => x.candidateId === seat.candidateId)!;
    expect(first).toMatchObject({ attempt: 'submitted', blocksDecision: false, recommendation: ws.record?.recommendation, signature: { signedAt: expect.any(String) } });
    expect(first.evidence.multipleChoice.total).toBe(ws.multipleChoice.items.length);

    const { plenoId } = await call(lsp, 'pleno/create', { pleno: { heldOn: HELD_ON, place: null, sessionIds: [sessionId], members: members(lsp) } }, admin);
    await call(lsp, 'pleno/decide', { plenoId, decisions: [] }, admin);
    const signed = await call(lsp, 'pleno/sign', { plenoId, skNumber: 'SK/010', skDate: HELD_ON, password: staff.admin.password }, admin);
    expect(signed.decisions).toEqual([expect.objectContaining({ candidateId: seat.candidateId, decision: ws.record?.recommendation })]);
  });

  it("the review lists the pauses and resumes a TUK's proctor made, with times and who, from the bundle's audit log", async () => {
    const { lsp, tuk, proctor } = await sessionAtTuk();
    const sessionId = demoSessionId(tuk);
    const token = await releaseToken(tuk);
    const c = demo.people.candidates[0];
    const candidate = (await call(tuk, 'auth/candidateSignIn', { participantNo: c.participantNo, password: c.password, token, deviceId: 'lab-pc-00' })).token;
    await call(tuk, 'cbt/agree', { accept: true }, candidate);
    const seat = { sessionId, candidateId: candidateId(tuk, 0) };
    await call(tuk, 'exam/pause', { ...seat, reason: 'Listrik padam' }, proctor);
    await call(tuk, 'exam/resume', { ...seat, reason: 'Listrik menyala' }, proctor);
    await call(tuk, 'cbt/submit', { confirm: true }, candidate);
    await call(tuk, 'exam/markAllAbsent', { sessionId, reason: 'Tidak datang sampai sesi selesai' }, proctor);
    const file = (await call(tuk, 'bundles/exportResults', { sessionId, operationId: crypto.randomUUID() }, proctor)).filePath;
    const admin = await signInAs(lsp, 'admin');
    const p = await call(lsp, 'bundles/preview', { uploadId: upload(lsp, file), expectKind: 'results' }, admin);
    await call(lsp, 'bundles/apply', { importId: p.importId, confirmSigner: p.signer.fingerprint }, admin);

    const review = await call(lsp, 'results/review', { sessionId }, admin);
    const first = review.candidates.find((x) => x.candidateId === seat.candidateId)!;
    // The TUK's proctor account never reaches the LSP: named by the username the TUK's log recorded for it.
    expect(first.writtenTest?.actions).toEqual([
      { at: expect.any(String), action: 'paused', minutes: null, reason: 'Listrik padam', by: staff.proctor.username },
      { at: expect.any(String), action: 'resumed', minutes: 0, reason: 'Listrik menyala', by: staff.proctor.username },
    ]);
  });
});
