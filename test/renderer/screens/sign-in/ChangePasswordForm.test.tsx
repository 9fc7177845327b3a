import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import { PASSWORD_MIN_LENGTH } from '../../../../electron/shared/accounts';
import { appInfo, signInResult } from '../../fixtures';
import { fail, fakeTransport, ok } from '../../fake-transport';
import { renderApp } from '../../render-app';

const TEMP = 'Sementara-2026';

function fill(testId: string, value: string) {
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
}

/** Budi's first sign-in with the temporary password an admin chose: it ends at the change-password form. */
async function firstSignIn(changePassword: () => ReturnType<typeof ok>) {
  const fake = fakeTransport({
    'app/info': () => ok(appInfo(false)),
    'auth/signIn': () => ok({ ...signInResult('proctor', 'Budi Santoso'), mustChangePassword: true }),
    'auth/changePassword': changePassword,
  });
  renderApp(fake.transport);
  fill('signin-username', 'budi');
  fill('signin-password', TEMP);
  fireEvent.click(screen.getByTestId('signin-submit'));
  await screen.findByTestId('change-password');
  return fake;
}

describe('first sign-in: choosing a new password', () => {
  it('says once, at the new password, that it must differ from the temporary one, and sends nothing', async () => {
    const fake = await firstSignIn(() => ok({ changed: true }));
    fill('change-password-new', TEMP);
    fill('change-password-confirm', TEMP);
    fireEvent.click(screen.getByTestId('change-password-submit'));
    const problem = await screen.findByTestId('problem-change-password-new');
    expect(problem.textContent).toBe(id.errors.PASSWORD_UNCHANGED);
    expect(screen.getAllByText(id.errors.PASSWORD_UNCHANGED)).toHaveLength(1);
    expect(screen.queryByText(id.errors.PASSWORD_WEAK.replace('{{min}}', String(PASSWORD_MIN_LENGTH)))).toBeNull();
    expect(screen.queryByTestId('error-message')).toBeNull();
    expect(screen.getByTestId('change-password-new').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(screen.getByTestId('change-password-new'));
    expect(fake.calls.some((c) => c.method === 'auth/changePassword')).toBe(false);
    fireEvent.click(screen.getByTestId('lang-en'));
    await waitFor(() => expect(screen.getByTestId('problem-change-password-new').textContent).toBe(en.errors.PASSWORD_UNCHANGED));
  });

  it('names the one rule a weak password breaks, not the whole rule: here, that it holds the username', async () => {
    // The fixture's proctor signs in with the username 'proctor'.
    const fake = await firstSignIn(() => ok({ changed: true }));
    fill('change-password-new', 'Ruang-Proctor-77');
    fill('change-password-confirm', 'Ruang-Proctor-77');
    fireEvent.click(screen.getByTestId('change-password-submit'));
    expect((await screen.findByTestId('problem-change-password-new')).textContent).toBe(id.setup.passwordWeakness.username.replace('{{username}}', 'proctor'));
    fill('change-password-new', 'Ruang-77');
    fireEvent.click(screen.getByTestId('change-password-submit'));
    await waitFor(() => expect(screen.getByTestId('problem-change-password-new').textContent).toBe(id.setup.passwordWeakness.short.replace('{{min}}', String(PASSWORD_MIN_LENGTH))));
    expect(fake.calls.some((c) => c.method === 'auth/changePassword')).toBe(false);
  });

  it("puts the core's refusal of the new password at that field, once, instead of above the form", async () => {
    await firstSignIn(() => fail('PASSWORD_UNCHANGED'));
    fill('change-password-new', 'Pilihan-sendiri-2026');
    fill('change-password-confirm', 'Pilihan-sendiri-2026');
    fireEvent.click(screen.getByTestId('change-password-submit'));
    expect((await screen.findByTestId('problem-change-password-new')).textContent).toBe(id.errors.PASSWORD_UNCHANGED);
    expect(screen.getAllByText(id.errors.PASSWORD_UNCHANGED)).toHaveLength(1);
    expect(screen.queryByTestId('error-message')).toBeNull();
  });

  it('says a mismatch at the repeated password, and goes on to the home once changed', async () => {
    const fake = await firstSignIn(() => ok({ changed: true }));
    fill('change-password-new', 'Pilihan-sendiri-2026');
    fill('change-password-confirm', 'Pilihan-sendiri-2025');
    fireEvent.click(screen.getByTestId('change-password-submit'));
    expect((await screen.findByTestId('problem-change-password-confirm')).textContent).toBe(id.setup.mismatch);
    expect(screen.queryByTestId('problem-change-password-new')).toBeNull();
    fill('change-password-confirm', 'Pilihan-sendiri-2026');
    fireEvent.click(screen.getByTestId('change-password-submit'));
    await waitFor(() => expect(screen.queryByTestId('change-password')).toBeNull());
    expect(fake.calls.find((c) => c.method === 'auth/changePassword')?.args).toEqual({ currentPassword: TEMP, newPassword: 'Pilihan-sendiri-2026' });
  });
});

describe('the demo logins beside the sign-in', () => {
  it('leave when the form asks for a new password: they sign in, and this step is past signing in', async () => {
    const fake = fakeTransport({
      'app/info': () => ok(appInfo(true)),
      'auth/signIn': () => ok({ ...signInResult('proctor', 'Budi Santoso'), mustChangePassword: true }),
    });
    renderApp(fake.transport);
    // Where they showed before: beside the sign-in form of a demo installation.
    await screen.findByTestId('demo-logins');
    expect(document.querySelector('.signin-main--with-demo')).not.toBeNull();
    fill('signin-username', 'budi');
    fill('signin-password', TEMP);
    fireEvent.click(screen.getByTestId('signin-submit'));
    await screen.findByTestId('change-password');
    expect(screen.queryByTestId('demo-logins')).toBeNull();
    expect(document.querySelector('.signin-main--with-demo')).toBeNull();
  });
});
