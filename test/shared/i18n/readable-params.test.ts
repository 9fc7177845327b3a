import { describe, expect, it } from 'vitest';
import { apiError } from '../../../electron/shared/errors';
import { errorText } from '../../../electron/shared/i18n/error-text';
import { readableParams } from '../../../electron/shared/i18n/readable-params';
import { inTimeZone } from '../../support/time-zone';

/** The core sends days and instants as ISO; the person reads them as the screens write them, in their language. */
describe('an error whose params carry a cap', () => {
  it('groups its digits as the language does', () => {
    // "lebih dari 20000 soal" read as a code, not a number, on the import screen's refusal of a 200,000-row sheet.
    expect(errorText(apiError('BANK_FILE_TOO_MANY_QUESTIONS', { cap: 20000 }), 'id')).toContain('lebih dari 20.000 soal');
    expect(errorText(apiError('BANK_FILE_TOO_MANY_QUESTIONS', { cap: 20000 }), 'en')).toContain('more than 20,000 questions');
    expect(readableParams({ max: 4, count: 12000 }, 'id')).toEqual({ max: '4', count: 12000 });
  });
});

describe('an error whose params carry a day or an instant', () => {
  inTimeZone('Asia/Jakarta');

  it('writes an instant as day and clock time in this computer’s zone, in each language', () => {
    // 00:21 UTC is 07.21 in Jakarta: the day and the hour are Jakarta's, not the UTC text's.
    const error = apiError('BUNDLE_REPLAYED', { newest: '2026-12-05T00:21:46.404Z' });
    expect(errorText(error, 'id')).toContain('(5 Des 2026, 07.21)');
    expect(errorText(error, 'en')).toContain('(5 Dec 2026, 07:21)');
    expect(errorText(error, 'id')).not.toContain('2026-12-05T');
  });

  it('writes an instant under a day’s name as the day it falls on here', () => {
    // 20:00 UTC on the 14th is already the 15th in Jakarta.
    expect(readableParams({ date: '2026-12-14T20:00:00.000Z' }, 'id')).toEqual({ date: '15 Des 2026' });
    expect(errorText(apiError('APL_SELF_EXPIRED', { date: '2026-12-14T20:00:00.000Z' }), 'en')).toContain('ended on 15 Dec 2026.');
  });

  it('names an overlapping session’s time with its day once when it ends that day, both days when it runs past midnight', () => {
    // Read "(12 Jan 2027 08.00 sampai 12 Jan 2027 10.00)": the same day twice.
    const sameDay = { assessor: 'Ahmad', metNumber: 'MET.1', session: 'S1', date: '2027-01-12', startTime: '08:00', endDate: '2027-01-12', endTime: '10:00', zone: 'WITA' };
    expect(errorText(apiError('SCHEDULE_ASSESSOR_OVERLAP', sameDay), 'id')).toContain('pada sesi S1 (12 Jan 2027, 08.00–10.00 WITA) yang');
    expect(errorText(apiError('SCHEDULE_ASSESSOR_OVERLAP', sameDay), 'en')).toContain('in session S1 (12 Jan 2027, 08:00–10:00 WITA), whose');
    const overnight = { ...sameDay, startTime: '22:00', endDate: '2027-01-13', endTime: '01:00' };
    expect(errorText(apiError('SCHEDULE_ASSESSOR_OVERLAP', overnight), 'id')).toContain('(12 Jan 2027, 22.00 – 13 Jan 2027, 01.00 WITA)');
    expect(readableParams({ date: '2027-01-12', startTime: '08:00' }, 'id')).toEqual({ date: '12 Jan 2027', startTime: '08.00' });
  });

  it('writes whole days and clock times under their names, and leaves every other value as sent', () => {
    const params = { expiresOn: '2026-11-30', startTime: '08:00', pleno: 'SK/001/2026', value: '2026-11-30', count: 3 };
    expect(readableParams(params, 'id')).toEqual({ expiresOn: '30 Nov 2026', startTime: '08.00', pleno: 'SK/001/2026', value: '2026-11-30', count: 3 });
    expect(readableParams({ pleno: '2026-12-10' }, 'en')).toEqual({ pleno: '10 Dec 2026' });
  });
});
