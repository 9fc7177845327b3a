import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TEST_SCRYPT_LOG_N } from '../../support/bundles';
import { call, demo, demoSessionId, signInAs, tempCore } from '../../support/core';
import { inTimeZone } from '../../support/time-zone';

describe("an exported bundle's file name", () => {
  inTimeZone('Asia/Jakarta');

  it('carries the moment in the installation’s local time, as the screen shows it, sortable', async () => {
    // 23:30 UTC on the 4th is 06.30 WIB on the 5th: the name read "-20261204-233000-" beside a screen saying 06.30.
    const at = new Date('2026-12-04T23:30:00.000Z');
    const lsp = await tempCore({ bundleScryptLogN: TEST_SCRYPT_LOG_N, clock: { now: () => at } });
    const admin = await signInAs(lsp, 'admin');
    const exported = await call(lsp, 'bundles/exportSession', { sessionId: demoSessionId(lsp), operationId: crypto.randomUUID(), to: { generatePassphrase: true } }, admin);
    expect(exported.fileName).toMatch(new RegExp(`^session-${demo.people.session.code}-20261205-063000-[0-9a-f]{6}\\.uji$`));
  });
});
