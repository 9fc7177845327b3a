import { z } from 'zod';
import { SEXES } from '../../shared/registry';
import { APL_PURPOSES, EVIDENCE_KINDS, EVIDENCE_STATUSES } from '../../shared/scheduling';
import { TUK_ZONES } from '../../shared/time-zones';
import { DIMENSIONS, SCHEME_KINDS, TUK_TYPES } from '../../shared/types';
import instrumentsJson from '../../../resources/demo/instruments.json';
import peopleJson from '../../../resources/demo/people.json';
import schemeJson from '../../../resources/demo/scheme.json';

const text = z.object({ id: z.string().min(1), en: z.string().min(1) });
const dimensions = z.array(z.enum(DIMENSIONS)).min(1);
const kukRef = z.string().regex(/^[A-Z]\.\d{6}\.\d{3}\.\d{2}#\d+\.\d+$/);

const schemeSchema = z.object({
  code: z.string(),
  kind: z.enum(SCHEME_KINDS),
  skkni: z.string(),
  title: text,
  passMarkPercent: z.number().int().min(0).max(100),
  /** The scheme setting certificate numbers start with (KBLI 2020 62019, other computer programming). */
  kbliCode: z.string().regex(/^\d{5}$/),
  units: z.array(
    z.object({
      code: z.string(),
      title: text,
      elements: z.array(
        z.object({
          no: z.number().int().positive(),
          title: text,
          kuk: z.array(z.object({ no: z.string(), text, dimensions })),
        }),
      ),
    }),
  ),
});

const question = z.object({ ref: z.string(), kuk: kukRef, prompt: text, expected: text });

const instrumentsSchema = z.object({
  multipleChoice: z.array(
    z.object({
      ref: z.string(),
      kuk: kukRef,
      dimensions,
      prompt: text,
      options: z.array(text).length(5),
      answer: z.number().int().min(0).max(4),
    }),
  ),
  essay: z.array(question.extend({ dimensions, scoring: z.enum(['yes_no', 'score_0_3']) })),
  oral: z.array(question),
  observation: z.array(z.object({ kuk: kukRef, benchmark: text })),
  supporting: z.array(question),
});

const password = z.string().min(8);

const peopleSchema = z.object({
  lsp: z.object({ code: z.string(), name: z.string(), licenseNo: z.string(), address: z.string() }),
  tuk: z.object({
    code: z.string(),
    name: z.string(),
    type: z.enum(TUK_TYPES),
    /** Its wall clock (Depok: WIB), which the demo's forms state the exam's instants in. */
    timeZone: z.enum(TUK_ZONES),
    address: z.string(),
    // The demo session's verification (a Sewaktu TUK is verified for each session), this many days before it.
    verifiedDaysAgo: z.number().int().min(0),
    verifier: z.string().min(1),
    verificationNote: z.string(),
  }),
  assessors: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      metNumber: z.string(),
      metValidYears: z.number().int().positive(),
      techCertValidYears: z.number().int().positive(),
      username: z.string(),
      password,
    }),
  ),
  staff: z.array(
    z.object({ role: z.enum(['lsp_admin', 'proctor']), username: z.string(), displayName: z.string(), password }),
  ),
  /*
   * Every field the BNSP upload sheet asks, so the demo's exam day runs through to that sheet with nothing
   * typed in. The seed holds each record to the registry's own checks (the NIK's region, birth date and sex
   * among them). Education and occupation codes are those of the family card (Kartu Keluarga: 5 SLTA,
   * 8 Diploma IV/Strata I; 1 not working, 3 pupil/student, 15 private employee): BNSP's own list was not
   * at hand, and the registry checks only their form.
   */
  candidates: z.array(
    z.object({
      participantNo: z.string(),
      name: z.string(),
      nik: z.string().regex(/^\d{16}$/),
      birthPlace: z.string().min(1),
      birthDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      sex: z.enum(SEXES),
      address: z.string().min(1),
      regencyCode: z.string().regex(/^\d{4}$/),
      provinceCode: z.string().regex(/^\d{2}$/),
      phone: z.string().min(1),
      email: z.string().min(1),
      educationCode: z.string().min(1),
      occupationCode: z.string().min(1),
      institution: z.string(),
      password,
      assessor: z.string(),
      seat: z.string(),
    }),
  ),
  /*
   * Each candidate's FR.APL.01 (saved, then accepted by the LSP admin) and FR.APL.02 (every element K,
   * reviewed 'proceed' by their assessor), this many days before the session: the demo session is planned
   * as the scheduling rules ask, so its page shows no broken rule.
   */
  apl: z.object({
    savedDaysAgo: z.number().int().positive(),
    verifiedDaysAgo: z.number().int().positive(),
    reviewedDaysAgo: z.number().int().positive(),
    purpose: z.enum(APL_PURPOSES),
    evidence: z.array(z.object({ kind: z.enum(EVIDENCE_KINDS), description: z.string().min(1), status: z.enum(EVIDENCE_STATUSES) })).min(1),
    selfEvidence: z.string().min(1),
  }).refine((a) => a.savedDaysAgo >= a.verifiedDaysAgo && a.verifiedDaysAgo >= a.reviewedDaysAgo, 'APL steps in order: saved, verified, reviewed'),
  session: z.object({
    code: z.string(),
    title: text,
    startTime: z.string().regex(/^\d{2}:\d{2}$/),
    durationMinutes: z.number().int().positive(),
    /** The session's BNSP codes (Kode Jadwal, Sumber Anggaran, Kementrian), as certificates/setSessionCodes keeps them. */
    bnsp: z.object({ scheduleCode: z.string().min(1), fundingCode: z.string().min(1), ministryCode: z.string().min(1) }),
  }),
});

export type DemoScheme = z.infer<typeof schemeSchema>;
export type DemoInstruments = z.infer<typeof instrumentsSchema>;
export type DemoPeople = z.infer<typeof peopleSchema>;
export type DemoContent = { scheme: DemoScheme; instruments: DemoInstruments; people: DemoPeople };

let cached: DemoContent | null = null;

/**
 * The demo ships inside the app (bundled JSON), validated here so a bad edit fails loudly in tests;
 * validated once, since app/info reads the demo logins on every sign-in screen.
 */
export function loadDemoContent(): DemoContent {
  cached ??= {
    scheme: schemeSchema.parse(schemeJson),
    instruments: instrumentsSchema.parse(instrumentsJson),
    people: peopleSchema.parse(peopleJson),
  };
  return cached;
}
