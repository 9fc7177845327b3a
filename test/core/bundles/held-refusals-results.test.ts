import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { verifyAudit } from '../../../electron/core/audit/log';
import { call, candidateId, demo, demoSessionId, failure, releaseToken, signInAs, tempCore } from '../../support/core';
import { MINUTE, movableClock } from '../../support/clock';
import { exportSessionBundle, importResults, lspCore, TEST_SCRYPT_LOG_N, upload } from '../../support/bundles';

/** The exam day's sweep at the station: its write joins the next group commit (a turn of the event loop), then that commit's reply. */
async function sweep(core: Core, now: Date): Promise<void> {
  core.examDay.heldRefusals.flush(now);
  for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * The demo session sent to a TUK station with a clock of its own. Candidate 0's PC beats up to the end of the
 * test, the time runs out, and then it sends saves stamped before the deadline: refused as held back while
 * online (ANSWER_HELD_WHILE_ONLINE), over two minutes, so the station writes two entries counting them.
 */
async function refusedAtTuk({ sweepLast = true, exportNow = true } = {}) {
  const lsp = await lspCore();
  const clock = movableClock(new Date());
  const tuk = await tempCore({ demoIfEmpty: false, tukStationIfEmpty: true, bundleScryptLogN: TEST_SCRYPT_LOG_N, clock });
  const exported = await exportSessionBundle(lsp);
  const proctor = await signInAs(tuk, 'proctor');
  const preview = await call(tuk, 'bundles/preview', { uploadId: upload(tuk, exported.filePath), passphrase: exported.generatedPassphrase ?? undefined, expectKind: 'session' }, proctor);
  await call(tuk, 'bundles/apply', { importId: preview.importId, confirmSigner: preview.signer.fingerprint }, proctor);

  const token = await releaseToken(tuk);
  const c = demo.people.candidates[0];
  const candidate = (await call(tuk, 'auth/candidateSignIn', { participantNo: c.participantNo, password: c.password, token, deviceId: 'lab-pc-00' })).token;
  const state = await call(tuk, 'cbt/agree', { accept: true }, candidate);
  const deadline = Date.parse(state.clock!.deadline);
  clock.set(new Date(deadline - 10_000));
  await call(tuk, 'cbt/heartbeat', { focusLost: 0 }, candidate);
  clock.set(new Date(deadline + 300));
  expect((await call(tuk, 'cbt/submit', { confirm: true }, candidate)).submitted?.reason).toBe('timeout');
  const refuse = async (seq: number) => {
    const args = { itemId: state.items[seq % state.items.length].itemId, seq, choice: 1, text: null, doubtful: false, answeredAt: new Date(deadline - 20_000).toISOString() };
    expect((await failure(tuk, 'cbt/save', args, candidate)).code).toBe('ANSWER_HELD_WHILE_ONLINE');
  };
  clock.set(new Date(deadline + MINUTE));
  for (let seq = 1; seq <= 3; seq++) await refuse(seq);
  await sweep(tuk, clock.now());
  clock.advance(MINUTE);
  for (let seq = 4; seq <= 5; seq++) await refuse(seq);
  if (sweepLast) {
    await sweep(tuk, clock.now());
    expect(tuk.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'cbt.heldAnswerRefused'").pluck().get()).toBe(2);
  }

  const seat = { sessionId: demoSessionId(tuk), candidateId: candidateId(tuk, 0) };
  // The proctor signs in again: the morning's sign-in has run out on the station's clock.
  const results = exportNow ? (await call(tuk, 'bundles/exportResults', { sessionId: seat.sessionId, operationId: crypto.randomUUID() }, await signInAs(tuk, 'proctor'))).filePath : '';
  return { lsp, tuk, seat, results, clock };
}

const heldRefusedOnBoard = async (core: Core, seat: { sessionId: string; candidateId: string }) =>
  (await call(core, 'exam/board', { sessionId: seat.sessionId }, await signInAs(core, 'proctor'))).rows.find((r) => r.candidateId === seat.candidateId)?.heldRefused;

describe("late answers refused at a TUK station as held back while online, at the LSP's office", () => {
  it("are counted from the station's log the results bundle brought, as the station counted them", async () => {
    const { lsp, tuk, seat, results } = await refusedAtTuk();
    const atTuk = (await call(tuk, 'assessment/workspace', seat, await signInAs(tuk, 'assessor1'))).attempt;
    expect(atTuk).toMatchObject({ heldRefused: 5 });
    expect(await heldRefusedOnBoard(tuk, seat)).toBe(5);

    await importResults(lsp, results);
    // The station's entries arrive in the received log, not in the LSP's own.
    expect(lsp.db.prepare("SELECT count(*) FROM remote_audit_log WHERE action = 'cbt.heldAnswerRefused'").pluck().get()).toBe(2);
    expect(lsp.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'cbt.heldAnswerRefused'").pluck().get()).toBe(0);
    const atLsp = (await call(lsp, 'assessment/workspace', seat, await signInAs(lsp, 'assessor1'))).attempt;
    expect(atLsp?.heldRefused).toBe(atTuk?.heldRefused);
    expect(await heldRefusedOnBoard(lsp, seat)).toBe(5);
    // The results review the LSP decides from says it too; the candidates who never started say nothing.
    const review = await call(lsp, 'results/review', { sessionId: seat.sessionId }, await signInAs(lsp, 'admin'));
    expect(review.candidates.find((c) => c.candidateId === seat.candidateId)?.writtenTest).toMatchObject({ lateAnswers: 0, heldRefused: 5 });
    for (const other of review.candidates.filter((c) => c.candidateId !== seat.candidateId)) expect(other.writtenTest).toBeNull();

    // A second bundle of the session carries the same entries again: each is counted once.
    const again = (await call(tuk, 'bundles/exportResults', { sessionId: seat.sessionId, operationId: crypto.randomUUID() }, await signInAs(tuk, 'proctor'))).filePath;
    await importResults(lsp, again);
    expect((await call(lsp, 'assessment/workspace', seat, await signInAs(lsp, 'assessor1'))).attempt?.heldRefused).toBe(5);
    expect(verifyAudit(lsp.db).ok).toBe(true);
  });

  it('are all in a results bundle made before the sweep wrote the last of them', async () => {
    // The last two refusals wait on disk for their entry (a minute an attempt); the bundle exported right after
    // the test left them at the station, and the LSP counted 3 where the station would count 5.
    const { lsp, tuk, seat, results } = await refusedAtTuk({ sweepLast: false });
    expect(tuk.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'cbt.heldAnswerRefused'").pluck().get()).toBe(2);
    expect(tuk.db.prepare('SELECT count(*) FROM held_refusal_pending').pluck().get()).toBe(0);
    await importResults(lsp, results);
    expect((await call(lsp, 'assessment/workspace', seat, await signInAs(lsp, 'assessor1'))).attempt?.heldRefused).toBe(5);
    expect(verifyAudit(lsp.db).ok).toBe(true);
  });

  it('are on the board and in the workspace while they wait for their entry, and counted once after it', async () => {
    const { tuk, seat, clock } = await refusedAtTuk({ sweepLast: false, exportNow: false });
    // Refused on the station but not yet swept: two pending, three in the log's one entry.
    expect(tuk.db.prepare('SELECT sum(refused) FROM held_refusal_pending').pluck().get()).toBe(2);
    expect(await heldRefusedOnBoard(tuk, seat)).toBe(5);
    expect((await call(tuk, 'assessment/workspace', seat, await signInAs(tuk, 'assessor1'))).attempt?.heldRefused).toBe(5);
    clock.advance(MINUTE);
    await sweep(tuk, clock.now());
    expect(tuk.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'cbt.heldAnswerRefused'").pluck().get()).toBe(2);
    expect(tuk.db.prepare('SELECT count(*) FROM held_refusal_pending').pluck().get()).toBe(0);
    expect(await heldRefusedOnBoard(tuk, seat)).toBe(5);
  });

  it("count the station's own entries once should its own log come back to it as a received one", async () => {
    const { tuk, seat } = await refusedAtTuk();
    tuk.db
      .prepare(
        `INSERT INTO remote_audit_log (source_installation_id, seq, at, actor_account_id, actor_role, action, entity, entity_id, details, prev_hash, hash)
         SELECT (SELECT installation_id FROM installation_key), seq, at, actor_account_id, actor_role, action, entity, entity_id, details, prev_hash, hash
         FROM audit_log WHERE action = 'cbt.heldAnswerRefused'`,
      )
      .run();
    expect((await call(tuk, 'assessment/workspace', seat, await signInAs(tuk, 'assessor1'))).attempt?.heldRefused).toBe(5);
    expect(await heldRefusedOnBoard(tuk, seat)).toBe(5);
  });
});
