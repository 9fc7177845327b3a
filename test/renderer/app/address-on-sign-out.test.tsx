import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { StaffAccount } from '../../../electron/shared/accounts';
import type { Principal } from '../../../electron/shared/roles';
import type { SignInResult } from '../../../electron/shared/types';
import { TOKEN, appInfo, principal } from '../fixtures';
import { fakeTransport, ok } from '../fake-transport';
import { renderApp } from '../render-app';

afterEach(() => {
  window.location.hash = '';
});

/** A TUK station's admin (no LSP) and its proctor, as in the walk-through. */
const TUK_ADMIN: Principal = { ...principal('lsp_admin', 'Asep Sunandar'), lspId: null };
const PROCTOR: Principal = principal('proctor', 'Budi Santoso');
const ADMIN_ACCOUNT: StaffAccount = {
  id: TUK_ADMIN.accountId,
  role: 'lsp_admin',
  username: TUK_ADMIN.username,
  displayName: TUK_ADMIN.displayName,
  assessorId: null,
  disabled: false,
  disabledNote: null,
  locked: false,
  mustChangePassword: false,
  createdAt: '2026-11-01T00:00:00.000Z',
};
const signedIn = (who: Principal): SignInResult => ({ token: `${TOKEN}-${who.role}`, expiresAt: '2099-01-01T00:00:00.000Z', principal: who });

/** The TUK admin signed in on `#/accounts` (a stored token, as after a reload); the proctor signs in next. */
function openAccountsAsTukAdmin() {
  sessionStorage.setItem('ruang-uji.token', TOKEN);
  window.location.hash = '#/accounts';
  const fake = fakeTransport({
    'app/info': () => ok(appInfo(false)),
    'setup/status': () => ok({ needed: false, kind: 'tuk' }),
    'auth/whoami': () => ok(TUK_ADMIN),
    'accounts/list': () => ok([ADMIN_ACCOUNT]),
    'tukStation/info': () => ok({ name: 'TUK SMK 1', type: 'sewaktu' }),
    'auth/signOut': () => ok({ signedOut: true }),
    'auth/signIn': () => ok(signedIn(PROCTOR)),
    'proctor/today': () => ok({ sessions: [], clockOff: null, tukClocksOff: [] }),
    'keys/status': () => ok(null),
  });
  renderApp(fake.transport);
  return fake;
}

async function signInAsProctor() {
  fireEvent.change(screen.getByTestId('signin-username'), { target: { value: 'budi' } });
  fireEvent.change(screen.getByTestId('signin-password'), { target: { value: 'Pilihan-sendiri-2026' } });
  fireEvent.click(screen.getByTestId('signin-submit'));
  await screen.findByTestId('home-proctor');
}

describe('the address across sign-out and sign-in', () => {
  it("leaves #/accounts for #/ on signing out, so the proctor who signs in next sees their home under the home's address", async () => {
    openAccountsAsTukAdmin();
    await screen.findByTestId('accounts-screen');
    const entries = history.length;
    fireEvent.click(screen.getByTestId('signout'));
    await screen.findByTestId('signin-form');
    // Rewritten by an effect after the sign-in screen is shown (once the ended session's screens unmounted): awaited.
    await waitFor(() => expect(window.location.hash).toBe('#/'));
    // The entry is rewritten in place: no new one.
    expect(history.length).toBe(entries);
    await signInAsProctor();
    expect(window.location.hash).toBe('#/');
    expect(screen.queryByTestId('unsaved-dialog')).toBeNull();
  });

  it('asks first when an edit is unsaved: "stay" keeps the screen and its address, "leave" signs out to #/ without asking again', async () => {
    const fake = openAccountsAsTukAdmin();
    await screen.findByTestId('accounts-screen');
    fireEvent.change(screen.getByTestId('new-account-name'), { target: { value: 'Citra Dewi' } });
    fireEvent.click(screen.getByTestId('signout'));
    const dialog = await screen.findByTestId('unsaved-dialog');
    fireEvent.click(within(dialog).getByTestId('action-cancel'));
    expect(screen.queryByTestId('unsaved-dialog')).toBeNull();
    expect(screen.getByTestId('accounts-screen')).toBeTruthy();
    expect(window.location.hash).toBe('#/accounts');
    expect(fake.calls.some((c) => c.method === 'auth/signOut')).toBe(false);

    fireEvent.click(screen.getByTestId('signout'));
    fireEvent.click(within(await screen.findByTestId('unsaved-dialog')).getByTestId('action-confirm'));
    await screen.findByTestId('signin-form');
    await waitFor(() => expect(window.location.hash).toBe('#/'));
    expect(screen.queryByTestId('unsaved-dialog')).toBeNull();
    expect(fake.calls.filter((c) => c.method === 'auth/signOut')).toHaveLength(1);
  });

  it("signs in at #/ when the address names no screen of the role signing in", async () => {
    const fake = fakeTransport({
      'app/info': () => ok(appInfo(false)),
      'setup/status': () => ok({ needed: false, kind: 'lsp' }),
      'auth/signIn': () => ok(signedIn(PROCTOR)),
      'proctor/today': () => ok({ sessions: [], clockOff: null, tukClocksOff: [] }),
      'keys/status': () => ok(null),
    });
    window.location.hash = '#/accounts';
    renderApp(fake.transport);
    await screen.findByTestId('signin-form');
    await signInAsProctor();
    await waitFor(() => expect(window.location.hash).toBe('#/'));
  });

  it('keeps a route the role has across a sign-in (a link followed before signing in)', async () => {
    const admin = principal('lsp_admin', 'Rina Kartikasari');
    const fake = fakeTransport({
      'app/info': () => ok(appInfo(false)),
      'setup/status': () => ok({ needed: false, kind: 'lsp' }),
      'auth/signIn': () => ok(signedIn(admin)),
      'accounts/list': () => ok([]),
      'assessors/list': () => ok({ rows: [], total: 0, totalAtLeast: null, nextCursor: null }),
    });
    window.location.hash = '#/accounts';
    renderApp(fake.transport);
    fireEvent.change(await screen.findByTestId('signin-username'), { target: { value: 'admin' } });
    fireEvent.change(screen.getByTestId('signin-password'), { target: { value: 'admin123!' } });
    fireEvent.click(screen.getByTestId('signin-submit'));
    await screen.findByTestId('accounts-screen');
    expect(window.location.hash).toBe('#/accounts');
  });
});
