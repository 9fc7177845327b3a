/**
 * Argument schemas of the question bank's contract methods (shared/bank.ts). As with the registry's,
 * zod checks only the shape and sizes that keep a call bounded; what a field may hold is the core's
 * check, refused field by field (BANK_INVALID), so a form learns every problem at once.
 */
import { z } from 'zod';
import { BANK_KINDS, BANK_STATUSES, IMAGE_PLACES, SCORINGS } from './bank';
import { LIST_LIMIT_MAX } from './registry';
import { DIMENSIONS, ITEM_KINDS } from './types';

const id = z.string().min(1).max(64);
/** Generous: the core's limits are tighter and say which field. */
const text = z.string().max(20_000);
const bilingual = z.object({ id: text, en: text.nullable() }).strict();

export const bankItemInput = z
  .object({
    kind: z.enum(ITEM_KINDS),
    ref: z.string().max(200).nullable(),
    kukIds: z.array(id).max(50),
    dimensions: z.array(z.enum(DIMENSIONS)).max(10),
    prompt: bilingual,
    expected: bilingual.nullable(),
    guide: bilingual.nullable(),
    scoring: z.enum(SCORINGS),
    options: z.array(z.object({ text: bilingual, correct: z.boolean() }).strict()).max(10),
    optionsInOrder: z.boolean(),
    tags: z.array(z.string().max(200)).max(50),
  })
  .strict();

// The KUK may come empty (none picked yet): the core refuses it by field, as it does the text.
export const benchmarkInput = z.object({ kukId: z.string().max(64), text: bilingual }).strict();

/** A list of one scheme version's bank; absent filters match everything (every status too). */
export const bankListArgs = z
  .object({
    schemeId: id,
    unitId: id.optional(),
    kukId: id.optional(),
    kind: z.enum(BANK_KINDS).optional(),
    status: z.enum(BANK_STATUSES).optional(),
    /** Only entries where some text the candidate or assessor reads has no English. */
    missingEnglish: z.boolean().optional(),
    /** Part of the ref, stem or benchmark, in either language. */
    search: z.string().max(100).optional(),
    cursor: z.string().max(1000).nullable().optional(),
    limit: z.number().int().min(1).max(LIST_LIMIT_MAX).optional(),
  })
  .strict();

const imageFile = z.union([z.object({ uploadId: z.uuid() }).strict(), z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict()]);

/** The places listed get exactly these images, in order (none: no image there); places not listed keep theirs. */
export const bankImages = z
  .array(z.object({ place: z.enum(IMAGE_PLACES), files: z.array(imageFile).max(10) }).strict())
  .max(IMAGE_PLACES.length);
