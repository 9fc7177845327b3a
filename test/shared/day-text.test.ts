import { describe, expect, it } from 'vitest';
import { dayTextProblem, isoOfCellText, isoOfDayText, monthFirstIso } from '../../electron/shared/day-text';

describe('a day typed into a date input', () => {
  it('reads a day day-first with any of the usual separators, or an ISO day pasted in', () => {
    expect(isoOfDayText('17/08/2026')).toBe('2026-08-17');
    expect(isoOfDayText(' 5-8-2026 ')).toBe('2026-08-05');
    expect(isoOfDayText('17.08.2026')).toBe('2026-08-17');
    expect(isoOfDayText('17 08 2026')).toBe('2026-08-17');
    expect(isoOfDayText('2026-08-17')).toBe('2026-08-17');
    // 05/08 is the 5th of August, never 8 May.
    expect(isoOfDayText('05/08/2026')).toBe('2026-08-05');
  });

  it('refuses what is not a day of the calendar', () => {
    expect(isoOfDayText('29/02/2024')).toBe('2024-02-29');
    for (const text of ['29/02/2025', '31/04/2026', '1/13/2026', '0/1/2026', '17/08/26', '17/08', '', 'besok', '2026-8-17', '17/08/0999']) {
      expect(isoOfDayText(text), text).toBeNull();
    }
  });

  it('tells a day the calendar lacks from text not written as a day', () => {
    for (const text of ['31/02/1995', '29/02/1995', '31/04/2026', '1/13/2026', '0/1/2026', '31 Februari 1995', '2026-02-30', '31-02-1993', '31.02.1993', '31 02 1993', '31-Feb-1993']) {
      expect(dayTextProblem(text), text).toBe('calendar');
    }
    // As a sheet's cell: a year first in any separator, a time after it.
    for (const text of ['31-02-1993', '1993/02/31', '31/02/1993 00:00:00']) expect(dayTextProblem(text, 'cell'), text).toBe('calendar');
    expect(dayTextProblem('01-01-1990', 'cell')).toBeNull();
    expect(dayTextProblem('1993-02', 'cell')).toBe('shape');
    for (const text of ['17/08/26', '17/08', '', 'besok', '2026-8-17', '31 Februarian 1995', '17/08/2026 08:00']) {
      expect(dayTextProblem(text), text).toBe('shape');
    }
    expect(dayTextProblem('29/02/2024')).toBeNull();
    expect(dayTextProblem(' 17 Agustus 2026 ')).toBeNull();
  });

  it('reads a month by its name as a sheet does, but neither a time nor a year first other than ISO', () => {
    expect(isoOfDayText('17 Agustus 2026')).toBe('2026-08-17');
    expect(isoOfDayText('1 nop 2026')).toBe('2026-11-01');
    expect(isoOfDayText('17 / 08 / 2026')).toBe('2026-08-17');
    for (const text of ['17/08/2026 08:00', '2026-08-17 00:00:00', '2026/08/17', '2026.8.17']) expect(isoOfDayText(text), text).toBeNull();
  });
});

describe('a date cell holding text', () => {
  it('reads dates typed as text, day first, with Indonesian and English month names', () => {
    for (const text of [
      '17/08/1995',
      '17-08-1995',
      '17.08.1995',
      '17/8/1995',
      '1995-08-17',
      '1995-08-17 00:00:00',
      '17 Agustus 1995',
      '17 agustus 1995',
      '17 Agu 1995',
      '17 Agt 1995',
      '17 August 1995',
      '17 Aug. 1995',
      '17-Aug-1995',
      ' 17  AGUSTUS  1995 ',
    ]) {
      expect(isoOfCellText(text), text).toBe('1995-08-17');
    }
    expect(isoOfCellText('1 Nopember 2001')).toBe('2001-11-01');
    expect(isoOfCellText('05/12/2001')).toBe('2001-12-05'); // day first, never month first
  });

  it("reads a cell's long date as Excel writes it in an Indonesian or English locale, its weekday checked; a date input does not take one", () => {
    for (const text of ['Kamis, 17 Agustus 1995', 'kamis 17 agustus 1995', "Jum'at, 18 Agustus 1995", 'Thursday, 17 August 1995', 'Kamis, 17/08/1995']) {
      expect(isoOfCellText(text)?.slice(0, 8), text).toBe('1995-08-');
    }
    expect(isoOfCellText('Kamis, 17 Agustus 1995')).toBe('1995-08-17');
    // 17 August 1995 was a Thursday: another weekday leaves which was meant unclear.
    expect(isoOfCellText('Senin, 17 Agustus 1995')).toBeNull();
    expect(isoOfCellText('Besok, 17 Agustus 1995')).toBeNull();
    expect(isoOfDayText('Kamis, 17 Agustus 1995')).toBeNull();
  });

  it('refuses days that do not exist and forms that are ambiguous', () => {
    for (const text of ['31/06/1995', '29/02/1995', '32/01/1995', '17/13/1995', '17/08/95', '08/17/1995', '17 Agustusan 1995', 'kemarin', '1995', '']) {
      expect(isoOfCellText(text), text).toBeNull();
    }
    expect(isoOfCellText('29/02/1996')).toBe('1996-02-29');
  });

  it('also reads what other programs write: a year first in any padding, a time after the day (dropped), and a space between day, month and year as a date input does', () => {
    for (const text of ['1995/8/17', '1995.08.17', '1995-8-17', '1995-08-17T00:00:00Z', '1995-08-17T07:00:00.000', '17/08/1995 13:45', '17 08 1995']) {
      expect(isoOfCellText(text), text).toBe('1995-08-17');
    }
  });
});

describe('a day written month first', () => {
  it('is recognised only where its second number cannot be a month and swapped it is a day', () => {
    expect(monthFirstIso('08/17/1995')).toEqual({ iso: '1995-08-17', month: 17 });
    expect(monthFirstIso('8-31-1995')).toEqual({ iso: '1995-08-31', month: 31 });
    // Day first reads: whatever was meant, 06/05/1995 is the 6th of May.
    expect(monthFirstIso('06/05/1995')).toBeNull();
    expect(monthFirstIso('31/02/1995')).toBeNull();
    expect(monthFirstIso('02/30/1995')).toBeNull();
    expect(monthFirstIso('17 Agustus 1995')).toBeNull();
  });
});
