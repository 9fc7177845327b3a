import type { QuestionRow, Workspace } from '../../../../electron/shared/assessment';
import { formSignatures } from '../../../../electron/core/assessment/form-signatures';

export const ALL_RECORDED = { ia05: true, ia06: true, ia07: true, ia01: true, ia03: true };

/** One candidate's workspace as the core sends it, for the print views' tests. */
export const LONG_STEM = 'Seorang pengembang perlu menyimpan data pengguna secara aman; langkah pertama yang paling tepat adalah';

export const question = (itemId: string, unitCode: string, kukNumber: string, number: number, more: readonly QuestionRow['kuks'][number][] = []): QuestionRow => ({
  kuks: [{ unitCode, kukNumber }, ...more],
  itemId,
  ref: itemId,
  number,
  unitCode,
  elementNo: 1,
  kukNumber,
  prompt: { id: `Pertanyaan ${itemId}`, en: null },
  expected: { id: 'Jawaban yang diharapkan', en: null },
  scoring: 'yes_no',
  score: null,
});

/** Two units that both have a KUK 1.2, as real schemes do. */
const twoUnits = [question('q1', 'J.620100.004.02', '1.2', 1), question('q2', 'J.620100.005.02', '1.2', 2)];

export const ws: Workspace = {
  header: {
    lspName: 'LSP Uji',
    lspLicenceNo: 'BNSP-LSP-UJI-0001',
    schemeCode: 'SKM-01',
    schemeTitle: { id: 'Skema', en: 'Scheme' },
    sessionId: 's1',
    sessionCode: 'JWP-DEMO-01',
    sessionTitle: { id: 'Sesi', en: null },
    tukName: 'TUK Uji',
    tukType: 'sewaktu',
    tukZone: null,
    date: '2026-11-21',
    startTime: '08:00',
    assessorName: 'Asesor',
    assessorMet: 'MET.1',
  },
  candidate: { candidateId: 'c1', participantNo: 'P-1', name: 'Peserta Satu', seat: 'PC-01' },
  attempt: { status: 'submitted', missed: false, submittedAt: '2026-11-21T02:00:00Z', agreedAt: '2026-11-21T01:00:00Z', agreementEvidence: ['observation', 'written', 'oral', 'interview'], lateAnswers: 0, heldRefused: 0 },
  multipleChoice: {
    sessionId: 's1',
    candidateId: 'c1',
    submitted: true,
    // As the core sends it: the candidate's order and letters.
    items: [
      { itemId: 'm2', ref: 'm2', number: 1, prompt: { id: LONG_STEM, en: null }, unitCode: 'J.620100.005.02', kuks: [{ unitCode: 'J.620100.005.02', kukNumber: '1.2' }], answer: 'C', key: 'C', achieved: true },
      { itemId: 'm1', ref: 'm1', number: 2, prompt: { id: 'Tag HTML untuk paragraf', en: null }, unitCode: 'J.620100.004.02', kuks: [{ unitCode: 'J.620100.004.02', kukNumber: '1.2' }], answer: 'A', key: 'D', achieved: false },
    ],
    units: [],
    corrections: [],
    allAchieved: false,
  },
  passHintPercent: null,
  essays: [],
  oral: twoUnits,
  supporting: twoUnits,
  observation: [],
  units: [],
  record: null,
  allowedRecommendation: null,
  signature: null,
  acknowledgement: null,
  formSignatures: formSignatures({ agreedAt: null, signedAt: null, acknowledgedAt: null, feedbackByCandidateAt: null, recorded: ALL_RECORDED }),
  formsRecorded: ALL_RECORDED,
  feedback: null,
  appeal: null,
  lastSeq: 0,
};
