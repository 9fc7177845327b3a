import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '../../electron/shared/i18n/en';
import { id } from '../../electron/shared/i18n/id';
import { agreementState } from './cbt-fixtures';
import { appInfo, signInResult } from './fixtures';
import { fail, fakeTransport, ok } from './fake-transport';
import { renderApp } from './render-app';

function fill(testId: string, value: string) {
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
}

async function submitAndWaitForCall(calls: { method: string }[], method: string) {
  fireEvent.click(screen.getByTestId('signin-submit'));
  await waitFor(() => expect(calls.some((c) => c.method === method)).toBe(true));
}

describe('sign-in screen', () => {
  it('renders the form, both modes, the language switch and the version from app/info', async () => {
    const { transport } = fakeTransport({ 'app/info': () => ok(appInfo(false)) });
    renderApp(transport);
    expect(screen.getByTestId('signin-form')).toBeTruthy();
    expect(screen.getByTestId('signin-mode-staff').getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId('signin-mode-candidate').getAttribute('aria-selected')).toBe('false');
    expect(screen.getByTestId('lang-id').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('lang-en')).toBeTruthy();
    expect(screen.getByLabelText(id.signIn.username)).toBe(screen.getByTestId('signin-username'));
    expect(screen.getByLabelText(id.signIn.password)).toBe(screen.getByTestId('signin-password'));
    expect((await screen.findByTestId('app-version')).textContent).toContain('0.1.0');
    expect(document.documentElement.lang).toBe('id');
  });

  it('on a LAN computer, says an installation not yet set up must be set up on its own computer (set-up is refused here)', async () => {
    const { transport } = fakeTransport({ 'app/info': () => ok({ ...appInfo(false), setUp: false }), 'setup/status': () => fail('SETUP_LOCAL_ONLY') });
    const { unmount } = renderApp(transport);
    expect((await screen.findByTestId('signin-not-set-up')).textContent).toBe(id.signIn.notSetUp);
    unmount();
    // Once set up, the LAN sign-in says nothing of it.
    renderApp(fakeTransport({ 'app/info': () => ok(appInfo(false)), 'setup/status': () => fail('SETUP_LOCAL_ONLY') }).transport);
    expect((await screen.findByTestId('app-version')).textContent).toContain('0.1.0');
    expect(screen.queryByTestId('signin-not-set-up')).toBeNull();
  });

  it("opens in the installation's language until this computer picks its own", async () => {
    const english = fakeTransport({ 'app/info': () => ok({ ...appInfo(false), language: 'en' }) });
    renderApp(english.transport);
    await waitFor(() => expect(screen.getByLabelText(en.signIn.username)).toBe(screen.getByTestId('signin-username')));
    expect(document.documentElement.lang).toBe('en');
    // Nothing was stored: the computer still follows the installation.
    expect(localStorage.getItem('ruang-uji.language')).toBeNull();
  });

  it("keeps this computer's own choice over the installation's language", async () => {
    const english = fakeTransport({ 'app/info': () => ok({ ...appInfo(false), language: 'en' }) });
    renderApp(english.transport);
    fireEvent.click(screen.getByTestId('lang-id'));
    await screen.findByTestId('app-version');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByLabelText(id.signIn.username)).toBe(screen.getByTestId('signin-username'));
    expect(localStorage.getItem('ruang-uji.language')).toBe('id');
  });

  it('shows the demo logins only on a demo installation', async () => {
    const demo = fakeTransport({ 'app/info': () => ok(appInfo(true)) });
    const { unmount } = renderApp(demo.transport);
    const panel = await screen.findByTestId('demo-logins');
    expect(panel.textContent).toContain('admin123!');
    expect(panel.textContent).toContain(id.roles.proctor);
    expect(panel.textContent).toContain('JWP-2026-002');
    unmount();

    const real = fakeTransport({ 'app/info': () => ok(appInfo(false)) });
    renderApp(real.transport);
    await screen.findByTestId('app-version');
    expect(screen.queryByTestId('demo-logins')).toBeNull();
    expect(document.body.textContent).not.toContain('admin123!');
  });

  it('fills the form from a demo login, switching to candidate mode for candidates', async () => {
    const { transport } = fakeTransport({ 'app/info': () => ok(appInfo(true)) });
    renderApp(transport);
    const panel = await screen.findByTestId('demo-logins');
    fireEvent.click(within(panel).getByText('JWP-2026-002').closest('button')!);
    expect(screen.getByTestId('signin-mode-candidate').getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId<HTMLInputElement>('signin-username').value).toBe('JWP-2026-002');
    expect(screen.getByTestId<HTMLInputElement>('signin-password').value).toBe('nasi5926');

    fireEvent.click(within(panel).getByText('Agus Setiawan').closest('button')!);
    expect(screen.getByTestId('signin-mode-staff').getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId<HTMLInputElement>('signin-username').value).toBe('proktor');
  });

  it('calls auth/signIn with the typed credentials and shows BAD_CREDENTIALS in Indonesian', async () => {
    const fake = fakeTransport({ 'app/info': () => ok(appInfo(false)), 'auth/signIn': () => fail('BAD_CREDENTIALS') });
    renderApp(fake.transport);
    fill('signin-username', 'admin');
    fill('signin-password', 'salah');
    await submitAndWaitForCall(fake.calls, 'auth/signIn');
    expect(fake.calls.find((c) => c.method === 'auth/signIn')).toEqual({
      method: 'auth/signIn',
      args: { username: 'admin', password: 'salah' },
      token: null,
    });
    const error = await screen.findByTestId('error-message');
    expect(error.textContent).toContain(id.errors.BAD_CREDENTIALS);
    expect(error.getAttribute('role')).toBe('alert');
  });

  it('says which field is empty beside it when "Masuk" is pressed, focuses the first, and sends nothing, in both languages', async () => {
    const fake = fakeTransport({ 'app/info': () => ok(appInfo(false)), 'auth/signIn': () => fail('BAD_CREDENTIALS') });
    renderApp(fake.transport);
    const username = screen.getByTestId('signin-username');
    const password = screen.getByTestId('signin-password');
    expect(screen.getByTestId<HTMLButtonElement>('signin-submit').disabled).toBe(false);
    fireEvent.click(screen.getByTestId('signin-submit'));
    const usernameProblem = await screen.findByTestId('signin-username-problem');
    expect(usernameProblem.textContent).toBe(id.signIn.missing.username);
    expect(screen.getByTestId('signin-password-problem').textContent).toBe(id.signIn.missing.password);
    // Accessible: each empty input is invalid and described by its problem (the username also by its hint).
    expect(username.getAttribute('aria-invalid')).toBe('true');
    expect(username.getAttribute('aria-describedby')?.split(' ')).toContain(usernameProblem.id);
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(password.getAttribute('aria-describedby')).toBe(screen.getByTestId('signin-password-problem').id);
    await waitFor(() => expect(document.activeElement).toBe(username));
    expect(fake.calls.some((c) => c.method === 'auth/signIn')).toBe(false);

    // Typing takes the field's problem away and leaves the focus where the user types.
    fill('signin-username', 'admin');
    expect(screen.queryByTestId('signin-username-problem')).toBeNull();
    expect(username.getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByTestId('signin-password-problem')).toBeTruthy();
    fireEvent.click(screen.getByTestId('signin-submit'));
    await waitFor(() => expect(document.activeElement).toBe(password));
    expect(fake.calls.some((c) => c.method === 'auth/signIn')).toBe(false);

    fireEvent.click(screen.getByTestId('lang-en'));
    await waitFor(() => expect(screen.getByTestId('signin-password-problem').textContent).toBe(en.signIn.missing.password));

    // The candidate's door names its own fields.
    fireEvent.click(screen.getByTestId('signin-mode-candidate'));
    expect(screen.queryByTestId('signin-password-problem')).toBeNull();
    fireEvent.click(screen.getByTestId('signin-submit'));
    expect((await screen.findByTestId('signin-username-problem')).textContent).toBe(en.signIn.missing.participantNo);
    expect(screen.getByTestId('signin-token-problem').textContent).toBe(en.signIn.missing.token);
    expect(screen.getByTestId('signin-token').getAttribute('aria-describedby')?.split(' ')).toContain(screen.getByTestId('signin-token-problem').id);
  });

  it('shows BAD_CREDENTIALS in English after switching language', async () => {
    const fake = fakeTransport({ 'app/info': () => ok(appInfo(false)), 'auth/signIn': () => fail('BAD_CREDENTIALS') });
    renderApp(fake.transport);
    fireEvent.click(screen.getByTestId('lang-en'));
    fill('signin-username', 'admin');
    fill('signin-password', 'wrong');
    await submitAndWaitForCall(fake.calls, 'auth/signIn');
    expect((await screen.findByTestId('error-message')).textContent).toContain(en.errors.BAD_CREDENTIALS);
  });

  it('re-translates a shown error when the language changes, with its parameters and English plural', async () => {
    const fake = fakeTransport({
      'app/info': () => ok(appInfo(false)),
      'auth/candidateSignIn': () => fail('ACCOUNT_LOCKED', { count: 1 }),
    });
    renderApp(fake.transport);
    fireEvent.click(screen.getByTestId('signin-mode-candidate'));
    fill('signin-username', 'JWP-2026-003');
    fill('signin-password', 'x');
    fill('signin-token', 'abcdef');
    await submitAndWaitForCall(fake.calls, 'auth/candidateSignIn');
    expect(fake.calls.at(-1)?.args).toEqual({
      participantNo: 'JWP-2026-003',
      password: 'x',
      token: 'ABCDEF',
      deviceId: localStorage.getItem('ruang-uji.device'),
    });
    const error = await screen.findByTestId('error-message');
    expect(error.textContent).toBe(id.errors.ACCOUNT_LOCKED_other.replace('{{count}}', '1'));
    fireEvent.click(screen.getByTestId('lang-en'));
    await waitFor(() => expect(screen.getByTestId('error-message').textContent).toBe(en.errors.ACCOUNT_LOCKED_one.replace('{{count}}', '1')));
  });

  it('switches language: visible text, <html lang> and the stored choice', async () => {
    const { transport } = fakeTransport({ 'app/info': () => ok(appInfo(false)) });
    renderApp(transport);
    expect(screen.getByTestId('signin-submit').textContent).toBe(id.signIn.submit);
    fireEvent.click(screen.getByTestId('lang-en'));
    await waitFor(() => expect(screen.getByTestId('signin-submit').textContent).toBe(en.signIn.submit));
    expect(screen.getByText(en.signIn.title, { selector: 'h1' })).toBeTruthy();
    expect(screen.getByTestId('lang-en').getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('ruang-uji.language')).toBe('en');
  });

  it('starts in the remembered language', () => {
    localStorage.setItem('ruang-uji.language', 'en');
    const { transport } = fakeTransport({ 'app/info': () => ok(appInfo(false)) });
    renderApp(transport);
    expect(screen.getByTestId('signin-submit').textContent).toBe(en.signIn.submit);
    expect(document.documentElement.lang).toBe('en');
  });

  it('says, folded under the form, who gives a forgotten password back: an admin, or the key backup for the only one', async () => {
    const { transport } = fakeTransport({ 'app/info': () => ok(appInfo(false)) });
    renderApp(transport);
    const forgot = await screen.findByTestId('signin-forgot');
    // Folded: a sign-in reads past it.
    expect(forgot.tagName).toBe('DETAILS');
    expect(forgot.hasAttribute('open')).toBe(false);
    expect(within(forgot).getByText(id.signIn.forgot.summary).tagName).toBe('SUMMARY');
    expect(forgot.textContent).toContain('Akun staf');
    expect(forgot.textContent).toContain('ruang-uji keys recover-admin USER --key-backup KEYS.age');
    fireEvent.click(screen.getByTestId('lang-en'));
    expect(screen.getByTestId('signin-forgot').textContent).toContain(en.signIn.forgot.staff);
    expect(screen.getByTestId('signin-forgot').textContent).toContain(en.signIn.forgot.onlyAdmin);
    // A candidate's password comes from the proctor in the room, not from a command.
    fireEvent.click(screen.getByTestId('signin-mode-candidate'));
    expect(screen.getByTestId('signin-forgot').textContent).toBe(en.signIn.forgot.summary + en.signIn.forgot.candidate);
    // The FR.APL.02 tab had none: a candidate who lost the slip has no proctor, only the LSP that issues a new one.
    fireEvent.click(screen.getByTestId('signin-mode-apl'));
    expect(screen.getByTestId('signin-forgot').textContent).toBe(en.signIn.forgot.summary + en.aplSelf.signIn.forgot);
  });

  it('shows NETWORK when the server cannot be reached', async () => {
    const fake = fakeTransport({
      'app/info': () => ok(appInfo(false)),
      'auth/signIn': () => ({ ok: false, error: { code: 'NETWORK', messageKey: 'errors.NETWORK', params: {} } }),
    });
    renderApp(fake.transport);
    fill('signin-username', 'admin');
    fill('signin-password', 'admin123!');
    fireEvent.click(screen.getByTestId('signin-submit'));
    expect((await screen.findByTestId('error-message')).textContent).toContain(id.errors.NETWORK);
  });
});

describe('session', () => {
  it('signs in, keeps the token for this tab, shows the header, and signs out', async () => {
    const fake = fakeTransport({
      'app/info': () => ok(appInfo(false)),
      'auth/signIn': () => ok(signInResult('candidate', 'Muhammad Rizky Pratama')),
      'cbt/state': () => ok(agreementState()),
      'auth/signOut': () => ok({ signedOut: true }),
    });
    renderApp(fake.transport);
    fill('signin-username', 'x');
    fill('signin-password', 'y');
    fireEvent.click(screen.getByTestId('signin-submit'));
    const header = await screen.findByTestId('app-header');
    expect(header.textContent).toContain('Muhammad Rizky Pratama');
    expect(header.textContent).toContain(id.roles.candidate);
    await screen.findByTestId('home-candidate');
    expect(sessionStorage.getItem('ruang-uji.token')).toBe(signInResult('candidate', '').token);
    expect(fake.calls.find((c) => c.method === 'cbt/state')?.token).toBe(signInResult('candidate', '').token);

    fireEvent.click(screen.getByTestId('signout'));
    await screen.findByTestId('signin-form');
    expect(fake.calls.some((c) => c.method === 'auth/signOut')).toBe(true);
    expect(sessionStorage.getItem('ruang-uji.token')).toBeNull();
  });

  it('restores a stored token through auth/whoami', async () => {
    const result = signInResult('assessor', 'Dra. Sri Wahyuningsih, M.Kom.');
    sessionStorage.setItem('ruang-uji.token', result.token);
    const fake = fakeTransport({
      'auth/whoami': () => ok(result.principal),
      'assessor/assigned': () =>
        ok({
          assessor: { id: 'as-1', name: result.principal.displayName, metNumber: 'MET.000.004512 2019', metExpiresOn: '2028-11-20', metState: 'valid', techCertExpiresOn: null, techCertState: 'none' },
          sessions: [],
        }),
    });
    renderApp(fake.transport);
    await screen.findByTestId('home-assessor');
    // app/info (the installation's language) is asked too; the session is checked with the stored token.
    expect(fake.calls.find((call) => call.method === 'auth/whoami')).toEqual({ method: 'auth/whoami', args: {}, token: result.token });
    await waitFor(() => expect(screen.getByTestId('home-assessor').textContent).toContain('MET.000.004512 2019'));
  });

  it('keeps a stored token it could not check, offering retry or a fresh sign-in', async () => {
    sessionStorage.setItem('ruang-uji.token', 'tok_storedstoredstored');
    let reachable = false;
    const fake = fakeTransport({
      'app/info': () => ok(appInfo(false)),
      'auth/whoami': () =>
        reachable
          ? ok(signInResult('candidate', 'Muhammad Rizky Pratama').principal)
          : { ok: false, error: { code: 'NETWORK', messageKey: 'errors.NETWORK', params: {} } },
      'cbt/state': () => ok(agreementState()),
    });
    renderApp(fake.transport);
    const error = await screen.findByTestId('error-message');
    expect(error.textContent).toContain(id.errors.NETWORK);
    expect(sessionStorage.getItem('ruang-uji.token')).toBe('tok_storedstoredstored');
    reachable = true;
    fireEvent.click(within(error).getByText(id.common.retry));
    await screen.findByTestId('home-candidate');
  });

  it('drops a stored token the core no longer accepts and says why', async () => {
    sessionStorage.setItem('ruang-uji.token', 'tok_expiredexpiredexpired');
    const fake = fakeTransport({ 'app/info': () => ok(appInfo(false)), 'auth/whoami': () => fail('UNAUTHENTICATED') });
    renderApp(fake.transport);
    await screen.findByTestId('signin-form');
    expect(sessionStorage.getItem('ruang-uji.token')).toBeNull();
    expect(screen.getByTestId('error-message').textContent).toContain(id.errors.UNAUTHENTICATED);
  });
  it('tells the old PC of a reset login that the login moved to another PC and to call the proctor', async () => {
    sessionStorage.setItem('ruang-uji.token', 'tok_movedmovedmovedmoved');
    const fake = fakeTransport({ 'app/info': () => ok(appInfo(false)), 'auth/whoami': () => fail('LOGIN_MOVED') });
    renderApp(fake.transport);
    await screen.findByTestId('signin-form');
    expect(sessionStorage.getItem('ruang-uji.token')).toBeNull();
    const message = screen.getByTestId('error-message').textContent ?? '';
    expect(message).toContain(id.errors.LOGIN_MOVED);
    expect(message).not.toContain(id.errors.UNAUTHENTICATED);
  });
  it('tells a staff member signed out by an admin why: the account disabled, or the password reset', async () => {
    for (const code of ['SIGNED_OUT_DISABLED', 'SIGNED_OUT_PASSWORD_RESET'] as const) {
      sessionStorage.setItem('ruang-uji.token', 'tok_endedendedendedended');
      const fake = fakeTransport({ 'app/info': () => ok(appInfo(false)), 'auth/whoami': () => fail(code) });
      const { unmount } = renderApp(fake.transport);
      await screen.findByTestId('signin-form');
      expect(sessionStorage.getItem('ruang-uji.token')).toBeNull();
      expect(screen.getByTestId('error-message').textContent).toContain(id.errors[code]);
      unmount();
    }
  });
});

describe('candidate sign-in with the session token', () => {
  it('asks for the token only in candidate mode, sends it in capitals with this PC’s lasting device id', async () => {
    const fake = fakeTransport({
      'app/info': () => ok(appInfo(false)),
      'auth/candidateSignIn': () => fail('TOKEN_INVALID', { token: 'ABCDEF' }),
    });
    renderApp(fake.transport);
    expect(screen.queryByTestId('signin-token')).toBeNull();
    fireEvent.click(screen.getByTestId('signin-mode-candidate'));
    expect(screen.getByLabelText(id.signIn.token)).toBe(screen.getByTestId('signin-token'));
    fill('signin-username', 'JWP-2026-001');
    fill('signin-password', 'kopi7483');
    // Pressed without the token: said at the token, which takes the focus; nothing is sent.
    fireEvent.click(screen.getByTestId('signin-submit'));
    expect((await screen.findByTestId('signin-token-problem')).textContent).toBe(id.signIn.missing.token);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('signin-token')));
    expect(fake.calls.some((c) => c.method === 'auth/candidateSignIn')).toBe(false);
    fill('signin-token', 'abcdef');
    expect(screen.queryByTestId('signin-token-problem')).toBeNull();
    expect(screen.getByTestId<HTMLInputElement>('signin-token').value).toBe('ABCDEF');
    await submitAndWaitForCall(fake.calls, 'auth/candidateSignIn');
    const first = fake.calls.at(-1)?.args as { deviceId: string; token: string };
    expect(first.token).toBe('ABCDEF');
    expect(first.deviceId.length).toBeGreaterThanOrEqual(8);

    // A wrong token: its own message, the password kept, the token field ready to retype.
    const error = await screen.findByTestId('error-message');
    expect(error.textContent).toBe(id.errors.TOKEN_INVALID.replace('{{token}}', 'ABCDEF'));
    expect(screen.getByTestId<HTMLInputElement>('signin-password').value).toBe('kopi7483');
    expect(document.activeElement).toBe(screen.getByTestId('signin-token'));

    fill('signin-token', 'KXRTWB');
    fireEvent.click(screen.getByTestId('signin-submit'));
    await waitFor(() => expect(fake.calls.filter((c) => c.method === 'auth/candidateSignIn')).toHaveLength(2));
    const second = fake.calls.at(-1)?.args as { deviceId: string };
    expect(second.deviceId).toBe(first.deviceId);
    expect(localStorage.getItem('ruang-uji.device')).toBe(first.deviceId);
  });

  it("offers a lab PC's browser no login to save or fill: the card's number and password are not marked as a username and password", async () => {
    renderApp(fakeTransport({ 'app/info': () => ok(appInfo(false)) }).transport);
    const marks = () => [screen.getByTestId('signin-username').getAttribute('autocomplete'), screen.getByTestId('signin-password').getAttribute('autocomplete')];
    // A staff member's own computer keeps what password managers read.
    expect(marks()).toEqual(['username', 'current-password']);
    // The next candidate at the PC must not find the previous one's number and password filled in.
    fireEvent.click(screen.getByTestId('signin-mode-candidate'));
    expect(marks()).toEqual(['off', 'one-time-code']);
    fireEvent.click(screen.getByTestId('signin-mode-apl'));
    expect(marks()).toEqual(['off', 'one-time-code']);
  });

  it('words a refused candidate sign-in by the participant number, not a username, in both languages', async () => {
    const fake = fakeTransport({ 'app/info': () => ok(appInfo(false)), 'auth/candidateSignIn': () => fail('BAD_CREDENTIALS') });
    renderApp(fake.transport);
    fireEvent.click(screen.getByTestId('signin-mode-candidate'));
    fill('signin-username', 'JWP-2026-001');
    fill('signin-password', 'salah-123');
    fill('signin-token', 'KXRTWB');
    await submitAndWaitForCall(fake.calls, 'auth/candidateSignIn');
    const error = await screen.findByTestId('error-message');
    expect(error.dataset.errorCode).toBe('BAD_CREDENTIALS');
    expect(error.textContent).toBe(id.signIn.candidateBadCredentials);
    fireEvent.click(screen.getByTestId('lang-en'));
    await waitFor(() => expect(screen.getByTestId('error-message').textContent).toBe(en.signIn.candidateBadCredentials));
  });

  it('words a refused or locked APL.02 sign-in by the slip and the LSP, in both languages', async () => {
    // The staff wording ("Minta proktor atau admin LSP") sent a candidate at home to a proctor they do not have.
    let code: 'BAD_CREDENTIALS' | 'ACCOUNT_LOCKED' = 'BAD_CREDENTIALS';
    const fake = fakeTransport({ 'app/info': () => ok(appInfo(false)), 'auth/aplSignIn': () => fail(code, code === 'ACCOUNT_LOCKED' ? { count: 5, minutes: 12 } : {}) });
    renderApp(fake.transport);
    fireEvent.click(screen.getByTestId('signin-mode-apl'));
    fill('signin-username', 'apl-k7m3qx');
    fill('signin-password', 'salah-123');
    await submitAndWaitForCall(fake.calls, 'auth/aplSignIn');
    expect((await screen.findByTestId('error-message')).textContent).toBe(id.aplSelf.signIn.badCredentials);
    fireEvent.click(screen.getByTestId('lang-en'));
    await waitFor(() => expect(screen.getByTestId('error-message').textContent).toBe(en.aplSelf.signIn.badCredentials));
    code = 'ACCOUNT_LOCKED';
    fill('signin-password', 'salah-456');
    fireEvent.click(screen.getByTestId('signin-submit'));
    await waitFor(() => expect(fake.calls.filter((c) => c.method === 'auth/aplSignIn')).toHaveLength(2));
    // The lock lifts by itself: the minutes left, as the core counts them.
    await waitFor(() => expect(screen.getByTestId('error-message').textContent).toBe(en.aplSelf.signIn.locked.replace('{{minutes}}', '12')));
    fireEvent.click(screen.getByTestId('lang-id'));
    await waitFor(() => expect(screen.getByTestId('error-message').textContent).toBe(id.aplSelf.signIn.locked.replace('{{minutes}}', '12')));
  });

  it('gives each session problem its own message', async () => {
    for (const code of ['SESSION_NOT_STARTED', 'TOKEN_EXPIRED', 'SIGNED_IN_ELSEWHERE'] as const) {
      const fake = fakeTransport({ 'app/info': () => ok(appInfo(false)), 'auth/candidateSignIn': () => fail(code) });
      const { unmount } = renderApp(fake.transport);
      fireEvent.click(screen.getByTestId('signin-mode-candidate'));
      fill('signin-username', 'JWP-2026-001');
      fill('signin-password', 'kopi7483');
      fill('signin-token', 'KXRTWB');
      fireEvent.click(screen.getByTestId('signin-submit'));
      const error = await screen.findByTestId('error-message');
      expect(error.dataset.errorCode).toBe(code);
      expect(error.textContent).toBe(id.errors[code]);
      unmount();
    }
  });

  it('tells a locked candidate in how many minutes the lock lifts by itself, and that the proctor can open it now, in both languages', async () => {
    const fake = fakeTransport({ 'app/info': () => ok(appInfo(false)), 'auth/candidateSignIn': () => fail('ACCOUNT_LOCKED', { count: 5, minutes: 9 }) });
    renderApp(fake.transport);
    fireEvent.click(screen.getByTestId('signin-mode-candidate'));
    fill('signin-username', 'JWP-2026-001');
    fill('signin-password', 'kopi7483');
    fill('signin-token', 'KXRTWB');
    fireEvent.click(screen.getByTestId('signin-submit'));
    const error = await screen.findByTestId('error-message');
    expect(error.textContent).toBe('Akun dikunci setelah 5 kali gagal masuk. Kunci terbuka sendiri dalam 9 menit, atau minta proktor atau admin LSP membukanya sekarang.');
    fireEvent.click(screen.getByTestId('lang-en'));
    await waitFor(() =>
      expect(screen.getByTestId('error-message').textContent).toBe(
        'The account was locked after 5 failed sign-ins. The lock lifts by itself in 9 min, or ask the proctor or the LSP admin to unlock it now.',
      ),
    );
  });
});
