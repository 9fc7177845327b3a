import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { call, signInAs } from '../support/core';
import { raw, tempServer } from '../support/http';
import { candidateInput, registryCore } from '../core/registry/support';
import { TINY_PNG } from '../core/registry/photo-bytes';

describe('GET /files/attachments/<sha256>', () => {
  it("serves a candidate's photo uploaded through /files/upload to the LSP admin only, as an image that is never sniffed", async () => {
    const core = await registryCore();
    const server = await tempServer({ core });
    const admin = await signInAs(core, 'admin');
    const candidate = await call(core, 'candidates/create', { candidate: candidateInput(1) }, admin);

    const up = await fetch(new URL('/files/upload', server.url), {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/octet-stream' },
      body: TINY_PNG,
    });
    const { result } = (await up.json()) as { result: { uploadId: string } };
    const set = await fetch(new URL('/api/candidates/setPhoto', server.url), {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ candidateId: candidate.id, uploadId: result.uploadId }),
    });
    const sha256 = crypto.createHash('sha256').update(TINY_PNG).digest('hex');
    expect(((await set.json()) as { result: { photoSha256: string } }).result.photoSha256).toBe(sha256);

    const path = `/files/attachments/${sha256}`;
    const photo = await fetch(new URL(path, server.url), { headers: { authorization: `Bearer ${admin}` } });
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/png');
    expect(photo.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    expect(photo.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await photo.arrayBuffer()).equals(TINY_PNG)).toBe(true);

    expect((await raw(server, { path })).status).toBe(401);
    const proctor = await signInAs(core, 'proctor');
    expect((await raw(server, { path, headers: { authorization: `Bearer ${proctor}` } })).status).toBe(403);
    const other = crypto.createHash('sha256').update('another').digest('hex');
    for (const bad of [`/files/attachments/${other}`, '/files/attachments/..%2Fruang-uji.sqlite', '/files/attachments/ABC']) {
      const res = await raw(server, { path: bad, headers: { authorization: `Bearer ${admin}` } });
      expect([bad, res.status, JSON.parse(res.body).error.code]).toEqual([bad, 404, 'NOT_FOUND']);
    }
    expect((await raw(server, { method: 'POST', path, headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/octet-stream' }, body: Buffer.from('x') })).status).toBe(400);

    // Removed from the candidate: the photo is no longer served.
    await call(core, 'candidates/setPhoto', { candidateId: candidate.id, uploadId: null }, admin);
    expect((await raw(server, { path, headers: { authorization: `Bearer ${admin}` } })).status).toBe(404);
  });
});
