import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../../../renderer/src/i18n/setup';
import { FormFrame, SignatureBlock } from '../../../../renderer/src/screens/print/FormFrame';
import { inTimeZone } from '../../../support/time-zone';

// Signed at 06:30 WIT (Jayapura) on 3 December, which is still 2 December in UTC.
const SIGNED_AT = '2026-12-02T21:30:00.000Z';

describe('the signature block', () => {
  inTimeZone('Asia/Jayapura');
  afterEach(cleanup);

  it('prints the day and time the person signed where the venue is, not the UTC day', () => {
    render(
      <I18nextProvider i18n={createI18n('id')}>
        <SignatureBlock
          candidate={{ name: 'Asesi', mark: { at: SIGNED_AT, how: 'acknowledged' } }}
          assessor={{ name: 'Asesor', met: 'MET.000.1', mark: { at: '2026-12-03T01:00:00.000Z', how: 'signed' } }}
        />
      </I18nextProvider>,
    );
    const block = screen.getByRole('table').textContent ?? '';
    expect(block).toContain('3 Des 2026');
    expect(block).toContain('06.30');
    expect(block).not.toContain('2 Des 2026');
    expect(screen.getByTestId('signature-candidate').textContent).toContain('Diterima dengan kata sandi asesi');
    expect(screen.getByTestId('signature-assessor').textContent).toContain('Ditandatangani secara elektronik');
  });

  it('prints an empty line, never an electronic signature, for a person who gave none', () => {
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <SignatureBlock candidate={{ name: 'Asesi', mark: null }} assessor={{ name: 'Asesor', met: 'MET.000.1', mark: { at: SIGNED_AT, how: 'signed' } }} />
      </I18nextProvider>,
    );
    const candidate = screen.getByTestId('signature-candidate');
    expect(candidate.dataset.how).toBe('wet');
    expect(candidate.textContent).toBe('');
    const block = screen.getByRole('table').textContent ?? '';
    expect(block.match(/electronically/g)).toHaveLength(1);
  });
});

describe("the form's header", () => {
  afterEach(cleanup);
  const header = {
    lspName: 'LSP Uji',
    lspLicenceNo: 'BNSP-LSP-UJI-0001',
    schemeCode: 'SKM-01',
    schemeTitle: { id: 'Skema', en: 'Scheme' },
    tukName: 'TUK Uji',
    tukType: 'mandiri' as const,
    date: '2026-12-01',
  };

  it.each([
    ['id' as const, 'Nomor Lisensi BNSP-LSP-UJI-0001'],
    ['en' as const, 'Licence No. BNSP-LSP-UJI-0001'],
  ])("names the LSP with its BNSP licence number, which the forms left out (%s)", (language, text) => {
    render(
      <I18nextProvider i18n={createI18n(language)}>
        <FormFrame form="ak01" header={header}>
          <p />
        </FormFrame>
      </I18nextProvider>,
    );
    expect(screen.getByTestId('form-lsp').textContent).toBe('LSP Uji');
    expect(screen.getByTestId('form-lsp-licence').textContent).toBe(text);
  });

  it('prints the name alone, with no placeholder number, where the LSP recorded no licence', () => {
    render(
      <I18nextProvider i18n={createI18n('id')}>
        <FormFrame form="ak01" header={{ ...header, lspLicenceNo: null }}>
          <p />
        </FormFrame>
      </I18nextProvider>,
    );
    expect(screen.getByTestId('form-lsp').textContent).toBe('LSP Uji');
    expect(screen.queryByTestId('form-lsp-licence')).toBeNull();
  });
});
