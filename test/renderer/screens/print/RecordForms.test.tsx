import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../../../renderer/src/i18n/setup';
import { Ak01Print } from '../../../../renderer/src/screens/print/RecordForms';
import { inTimeZone } from '../../../support/time-zone';
import { ws } from './workspace-fixture';

describe('printed FR.AK.01', () => {
  inTimeZone('Asia/Jakarta');
  afterEach(cleanup);

  it('ticks exactly the evidence the candidate accepted on screen, and leaves the rest unticked', () => {
    render(
      <I18nextProvider i18n={createI18n('id')}>
        <Ak01Print ws={{ ...ws, attempt: { ...ws.attempt, agreementEvidence: ['written', 'oral'] } }} />
      </I18nextProvider>,
    );
    const items = [...screen.getByTestId('ak01-evidence').querySelectorAll('li')];
    const ticked = items.filter((li) => li.textContent?.startsWith('☑')).map((li) => li.textContent);
    expect(ticked).toHaveLength(2);
    expect(items.find((li) => li.textContent?.includes('Verifikasi portofolio'))?.textContent?.startsWith('☐')).toBe(true);
    expect(items.map((li) => li.dataset.collected)).toEqual(['false', 'false', 'true', 'true', 'false']);
  });
});
