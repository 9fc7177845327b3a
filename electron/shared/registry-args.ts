/**
 * Argument schemas of the registry's contract methods. Zod checks only the shape (types, sizes that
 * keep a call bounded); what a field may contain is the core's check, refused field by field
 * (REGISTRY_INVALID), so that a form and an import row learn every problem at once, in their language.
 */
import { z } from 'zod';
import { TUK_ZONES } from './time-zones';
import { DIMENSIONS, SCHEME_KINDS, TUK_TYPES } from './types';
import { LIST_LIMIT_MAX, SEXES, VERIFICATION_RESULTS } from './registry';

const id = z.string().min(1).max(64);
/** Generous: the core's per-field limits are tighter and say which field. */
const text = z.string().max(2000);
const optText = text.nullable();
const rows = <T extends z.ZodType>(row: T, max: number) => z.array(row).max(max);

const kuk = z.object({ id: id.optional(), number: text, textId: text, textEn: optText, dimensions: z.array(z.enum(DIMENSIONS)).max(5).optional() }).strict();
const element = z.object({ id: id.optional(), titleId: text, titleEn: optText, kuk: rows(kuk, 200) }).strict();
const unit = z.object({ id: id.optional(), code: text, titleId: text, titleEn: optText, elements: rows(element, 100) }).strict();

export const schemeInput = z
  .object({
    code: text,
    kind: z.enum(SCHEME_KINDS),
    level: z.number().int().nullable(),
    skkni: text,
    titleId: text,
    titleEn: optText,
    approvedOn: optText,
    units: rows(unit, 200),
  })
  .strict();

export const assessorInput = z
  .object({
    name: text,
    nik: optText,
    birthPlace: optText,
    birthDate: optText,
    sex: z.enum(SEXES).nullable(),
    address: optText,
    city: optText,
    province: optText,
    phone: optText,
    email: optText,
    metNumber: text,
    metExpiresOn: text,
    techCertNumber: optText,
    techCertExpiresOn: optText,
    homeLsp: optText,
    loanLetterNo: optText,
    loanLetterDate: optText,
    schemeCodes: rows(text, 200),
  })
  .strict();

export const tukInput = z
  .object({
    code: text,
    name: text,
    type: z.enum(TUK_TYPES),
    address: optText,
    capacity: z.number().int().nullable(),
    contactName: optText,
    contactPhone: optText,
    timeZone: z.enum(TUK_ZONES),
  })
  .strict();

export const tukVerificationInput = z
  .object({ verifiedOn: text, verifier: text, result: z.enum(VERIFICATION_RESULTS), note: optText, sessionId: id.nullable() })
  .strict();

export const candidateInput = z
  .object({
    name: text,
    nik: text,
    birthPlace: optText,
    birthDate: optText,
    sex: z.enum(SEXES).nullable(),
    address: optText,
    regencyCode: optText,
    provinceCode: optText,
    phone: optText,
    email: optText,
    educationCode: optText,
    occupationCode: optText,
    institution: optText,
    photoSha256: optText,
  })
  .strict();

/** Every list: a search (name, or NIK / code prefix), the active filter (absent or null: all), keyset paging. */
export const listArgs = z.object({
  search: z.string().max(100).optional(),
  active: z.boolean().nullable().optional(),
  cursor: z.string().max(1000).nullable().optional(),
  limit: z.number().int().min(1).max(LIST_LIMIT_MAX).optional(),
});

export const registrySettings = z
  .object({ expirySoonDays: z.number().int().min(1).max(3650), mandiriVerificationMonths: z.number().int().min(1).max(120) })
  .strict();

