import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { blobPath } from '../../../electron/core/attachments/store';
import { checkImage } from '../../../electron/core/bank/images';
import { storeUpload } from '../../../electron/core/bundles/transfers';
import { BANK_IMAGE_MAX_BYTES } from '../../../electron/shared/bank';
import { call, failure } from '../../support/core';
import { TINY_JPEG, TINY_PNG } from '../registry/photo-bytes';
import { auditCount, bankCore, lastAuditDetails, mcInput } from './support';

const sha = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');
const upload = async (core: Core, bytes: Uint8Array) => (await storeUpload(core.dataDir, Readable.from([Buffer.from(bytes)]))).uploadId;
const uploadsLeft = (core: Core) => fs.readdirSync(path.join(core.dataDir, 'transfers', 'uploads'));
const SVG = Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

/** What a refused image call must leave as it was. */
const state = (core: Core) => ({
  items: core.db.prepare('SELECT * FROM item ORDER BY id').all(),
  images: core.db.prepare('SELECT * FROM item_image ORDER BY item_id, place, ordinal').all(),
  attachments: core.db.prepare('SELECT * FROM attachment ORDER BY id').all(),
  audit: core.db.prepare('SELECT count(*) FROM audit_log').pluck().get(),
});

describe('bank/setImages', () => {
  it('stores each image once by hash, shared by places and questions, with one attachment row per question; keeps images by hash', async () => {
    const { core, admin, scheme } = await bankCore();
    const item = (await call(core, 'bank/save', { schemeId: scheme.id, itemId: null, item: mcInput(core, scheme.id) }, admin)).item;
    const saved = await call(
      core,
      'bank/setImages',
      {
        itemId: item.id,
        images: [
          { place: 'stem', files: [{ uploadId: await upload(core, TINY_PNG) }, { uploadId: await upload(core, TINY_JPEG) }] },
          { place: 'option:1', files: [{ uploadId: await upload(core, TINY_PNG) }] },
        ],
      },
      admin,
    );
    expect(saved.copied).toBe(false);
    expect(saved.item.stemImages).toEqual([sha(TINY_PNG), sha(TINY_JPEG)]);
    expect(saved.item.options.map((o) => o.images)).toEqual([[], [sha(TINY_PNG)], []]);
    expect(saved.item.imageCount).toBe(3);
    expect(fs.readFileSync(blobPath(core.dataDir, sha(TINY_PNG))).equals(TINY_PNG)).toBe(true);
    expect(core.db.prepare("SELECT media_type, count(*) AS n FROM attachment WHERE owner_table = 'item' AND owner_id = ? GROUP BY sha256 ORDER BY media_type").all(item.id)).toEqual([
      { media_type: 'image/jpeg', n: 1 },
      { media_type: 'image/png', n: 1 },
    ]);
    expect(uploadsLeft(core)).toEqual([]);
    expect(lastAuditDetails(core, 'bank.item.images')).toEqual({
      before: { status: 'draft', images: {} },
      after: { status: 'draft', images: { 'option:1': [sha(TINY_PNG)], stem: [sha(TINY_PNG), sha(TINY_JPEG)] } },
    });

    // The same picture on another question: the store still holds one file.
    const other = (await call(core, 'bank/save', { schemeId: scheme.id, itemId: null, item: mcInput(core, scheme.id) }, admin)).item;
    await call(core, 'bank/setImages', { itemId: other.id, images: [{ place: 'stem', files: [{ uploadId: await upload(core, TINY_PNG) }] }] }, admin);
    expect(fs.readdirSync(path.dirname(blobPath(core.dataDir, sha(TINY_PNG)))).filter((f) => f === sha(TINY_PNG))).toHaveLength(1);

    // Reorder by hash, drop the option's: no upload needed, the unused attachment row goes.
    const kept = await call(core, 'bank/setImages', { itemId: item.id, images: [{ place: 'stem', files: [{ sha256: sha(TINY_JPEG) }] }, { place: 'option:1', files: [] }] }, admin);
    expect(kept.item.stemImages).toEqual([sha(TINY_JPEG)]);
    expect(kept.item.options[1].images).toEqual([]);
    expect(core.db.prepare("SELECT sha256 FROM attachment WHERE owner_table = 'item' AND owner_id = ?").pluck().all(item.id)).toEqual([sha(TINY_JPEG)]);
    // The PNG is still another question's: it stays in the store.
    expect(fs.existsSync(blobPath(core.dataDir, sha(TINY_PNG)))).toBe(true);
    // The same again writes nothing.
    const audits = auditCount(core, 'bank.item.images');
    await call(core, 'bank/setImages', { itemId: item.id, images: [{ place: 'stem', files: [{ sha256: sha(TINY_JPEG) }] }] }, admin);
    expect(auditCount(core, 'bank.item.images')).toBe(audits);
  });

  it('refuses an SVG with its own code, anything else not PNG or JPEG, too large, too many, unknown hashes and places, leaving everything as it was', async () => {
    const { core, admin, scheme } = await bankCore();
    const item = (await call(core, 'bank/save', { schemeId: scheme.id, itemId: null, item: mcInput(core, scheme.id) }, admin)).item;
    const before = state(core);
    const one = async (place: 'stem' | 'option:3', bytes: Uint8Array) =>
      (await failure(core, 'bank/setImages', { itemId: item.id, images: [{ place, files: [{ uploadId: await upload(core, bytes) }] }] }, admin)).code;
    expect(await one('stem', SVG)).toBe('BANK_IMAGE_SVG');
    expect(await one('stem', Buffer.from('\uFEFF  <svg viewBox="0 0 1 1"></svg>'))).toBe('BANK_IMAGE_SVG');
    expect(await one('stem', Buffer.from('GIF89a....'))).toBe('BANK_IMAGE_NOT_PNG_OR_JPEG');
    expect(await one('stem', Buffer.concat([TINY_PNG, Buffer.alloc(BANK_IMAGE_MAX_BYTES)]))).toBe('BANK_IMAGE_TOO_LARGE');
    // The item has three options: D does not exist.
    expect(await one('option:3', TINY_PNG)).toBe('BANK_IMAGE_UNKNOWN');
    const five = await Promise.all([1, 2, 3, 4, 5].map(() => upload(core, TINY_PNG)));
    expect(await failure(core, 'bank/setImages', { itemId: item.id, images: [{ place: 'stem', files: five.map((uploadId) => ({ uploadId })) }] }, admin)).toMatchObject({
      code: 'BANK_IMAGE_TOO_MANY',
      params: { max: 4 },
    });
    expect((await failure(core, 'bank/setImages', { itemId: item.id, images: [{ place: 'stem', files: [{ sha256: 'a'.repeat(64) }] }] }, admin)).code).toBe('BANK_IMAGE_UNKNOWN');
    expect(state(core)).toEqual(before);
    expect(uploadsLeft(core)).toEqual([]);
    expect(fs.existsSync(blobPath(core.dataDir, sha(SVG)))).toBe(false);
    expect(() => checkImage(SVG)).toThrow(/BANK_IMAGE_SVG/);
  });

  it('on a used question makes a replacing draft that carries the old images and the new ones', async () => {
    const { core, admin, frozen } = await bankCore();
    const id = core.db.prepare("SELECT id FROM item WHERE scheme_id = ? AND ref = 'PG-03'").pluck().get(frozen) as string;
    const saved = await call(core, 'bank/setImages', { itemId: id, images: [{ place: 'option:0', files: [{ uploadId: await upload(core, TINY_JPEG) }] }] }, admin);
    expect(saved).toMatchObject({ copied: true, item: { status: 'draft', replacesId: id, ref: 'PG-03' } });
    expect(saved.item.options[0].images).toEqual([sha(TINY_JPEG)]);
    expect((await call(core, 'bank/get', { itemId: id }, admin)).imageCount).toBe(0);
  });

  it("moves the stem's [gambar N] lines with its pictures, dropping a removed picture's line", async () => {
    const { core, admin, scheme } = await bankCore();
    const prompt = { id: 'Perhatikan:\n[gambar 1]\nlalu\n[gambar 2]\nApa bedanya?', en: 'Look:\n[image 1]\nthen\n[image 2]\nWhat differs?' };
    const item = (await call(core, 'bank/save', { schemeId: scheme.id, itemId: null, item: mcInput(core, scheme.id, { prompt }) }, admin)).item;
    const both = [{ uploadId: await upload(core, TINY_PNG) }, { uploadId: await upload(core, TINY_JPEG) }];
    await call(core, 'bank/setImages', { itemId: item.id, images: [{ place: 'stem', files: both }] }, admin);
    // Adding pictures moves no line.
    expect((await call(core, 'bank/get', { itemId: item.id }, admin)).prompt).toEqual(prompt);

    const removed = await call(core, 'bank/setImages', { itemId: item.id, images: [{ place: 'stem', files: [{ sha256: sha(TINY_JPEG) }] }] }, admin);
    const moved = { id: 'Perhatikan:\nlalu\n[gambar 1]\nApa bedanya?', en: 'Look:\nthen\n[image 1]\nWhat differs?' };
    expect(removed.item.prompt).toEqual(moved);
    expect(lastAuditDetails(core, 'bank.item.images')).toEqual({
      before: { status: 'draft', images: { stem: [sha(TINY_PNG), sha(TINY_JPEG)] }, prompt },
      after: { status: 'draft', images: { stem: [sha(TINY_JPEG)] }, prompt: moved },
    });
  });

  it("copies a used question's images into the new draft an edit makes, its picture lines following a removed picture", async () => {
    const { core, admin, scheme, frozen } = await bankCore();
    // A used question with two stem pictures (given as a draft's, before it was used).
    const draft = (await call(core, 'bank/save', { schemeId: scheme.id, itemId: null, item: mcInput(core, scheme.id) }, admin)).item;
    await call(core, 'bank/setImages', { itemId: draft.id, images: [{ place: 'stem', files: [{ uploadId: await upload(core, TINY_PNG) }, { uploadId: await upload(core, TINY_JPEG) }] }] }, admin);
    const usedId = core.db.prepare("SELECT id FROM item WHERE scheme_id = ? AND ref = 'PG-03'").pluck().get(frozen) as string;
    core.db.prepare("UPDATE item SET prompt_id = 'Lihat:\n[gambar 1]\nlalu\n[gambar 2]\nJawab.' WHERE id = ?").run(usedId);
    core.db.prepare('INSERT INTO item_image (item_id, place, ordinal, sha256) SELECT ?, place, ordinal, sha256 FROM item_image WHERE item_id = ?').run(usedId, draft.id);
    core.db
      .prepare("INSERT INTO attachment (id, owner_table, owner_id, name, media_type, sha256, size) SELECT id || '-used', 'item', ?, name, media_type, sha256, size FROM attachment WHERE owner_table = 'item' AND owner_id = ?")
      .run(usedId, draft.id);

    // A text edit: the new draft has both pictures, the used question keeps its own.
    const edited = await call(core, 'bank/save', { schemeId: frozen, itemId: usedId, item: mcInput(core, frozen, { prompt: { id: 'Lihat:\n[gambar 1]\nlalu\n[gambar 2]\nJawab!', en: null } }) }, admin);
    expect(edited).toMatchObject({ copied: true, item: { replacesId: usedId, stemImages: [sha(TINY_PNG), sha(TINY_JPEG)] } });

    // A picture removed from the used question (a second draft, as the first is not used): its lines follow.
    core.db.prepare('DELETE FROM item WHERE id = ?').run(edited.item.id);
    const removed = await call(core, 'bank/setImages', { itemId: usedId, images: [{ place: 'stem', files: [{ sha256: sha(TINY_JPEG) }] }] }, admin);
    expect(removed).toMatchObject({ copied: true, item: { replacesId: usedId, stemImages: [sha(TINY_JPEG)], prompt: { id: 'Lihat:\nlalu\n[gambar 1]\nJawab.' } } });
    const used = await call(core, 'bank/get', { itemId: usedId }, admin);
    expect([used.prompt.id, used.stemImages]).toEqual(['Lihat:\n[gambar 1]\nlalu\n[gambar 2]\nJawab.', [sha(TINY_PNG), sha(TINY_JPEG)]]);
  });
});
