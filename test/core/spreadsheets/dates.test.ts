import { describe, expect, it } from 'vitest';
import { excelDateToIso, serialToIso } from '../../../electron/core/spreadsheets/dates';

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
});
