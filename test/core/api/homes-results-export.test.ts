import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { exportSessionBundle, TEST_SCRYPT_LOG_N, upload } from '../../support/bundles';
import { movableClock } from '../../support/clock';
import { call, demo, demoSessionId, signInAs, staff, tempCore } from '../../support/core';

// A fixed instant: the demo session is seeded for this day, so nothing depends on the real date or hour.
const NOW = new Date('2027-06-15T02:00:00.000Z');

/** The LSP demo's session imported at a TUK station, both on the same fixed clock. */
async function stationWithSession() {
  const clock = movableClock(NOW);
  const lsp = await tempCore({ clock, bundleScryptLogN: TEST_SCRYPT_LOG_N });
  const tuk = await tempCore({ clock, demoIfEmpty: false, tukStationIfEmpty: true, bundleScryptLogN: TEST_SCRYPT_LOG_N });
  const exported = await exportSessionBundle(lsp);
  const proctor = await signInAs(tuk, 'proctor');
  const preview = await call(tuk, 'bundles/preview', { uploadId: upload(tuk, exported.filePath), passphrase: exported.generatedPassphrase ?? undefined, expectKind: 'session' }, proctor);
  await call(tuk, 'bundles/apply', { importId: preview.importId, confirmSigner: preview.signer.fingerprint }, proctor);
  return { tuk, proctor, clock, sessionId: demoSessionId(lsp) };
}

describe("proctor/today: a closed session's results export", () => {
  it('says when, by whom and for which LSP the whole results were last exported; a lab PC\'s partial export is not that', async () => {
    const { tuk, proctor, clock, sessionId } = await stationWithSession();
    const today = async () => (await call(tuk, 'proctor/today', {}, proctor)).sessions[0];
    await call(tuk, 'exam/startSession', { sessionId }, proctor);
    // Within the staff sign-in's idle limit (2 h without a call): the proctor's console calls far more often.
    clock.advance(90 * 60_000);
    await call(tuk, 'exam/endSession', { sessionId, reason: 'Waktu uji selesai' }, proctor);
    expect((await today()).resultsExport).toBeNull();

    // Another lab PC's share goes to the proctor station to be merged, not to the LSP.
    clock.advance(10 * 60_000);
    await call(tuk, 'bundles/exportResults', { sessionId, operationId: crypto.randomUUID(), partialStation: 'PC-07' }, proctor);
    expect((await today()).resultsExport).toBeNull();

    clock.advance(10 * 60_000);
    const first = new Date(clock.now()).toISOString();
    await call(tuk, 'bundles/exportResults', { sessionId, operationId: crypto.randomUUID() }, proctor);
    expect((await today()).resultsExport).toEqual({ at: first, by: staff.proctor.displayName, lspName: demo.people.lsp.name });

    // Exported again later: the home says the latest.
    clock.advance(30 * 60_000);
    await call(tuk, 'bundles/exportResults', { sessionId, operationId: crypto.randomUUID() }, proctor);
    expect((await today()).resultsExport?.at).toBe(new Date(clock.now()).toISOString());
  });
});
