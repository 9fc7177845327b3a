import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { createFileTransferHandler } from '../../electron/main/file-transfer';
import { createAppProtocolHandler } from '../../electron/main/protocol';
import { call, demo, signInAs, signInCandidate, tempDir, TEST_PASSWORD_COST } from '../support/core';
import { inProcessCore } from '../support/core-process';
import { createCoreLink, type CoreLink } from '../../electron/main/core-link';
import type { Core } from '../../electron/core';
import { exportSessionBundle, lspCore, tukStation } from '../support/bundles';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

function rendererDir(): string {
  const dir = path.join(tempDir('ru-main-'), 'renderer');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
  return dir;
}

/** Main's link to a core process on the same data folder as `core` (which the test uses to sign in and check). */
async function linkTo(core: Core): Promise<CoreLink> {
  const link = createCoreLink({ spawn: inProcessCore(), start: { dataDir: core.dataDir, demoIfEmpty: false, staticDir: null, passwordCost: TEST_PASSWORD_COST }, os: null });
  onTestFinished(() => link.close());
  await link.ready;
  return link;
}

describe('bundle files on app:// (the desktop window)', () => {
  it('uploads through the native file picker path and downloads exports, with the bearer token', async () => {
    const lsp = await lspCore();
    const tuk = await tukStation();
    const exported = await exportSessionBundle(lsp);
    const admin = await signInAs(lsp, 'admin');
    const lspLink = await linkTo(lsp);
    const tukLink = await linkTo(tuk);
    const atLsp = createAppProtocolHandler(rendererDir(), createFileTransferHandler(() => lspLink));
    const url = `app://ruang-uji/files/exports/${exported.fileName}`;
    expect((await atLsp(new Request(url))).status).toBe(401);
    const candidate = await signInCandidate(lsp, 0);
    expect((await atLsp(new Request(url, { headers: { authorization: `Bearer ${candidate}` } }))).status).toBe(403);
    const dl = await atLsp(new Request(url, { headers: { authorization: `Bearer ${admin}` } }));
    expect(dl.status).toBe(200);
    const bytes = Buffer.from(await dl.arrayBuffer());
    expect(bytes.equals(fs.readFileSync(exported.filePath))).toBe(true);
    expect((await atLsp(new Request('app://ruang-uji/files/exports/..%2Fruang-uji.sqlite', { headers: { authorization: `Bearer ${admin}` } }))).status).toBe(404);
    const badEscape = await atLsp(new Request('app://ruang-uji/files/exports/%ZZ.uji', { headers: { authorization: `Bearer ${admin}` } }));
    expect([badEscape.status, ((await badEscape.json()) as { error: { code: string } }).error.code]).toEqual([400, 'BAD_REQUEST']);

    const atTuk = createAppProtocolHandler(rendererDir(), createFileTransferHandler(() => tukLink));
    const proctor = await signInAs(tuk, 'proctor');
    const up = await atTuk(
      new Request('app://ruang-uji/files/upload', { method: 'POST', headers: { authorization: `Bearer ${proctor}`, 'content-type': 'application/octet-stream' }, body: bytes }),
    );
    const { result } = (await up.json()) as { result: { uploadId: string; bytes: number } };
    expect(result.bytes).toBe(bytes.length);
    const preview = await call(tuk, 'bundles/preview', { uploadId: result.uploadId, passphrase: exported.generatedPassphrase ?? '', expectKind: 'session' }, proctor);
    expect(preview.session?.code).toBe(demo.people.session.code);
    // The UI itself stays read-only.
    expect((await atTuk(new Request('app://ruang-uji/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});
