import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../../../renderer/src/i18n/setup';
import { SignatureBlock } from '../../../../renderer/src/screens/print/FormFrame';
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
