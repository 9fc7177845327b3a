import { describe, expect, it } from 'vitest';
import { attendanceStatus, missedWrittenTest } from '../../../electron/core/exam-day/attendance';
import type { Attendance } from '../../../electron/shared/exam-day';

// Every combination of what the proctor recorded, whether the test was started, and whether the session is over.
const cases: [Attendance | null, boolean, boolean, ReturnType<typeof attendanceStatus>, boolean][] = [
  [null, false, false, 'not_recorded', false],
  [null, false, true, 'absent', true],
  [null, true, false, 'present', false],
  [null, true, true, 'present', false],
  ['present', false, false, 'present', false],
  // There, but never started the test by the end: present on the daftar hadir, the written test missed.
  ['present', false, true, 'present', true],
  ['present', true, true, 'present', false],
  ['absent', false, false, 'absent', true],
  ['absent', false, true, 'absent', true],
  // Marked absent, then started after all: the start wins.
  ['absent', true, false, 'present', false],
];

describe('attendance and the written test missed, by the one definition', () => {
  it.each(cases)('recorded %s, started %s, session over %s: %s, missed %s', (recorded, started, ended, status, missed) => {
    expect(attendanceStatus(recorded, started, ended)).toBe(status);
    expect(missedWrittenTest(recorded, started, ended)).toBe(missed);
  });
});
