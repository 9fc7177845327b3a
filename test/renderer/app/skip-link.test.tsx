import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TOKEN, principal } from '../fixtures';
import { fakeTransport, ok } from '../fake-transport';
import { renderApp } from '../render-app';

afterEach(() => {
  window.location.hash = '';
});

describe('the skip link', () => {
  it('moves the focus to the main landmark and leaves the route (the hash) as it was', async () => {
    sessionStorage.setItem('ruang-uji.token', TOKEN);
    window.location.hash = '#/accounts';
    const fake = fakeTransport({ 'auth/whoami': () => ok(principal('lsp_admin', 'Rina Kartikasari')), 'accounts/list': () => ok([]) });
    renderApp(fake.transport);
    await screen.findByTestId('accounts-screen');

    fireEvent.click(screen.getByTestId('skip-link'));
    // A hash change is announced a task later: wait one, then the route must still be the same.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(window.location.hash).toBe('#/accounts');
    expect(screen.getByTestId('accounts-screen')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });
});

describe('a screen opened in place of another', () => {
  it('gives the focus to the main landmark when the control pressed went with the screen it was on', async () => {
    sessionStorage.setItem('ruang-uji.token', TOKEN);
    window.location.hash = '#/accounts';
    const fake = fakeTransport({ 'auth/whoami': () => ok(principal('lsp_admin', 'Rina Kartikasari')), 'accounts/list': () => ok([]) });
    renderApp(fake.transport);
    const back = await screen.findByTestId('back-home');
    back.focus();
    window.location.hash = '#/';
    await waitFor(() => expect(screen.queryByTestId('accounts-screen')).toBeNull());
    // The link went with the accounts screen: the focus is in the new screen's landmark, not on <body>.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('main')));
  });
});
