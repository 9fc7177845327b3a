import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError, apiError } from '../../../electron/shared/errors';
import { ErrorMessage } from '../../../renderer/src/components/ErrorMessage';
import type { Language } from '../../../renderer/src/i18n/languages';
import { createI18n } from '../../../renderer/src/i18n/setup';
import { inTimeZone } from '../../support/time-zone';

afterEach(cleanup);

const shown = (language: Language, error: Parameters<typeof ErrorMessage>[0]['error']) => {
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <ErrorMessage error={error} />
    </I18nextProvider>,
  );
  const text = screen.getByTestId('error-message').textContent ?? '';
  cleanup();
  return text;
};

describe('an error on the screen', () => {
  inTimeZone('Asia/Makassar');

  it('names an instant the core sent as ISO by day and clock time here, in each language', () => {
    // 00:21 UTC is 08:21 in Makassar (WITA).
    const replayed = apiError('BUNDLE_REPLAYED', { newest: '2026-12-05T00:21:46.404Z' });
    expect(shown('id', replayed)).toContain('(5 Des 2026, 08.21)');
    expect(shown('en', replayed)).toContain('(5 Dec 2026, 08:21)');
  });

  it('lists who may do what the role was refused, by the role names the screens show', () => {
    const refused = new AppError('FORBIDDEN', { role: 'assessor', method: 'bundles/preview' }, undefined, [
      { code: 'ROLE_ALLOWED', params: { allowed: 'lsp_admin,proctor' } },
    ]).toApiError();
    expect(shown('id', refused)).toContain('Ini hanya untuk Admin LSP atau Proktor.');
    expect(shown('en', refused)).toContain('This is for LSP admin or Proctor only.');
  });
});
