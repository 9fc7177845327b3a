import type { PlenoDetail, ResultsReview, ResultsSessionSummary, ReviewCandidate } from '../../../../electron/shared/pleno';

export const SUMMARY: ResultsSessionSummary = {
  sessionId: 'ses-1',
  code: 'JDW-20270310-001',
  title: { id: 'Junior Web Programmer', en: null },
  date: '2027-03-10',
  scheme: { schemeId: 's-1', code: 'SKM-JWP', title: { id: 'Junior Web Programmer', en: 'Junior Web Programmer' } },
  tuk: { tukId: 't-1', code: 'TUK-01', name: 'TUK SMK Negeri 1' },
  resultsImportedAt: '2027-03-11T02:00:00.000Z',
  candidates: 3,
  recommendedK: 1,
  recommendedBK: 1,
  absent: 1,
  flagged: 1,
  blocking: 1,
  decided: 0,
};

export const candidate = (n: number, over: Partial<ReviewCandidate> = {}): ReviewCandidate => ({
  candidateId: `c-${n}`,
  participantNo: `P-000${n}`,
  name: `Peserta ${n}`,
  nik: `327301170895000${n}`,
  seat: null,
  assessor: { assessorId: 'as-1', name: 'Asesor 1', met: 'MET.000.001' },
  attendance: 'present',
  attempt: 'submitted',
  writtenTest: { extensionMinutes: 0, submittedAt: '2027-03-10T02:50:00.000Z', submitReason: 'candidate' },
  recommendation: 'K',
  units: [
    {
      unitId: 'u-1',
      unitCode: 'J.620100.005.02',
      title: { id: 'Mengimplementasikan User Interface', en: null },
      decision: 'K',
      suggestionAtDecision: 'K',
      comment: null,
      extraEvidence: [],
    },
  ],
  evidence: {
    multipleChoice: { taken: true, total: 10, achieved: 8, units: [{ unitCode: 'J.620100.005.02', unitTitle: { id: 'UI', en: null }, total: 10, achieved: 8 }] },
    essay: { total: 2, scored: 2, achieved: 2 },
    oral: { total: 0, scored: 0, achieved: 0 },
    supporting: { total: 0, scored: 0, achieved: 0 },
    observation: { total: 4, k: 4, bk: 0, further: 0, unscored: 0 },
    knowledgeConclusion: 'achieved',
  },
  signature: { signedAt: '2027-03-10T09:00:00.000Z', signedByName: 'Asesor 1' },
  acknowledgement: { acknowledgedAt: '2027-03-10T09:05:00.000Z' },
  feedback: { enteredBy: 'candidate', savedAt: '2027-03-10T09:10:00.000Z' },
  appeal: { tuk: null, cases: [], held: false },
  incidents: [],
  plenoDecision: null,
  flags: [],
  blocksDecision: false,
  ...over,
});

export const REVIEW: ResultsReview = {
  session: { ...SUMMARY, lspName: 'LSP Informatika', tukType: 'sewaktu', startTime: '08:00', assessors: [{ assessorId: 'as-1', name: 'Asesor 1', met: 'MET.000.001' }] },
  incidents: [{ id: 1, at: '2027-03-10T03:00:00.000Z', text: 'Listrik padam 5 menit', by: 'Proktor' }],
  notes: '',
  candidates: [
    candidate(1),
    candidate(2, { recommendation: 'BK', signature: null, flags: ['unsigned'], blocksDecision: true }),
    candidate(3, { attendance: 'absent', recommendation: null, signature: null, flags: ['absent'] }),
  ],
};

export const detail = (over: Partial<PlenoDetail> = {}): PlenoDetail => ({
  plenoId: 'pl-1',
  status: 'draft',
  heldOn: '2027-03-15',
  place: 'Ruang rapat LSP',
  skNumber: null,
  skDate: null,
  correctsId: null,
  supersededBy: null,
  lsp: { lspId: 'lsp-1', code: 'LSP-01', name: 'LSP Informatika', licenceNo: 'BNSP-LSP-123', address: null },
  correctionReason: null,
  createdAt: '2027-03-15T01:00:00.000Z',
  createdByName: 'Rina Kartikasari',
  decidedAt: null,
  decidedByName: null,
  signedAt: null,
  signedByName: null,
  sessions: [
    {
      sessionId: 'ses-1',
      code: 'JDW-20270310-001',
      title: { id: 'Junior Web Programmer', en: null },
      date: '2027-03-10',
      startTime: '08:00',
      scheme: { schemeId: 's-1', code: 'SKM-JWP', title: { id: 'Junior Web Programmer', en: 'Junior Web Programmer' }, kind: 'okupasi', skkni: 'SKKNI 282/2016' },
      tuk: { tukId: 't-1', code: 'TUK-01', name: 'TUK SMK Negeri 1', type: 'sewaktu', address: null },
      assessors: [{ assessorId: 'as-1', name: 'Asesor 1', met: 'MET.000.001' }],
      candidates: 3,
    },
  ],
  members: [
    { position: 1, role: 'chair', name: 'Budi Santoso', accountId: 'acc-9', accountUsername: 'budi', assessorId: null, assessorMet: null },
    { position: 2, role: 'member', name: 'Sari Dewi', accountId: null, accountUsername: null, assessorId: null, assessorMet: null },
    { position: 3, role: 'secretary', name: 'Andi Wijaya', accountId: null, accountUsername: null, assessorId: null, assessorMet: null },
  ],
  decisions: [],
  counts: { candidates: 3, absent: 1, competent: 0, notCompetent: 0, departures: 0 },
  blocking: [],
  ...over,
});

const decision = (n: number, d: 'K' | 'BK', rec: 'K' | 'BK', reason: string | null) => ({
  sessionId: 'ses-1',
  sessionCode: 'JDW-20270310-001',
  candidateId: `c-${n}`,
  participantNo: `P-000${n}`,
  name: `Peserta ${n}`,
  nik: `327301170895000${n}`,
  institution: null,
  scheme: { code: 'SKM-JWP', title: { id: 'Junior Web Programmer', en: 'Junior Web Programmer' } },
  recommendation: rec,
  decision: d,
  reason,
  departs: d !== rec,
  appeal: null,
});

/** A signed pleno: Peserta 1 K as recommended, Peserta 2 K against a BK recommendation, with the reason. */
export const SIGNED = detail({
  status: 'signed',
  skNumber: 'SK/001/LSP/2027',
  skDate: '2027-03-16',
  decidedAt: '2027-03-15T02:00:00.000Z',
  signedAt: '2027-03-16T03:00:00.000Z',
  signedByName: 'Rina Kartikasari',
  decisions: [decision(1, 'K', 'K', null), decision(2, 'K', 'BK', 'Bukti portofolio tambahan diterima')],
  counts: { candidates: 3, absent: 1, competent: 2, notCompetent: 0, departures: 1 },
});
