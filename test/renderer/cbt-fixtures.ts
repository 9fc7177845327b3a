import type { CbtAnswer, CbtClock, CbtItem, CbtState } from '../../electron/shared/cbt';

export const AGREEMENT: CbtState['agreement'] = {
  candidateName: 'Muhammad Rizky Pratama',
  participantNo: 'JWP-2026-001',
  schemeCode: 'SS.JWP/LSPP/005/2022',
  schemeTitle: { id: 'Pemrogram Web Muda', en: 'Junior Web Programmer' },
  sessionTitle: { id: 'Uji Kompetensi Junior Web Programmer', en: null },
  tukName: 'TUK Sewaktu Lab Komputer Demo',
  tukType: 'sewaktu',
  date: '2026-11-21',
  startTime: '08:00',
  durationMinutes: 120,
  assessorName: 'Dra. Sri Wahyuningsih, M.Kom.',
  assessorMet: 'MET.000.004512 2019',
  evidence: ['observation', 'written', 'oral'],
};

export const ITEMS: CbtItem[] = [
  {
    itemId: 'mc-1',
    number: 1,
    kind: 'multiple_choice',
    prompt: { id: 'Tag HTML untuk paragraf adalah …', en: 'The HTML tag for a paragraph is …' },
    options: [
      { id: '<p>', en: '<p>' },
      { id: '<div>', en: '<div>' },
      { id: '<span>', en: '<span>' },
      { id: '<br>', en: '<br>' },
    ],
  },
  {
    itemId: 'mc-2',
    number: 2,
    kind: 'multiple_choice',
    // No English on purpose: the screen must show the Indonesian text with a marker.
    prompt: { id: 'Perintah SQL untuk mengambil data adalah …', en: null },
    options: [
      { id: 'SELECT', en: null },
      { id: 'INSERT', en: null },
      { id: 'UPDATE', en: null },
      { id: 'DELETE', en: null },
      { id: 'DROP', en: null },
    ],
  },
  {
    itemId: 'essay-1',
    number: 3,
    kind: 'essay',
    prompt: { id: 'Jelaskan perbedaan GET dan POST.', en: 'Explain the difference between GET and POST.' },
    options: [],
  },
];

export function clockOf(remainingMs: number, paused = false, serverNow = '2026-11-21T02:00:00.000Z'): CbtClock {
  return { serverNow, deadline: new Date(Date.parse(serverNow) + remainingMs).toISOString(), remainingMs, paused };
}

export function agreementState(): CbtState {
  return {
    phase: 'agreement',
    sessionId: 'sess-1',
    agreement: AGREEMENT,
    agreedAt: null,
    items: [],
    answers: [],
    position: 0,
    lastSeq: 0,
    clock: null,
    submitted: null,
  };
}

export function testState(over: Partial<CbtState> = {}): CbtState {
  return {
    ...agreementState(),
    phase: 'test',
    agreedAt: '2026-11-21T01:00:00.000Z',
    items: ITEMS,
    answers: [] as CbtAnswer[],
    position: 0,
    lastSeq: 0,
    clock: clockOf(60 * 60_000),
    ...over,
  };
}

export function submittedState(reason: 'candidate' | 'timeout' = 'candidate'): CbtState {
  return {
    ...agreementState(),
    phase: 'submitted',
    agreedAt: '2026-11-21T01:00:00.000Z',
    submitted: { at: '2026-11-21T02:30:00.000Z', receipt: 'K7QM-2XPA', reason },
  };
}
