import type { Principal, Role } from './roles';

/** Scheme content carries both languages where the LSP provides them; `en` may be missing. */
export type Bilingual = { id: string; en: string | null };

export const TUK_TYPES = ['sewaktu', 'tempat_kerja', 'mandiri'] as const;
export type TukType = (typeof TUK_TYPES)[number];

export const SCHEME_KINDS = ['kkni', 'okupasi', 'klaster'] as const;
export type SchemeKind = (typeof SCHEME_KINDS)[number];

export const DIMENSIONS = ['TS', 'TMS', 'CMS', 'JRES', 'TRS'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const ITEM_KINDS = ['multiple_choice', 'essay', 'oral', 'supporting'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export type DemoLogin = { role: Role; username: string; password: string; name: string };

export type AppInfo = {
  name: string;
  version: string;
  schemaVersion: number;
  demo: boolean;
  /** Only filled on a demo installation; a real installation never reveals credentials. */
  demoLogins: DemoLogin[] | null;
};

export type SignInResult = { token: string; expiresAt: string; principal: Principal };

export type TukSummary = { id: string; code: string; name: string; type: TukType; verifiedOn: string | null };

export type SchemeSummary = {
  id: string;
  code: string;
  title: Bilingual;
  kind: SchemeKind;
  skkni: string;
  unitCount: number;
  elementCount: number;
  kukCount: number;
  items: Record<ItemKind, number> & { observation: number };
};

export type SessionSummary = {
  id: string;
  code: string;
  title: Bilingual;
  date: string;
  startTime: string;
  durationMinutes: number;
  schemeTitle: Bilingual;
  schemeCode: string;
  tukName: string;
  tukType: TukType;
  candidateCount: number;
  assessorNames: string[];
};

export type LspOverview = {
  lsp: { id: string; code: string; name: string };
  schemes: SchemeSummary[];
  sessions: SessionSummary[];
  tuks: TukSummary[];
  assessorCount: number;
  candidateCount: number;
};

export type ProctorCandidate = {
  candidateId: string;
  participantNo: string;
  name: string;
  /** The proctor checks identity at the door, so only staff ever receive the NIK. */
  nik: string;
  seat: string | null;
  assessorName: string;
  accountId: string;
  locked: boolean;
};

export type ProctorToday = {
  date: string;
  sessions: { session: SessionSummary; candidates: ProctorCandidate[] }[];
};

export type AssessorAssigned = {
  assessor: { id: string; name: string; metNumber: string; metExpiresOn: string; techCertExpiresOn: string | null };
  sessions: {
    session: SessionSummary;
    candidates: { candidateId: string; participantNo: string; name: string; seat: string | null }[];
  }[];
};

export type CandidateHome = {
  participantNo: string;
  name: string;
  session: {
    title: Bilingual;
    schemeTitle: Bilingual;
    date: string;
    startTime: string;
    durationMinutes: number;
    tukName: string;
    seat: string | null;
  } | null;
};

export type AuditVerifyResult = {
  ok: boolean;
  rows: number;
  firstBroken: { seq: number; reason: 'hash_mismatch' | 'prev_mismatch' | 'seq_gap' } | null;
};
