import type { AssessorSummary, Page, SchemeSummary, TukSummary } from '../../../../electron/shared/registry';
import type { AplDetail, AplSummary, PlannedSession, PlannedSessionDetail, SelfAnswerRow } from '../../../../electron/shared/scheduling';

export const page = <T>(rows: T[]): Page<T> => ({ rows, total: rows.length, totalAtLeast: null, nextCursor: null });

export const SCHEME: SchemeSummary = {
  id: 's-1',
  code: 'SKM-JWP',
  version: 2,
  kind: 'okupasi',
  level: null,
  skkni: 'SKKNI No. 282 Tahun 2016',
  titleId: 'Junior Web Programmer',
  titleEn: 'Junior Web Programmer',
  approvedOn: null,
  active: true,
  frozen: false,
  latest: true,
  unitCount: 2,
};

export const TUK: TukSummary = {
  id: 't-1',
  code: 'TUK-01',
  name: 'TUK SMK Negeri 1',
  type: 'sewaktu',
  address: null,
  capacity: 20,
  contactName: null,
  contactPhone: null,
  timeZone: 'WIB',
  active: true,
  lastVerifiedOn: null,
  verificationState: 'per_session',
};

export const assessor = (n: number): AssessorSummary => ({
  id: `as-${n}`,
  name: `Asesor ${n}`,
  nik: null,
  metNumber: `MET.000.00${n}`,
  metExpiresOn: '2030-01-01',
  metState: 'valid',
  techCertExpiresOn: null,
  techCertState: 'none',
  homeLsp: null,
  active: true,
  accountId: null,
});

export const aplSummary = (n: number): AplSummary => ({
  candidateId: `c-${n}`,
  name: `Peserta ${n}`,
  nik: `32730117089500${String(n).padStart(2, '0')}`,
  participantNo: `P-000${n}`,
  purpose: 'sertifikasi',
  round: 1,
  apl01Result: 'accepted',
  apl02Recommendation: 'proceed',
  certifiedUntil: null,
  certifiedExpired: false,
  bookedIn: null,
  gate: { schedulable: true, missing: [] },
});

const element = (unit: number, no: number): SelfAnswerRow => ({
  unitId: `u-${unit}`,
  unitCode: `J.620100.00${unit}.02`,
  unitTitleId: `Unit ${unit}`,
  unitTitleEn: `Unit ${unit} (en)`,
  elementId: `e-${unit}-${no}`,
  elementNo: no,
  elementTitleId: `Elemen ${unit}.${no}`,
  elementTitleEn: null,
  kuk: [{ number: `${no}.1`, textId: `KUK ${unit}.${no}.1`, textEn: null }],
  answer: null,
  evidence: null,
});

export const aplDetail = (over: Partial<AplDetail> = {}): AplDetail => ({
  candidate: { id: 'c-1', name: 'Peserta 1', nik: '3273011708950001', participantNo: 'P-0001' },
  scheme: { id: 's-1', code: 'SKM-JWP', version: 2, titleId: 'Junior Web Programmer', titleEn: null },
  round: null,
  rounds: [],
  newRoundAllowed: false,
  apl01: null,
  apl02: { rows: [element(1, 1), element(1, 2), element(2, 1)], complete: false, savedAt: null, enteredBy: null, submittedAt: null, review: null },
  gate: { schedulable: false, missing: ['apl01_missing', 'apl02_missing'] },
  ...over,
});

/** An FR.APL.01 saved with one evidence row, not yet verified. */
export const aplWithApl01: AplDetail = aplDetail({
  apl01: {
    id: 'a-1',
    purpose: 'sertifikasi',
    purposeNote: null,
    evidence: [{ id: 'ev-1', kind: 'basic', description: 'Ijazah SMK', status: 'memenuhi', attachment: null }],
    savedAt: '2027-03-01T02:00:00.000Z',
    verification: null,
  },
  round: { number: 1, current: true, usedIn: null, writable: true },
  rounds: [{ round: 1, applicationId: 'a-1', purpose: 'sertifikasi', savedAt: '2027-03-01T02:00:00.000Z', verification: null, recommendation: null, current: true, usedIn: null }],
  gate: { schedulable: false, missing: ['apl01_unverified', 'apl02_missing'] },
});

/** A planned session of SCHEME at TUK, as the sessions list shows it. */
export const plannedSession = (n: number): PlannedSession => ({
  id: `ses-${n}`,
  code: `JDW-20270310-00${n}`,
  titleId: 'Junior Web Programmer',
  titleEn: null,
  date: '2027-03-10',
  startTime: '22:00',
  durationMinutes: 240,
  endDate: '2027-03-11',
  endTime: '02:00',
  mode: 'room_server',
  status: 'upcoming',
  scheme: SCHEME,
  tuk: { id: 't-1', code: 'TUK-01', name: 'TUK SMK Negeri 1', type: 'sewaktu', timeZone: 'WIB' },
  assessorCount: 1,
  candidateCount: 3,
  cancellation: null,
  ruleProblems: null,
  exportedAt: null,
  changedSinceExport: false,
});

/** The one assessor and the one candidate seated with them, as a planned session lists them. */
export const SEATED_ASSESSOR: PlannedSessionDetail['assessors'][number] = { id: 'as-1', name: 'Asesor 1', metNumber: 'MET.000.001', candidateCount: 1 };
export const SEATED_CANDIDATE: PlannedSessionDetail['candidates'][number] = {
  candidateId: 'c-1',
  name: 'Peserta 1',
  nik: '3273011708950001',
  participantNo: 'P-0001',
  assessorId: 'as-1',
  seat: null,
  gate: { schedulable: true, missing: [] },
  aplRound: 1,
};

/** A planned session as the planner opens it: no one seated, editable, never exported, no passwords issued. */
export const plannedSessionDetail = (over: Partial<PlannedSessionDetail> = {}): PlannedSessionDetail => ({
  ...plannedSession(1),
  assessors: [],
  candidates: [],
  editable: true,
  conflicts: [],
  changedAt: null,
  revision: 'rev-1',
  exportedAt: null,
  changedSinceExport: false,
  passwords: { count: 0, lastIssuedAt: null, forSession: null },
  ...over,
});
