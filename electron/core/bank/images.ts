import crypto from 'node:crypto';
import fs from 'node:fs';
import { BANK_IMAGE_MAX_BYTES, IMAGES_PER_PLACE_MAX, type BankSaved, type ImagePlace } from '../../shared/bank';
import { AppError } from '../../shared/errors';
import { renumberPictureLines } from '../../shared/text-blocks';
import type { Principal } from '../../shared/roles';
import { blobPath, storeBytes } from '../attachments/store';
import { appendAudit } from '../audit/log';
import type { Db } from '../db/open';
import { isBlobReferenced } from '../db/queries/bundles';
import * as q from '../db/queries/bank-items';
import { newId } from '../ids';
import { photoTypeOf } from '../registry/candidate-photo';
import { copyForEdit, editMode, getItemRow } from './items';
import { bankLsp } from './scope';
import { itemView } from './view';

export type BankEnv = { db: Db; dataDir: string };

export type CheckedImage = { sha256: string; mediaType: 'image/png' | 'image/jpeg'; bytes: Uint8Array };

/** An SVG (or an XML file that may be one): text starting with markup, <svg near the top. */
function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  return /^<(\?xml|svg|!doctype svg|!--)/i.test(head) && /<svg[\s>]/i.test(head);
}

/**
 * PNG and JPEG only, told by their first bytes, never by a name or declared type (as a candidate's photo):
 * an SVG can carry script, so it has its own refusal; anything else is not a picture a question shows.
 */
export function checkImage(bytes: Uint8Array): CheckedImage {
  if (bytes.length > BANK_IMAGE_MAX_BYTES) throw new AppError('BANK_IMAGE_TOO_LARGE', { megabytes: BANK_IMAGE_MAX_BYTES / (1024 * 1024) });
  const type = photoTypeOf(bytes);
  if (!type) throw new AppError(looksLikeSvg(bytes) ? 'BANK_IMAGE_SVG' : 'BANK_IMAGE_NOT_PNG_OR_JPEG');
  return { sha256: crypto.createHash('sha256').update(bytes).digest('hex'), mediaType: type.mediaType, bytes };
}

/** An uploaded file, its size checked before it is read. */
export function checkImageFile(file: string): CheckedImage {
  if (fs.statSync(file).size > BANK_IMAGE_MAX_BYTES) throw new AppError('BANK_IMAGE_TOO_LARGE', { megabytes: BANK_IMAGE_MAX_BYTES / (1024 * 1024) });
  return checkImage(fs.readFileSync(file));
}

/**
 * Puts checked images into the store (once per hash) before the transaction that names them, and
 * returns a clean-up that removes the ones this call added if that transaction fails.
 */
export function storeImages(dataDir: string, db: Db, images: readonly CheckedImage[]): () => void {
  const added = images.filter((m) => storeBytes(dataDir, m.sha256, m.bytes)).map((m) => m.sha256);
  return () => {
    for (const sha256 of added) if (!isBlobReferenced(db, sha256)) fs.rmSync(blobPath(dataDir, sha256), { force: true });
  };
}

/** One place's images: kept ones by hash, new ones as an uploaded file. */
export type ImageChoice = { place: ImagePlace; files: ({ sha256: string } | { file: string })[] };

type Placed = { place: string; ordinal: number; sha256: string };

const byPlace = (images: readonly Placed[]) => {
  const out: Record<string, string[]> = {};
  for (const m of images) (out[m.place] ??= []).push(m.sha256);
  return out;
};

/** The stem's texts with their `[gambar N]` lines following its pictures (shared/text-blocks.ts). */
function stemPrompt(row: q.ItemRow, before: readonly string[], after: readonly string[]): Pick<q.ItemRow, 'prompt_id' | 'prompt_en'> {
  return {
    prompt_id: renumberPictureLines(row.prompt_id, before, after),
    prompt_en: row.prompt_en === null ? null : renumberPictureLines(row.prompt_en, before, after),
  };
}

/**
 * bank/setImages: the places named get exactly the images given, in order; the others keep theirs. An
 * option's images follow the option's position in the item (A = option:0), whatever order a candidate
 * sees. Like any edit: in place for a draft, back to draft for an unused approved question, a new
 * replacing draft for a used one. Images are stored once by hash, and a kept image needs no upload. The
 * stem's picture lines follow its pictures (a removed picture's line goes), audited with the texts they changed.
 */
export function setItemImages(env: BankEnv, principal: Principal, itemId: string, choices: readonly ImageChoice[], now: Date): BankSaved {
  const { db } = env;
  const before = getItemRow(db, bankLsp(principal), itemId);
  if (before.status === 'retired') throw new AppError('BANK_ITEM_RETIRED');
  const optionCount = q.optionsOf(db, before.id).length;
  const current = q.imagesOf(db, before.id);
  const known = new Map(q.attachmentsOfItem(db, before.id).map((a) => [a.sha256, { mediaType: a.media_type, size: a.size }]));
  const fresh: CheckedImage[] = [];
  const next: Placed[] = current.filter((m) => !choices.some((c) => c.place === m.place));
  const seen = new Set<string>();
  for (const choice of choices) {
    if (seen.has(choice.place)) throw new AppError('BANK_IMAGE_UNKNOWN');
    seen.add(choice.place);
    if (choice.place !== 'stem' && (before.kind !== 'multiple_choice' || Number(choice.place.slice('option:'.length)) >= optionCount)) {
      throw new AppError('BANK_IMAGE_UNKNOWN');
    }
    if (choice.files.length > IMAGES_PER_PLACE_MAX) throw new AppError('BANK_IMAGE_TOO_MANY', { max: IMAGES_PER_PLACE_MAX });
    choice.files.forEach((f, ordinal) => {
      if ('sha256' in f) {
        if (!known.has(f.sha256)) throw new AppError('BANK_IMAGE_UNKNOWN');
        next.push({ place: choice.place, ordinal, sha256: f.sha256 });
      } else {
        const image = checkImageFile(f.file);
        fresh.push(image);
        known.set(image.sha256, { mediaType: image.mediaType, size: image.bytes.length });
        next.push({ place: choice.place, ordinal, sha256: image.sha256 });
      }
    });
  }
  next.sort((a, b) => (a.place === b.place ? a.ordinal - b.ordinal : a.place < b.place ? -1 : 1));
  const was = byPlace(current);
  const will = byPlace(next);
  if (JSON.stringify(was) === JSON.stringify(will)) return { item: itemView(db, before), copied: false };

  const cleanUp = storeImages(env.dataDir, db, fresh);
  try {
    return db.transaction(() => {
      const copied = editMode(db, before) === 'copy';
      const target = copied ? copyForEdit(db, principal, before, now) : before;
      q.replaceImages(db, target.id, next, known, newId);
      const prompt = stemPrompt(target, was.stem ?? [], will.stem ?? []);
      const row: q.ItemRow = { ...target, ...prompt, status: 'draft', updated_by: principal.accountId, updated_at: now.toISOString(), approved_by: null, approved_at: null };
      q.updateItem(db, row);
      const renumbered = prompt.prompt_id !== target.prompt_id || prompt.prompt_en !== target.prompt_en;
      appendAudit(
        db,
        principal,
        {
          action: copied ? 'bank.item.copy' : 'bank.item.images',
          entity: 'item',
          entityId: row.id,
          details: {
            ...(copied ? { from: before.id } : {}),
            before: { status: before.status, images: was, ...(renumbered ? { prompt: { id: target.prompt_id, en: target.prompt_en } } : {}) },
            after: { status: 'draft', images: will, ...(renumbered ? { prompt: { id: prompt.prompt_id, en: prompt.prompt_en } } : {}) },
          },
        },
        now,
      );
      return { item: itemView(db, row), copied };
    })();
  } catch (err) {
    cleanUp();
    throw err;
  }
}
