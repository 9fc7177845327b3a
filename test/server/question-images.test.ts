import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { call, demo, releaseToken, signInAs, tempCore } from '../support/core';
import { raw, tempServer } from '../support/http';
import { mcInput } from '../core/bank/support';
import { TINY_JPEG, TINY_PNG } from '../core/registry/photo-bytes';

const sha = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');

describe("GET /files/attachments/<sha256> for a question's image", () => {
  it('serves a candidate the images of their own paper only; the admin and the session’s assessors all of the scheme’s; a proctor none', async () => {
    const core = await tempCore();
    const server = await tempServer({ core });
    const admin = await signInAs(core, 'admin');
    const schemeId = core.db.prepare('SELECT scheme_id FROM session LIMIT 1').pluck().get() as string;
    const upload = async (bytes: typeof TINY_PNG) => {
      const res = await fetch(new URL('/files/upload', server.url), {
        method: 'POST',
        headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/octet-stream' },
        body: bytes,
      });
      return ((await res.json()) as { result: { uploadId: string } }).result.uploadId;
    };
    const withImage = async (bytes: typeof TINY_PNG, approve: boolean) => {
      const item = (await call(core, 'bank/save', { schemeId, itemId: null, item: mcInput(core, schemeId) }, admin)).item;
      await call(core, 'bank/setImages', { itemId: item.id, images: [{ place: 'stem', files: [{ uploadId: await upload(bytes) }] }] }, admin);
      if (approve) await call(core, 'bank/approve', { itemId: item.id }, admin);
      return item.id;
    };
    await withImage(TINY_PNG, true);
    await withImage(TINY_JPEG, false);

    const token = await releaseToken(core);
    const signIn = async (index: number) => {
      const c = demo.people.candidates[index];
      return (await call(core, 'auth/candidateSignIn', { participantNo: c.participantNo, password: c.password, token, deviceId: `lab-pc-0${index}` })).token;
    };
    const onPaper = await signIn(0);
    const paper = await call(core, 'cbt/agree', { accept: true }, onPaper);
    expect(paper.items.flatMap((i) => i.images?.stem ?? [])).toEqual([sha(TINY_PNG)]);
    const noPaperYet = await signIn(1);

    const get = (bytes: Uint8Array, bearer: string | null) =>
      raw(server, { path: `/files/attachments/${sha(bytes)}`, headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
    const image = await fetch(new URL(`/files/attachments/${sha(TINY_PNG)}`, server.url), { headers: { authorization: `Bearer ${onPaper}` } });
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    expect(image.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await image.arrayBuffer()).equals(TINY_PNG)).toBe(true);
    // The draft's image is on no paper; a candidate without a paper has none.
    expect([(await get(TINY_JPEG, onPaper)).status, JSON.parse((await get(TINY_JPEG, onPaper)).body).error.code]).toEqual([404, 'NOT_FOUND']);
    expect((await get(TINY_PNG, noPaperYet)).status).toBe(404);

    const assessor = await signInAs(core, 'assessor1');
    expect((await get(TINY_PNG, assessor)).status).toBe(200);
    expect((await get(TINY_JPEG, assessor)).status).toBe(404);
    expect((await get(TINY_PNG, admin)).status).toBe(200);
    expect((await get(TINY_JPEG, admin)).status).toBe(200);
    expect((await get(TINY_PNG, await signInAs(core, 'proctor'))).status).toBe(403);
    expect((await get(TINY_PNG, null)).status).toBe(401);
  });
});
