import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { createFileTransferHandler } from '../../electron/main/file-transfer';
import { createAppProtocolHandler } from '../../electron/main/protocol';
import { createCoreLink } from '../../electron/main/core-link';
import { call, signInAs, tempCore, tempDir, TEST_PASSWORD_COST } from '../support/core';
import { inProcessCore } from '../support/core-process';
import { candidateInput } from '../core/registry/support';
import { TINY_PNG } from '../core/registry/photo-bytes';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

describe("a candidate's photo on app:// (the desktop window)", () => {
  it('is uploaded and shown through the core process as in browser mode, for the LSP admin only', async () => {
    // The core process runs on the real clock, so the sign-ins must too.
    const core = await tempCore();
    const link = createCoreLink({ spawn: inProcessCore(), start: { dataDir: core.dataDir, demoIfEmpty: false, staticDir: null, passwordCost: TEST_PASSWORD_COST }, os: null });
    onTestFinished(() => link.close());
    await link.ready;
    const dir = path.join(tempDir('ru-main-'), 'renderer');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
    const app = createAppProtocolHandler(dir, createFileTransferHandler(() => link));

    const admin = await signInAs(core, 'admin');
    const candidate = await call(core, 'candidates/create', { candidate: candidateInput(1) }, admin);
    const up = await app(
      new Request('app://ruang-uji/files/upload', { method: 'POST', headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/octet-stream' }, body: TINY_PNG }),
    );
    const { result } = (await up.json()) as { result: { uploadId: string } };
    await call(core, 'candidates/setPhoto', { candidateId: candidate.id, uploadId: result.uploadId }, admin);

    const sha256 = crypto.createHash('sha256').update(TINY_PNG).digest('hex');
    const url = `app://ruang-uji/files/attachments/${sha256}`;
    const photo = await app(new Request(url, { headers: { authorization: `Bearer ${admin}` } }));
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/png');
    expect(photo.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    expect(photo.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await photo.arrayBuffer()).equals(TINY_PNG)).toBe(true);

    expect((await app(new Request(url))).status).toBe(401);
    const proctor = await signInAs(core, 'proctor');
    expect((await app(new Request(url, { headers: { authorization: `Bearer ${proctor}` } }))).status).toBe(403);
    const other = `app://ruang-uji/files/attachments/${'0'.repeat(64)}`;
    expect((await app(new Request(other, { headers: { authorization: `Bearer ${admin}` } }))).status).toBe(404);
  });
});
