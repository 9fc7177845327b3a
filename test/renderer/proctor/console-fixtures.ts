import type { SessionTokenState } from '../../../electron/shared/cbt';
import type { BoardRow, SessionBoard } from '../../../electron/shared/exam-day';
import type { ProctorToday, ProctorUpcoming, SessionSummary } from '../../../electron/shared/types';
import { TOKEN, principal } from '../fixtures';
import { fakeTransport, ok } from '../fake-transport';

export const SESSION: SessionSummary = {
  id: 's1',
  code: 'JWP-DEMO-01',
  title: { id: 'Uji Kompetensi Junior Web Programmer', en: 'Junior Web Programmer Competency Test' },
  date: '2026-11-21',
  startTime: '08:00',
  durationMinutes: 120,
  schemeTitle: { id: 'Pemrogram Web Muda', en: 'Junior Web Programmer' },
  schemeCode: 'SS.JWP/LSPP/005/2022',
  tukName: 'TUK Sewaktu Lab Komputer Demo',
  tukType: 'sewaktu',
  tukZone: null,
  candidateCount: 2,
  assessorNames: ['Dra. Sri Wahyuningsih, M.Kom.'],
  cancellation: null,
  startedWithOtherDuration: [],
};

export const TODAY: ProctorToday = {
  date: '2026-11-21',
  sessions: [
    {
      session: SESSION,
      run: null,
      resultsExport: null,
      candidates: [
        { candidateId: 'c1', participantNo: 'JWP-2026-001', name: 'Muhammad Rizky Pratama', nik: '3276991403059001', seat: 'PC-01', assessorName: 'Dra. Sri Wahyuningsih, M.Kom.', accountId: 'acc-c1', locked: false },
        { candidateId: 'c2', participantNo: 'JWP-2026-002', name: 'Siti Aisyah Rahmawati', nik: '3276996207049002', seat: 'PC-02', assessorName: 'Dra. Sri Wahyuningsih, M.Kom.', accountId: 'acc-c2', locked: false },
      ],
      assessors: [],
    },
  ],
  clockOff: null,
  tukClocksOff: [],
};

/** A session imported here for a later day: listed as upcoming, not startable today. */
export const LATER: SessionSummary = { ...SESSION, id: 's2', code: 'JDW-20261210-001', date: '2026-12-10', startTime: '09:30', candidateCount: 3 };

export const NO_UPCOMING: ProctorUpcoming = { date: TODAY.date, sessions: [] };

export function boardRow(over: Partial<BoardRow> & Pick<BoardRow, 'candidateId' | 'participantNo' | 'name'>): BoardRow {
  return {
    seat: null,
    assessorName: 'Dra. Sri Wahyuningsih, M.Kom.',
    accountId: `acc-${over.candidateId}`,
    locked: false,
    attendance: null,
    attendanceStatus: over.attendance ?? (over.phase && over.phase !== 'not_signed_in' && over.phase !== 'agreement' && over.phase !== 'absent' ? 'present' : 'not_recorded'),
    phase: 'not_signed_in',
    signedIn: false,
    online: false,
    lastActivityAt: null,
    answered: 0,
    total: 0,
    doubtful: 0,
    remainingMs: null,
    deadline: null,
    extensionMinutes: 0,
    focusLost: 0,
    submittedAt: null,
    submitReason: null,
    lateAnswers: 0,
    heldRefused: 0,
    ...over,
  };
}

export const RIZKY = boardRow({ candidateId: 'c1', participantNo: 'JWP-2026-001', name: 'Muhammad Rizky Pratama', seat: 'PC-01' });
export const SITI = boardRow({ candidateId: 'c2', participantNo: 'JWP-2026-002', name: 'Siti Aisyah Rahmawati', seat: 'PC-02' });

export function board(serverNow: string, rows: BoardRow[]): SessionBoard {
  return { sessionId: 's1', serverNow, status: 'running', startedAt: '2026-11-21T01:00:00.000Z', endedAt: null, rows };
}

export function tokenState(serverNow: string, token: string, rotatesAt: string): SessionTokenState {
  return { sessionId: 's1', status: 'running', token, issuedAt: serverNow, rotatesAt, rotateMinutes: 15, serverNow };
}

/** A signed-in proctor at the console of session s1 (its own address, as after a reload). */
export function proctorWithConsole(handlers: Parameters<typeof fakeTransport>[0]) {
  sessionStorage.setItem('ruang-uji.token', TOKEN);
  window.location.hash = '#/console/s1';
  return fakeTransport({
    'auth/whoami': () => ok(principal('proctor', 'Agus Setiawan')),
    'proctor/today': () => ok(TODAY),
    'proctor/upcoming': () => ok(NO_UPCOMING),
    ...handlers,
  });
}

/** A signed-in proctor on today's sessions, whose console's board is `boardNow()` at each load and whose token is fresh. */
export function proctorDesk(boardNow: () => SessionBoard) {
  sessionStorage.setItem('ruang-uji.token', TOKEN);
  return fakeTransport({
    'auth/whoami': () => ok(principal('proctor', 'Agus Setiawan')),
    'proctor/today': () => ok(TODAY),
    'proctor/upcoming': () => ok(NO_UPCOMING),
    'exam/token': () => ok(tokenState(new Date().toISOString(), 'KXRTWB', new Date(Date.now() + 900_000).toISOString())),
    'exam/board': () => ok(boardNow()),
  });
}
