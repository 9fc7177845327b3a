import { describe, expect, it } from 'vitest';
import { apiError } from '../../../electron/shared/errors';
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
