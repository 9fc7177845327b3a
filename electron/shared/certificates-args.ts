/** Argument schemas of the certificates/* methods: shape and bounds only; the core checks what they mean. */
import { z } from 'zod';
import { COUNTER_SCOPES, PATTERN_MAX_LENGTH, SIGNATORY_NAME_MAX_LENGTH, SIGNATORY_TITLE_MAX_LENGTH } from './certificates';
import { LANGUAGES } from './accounts';
import { LIST_LIMIT_MAX } from './registry';
import { SURVEILLANCE_FILTERS, SURVEILLANCE_METHODS, SURVEILLANCE_NOTE_MAX_LENGTH, SURVEILLANCE_RESULTS } from './surveillance';

const id = z.string().min(1).max(64);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const code = z.string().trim().max(60).nullable();
// Longer than allowed is the core's field-by-field refusal (too_long), not a malformed call.
const pattern = z.string().max(PATTERN_MAX_LENGTH * 4);

export const certificateSettingsArgs = z
  .object({
    settings: z
      .object({
        numberPattern: pattern,
        registrationPattern: pattern,
        counterScope: z.enum(COUNTER_SCOPES),
        validityYears: z.number().int().min(1).max(10),
        // Optional so that a caller that knows only the numbering (an older screen, a script) keeps the signatory as it is.
        signatoryName: z.string().max(SIGNATORY_NAME_MAX_LENGTH * 4).optional(),
        signatoryTitle: z.string().max(SIGNATORY_TITLE_MAX_LENGTH * 4).optional(),
        surveillanceMonths: z.number().int().min(1).max(120).optional(),
      })
      .strict(),
  })
  .strict();

export const issueArgs = z.object({ plenoId: id, issuedOn: date }).strict();

/** The register's filters' bounds, which the command line says in words before calling. */
export const CERTIFICATE_SEARCH_MAX_LENGTH = 100;
export const SCHEME_CODE_MAX_LENGTH = 60;

export const certificateListArgs = z
  .object({
    /** A name, a NIK (digits) or a certificate number. */
    search: z.string().max(CERTIFICATE_SEARCH_MAX_LENGTH).optional(),
    schemeCode: z.string().max(SCHEME_CODE_MAX_LENGTH).optional(),
    /** Only certificates still valid whose last valid day is within this many days from today: surveillance and re-certification due. */
    expiringWithinDays: z.number().int().min(0).max(3650).optional(),
    /** Only certificates past their last valid day, not revoked: holders whose certification has lapsed. */
    lapsed: z.boolean().optional(),
    /** Only certificates in force whose surveillance is due (or overdue), or whose last one asks for the LSP's decision. */
    surveillance: z.enum(SURVEILLANCE_FILTERS).optional(),
    /** Only certificates not revoked whose candidate a signed correcting pleno, the one in force, decided not competent: to revoke. */
    correctedToBk: z.boolean().optional(),
    cursor: z.string().max(1000).nullable().optional(),
    limit: z.number().int().min(1).max(LIST_LIMIT_MAX).optional(),
  })
  .strict();

export const setBlankoArgs = z.object({ certificateId: id, blankoNumber: z.string().trim().min(1).max(60).nullable() }).strict();

/** The reason is checked by the core (CERTIFICATE_REVOKE_REASON_REQUIRED), so an empty one is named, not a zod path. */
export const revokeArgs = z.object({ certificateId: id, reason: z.string().max(1000) }).strict();

/** A revoked certificate to replace, and the new one's issue date (checked by the core as issuing checks it). */
export const replaceArgs = z.object({ certificateId: id, issuedOn: date }).strict();

/** A surveillance of a certificate in force; the date is checked by the core (not after today, not before issue). */
export const recordSurveillanceArgs = z
  .object({
    certificateId: id,
    heldOn: date,
    method: z.enum(SURVEILLANCE_METHODS),
    result: z.enum(SURVEILLANCE_RESULTS),
    note: z.string().max(SURVEILLANCE_NOTE_MAX_LENGTH),
  })
  .strict();

export const plenoArgs = z.object({ plenoId: id }).strict();

/** A sheet to download: `language` names its file (the screen's; the installation's without one). */
const fileLanguage = z.enum(LANGUAGES).optional();
export const bnspSheetArgs = z.object({ plenoId: id, language: fileLanguage }).strict();
export const registerSheetArgs = z.object({ language: fileLanguage }).strict();

/** One certificate (its page) or every certificate of a pleno (its certificates panel). */
export const certificatePrintArgs = z.union([z.object({ certificateId: id }).strict(), plenoArgs]);

export const sessionCodesArgs = z
  .object({ sessionId: id, codes: z.object({ scheduleCode: code, fundingCode: code, ministryCode: code }).strict() })
  .strict();
