import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { apiError } from '../../../electron/shared/errors';
import { clientError, type UiError } from '../../../renderer/src/api/client-errors';
import { id } from '../../../electron/shared/i18n/id';
import { LoadView } from '../../../renderer/src/components/LoadView';
import { createI18n } from '../../../renderer/src/i18n/setup';

afterEach(cleanup);

function failed(error: UiError) {
  render(
    <I18nextProvider i18n={createI18n('id')}>
      <LoadView state={{ status: 'error', error }} onRetry={() => {}}>
        {() => null}
      </LoadView>
    </I18nextProvider>,
  );
  return screen.queryByRole('button', { name: id.common.retry });
}

describe('a screen whose data could not be loaded', () => {
  it('offers "Coba lagi" only where loading again could change the answer', () => {
    // A refusal of who may see it, of a record that is not there, or of the call's shape stays as it is.
    for (const code of ['FORBIDDEN', 'NOT_FOUND', 'BAD_ARGS'] as const) {
      expect(failed(apiError(code, {})), code).toBeNull();
      cleanup();
    }
    // The network, or the core failing inside: another try may well go through.
    expect(failed(clientError('NETWORK'))).not.toBeNull();
    cleanup();
    expect(failed(apiError('INTERNAL', {}))).not.toBeNull();
  });
});
