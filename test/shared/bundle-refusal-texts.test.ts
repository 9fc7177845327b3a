import { describe, expect, it } from 'vitest';
import { en } from '../../electron/shared/i18n/en';
import { id } from '../../electron/shared/i18n/id';
import { errorText } from '../../electron/shared/i18n/error-text';

/**
 * A refused bundle on a USB stick: the person at the TUK or the LSP must learn from the message alone
 * that nothing changed and what to do next (walk-through: several ended at "Refused.").
 */
describe('bundle refusals say that nothing changed and what to do', () => {
  const cases = [
    { code: 'BUNDLE_TAMPERED', id: /Salin ulang/, en: /Copy it again/ },
    { code: 'BUNDLE_WRONG_KEY', id: /minta pengirim/i, en: /ask the sender/i },
    { code: 'BUNDLE_BAD_SIGNATURE', id: /minta pengirim/i, en: /ask the sender/i },
    { code: 'BUNDLE_WRONG_TARGET', id: /minta pengirim/i, en: /ask the sender/i },
    { code: 'BUNDLE_OTHER_TUK', id: /minta pengirim/i, en: /ask the sender/i },
    { code: 'BUNDLE_REPLAYED', id: /paket yang lebih baru tetap berlaku/, en: /newer bundle stays/ },
    { code: 'BUNDLE_SIGNER_UNKNOWN', id: /--accept-signer/, en: /--accept-signer/ },
    { code: 'BUNDLE_WRONG_KIND', id: /paket sesi: di komputer TUK/, en: /session bundle: on the TUK computer/ },
  ] as const;
  it.each(cases)('$code', ({ code, id: idText, en: enText }) => {
    expect(id.errors[code]).toMatch(idText);
    expect(en.errors[code]).toMatch(enText);
    if (code !== 'BUNDLE_SIGNER_UNKNOWN') {
      expect(id.errors[code]).toContain('Tidak ada yang diubah');
      expect(en.errors[code]).toContain('Nothing was changed');
    }
    // "This screen" is wrong on the command line, which shows the same texts.
    expect(id.errors[code]).not.toMatch(/layar ini/);
    expect(en.errors[code]).not.toMatch(/this screen/);
  });
});

describe('BUNDLE_WRONG_KIND names the kinds as the bundles screen does', () => {
  it('in both languages, not by their codes', () => {
    const error = { code: 'BUNDLE_WRONG_KIND', messageKey: 'errors.BUNDLE_WRONG_KIND', params: { found: 'session', expected: 'results' } } as const;
    expect(errorText(error, 'id')).toMatch(/^Berkas ini berjenis "Paket sesi", bukan "Hasil uji"\. Tidak ada yang diubah\./);
    expect(errorText(error, 'en')).toMatch(/^This file is of the kind "Session bundle", not "Results"\. Nothing was changed\./);
    // Another refusal's found and expected (fingerprints) stay as sent.
    const keys = { code: 'KEY_BACKUP_MISMATCH', messageKey: 'errors.KEY_BACKUP_MISMATCH', params: { found: '1 2', expected: '3 4' } } as const;
    expect(errorText(keys, 'en')).toContain('1 2');
  });
});
