/**
 * The certificate register and the BNSP upload sheet (issue 17), shared by the core and the screens:
 * numbering settings, issue results, register rows, the BNSP export's refusal list and the blanko
 * import. Arguments are in certificates-args.ts; texts in i18n/certificates.*.ts.
 */

import { SURVEILLANCE_MONTHS_DEFAULT, type SurveillanceState } from './surveillance';

/** One running counter per LSP for ever, or one per LSP and calendar year of issue (restarting at 1). */
export const COUNTER_SCOPES = ['lsp', 'year'] as const;
export type CounterScope = (typeof COUNTER_SCOPES)[number];

/**
 * The parts a number pattern may use, written `{name}`; `{counter:N}` is the running number padded to N
 * digits. Anything outside braces is literal text.
 */
export const PATTERN_TOKENS = ['kbli', 'scheme', 'level', 'counter', 'year', 'lsp'] as const;
export type PatternToken = (typeof PATTERN_TOKENS)[number];

export type CertificateSettings = {
  /** e.g. `{kbli} {counter:7} {year}` → `85499 0000123 2026`. */
  numberPattern: string;
  /** e.g. `REG.{lsp}.{scheme}.{counter:5}.{year}`. */
  registrationPattern: string;
  counterScope: CounterScope;
  /** Years a certificate is valid unless the scheme's policy (scheme_policy) says otherwise. */
  validityYears: number;
  /**
   * Who signs the certificates by hand (the LSP's chair, usually) and the title printed above the space,
   * e.g. "Ketua LSP Demo Indonesia". Empty: nothing is printed there but the space.
   */
  signatoryName: string;
  signatoryTitle: string;
  /** Months between surveillances of a certificate's holder, counted from its issue or its last surveillance. */
  surveillanceMonths: number;
};

/** Close to what Indonesian LSPs print: KBLI code, running number, year; see README "Certificate numbers". */
export const CERTIFICATE_SETTINGS_DEFAULT: CertificateSettings = {
  numberPattern: '{kbli} {counter:7} {year}',
  registrationPattern: 'REG.{lsp}.{scheme}.{counter:5}.{year}',
  counterScope: 'year',
  validityYears: 3,
  signatoryName: '',
  signatoryTitle: '',
  surveillanceMonths: SURVEILLANCE_MONTHS_DEFAULT,
};

/** The longest signatory name and title the certificate has room for. */
export const SIGNATORY_NAME_MAX_LENGTH = 120;
export const SIGNATORY_TITLE_MAX_LENGTH = 80;

export const PATTERN_MAX_LENGTH = 120;
export const COUNTER_MAX_WIDTH = 10;

/** Why a numbering setting was refused (CERTIFICATE_SETTINGS_INVALID's fields); texts `certificates.reasons.*`. */
export const CERTIFICATE_FIELD_REASONS = [
  'required',
  'too_long',
  'no_counter',
  'counter_twice',
  'counter_width',
  'unknown_token',
  'unclosed_brace',
  'year_required',
] as const;
export type CertificateFieldReason = (typeof CERTIFICATE_FIELD_REASONS)[number];

export const CERTIFICATE_ERRORS = [
  /** certificates/setSettings: fields and reasons in ApiError.fields; params.tokens names unknown tokens. */
  'CERTIFICATE_SETTINGS_INVALID',
  /** certificates/issue on a pleno that is not signed. */
  'PLENO_NOT_SIGNED',
  /** certificates/issue or bnspSheet of a signed pleno a signed correction replaces (params.sk: the correction's SK): both come from the correction. */
  'PLENO_SUPERSEDED',
  /** The BNSP sheet of a pleno still in draft (no decisions yet). */
  'PLENO_NOT_DECIDED',
  /** A number the pattern made is already another certificate's (params.number): nothing of the batch is written. */
  'CERTIFICATE_NUMBER_TAKEN',
  /** certificates/setBlanko: the blanko number is another certificate's (params.number). */
  'BLANKO_TAKEN',
  /** certificates/revoke of a certificate already revoked (params: number, revokedAt). */
  'CERTIFICATE_ALREADY_REVOKED',
  /** certificates/revoke without its reason (at least 3 characters). */
  'CERTIFICATE_REVOKE_REASON_REQUIRED',
  /** certificates/issue on a day still to come (params.date: today; fields: issuedOn). */
  'CERTIFICATE_ISSUED_IN_FUTURE',
  /** certificates/issue on a day before the pleno's SK (params.date: the SK date; fields: issuedOn). */
  'CERTIFICATE_ISSUED_BEFORE_SK',
  /** certificates/print of a revoked certificate (params: number, revokedAt): it is no longer in force, so it is not printed. */
  'CERTIFICATE_REVOKED',
  /**
   * certificates/print of a certificate whose seat a correcting pleno in force decided BK (params: number, skNumber):
   * no Kompeten decision stands behind it any more, so it is not printed (revoke it, or correct the pleno again).
   */
  'CERTIFICATE_NOT_COMPETENT',
  /**
   * certificates/print of a certificate whose seat an appeal holds (params.number; isHeldByAppeal): still open, a TUK's
   * FR.AK.04 not yet acted on, or accepted (the re-assessment decides), so the decision it rests on is not final.
   */
  'CERTIFICATE_HELD_BY_APPEAL',
  /** certificates/replace of a certificate not revoked (params.number): it is revoked first, with its reason. */
  'CERTIFICATE_REPLACE_IN_FORCE',
  /** certificates/replace of one already replaced (params: number, replacement). */
  'CERTIFICATE_ALREADY_REPLACED',
  /** certificates/replace where no signed pleno in force decides its seat (params.number). */
  'CERTIFICATE_REPLACE_NO_DECISION',
  /** certificates/replace where the decision in force is BK, a correcting pleno's (params: number, skNumber). */
  'CERTIFICATE_REPLACE_NOT_COMPETENT',
  /** certificates/replace where an appeal holds the seat, open or accepted (params.number). */
  'CERTIFICATE_REPLACE_HELD_BY_APPEAL',
  /** certificates/replace where the number pattern needs the scheme's KBLI code, not set (params: number, scheme). */
  'CERTIFICATE_REPLACE_KBLI_MISSING',
  /** certificates/replace where the number pattern needs the scheme's KKNI level, not set (params: number, scheme). */
  'CERTIFICATE_REPLACE_LEVEL_MISSING',
  /** certificates/recordSurveillance on a certificate revoked or past its last day (params.number). */
  'CERTIFICATE_SURVEILLANCE_NOT_IN_FORCE',
  /** certificates/recordSurveillance dated after today (params.date: today; fields: heldOn). */
  'CERTIFICATE_SURVEILLANCE_IN_FUTURE',
  /** certificates/recordSurveillance dated before the certificate was issued (params.date: its issue date; fields: heldOn). */
  'CERTIFICATE_SURVEILLANCE_BEFORE_ISSUE',
] as const;

/** Why a K decision got no certificate this time; texts `certificates.skip.*`. */
export const SKIP_REASONS = ['already_issued', 'revoked', 'held_by_appeal', 'appeal_accepted', 'issued_before_appeal', 'record_changed', 'kbli_missing', 'level_missing'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export type IssuedCertificate = { certificateId: string; candidateId: string; sessionId: string; name: string; number: string; registrationNumber: string };
export type SkippedCandidate = {
  candidateId: string;
  sessionId: string;
  name: string;
  reason: SkipReason;
  number: string | null;
  /**
   * `appeal_accepted` / `issued_before_appeal`: the re-assessment session whose own pleno decides instead
   * (null for an appeal accepted without one, or any other reason).
   */
  reassessment: { code: string; date: string } | null;
};
export type IssueResult = { issued: IssuedCertificate[]; skipped: SkippedCandidate[] };

export type CertificateSummary = {
  id: string;
  number: string;
  registrationNumber: string;
  candidateId: string;
  candidateName: string;
  nik: string;
  schemeId: string;
  schemeCode: string;
  schemeTitle: string;
  issuedOn: string;
  validUntil: string;
  blankoNumber: string | null;
  revoked: boolean;
  /** When and why it was revoked: a revoked certificate is shown as such, never as valid until its last day. */
  revokedAt: string | null;
  revokeReason: string | null;
  /** Its last valid day is before the core's today: shown as such, or it read as in force for ever. */
  expired: boolean;
  /** The revoked certificate this one replaces (certificates/replace), and the one that replaces this, if any. */
  replaces: { id: string; number: string } | null;
  replacedBy: { id: string; number: string } | null;
  /** When the holder's next surveillance is due (as the page's surveillance.dueOn); null once revoked or expired. */
  surveillanceDueOn: string | null;
  /**
   * The signed pleno in force for its seat (a correction of the one it was issued from) decided BK: the
   * certificate no longer rests on a K decision, and waits for the admin to revoke it; null otherwise.
   * On every row of the register too (certificates/list), where only its filter found them.
   */
  correctedToBk: { skNumber: string | null } | null;
};

export type CertificateDetail = CertificateSummary & {
  plenoId: string;
  /** The pleno that decided it, as staff name it: the day it was held and its SK. */
  plenoHeldOn: string;
  plenoSkNumber: string | null;
  /** The SK of the signed pleno that corrects that one (its SK number's typo, or a decision), if any. */
  plenoCorrectedBySk: string | null;
  /** An appeal holds its seat (open, a TUK's not yet acted on, or accepted): not printed while it does. */
  heldByAppeal: boolean;
  sessionId: string;
  sessionCode: string;
  /** The running number's counter: one for the LSP, or the year's (`counterYear`). */
  counterScope: CounterScope;
  counterYear: string | null;
  counterValue: number;
  issuedAt: string;
  issuedBy: string;
  /** Its holder's surveillances, when the next is due and whether the last one asks for the LSP's decision. */
  surveillance: SurveillanceState;
  /** The holder's details corrected since the certificate was last printed (or issued): to reprint; null when unchanged. */
  holderChanged: HolderChanged | null;
};

/** The holder details a printed certificate and the SK list carry. */
export const HOLDER_FIELDS = ['name', 'nik', 'birthPlace', 'birthDate'] as const;
export type HolderField = (typeof HOLDER_FIELDS)[number];

/**
 * What a printed certificate (and its pleno's SK list) says that the registry no longer does: each field as printed
 * and as it is now, since when (the last print, or the issue if never printed) and the latest correction's time and
 * author from the audit log (null if the log holds none after it).
 */
export type HolderChanged = {
  since: string;
  printed: boolean;
  changes: { field: HolderField; before: string | null; after: string | null }[];
  changedAt: string | null;
  changedBy: string | null;
};

/** A unit of competence as the certificate's back page lists it (the certificate's scheme version's units, in order). */
export type PrintedUnit = { code: string; titleId: string; titleEn: string | null };

/** What one certificate's two pages say: the front (holder, scheme, dates) and the back (its units). */
export type PrintedCertificate = {
  id: string;
  number: string;
  registrationNumber: string;
  holderName: string;
  scheme: { code: string; titleId: string; titleEn: string | null };
  issuedOn: string;
  validUntil: string;
  units: PrintedUnit[];
};

/**
 * certificates/print: the LSP's letterhead and the certificates to print, in number order. Revoked ones
 * are never printed: asked by id it is refused (CERTIFICATE_REVOKED); a pleno's are named in `revoked`.
 * The signatory's name and title are printed only as the numbering settings give them (null when empty);
 * the signature itself is made by hand on the blanko. Preparing a print is audited (certificates.print).
 */
export type CertificatePrint = {
  lsp: { name: string; licenceNo: string | null };
  signatory: { name: string | null; title: string | null };
  certificates: PrintedCertificate[];
  revoked: { id: string; number: string; holderName: string; revokedAt: string }[];
  /** Left out too, not revoked: a correcting pleno in force (its SK) decided the holder BK (CERTIFICATE_NOT_COMPETENT). */
  notCompetent: { id: string; number: string; holderName: string; skNumber: string | null }[];
  /** Left out too: an appeal holds the seat, open or accepted, so its decision is not final (CERTIFICATE_HELD_BY_APPEAL). */
  heldByAppeal: { id: string; number: string; holderName: string }[];
};

/** The codes BNSP's sheet asks per session (Kode Jadwal, Kode Sumber Anggaran, Kode Kementrian). */
export type SessionBnspCodes = { scheduleCode: string | null; fundingCode: string | null; ministryCode: string | null };

/** The BNSP upload sheet's columns, in BNSP's order; `header` is written as BNSP spells it. */
export const BNSP_COLUMNS = [
  { key: 'no', header: 'No' },
  { key: 'name', header: 'Nama Asesi' },
  { key: 'nik', header: 'NIK' },
  { key: 'birthPlace', header: 'Tempat Lahir' },
  { key: 'birthDate', header: 'Tanggal Lahir' },
  { key: 'sex', header: 'Jenis Kelamin' },
  { key: 'address', header: 'Tempat Tinggal' },
  { key: 'regencyCode', header: 'Kode Kabupaten' },
  { key: 'provinceCode', header: 'Kode Provinsi' },
  { key: 'phone', header: 'Telp' },
  { key: 'email', header: 'Email' },
  { key: 'educationCode', header: 'Kode Pendidikan' },
  { key: 'occupationCode', header: 'Kode Pekerjaan' },
  { key: 'scheduleCode', header: 'Kode Jadwal' },
  { key: 'testDate', header: 'Tanggal Uji' },
  { key: 'assessorMet', header: 'Nomor Registrasi Asesor' },
  { key: 'fundingCode', header: 'Kode Sumber Anggaran' },
  { key: 'ministryCode', header: 'Kode Kementrian' },
  { key: 'status', header: 'Status Kompeten' },
] as const;
export type BnspColumnKey = (typeof BNSP_COLUMNS)[number]['key'];

/** Email is the one column left optional: many candidates have none; every other column is refused empty. */
export const BNSP_OPTIONAL_COLUMNS: ReadonlySet<BnspColumnKey> = new Set(['email']);

/** Whether the BNSP upload refuses a row with this field empty (a candidate form marks such fields). */
export function bnspRequires(key: string): boolean {
  return BNSP_COLUMNS.some((c) => c.key === key && !BNSP_OPTIONAL_COLUMNS.has(c.key));
}

/** A row the export cannot write: who, in which session, and the columns to fill (keys of BNSP_COLUMNS). */
export type BnspProblem = { candidateId: string; sessionId: string; sessionCode: string; name: string; fields: BnspColumnKey[] };

/**
 * A decision the BNSP sheet leaves out because an appeal holds its certificate (isHeldByAppeal): still open
 * or a TUK FR.AK.04 not yet acted on (`appeal_open`), or accepted, the re-assessment deciding (`appeal_accepted`).
 */
export type BnspLeftOut = { candidateId: string; sessionId: string; sessionCode: string; name: string; reason: 'appeal_open' | 'appeal_accepted' };

/** The file (under /files/exports/<fileName>) and who it leaves out, or the refusal with every row to fix. */
export type BnspSheet = { ok: true; fileName: string; rows: number; leftOut: BnspLeftOut[] } | { ok: false; problems: BnspProblem[] };

/** Why a blanko row is refused (texts `certificates.blanko.*`, both languages), or an `errors.SHEET_*` code of its cell. */
export const BLANKO_REASONS = [
  'nik_unknown',
  'nik_ambiguous',
  'number_mismatch',
  'blanko_taken',
  'blanko_twice_in_file',
  'blanko_already_set',
] as const;
export type BlankoReason = (typeof BLANKO_REASONS)[number];

export type BlankoRow = {
  row: number;
  nik: string;
  blankoNumber: string;
  outcome: 'set' | 'unchanged' | 'refused';
  certificateId: string | null;
  certificateNumber: string | null;
  /** A BlankoReason, or a SHEET_* problem code of one of its cells. */
  reasons: string[];
};

export type BlankoPreview = {
  importId: string;
  counts: { set: number; unchanged: number; refused: number };
  rows: BlankoRow[];
  rowsTotal: number;
  expiresAt: string;
};

export type BlankoResult = { set: number; unchanged: number; refused: number };
