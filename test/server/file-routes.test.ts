import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demo, signInAs, signInCandidate } from '../support/core';
import { exportSessionBundle, lspCore, tukStation } from '../support/bundles';
import { raw, tempServer } from '../support/http';


describe('room server file routes', () => {
  it('uploads a bundle for preview and downloads an export, only for signed-in LSP admins and proctors', async () => {
    const lsp = await lspCore();
    const tuk = await tukStation();
    const lspServer = await tempServer({ core: lsp });
    const tukServer = await tempServer({ core: tuk });
    const exported = await exportSessionBundle(lsp);
    const admin = await signInAs(lsp, 'admin');

    const path = `/files/exports/${exported.fileName}`;
    expect((await raw(lspServer, { path })).status).toBe(401);
    const candidate = await signInCandidate(lsp, 0);
    expect((await raw(lspServer, { path, headers: { authorization: `Bearer ${candidate}` } })).status).toBe(403);
    const dl = await fetch(new URL(path, lspServer.url), { headers: { authorization: `Bearer ${admin}` } });
    expect(dl.status).toBe(200);
    expect(dl.headers.get('content-disposition')).toBe(`attachment; filename="${exported.fileName}"`);
    const bytes = Buffer.from(await dl.arrayBuffer());
    expect(bytes.equals(fs.readFileSync(exported.filePath))).toBe(true);
    for (const bad of ['/files/exports/..%2Fruang-uji.sqlite', '/files/exports/nothing.uji']) {
      expect((await raw(lspServer, { path: bad, headers: { authorization: `Bearer ${admin}` } })).status, bad).toBe(404);
    }
    // A bad percent escape is the caller's mistake (400), not a server fault (500 INTERNAL).
    for (const bad of ['/files/exports/%ZZ.uji', '/files/exports/%E0%A4%A.uji', '/files/exports/%C3.uji', '/files/exports/%']) {
      const res = await raw(lspServer, { path: bad, headers: { authorization: `Bearer ${admin}` } });
      expect([bad, res.status, JSON.parse(res.body).error.code]).toEqual([bad, 400, 'BAD_REQUEST']);
    }

    const proctor = await signInAs(tuk, 'proctor');
    const asForm = await raw(tukServer, { method: 'POST', path: '/files/upload', headers: { authorization: `Bearer ${proctor}`, 'content-type': 'multipart/form-data' }, body: bytes });
    expect(asForm.status).toBe(400);
    const up = await fetch(new URL('/files/upload', tukServer.url), { method: 'POST', headers: { authorization: `Bearer ${proctor}`, 'content-type': 'application/octet-stream' }, body: bytes });
    const { result } = (await up.json()) as { result: { uploadId: string; bytes: number } };
    expect(result.bytes).toBe(bytes.length);
    const preview = await fetch(new URL('/api/bundles/preview', tukServer.url), {
      method: 'POST',
      headers: { authorization: `Bearer ${proctor}`, 'content-type': 'application/json' },
      body: JSON.stringify({ uploadId: result.uploadId, passphrase: exported.generatedPassphrase, expectKind: 'session' }),
    });
    const body = (await preview.json()) as { ok: boolean; result: { session: { code: string } } };
    expect(body.ok).toBe(true);
    expect(body.result.session.code).toBe(demo.people.session.code);
  });
});
