import type { FormHeader } from '../../../../../electron/shared/assessment';
import type { AssessorAssigned, SessionSummary } from '../../../../../electron/shared/types';

/** The demo's session as the assessor's workspace tests see it: its form header, summary and assignment. */
export const HEADER = {
  lspName: 'LSP Demo',
  lspLicenceNo: 'BNSP-LSP-DEMO-0001',
  schemeCode: 'SS.JWP/LSPP/005/2022',
  schemeTitle: { id: 'Pemrogram Web Muda', en: 'Junior Web Programmer' },
  sessionId: 's1',
  sessionCode: 'JWP-DEMO-01',
  sessionTitle: { id: 'Uji Kompetensi', en: null },
  tukName: 'TUK Demo',
  tukType: 'sewaktu',
  tukZone: null,
  date: '2026-11-21',
  startTime: '08:00',
  assessorName: 'Dra. Sri Wahyuningsih, M.Kom.',
  assessorMet: 'MET.000.004512 2019',
} satisfies FormHeader;

export function sessionOf(candidateCount: number): SessionSummary {
  return {
    id: HEADER.sessionId,
    code: HEADER.sessionCode,
    title: HEADER.sessionTitle,
    date: HEADER.date,
    startTime: HEADER.startTime,
    durationMinutes: 120,
    schemeTitle: HEADER.schemeTitle,
    schemeCode: HEADER.schemeCode,
    tukName: HEADER.tukName,
    tukType: HEADER.tukType,
    tukZone: HEADER.tukZone,
    candidateCount,
    assessorNames: [HEADER.assessorName],
    cancellation: null,
    startedWithOtherDuration: [],
  };
}

/** The assessor assigned to that session, with `candidates` listed on it. */
export function assignedTo(session: SessionSummary, candidates: AssessorAssigned['sessions'][number]['candidates'] = []): AssessorAssigned {
  return {
    assessor: { id: 'as-1', name: HEADER.assessorName, metNumber: HEADER.assessorMet, metExpiresOn: '2027-01-01', metState: 'valid', techCertExpiresOn: null, techCertState: 'none' },
    sessions: [{ session, candidates }],
  };
}

export const candidate = (n: number) => ({ candidateId: `c${n}`, participantNo: `JWP-2026-00${n}`, name: `Peserta Nomor ${n}`, seat: null });
