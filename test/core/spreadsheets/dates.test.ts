import { describe, expect, it } from 'vitest';
import { excelDateToIso, serialToIso, textToIso } from '../../../electron/core/spreadsheets/dates';

describe('spreadsheet dates', () => {
  it('read Excel serial numbers, with the 1900 leap-year bug and the 1904 system', () => {
    expect(serialToIso(34928)).toBe('1995-08-17');
    expect(serialToIso(34928.99)).toBe('1995-08-17');
    expect(serialToIso(61)).toBe('1900-03-01');
    expect(serialToIso(60)).toBeNull(); // 29 February 1900, which never was
    expect(serialToIso(59)).toBe('1900-02-28');
    expect(serialToIso(1)).toBe('1900-01-01');
    expect(serialToIso(0)).toBeNull();
    expect(serialToIso(-3)).toBeNull();
    expect(serialToIso(33466, true)).toBe('1995-08-17');
    expect(serialToIso(3e6)).toBeNull();
  });

  it('read the Date exceljs makes of a date cell as the same calendar day in any time zone', () => {
    const before = process.env.TZ;
    try {
      for (const zone of ['Asia/Jayapura', 'Pacific/Kiritimati', 'America/Los_Angeles', 'UTC']) {
        process.env.TZ = zone;
        // exceljs: new Date(Math.round((serial - 25569) * 86400000)), UTC midnight of the serial's day.
        expect(excelDateToIso(new Date(Math.round((34928 - 25569) * 86_400_000)))).toBe('1995-08-17');
        expect(excelDateToIso(new Date(Math.round((34928.75 - 25569) * 86_400_000)))).toBe('1995-08-17');
        expect(excelDateToIso(new Date(Math.round((59 - 25569) * 86_400_000)))).toBe('1900-02-28');
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('read dates typed as text, day first, with Indonesian and English month names', () => {
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
      expect(textToIso(text), text).toBe('1995-08-17');
    }
    expect(textToIso('1 Nopember 2001')).toBe('2001-11-01');
    expect(textToIso('05/12/2001')).toBe('2001-12-05'); // day first, never month first
  });

  it('refuse days that do not exist and forms that are ambiguous', () => {
    for (const text of ['31/06/1995', '29/02/1995', '32/01/1995', '17/13/1995', '17/08/95', '08/17/1995', '17 Agustusan 1995', 'kemarin', '1995', '']) {
      expect(textToIso(text), text).toBeNull();
    }
    expect(textToIso('29/02/1996')).toBe('1996-02-29');
  });
});
