import crypto from 'node:crypto';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { attachmentForToken } from '../../../electron/core/attachments/access';
import { blobPath } from '../../../electron/core/attachments/store';
import { storeUpload } from '../../../electron/core/bundles/transfers';
import { call, demo, demoSessionId, releaseToken, signInAs } from '../../support/core';
import { count, exportSessionBundle, lspCore, tukStation, upload } from '../../support/bundles';
import { demoSchemeId, kukId, mcInput, UNIT } from '../bank/support';
import { TINY_JPEG, TINY_PNG } from '../registry/photo-bytes';

const sha = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');
const DRAFT_PNG = Buffer.concat([TINY_PNG, Buffer.from('draft')]);

async function uploadBytes(core: Core, bytes: Uint8Array) {
  return (await storeUpload(core.dataDir, Readable.from([Buffer.from(bytes)]))).uploadId;
}

async function importAtTuk(tuk: Core, lsp: Core) {
  const exported = await exportSessionBundle(lsp);
  const proctor = await signInAs(tuk, 'proctor');
  const preview = await call(tuk, 'bundles/preview', { uploadId: upload(tuk, exported.filePath), passphrase: exported.generatedPassphrase ?? undefined, expectKind: 'session' }, proctor);
  await call(tuk, 'bundles/apply', { importId: preview.importId, confirmSigner: preview.signer.fingerprint }, proctor);
  return preview;
}

const rows = (core: Core, sql: string) => core.db.prepare(sql).all();

describe('the question bank in a session bundle', () => {
  it('carries live questions with every KUK, their images as rows and files, and no draft; a TUK candidate sees the images', async () => {
    const lsp = await lspCore();
    const admin = await signInAs(lsp, 'admin');
    const schemeId = demoSchemeId(lsp);
    const twoKuks = [kukId(lsp, schemeId, UNIT, '1.1'), kukId(lsp, schemeId, UNIT, '2.2')];
    const pictured = (await call(lsp, 'bank/save', { schemeId, itemId: null, item: mcInput(lsp, schemeId, { kukIds: twoKuks }) }, admin)).item;
    await call(
      lsp,
      'bank/setImages',
      {
        itemId: pictured.id,
        images: [
          { place: 'stem', files: [{ uploadId: await uploadBytes(lsp, TINY_PNG) }] },
          { place: 'option:1', files: [{ uploadId: await uploadBytes(lsp, TINY_JPEG) }] },
        ],
      },
      admin,
    );
    await call(lsp, 'bank/approve', { itemId: pictured.id }, admin);
    const draft = (await call(lsp, 'bank/save', { schemeId, itemId: null, item: mcInput(lsp, schemeId) }, admin)).item;
    await call(lsp, 'bank/setImages', { itemId: draft.id, images: [{ place: 'stem', files: [{ uploadId: await uploadBytes(lsp, DRAFT_PNG) }] }] }, admin);

    const tuk = await tukStation();
    const preview = await importAtTuk(tuk, lsp);
    const added = Object.fromEntries(preview.tables.map((t) => [t.table, t.added]));
    expect(added).toMatchObject({ item_image: 2, item_kuk: count(lsp.db, 'item_kuk') - 1 });
    expect(preview.attachments.count).toBe(2);

    const live = "SELECT id, kind, ref, ordinal, kuk_id, status FROM item WHERE status <> 'draft' ORDER BY id";
    expect(rows(tuk, live)).toEqual(rows(lsp, live));
    expect(count(tuk.db, 'item')).toBe(count(lsp.db, 'item') - 1);
    expect(tuk.db.prepare('SELECT * FROM item_kuk WHERE item_id = ? ORDER BY ordinal').all(pictured.id)).toEqual(
      twoKuks.map((k, i) => ({ item_id: pictured.id, kuk_id: k, ordinal: i })),
    );
    expect(rows(tuk, 'SELECT * FROM item_image ORDER BY place')).toEqual(lsp.db.prepare('SELECT * FROM item_image WHERE item_id = ? ORDER BY place').all(pictured.id));
    expect(tuk.db.prepare("SELECT sha256 FROM attachment WHERE owner_table = 'item' ORDER BY sha256").pluck().all()).toEqual([sha(TINY_PNG), sha(TINY_JPEG)].sort());
    expect(fs.readFileSync(blobPath(tuk.dataDir, sha(TINY_PNG))).equals(TINY_PNG)).toBe(true);
    expect(fs.readFileSync(blobPath(tuk.dataDir, sha(TINY_JPEG))).equals(TINY_JPEG)).toBe(true);
    // The draft, its text and its image stay at the LSP; so do who wrote and approved a question.
    expect(fs.existsSync(blobPath(tuk.dataDir, sha(DRAFT_PNG)))).toBe(false);
    expect(tuk.db.prepare('SELECT count(*) FROM item WHERE id = ?').pluck().get(draft.id)).toBe(0);
    expect(tuk.db.prepare('SELECT created_by, approved_by, source_sha256 FROM item WHERE id = ?').all(pictured.id)).toEqual([{ created_by: null, approved_by: null, source_sha256: null }]);

    // On the exam day at the TUK the candidate's paper shows the images, and the candidate may fetch them.
    const token = await releaseToken(tuk);
    const c = demo.people.candidates[0];
    const candidate = (await call(tuk, 'auth/candidateSignIn', { participantNo: c.participantNo, password: c.password, token, deviceId: 'lab-pc-01' })).token;
    const paper = await call(tuk, 'cbt/agree', { accept: true }, candidate);
    expect(paper.items.find((i) => i.itemId === pictured.id)?.images?.stem).toEqual([sha(TINY_PNG)]);
    const file = attachmentForToken({ db: tuk.db, dataDir: tuk.dataDir, clock: tuk.context.clock }, candidate, sha(TINY_PNG));
    expect(file).toMatchObject({ mediaType: 'image/png', size: TINY_PNG.length });

    // Retired at the LSP: the next bundle tells the TUK, whose next papers leave it out.
    await call(lsp, 'bank/retire', { itemId: pictured.id }, admin);
    await importAtTuk(tuk, lsp);
    expect(tuk.db.prepare('SELECT status FROM item WHERE id = ?').pluck().get(pictured.id)).toBe('retired');
    expect(demoSessionId(tuk)).toBe(demoSessionId(lsp));
  });
});
