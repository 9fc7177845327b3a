import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../electron/shared/i18n/en';
import { id } from '../../../electron/shared/i18n/id';
import { TOKEN, appInfo, principal } from '../fixtures';
import { fakeTransport, ok } from '../fake-transport';
import { renderApp } from '../render-app';

afterEach(() => {
  window.location.hash = '';
});

/** A reload of a signed-in page: the token survives in sessionStorage, the sign-in screen is never shown. */
function reloadSignedIn(language: 'id' | 'en') {
  sessionStorage.setItem('ruang-uji.token', TOKEN);
  window.location.hash = '#/accounts';
  const fake = fakeTransport({
    'app/info': () => ok({ ...appInfo(false), language }),
    'auth/whoami': () => ok(principal('lsp_admin', 'Rina Kartikasari')),
    'accounts/list': () => ok([]),
  });
  return renderApp(fake.transport);
}

describe("the installation's language after a reload", () => {
  it('shows an English installation in English on a computer that never chose a language', async () => {
    reloadSignedIn('en');
    await screen.findByTestId('accounts-screen');
    await waitFor(() => expect(screen.getByTestId('skip-link').textContent).toBe(en.common.skipToContent));
    expect(document.documentElement.lang).toBe('en');
    // Still not stored: the computer keeps following the installation.
    expect(localStorage.getItem('ruang-uji.language')).toBeNull();
  });

  it("keeps this computer's own choice over the installation's", async () => {
    localStorage.setItem('ruang-uji.language', 'id');
    reloadSignedIn('en');
    await screen.findByTestId('accounts-screen');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByTestId('skip-link').textContent).toBe(id.common.skipToContent);
    fireEvent.click(screen.getByTestId('lang-en'));
    await waitFor(() => expect(screen.getByTestId('skip-link').textContent).toBe(en.common.skipToContent));
  });
});
