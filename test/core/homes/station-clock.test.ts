import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { call, demoSessionId, signInAs, tempCore } from '../../support/core';
import { exportSessionBundle, TEST_SCRYPT_LOG_N } from '../../support/bundles';
import { inTimeZone } from '../../support/time-zone';

/** 09.00 WIB, 10.00 WITA: the same day in each of the three zones, so the demo's session is today in all. */
const AT = new Date('2026-11-21T02:00:00.000Z');

/** An LSP office (the demo) whose session today is at its TUK, set to WITA. */
async function office(): Promise<{ core: Core; proctor: string; code: string; tukName: string }> {
  const core = await tempCore({ clock: { now: () => AT }, bundleScryptLogN: TEST_SCRYPT_LOG_N });
  const sessionId = demoSessionId(core);
  core.db.prepare("UPDATE tuk SET time_zone = 'WITA' WHERE id = (SELECT tuk_id FROM session WHERE id = ?)").run(sessionId);
  const { code, tukName } = core.db.prepare('SELECT s.code, t.name AS tukName FROM session s JOIN tuk t ON t.id = s.tuk_id WHERE s.id = ?').get(sessionId) as {
    code: string;
    tukName: string;
  };
  return { core, proctor: await signInAs(core, 'proctor'), code, tukName };
}

describe("an LSP office running a session itself, its clock against the session's TUK's zone", () => {
  inTimeZone('Asia/Jakarta');

  it('on WIB for a WITA TUK: an hour behind, the TUK and its session named; on WITA: nothing', async () => {
    const { core, proctor, code, tukName } = await office();
    const today = await call(core, 'proctor/today', {}, proctor);
    expect(today.sessions.map((s) => s.session.code)).toEqual([code]);
    expect(today.tukClocksOff).toEqual([{ tukName, tukZone: 'WITA', aheadMinutes: -60, sessionCodes: [code] }]);
    // The office has no TUK of its own: the station's check says nothing here.
    expect(today.clockOff).toBeNull();
    process.env.TZ = 'Asia/Makassar';
    expect((await call(core, 'proctor/today', {}, proctor)).tukClocksOff).toEqual([]);
  });

  it('says nothing of a session whose bundle it sent to the TUK (the station runs it), nor of a TUK without a zone', async () => {
    const sent = await office();
    await exportSessionBundle(sent.core);
    expect((await call(sent.core, 'proctor/today', {}, sent.proctor)).tukClocksOff).toEqual([]);

    const unknown = await office();
    unknown.core.db.prepare('UPDATE tuk SET time_zone = NULL').run();
    expect((await call(unknown.core, 'proctor/today', {}, unknown.proctor)).tukClocksOff).toEqual([]);
  });
});
