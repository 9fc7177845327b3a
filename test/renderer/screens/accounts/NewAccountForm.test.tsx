import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { id } from '../../../../electron/shared/i18n/id';
import { TOKEN, principal } from '../../fixtures';
import { fakeTransport, ok } from '../../fake-transport';
import { renderApp } from '../../render-app';

describe('new account form', () => {
  it('asks for the assessor record when an assessor account is submitted without one, instead of sending it', async () => {
    sessionStorage.setItem('ruang-uji.token', TOKEN);
    window.location.hash = '#/accounts';
    const fake = fakeTransport({
      'auth/whoami': () => ok(principal('lsp_admin', 'Siti Rahma')),
      'accounts/list': () => ok([]),
      'assessors/list': () => ok({ rows: [], total: 0, totalAtLeast: null, nextCursor: null }),
    });
    renderApp(fake.transport);
    await screen.findByTestId('new-account');
    fireEvent.change(screen.getByTestId('new-account-role'), { target: { value: 'assessor' } });
    const search = await screen.findByTestId('new-account-assessor-search');
    fireEvent.change(screen.getByTestId('new-account-name'), { target: { value: 'Dewi Lestari' } });
    fireEvent.change(screen.getByTestId('new-account-username'), { target: { value: 'dewi' } });
    fireEvent.change(screen.getByTestId('new-account-password'), { target: { value: 'Sementara-2026' } });
    fireEvent.click(screen.getByTestId('new-account-submit'));

    const missing = await screen.findByTestId('new-account-assessor-missing');
    expect(missing.textContent).toBe(id.registry.reasons.required);
    expect(search.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(search));
    expect(fake.calls.some((c) => c.method === 'accounts/create')).toBe(false);
    expect(screen.queryByTestId('error-message')).toBeNull();
    window.location.hash = '';
  });
});
