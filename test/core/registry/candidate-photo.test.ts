import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { blobPath } from '../../../electron/core/attachments/store';
import { storeUpload } from '../../../electron/core/bundles/transfers';
import { PHOTO_MAX_BYTES } from '../../../electron/core/registry/candidate-photo';
import { call, failure, signInAs } from '../../support/core';
import { auditCount, candidateInput, lastAuditDetails, registryCore } from './support';
import { TINY_JPEG, TINY_PNG } from './photo-bytes';

const sha = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');

async function upload(core: Core, bytes: Uint8Array): Promise<string> {
  return (await storeUpload(core.dataDir, Readable.from([Buffer.from(bytes)]))).uploadId;
}

const uploadsLeft = (core: Core) => fs.readdirSync(path.join(core.dataDir, 'transfers', 'uploads'));

/** Everything a refused photo must leave as it was. */
function state(core: Core, candidateId: string) {
  return {
    candidate: core.db.prepare('SELECT * FROM candidate WHERE id = ?').get(candidateId),
    attachments: core.db.prepare('SELECT * FROM attachment ORDER BY id').all(),
    audit: core.db.prepare('SELECT count(*) FROM audit_log').pluck().get(),
  };
}

async function withCandidate() {
  const core = await registryCore();
  const token = await signInAs(core, 'admin');
  const created = await call(core, 'candidates/create', { candidate: candidateInput(1) }, token);
  return { core, token, candidateId: created.id };
}

describe("a candidate's photo", () => {
  it('takes a PNG, replaces it with a JPEG and removes it: stored once by hash, audited before and after, uploads gone', async () => {
    const { core, token, candidateId } = await withCandidate();
    const png = await call(core, 'candidates/setPhoto', { candidateId, uploadId: await upload(core, TINY_PNG) }, token);
    expect(png.photoSha256).toBe(sha(TINY_PNG));
    expect(fs.readFileSync(blobPath(core.dataDir, sha(TINY_PNG))).equals(TINY_PNG)).toBe(true);
    expect(core.db.prepare("SELECT owner_table, owner_id, name, media_type, size FROM attachment WHERE sha256 = ?").get(sha(TINY_PNG))).toEqual({
      owner_table: 'candidate',
      owner_id: candidateId,
      name: 'photo.png',
      media_type: 'image/png',
      size: TINY_PNG.length,
    });
    expect(lastAuditDetails(core, 'candidate.photo.set')).toEqual({ before: { photoSha256: null }, after: { photoSha256: sha(TINY_PNG) } });
    expect(uploadsLeft(core)).toEqual([]);
    expect((await call(core, 'candidates/get', { candidateId }, token)).photoSha256).toBe(sha(TINY_PNG));

    const jpeg = await call(core, 'candidates/setPhoto', { candidateId, uploadId: await upload(core, TINY_JPEG) }, token);
    expect(jpeg.photoSha256).toBe(sha(TINY_JPEG));
    expect(core.db.prepare('SELECT media_type FROM attachment WHERE owner_id = ?').pluck().all(candidateId)).toEqual(['image/jpeg']);
    expect(lastAuditDetails(core, 'candidate.photo.set')).toEqual({ before: { photoSha256: sha(TINY_PNG) }, after: { photoSha256: sha(TINY_JPEG) } });
    // The replaced photo is personal data no row names any more: it leaves the store.
    expect(fs.existsSync(blobPath(core.dataDir, sha(TINY_PNG)))).toBe(false);

    const removed = await call(core, 'candidates/setPhoto', { candidateId, uploadId: null }, token);
    expect(removed.photoSha256).toBeNull();
    expect(core.db.prepare('SELECT count(*) FROM attachment').pluck().get()).toBe(0);
    expect(fs.existsSync(blobPath(core.dataDir, sha(TINY_JPEG)))).toBe(false);
    expect(lastAuditDetails(core, 'candidate.photo.remove')).toEqual({ before: { photoSha256: sha(TINY_JPEG) }, after: { photoSha256: null } });
    expect(uploadsLeft(core)).toEqual([]);
  });

  it('set again to the same photo (or removed when there is none) changes nothing and audits nothing', async () => {
    const { core, token, candidateId } = await withCandidate();
    await call(core, 'candidates/setPhoto', { candidateId, uploadId: null }, token);
    expect(auditCount(core, 'candidate.photo.remove', candidateId)).toBe(0);
    await call(core, 'candidates/setPhoto', { candidateId, uploadId: await upload(core, TINY_PNG) }, token);
    const before = state(core, candidateId);
    const again = await call(core, 'candidates/setPhoto', { candidateId, uploadId: await upload(core, TINY_PNG) }, token);
    expect(again.photoSha256).toBe(sha(TINY_PNG));
    expect(state(core, candidateId)).toEqual(before);
    expect(auditCount(core, 'candidate.photo.set', candidateId)).toBe(1);
    expect(uploadsLeft(core)).toEqual([]);
  });

  it('refuses SVG, GIF, text, an empty file and one over 2 MB with their codes, leaving the database and the store as they were', async () => {
    const { core, token, candidateId } = await withCandidate();
    await call(core, 'candidates/setPhoto', { candidateId, uploadId: await upload(core, TINY_PNG) }, token);
    const before = state(core, candidateId);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const gif = Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(20)]);
    const text = Buffer.from('bukan foto\n');
    // A PNG's first bytes do not let an oversized file through: the size is checked first.
    const big = Buffer.concat([TINY_PNG, Buffer.alloc(PHOTO_MAX_BYTES)]);
    const cases: [string, Buffer, string][] = [
      ['svg', svg, 'PHOTO_NOT_PNG_OR_JPEG'],
      ['gif', gif, 'PHOTO_NOT_PNG_OR_JPEG'],
      ['text', text, 'PHOTO_NOT_PNG_OR_JPEG'],
      ['empty', Buffer.alloc(0), 'PHOTO_NOT_PNG_OR_JPEG'],
      ['big', big, 'PHOTO_TOO_LARGE'],
    ];
    for (const [what, bytes, code] of cases) {
      const error = await failure(core, 'candidates/setPhoto', { candidateId, uploadId: await upload(core, bytes) }, token);
      expect([what, error.code], what).toEqual([what, code]);
      expect(state(core, candidateId), what).toEqual(before);
      expect(uploadsLeft(core), what).toEqual([]);
    }
    const tooBig = await failure(core, 'candidates/setPhoto', { candidateId, uploadId: await upload(core, big) }, token);
    expect(tooBig.params).toEqual({ megabytes: 2 });
    expect(fs.readdirSync(path.join(core.dataDir, 'attachments'), { recursive: true }).filter((n) => String(n).length === 64 + 3)).toEqual([
      path.join(sha(TINY_PNG).slice(0, 2), sha(TINY_PNG)),
    ]);
  });

  it('is for the LSP admin only, and refuses an unknown candidate or upload', async () => {
    const { core, token, candidateId } = await withCandidate();
    const proctor = await signInAs(core, 'proctor');
    const uploadId = await upload(core, TINY_PNG);
    expect((await failure(core, 'candidates/setPhoto', { candidateId, uploadId }, proctor)).code).toBe('FORBIDDEN');
    expect((await failure(core, 'candidates/setPhoto', { candidateId, uploadId }, null)).code).toBe('UNAUTHENTICATED');
    expect((await failure(core, 'candidates/setPhoto', { candidateId: 'no-such-candidate', uploadId }, token)).code).toBe('NOT_FOUND');
    expect((await failure(core, 'candidates/setPhoto', { candidateId, uploadId: crypto.randomUUID() }, token)).code).toBe('NOT_FOUND');
    expect(core.db.prepare('SELECT photo_sha256 FROM candidate WHERE id = ?').pluck().get(candidateId)).toBeNull();
    expect(auditCount(core, 'candidate.photo.set')).toBe(0);
  });

  it('is not changed by the form: create and update keep the recorded photo (none when new), whatever photoSha256 they carry', async () => {
    const { core, token, candidateId } = await withCandidate();
    const stray = 'b'.repeat(64);
    const created = await call(core, 'candidates/create', { candidate: candidateInput(2, { photoSha256: stray }) }, token);
    expect(created.photoSha256).toBeNull();
    await call(core, 'candidates/setPhoto', { candidateId, uploadId: await upload(core, TINY_PNG) }, token);
    const updated = await call(core, 'candidates/update', { candidateId, candidate: candidateInput(1, { name: 'Asesi Baru', photoSha256: stray }) }, token);
    expect([updated.name, updated.photoSha256]).toEqual(['Asesi Baru', sha(TINY_PNG)]);
    // An edit made with the photo as it was before a removal does not bring the hash back either.
    await call(core, 'candidates/setPhoto', { candidateId, uploadId: null }, token);
    const stale = await call(core, 'candidates/update', { candidateId, candidate: candidateInput(1, { name: 'Asesi Lagi', photoSha256: sha(TINY_PNG) }) }, token);
    expect(stale.photoSha256).toBeNull();
  });

  it('leaves the candidate\'s other attachments alone, even one with the same bytes, and keeps their file', async () => {
    const { core, token, candidateId } = await withCandidate();
    core.db
      .prepare("INSERT INTO attachment (id, owner_table, owner_id, name, media_type, sha256, size) VALUES ('port-1', 'candidate', ?, 'portofolio.png', 'image/png', ?, ?)")
      .run(candidateId, sha(TINY_PNG), TINY_PNG.length);
    await call(core, 'candidates/setPhoto', { candidateId, uploadId: await upload(core, TINY_PNG) }, token);
    expect(core.db.prepare('SELECT name FROM attachment WHERE owner_id = ? ORDER BY name').pluck().all(candidateId)).toEqual(['photo.png', 'portofolio.png']);
    await call(core, 'candidates/setPhoto', { candidateId, uploadId: null }, token);
    expect(core.db.prepare('SELECT name FROM attachment WHERE owner_id = ?').pluck().all(candidateId)).toEqual(['portofolio.png']);
    expect(fs.readFileSync(blobPath(core.dataDir, sha(TINY_PNG))).equals(TINY_PNG)).toBe(true);
  });
});
