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
