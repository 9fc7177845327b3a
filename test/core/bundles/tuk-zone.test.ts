import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { sessionRules } from '../../../electron/core/bundles/kinds/session';
import type { TableRule } from '../../../electron/core/bundles/rules';
import { call, demoSessionId, signInAs } from '../../support/core';
import { exportSessionBundle, lspCore, tukStation, upload } from '../../support/bundles';
import { movableClock } from '../../support/clock';
import { restoreZoneAfterEach } from '../../support/time-zone';
import type { Clock } from '../../../electron/core/clock';

restoreZoneAfterEach();

/**
 * A TUK's time zone (migration 036) reaches its station in the session bundle, so the station states its exam's
 * instants on the TUK's clock. An LSP and its TUKs do not upgrade on the same day: a bundle from an app before it
 * names no zone, and still imports.
 */

/** Runs `write` with the session bundle's tuk entry lacking time_zone, as an earlier app's writer had it. */
async function writtenWithoutZone<T>(write: () => Promise<T>): Promise<T> {
  const rule = sessionRules.find((r) => r.name === 'tuk') as { columns: TableRule['columns'] };
  const columns = rule.columns;
  rule.columns = columns.filter((c) => c !== 'time_zone');
  try {
    return await write();
  } finally {
    rule.columns = columns;
  }
}

async function heldAtTuk(lsp: Core, clock?: Clock): Promise<{ tuk: Core; proctor: string }> {
  const exported = await exportSessionBundle(lsp);
  const tuk = await tukStation(clock ? { clock } : {});
  const proctor = await signInAs(tuk, 'proctor');
  const preview = await call(tuk, 'bundles/preview', { uploadId: upload(tuk, exported.filePath), passphrase: exported.generatedPassphrase ?? undefined, expectKind: 'session' }, proctor);
  await call(tuk, 'bundles/apply', { importId: preview.importId, confirmSigner: preview.signer.fingerprint }, proctor);
  return { tuk, proctor };
}

const zoneHeld = (core: Core) => core.db.prepare('SELECT time_zone FROM tuk').pluck().all();

describe("a TUK's time zone, from the LSP to its station", () => {
  it('travels in the session bundle: the station holds it, and its forms and proctor screens are told it', async () => {
    // The demo plans its session on this computer's date, and proctor/today lists this computer's day: both on
    // the WIB computer the test is about, with the clock standing still, so the session is today at any hour
    // (planned on a UTC computer and listed on a WIB one, it was yesterday's from 17:00 UTC).
    process.env.TZ = 'Asia/Jakarta';
    const clock = movableClock();
    const lsp = await lspCore({ clock });
    lsp.db.prepare("UPDATE tuk SET time_zone = 'WITA'").run();
    const { tuk, proctor } = await heldAtTuk(lsp, clock);
    expect(zoneHeld(tuk)).toEqual(['WITA']);
    const sheet = await call(tuk, 'print/sessionSheet', { sessionId: demoSessionId(tuk) }, proctor);
    expect(sheet.header.tukZone).toBe('WITA');
    const today = await call(tuk, 'proctor/today', {}, proctor);
    expect(today.sessions.map((s) => s.session.tukZone)).toEqual(['WITA']);
    // This computer set to WIB in a WITA TUK: an hour behind, which the proctor's home says.
    expect(today.clockOff).toEqual({ tukZone: 'WITA', aheadMinutes: -60 });
    // Said once, of the station's TUK: the office's check by the sessions' TUKs is not made at a station.
    expect(today.tukClocksOff).toEqual([]);
    process.env.TZ = 'Asia/Makassar';
    expect((await call(tuk, 'proctor/today', {}, proctor)).clockOff).toBeNull();
  });

  it('an LSP before it: the bundle still imports, and its TUK has no zone at the station (its times on the station clock, as before)', async () => {
    const lsp = await lspCore();
    const { tuk, proctor } = await writtenWithoutZone(() => heldAtTuk(lsp));
    expect(zoneHeld(tuk)).toEqual([null]);
    expect((await call(tuk, 'print/sessionSheet', { sessionId: demoSessionId(tuk) }, proctor)).header.tukZone).toBeNull();
    // Nor is its clock judged against a zone the record lacks (this demo station was set up with none).
    process.env.TZ = 'UTC';
    expect((await call(tuk, 'proctor/today', {}, proctor)).clockOff).toBeNull();
  });

  it("an LSP before it, to a station that already held the TUK's zone: the station keeps it", async () => {
    const lsp = await lspCore();
    lsp.db.prepare("UPDATE tuk SET time_zone = 'WIT'").run();
    const { tuk } = await heldAtTuk(lsp);
    const again = await writtenWithoutZone(() => exportSessionBundle(lsp));
    const proctor = await signInAs(tuk, 'proctor');
    const preview = await call(tuk, 'bundles/preview', { uploadId: upload(tuk, again.filePath), passphrase: again.generatedPassphrase ?? undefined, expectKind: 'session' }, proctor);
    await call(tuk, 'bundles/apply', { importId: preview.importId, confirmSigner: preview.signer.fingerprint }, proctor);
    expect(zoneHeld(tuk)).toEqual(['WIT']);
  });
});
