import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../renderer/src/i18n/setup';
import { SignatureBlock } from '../../../../renderer/src/screens/print/FormFrame';
import { inTimeZone } from '../../../support/time-zone';

// Signed at 06:30 WIT (Jayapura) on 3 December, which is still 2 December in UTC.
const SIGNED_AT = '2026-12-02T21:30:00.000Z';

describe('the signature block’s dates', () => {
  inTimeZone('Asia/Jayapura');

  it('prints the day the person signed where the venue is, not the UTC day', () => {
    render(
      <I18nextProvider i18n={createI18n('id')}>
        <SignatureBlock
          candidate={{ name: 'Asesi', at: SIGNED_AT }}
          assessor={{ name: 'Asesor', met: 'MET.000.1', at: '2026-12-03T01:00:00.000Z' }}
        />
      </I18nextProvider>,
    );
    const block = screen.getByRole('table').textContent ?? '';
    expect(block).toContain('3 Des 2026');
    expect(block).not.toContain('2 Des 2026');
  });
});
