import type { Attendance, AttendanceStatus } from '../../shared/exam-day';

/**
 * The one definition of attendance (issue 18 item 3), used by the board, the berita acara and the
 * daftar hadir. A candidate who started the test was there, whatever was recorded before; otherwise
 * what the proctor recorded; otherwise nothing is known yet, until the session closes: whoever was
 * never recorded by then did not come.
 */
export function attendanceStatus(recorded: Attendance | null, started: boolean, sessionEnded: boolean): AttendanceStatus {
  if (started) return 'present';
  if (recorded) return recorded;
  return sessionEnded ? 'absent' : 'not_recorded';
}

/**
 * Whether the candidate missed the written test: they never started it, and either the proctor marked them
 * absent or the session is over (marked present and never started by then is missed too). Before the day,
 * or while the test runs, nothing is missed yet, and a form printed then must not say they did not take it.
 */
export function missedWrittenTest(recorded: Attendance | null, started: boolean, sessionEnded: boolean): boolean {
  return !started && (recorded === 'absent' || sessionEnded);
}
