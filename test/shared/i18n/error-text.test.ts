import { describe, expect, it } from 'vitest';
import { AppError, apiError } from '../../../electron/shared/errors';
import { errorText } from '../../../electron/shared/i18n/error-text';

describe('an error refused for the role', () => {
  // The core sends the internal code (`lsp_admin`) for the log; the person reads a sentence without it.
  it('keeps the role code out of the sentence, in both languages', () => {
    const error = apiError('FORBIDDEN', { role: 'lsp_admin', method: 'candidates/list' });
    expect(error.params).toEqual({ role: 'lsp_admin', method: 'candidates/list' });
    expect(errorText(error, 'id')).toBe('Peran Anda tidak berhak melakukan tindakan ini.');
    expect(errorText(error, 'en')).toBe('Your role may not do this.');
  });
});

describe('a refused session export, outside the screens (the CLI)', () => {
  const met = { assessor: 'Agus Setiawan', metNumber: 'MET.000.001234.2019', expiresOn: '2026-11-30', date: '2026-12-10' };
  it('counts the broken rules in the right plural and words each, naming whom it concerns', () => {
    const one = new AppError('SESSION_EXPORT_REFUSED', { count: 1 }, undefined, [{ code: 'SCHEDULE_ASSESSOR_MET_EXPIRED', params: met }]).toApiError();
    expect(errorText(one, 'en')).toBe(
      "The session cannot be sent to the TUK yet: 1 rule is broken. Correct the plan first. Assessor Agus Setiawan (MET.000.001234.2019): MET registration valid until 30 Nov 2026, expired by the session date, 10 Dec 2026. Choose another assessor, or update the MET validity on their record once it is renewed.",
    );
    const two = new AppError('SESSION_EXPORT_REFUSED', { count: 2 }, undefined, [
      { code: 'SCHEDULE_ASSESSOR_MET_EXPIRED', params: met },
      { code: 'SCHEDULE_TUK_UNFIT', params: { tuk: 'Gedung Serbaguna', verifiedOn: '2026-11-20', note: 'Listrik tidak stabil' } },
    ]).toApiError();
    expect(errorText(two, 'en')).toMatch(/^The session cannot be sent to the TUK yet: 2 rules are broken\. .*Agus Setiawan.*Listrik tidak stabil/);
    expect(errorText(two, 'id')).toMatch(/^Sesi belum dapat dikirim ke TUK: 2 aturan dilanggar\. .*Agus Setiawan/);
    expect(errorText(two, 'id')).not.toContain('SCHEDULE_');
  });
});

describe('moving an exported session to another TUK', () => {
  // The LSP knows only that the bundle left, and a cancellation reaches the TUK only in a bundle exported again.
  it('says the bundle was exported (not received), and that the cancellation must be exported again and imported at that TUK', () => {
    const error = apiError('SCHEDULE_TUK_AFTER_EXPORT', { tuk: 'TUK Lab Demo', exportedAt: '2026-12-05T05:41:00.000Z' });
    const idText = errorText(error, 'id');
    const enText = errorText(error, 'en');
    expect(idText).not.toMatch(/sudah menerima/);
    expect(enText).not.toMatch(/has received/);
    expect(idText).toMatch(/ekspor ulang sesi ini di Paket sesi & kunci/);
    expect(idText).toMatch(/diimpor di TUK Lab Demo/);
    expect(enText).toMatch(/export this session again under Session bundles & keys/);
    expect(enText).toMatch(/imported at TUK Lab Demo/);
  });
});
