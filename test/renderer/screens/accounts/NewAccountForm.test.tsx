import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { id } from '../../../../electron/shared/i18n/id';
import { TOKEN, principal } from '../../fixtures';
import type { TransportReply } from '../../../../renderer/src/api/transport';
import { fail, fakeTransport, ok } from '../../fake-transport';
import { renderApp } from '../../render-app';

const RULE_ID = id.accounts.usernameRule.replace('{{min}}', '3').replace('{{max}}', '32');
const fill = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });
const chooseRole = (role: string) => fill('new-account-role', role);

async function openAccounts(create: () => TransportReply = () => fail('INTERNAL')) {
  sessionStorage.setItem('ruang-uji.token', TOKEN);
  window.location.hash = '#/accounts';
  const fake = fakeTransport({
    'auth/whoami': () => ok(principal('lsp_admin', 'Siti Rahma')),
    'accounts/list': () => ok([]),
    'assessors/list': () => ok({ rows: [], total: 0, totalAtLeast: null, nextCursor: null }),
    'accounts/create': create,
  });
  renderApp(fake.transport);
  await screen.findByTestId('new-account');
  return fake;
}

describe('new account form', () => {
  it('starts with no role chosen, and refuses to send the account until one is, saying so at the select', async () => {
    const fake = await openAccounts(() => ok({ id: 'acc-budi' }));
    const select = screen.getByTestId<HTMLSelectElement>('new-account-role');
    expect(select.value).toBe('');
    expect(select.selectedOptions[0].textContent).toBe(id.accounts.roleNone);
    fill('new-account-name', 'Budi Santoso');
    fill('new-account-username', 'budi');
    fill('new-account-password', 'Sementara-2026');
    fireEvent.click(screen.getByTestId('new-account-submit'));

    const problem = screen.getByTestId('problem-new-account-role');
    expect(problem.textContent).toBe(id.accounts.roleRequired);
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(select.getAttribute('aria-describedby')).toBe(problem.id);
    await waitFor(() => expect(document.activeElement).toBe(select));
    expect(fake.calls.some((c) => c.method === 'accounts/create')).toBe(false);

    chooseRole('proctor');
    expect(screen.queryByTestId('problem-new-account-role')).toBeNull();
    fireEvent.click(screen.getByTestId('new-account-submit'));
    await waitFor(() => expect(fake.calls.find((c) => c.method === 'accounts/create')?.args).toMatchObject({ role: 'proctor', username: 'budi' }));
    window.location.hash = '';
  });

  it('says the account was made, naming it and that its owner changes the password at first sign-in, and keeps the focus on the button', async () => {
    await openAccounts(() => ok({ id: 'acc-dewi' }));
    chooseRole('proctor');
    fill('new-account-name', 'Dewi Lestari');
    fill('new-account-username', 'dewi');
    fill('new-account-password', 'Sementara-2026');
    const button = screen.getByTestId('new-account-submit') as HTMLButtonElement;
    button.focus();
    fireEvent.click(button);
    // A disabled button loses the focus in Chromium: the keyboard user would start again at the top.
    expect(button.disabled).toBe(false);
    const done = await screen.findByTestId('new-account-created');
    expect(done.getAttribute('role')).toBe('status');
    expect(done.textContent).toBe(id.accounts.created.replace('{{name}}', 'Dewi Lestari').replace('{{username}}', 'dewi'));
    expect(document.activeElement).toBe(button);
    // The next change starts a new account: the notice goes.
    fill('new-account-name', 'B');
    expect(screen.queryByTestId('new-account-created')).toBeNull();
    window.location.hash = '';
  });

  it('asks for the assessor record when an assessor account is submitted without one, instead of sending it', async () => {
    const fake = await openAccounts();
    fireEvent.change(screen.getByTestId('new-account-role'), { target: { value: 'assessor' } });
    const search = await screen.findByTestId('new-account-assessor-search');
    fill('new-account-name', 'Dewi Lestari');
    fill('new-account-username', 'dewi');
    fill('new-account-password', 'Sementara-2026');
    fireEvent.click(screen.getByTestId('new-account-submit'));

    const missing = await screen.findByTestId('new-account-assessor-missing');
    expect(missing.textContent).toBe(id.registry.reasons.required);
    // A field as the form's others are (label above, the input its width, the problem under it), not loose in the fieldset.
    const field = search.parentElement!;
    expect(field.classList.contains('field')).toBe(true);
    expect(field.querySelector('label')?.getAttribute('for')).toBe(search.id);
    expect(field.contains(missing)).toBe(true);
    expect(search.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(search));
    expect(fake.calls.some((c) => c.method === 'accounts/create')).toBe(false);
    expect(screen.queryByTestId('error-message')).toBeNull();
    window.location.hash = '';
  });

  it('says the username rule under the field, and marks an empty name and a username with a space beside them instead of sending', async () => {
    const fake = await openAccounts();
    expect(screen.getByTestId('hint-new-account-username').textContent).toBe(RULE_ID);
    chooseRole('proctor');
    fill('new-account-username', 'Budi X');
    fill('new-account-password', 'Sementara-2026');
    fireEvent.click(screen.getByTestId('new-account-submit'));

    const name = screen.getByTestId('new-account-name');
    expect(screen.getByTestId('problem-new-account-name').textContent).toBe(id.registry.reasons.required);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('problem-new-account-username').textContent).toBe(RULE_ID);
    expect(screen.getByTestId('new-account-username').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByTestId('problem-new-account-password')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(name));
    expect(fake.calls.some((c) => c.method === 'accounts/create')).toBe(false);
    window.location.hash = '';
  });

  it('focuses the assessor search first when it is missing too, the first marked input on the form', async () => {
    await openAccounts();
    fireEvent.change(screen.getByTestId('new-account-role'), { target: { value: 'assessor' } });
    const search = await screen.findByTestId('new-account-assessor-search');
    fireEvent.click(screen.getByTestId('new-account-submit'));
    expect(screen.getByTestId('problem-new-account-name').textContent).toBe(id.registry.reasons.required);
    expect(screen.getByTestId('problem-new-account-username').textContent).toBe(id.registry.reasons.required);
    expect(screen.getByTestId('problem-new-account-password').textContent).toBe(id.registry.reasons.required);
    await waitFor(() => expect(document.activeElement).toBe(search));
    window.location.hash = '';
  });

  it("says a general sentence, not the core's argument paths, when the core refuses the arguments all the same", async () => {
    const fake = await openAccounts(() => fail('BAD_ARGS', { method: 'accounts/create', details: 'username (invalid_format), displayName (too_small)' }));
    chooseRole('proctor');
    fill('new-account-name', 'Budi Santoso');
    fill('new-account-username', 'budi');
    fill('new-account-password', 'Sementara-2026');
    fireEvent.click(screen.getByTestId('new-account-submit'));

    const error = await screen.findByTestId('error-message');
    expect(fake.calls.some((c) => c.method === 'accounts/create')).toBe(true);
    expect(error.textContent).toBe(id.accounts.refused);
    expect(error.dataset.details).toBe('username (invalid_format), displayName (too_small)');
    window.location.hash = '';
  });

  it("drops the core's refusal as soon as the form changes: it was about what is no longer there", async () => {
    await openAccounts(() => fail('USERNAME_TAKEN', { username: 'budi' }));
    chooseRole('proctor');
    fill('new-account-name', 'Budi Santoso');
    fill('new-account-username', 'budi');
    fill('new-account-password', 'Sementara-2026');
    fireEvent.click(screen.getByTestId('new-account-submit'));
    expect((await screen.findByTestId('error-message')).textContent).toContain('budi');
    fireEvent.change(screen.getByTestId('new-account-role'), { target: { value: 'assessor' } });
    expect(screen.queryByTestId('error-message')).toBeNull();
    window.location.hash = '';
  });

  it('says there is no assessor yet, or that none matches what was searched, and how the search matches', async () => {
    await openAccounts();
    fireEvent.change(screen.getByTestId('new-account-role'), { target: { value: 'assessor' } });
    expect((await screen.findByTestId('new-account-assessor-none')).textContent).toBe(id.accounts.assessorNone);
    fill('new-account-assessor-search', 'Wahyu');
    await waitFor(() => expect(screen.getByTestId('new-account-assessor-none').textContent).toBe(id.accounts.assessorNoMatch.replace('{{search}}', 'Wahyu')));
    window.location.hash = '';
  });
});

describe("a TUK station's new account form", () => {
  it('says an assessor account comes with the LSP\'s session bundle, instead of searching a registry the station does not have', async () => {
    sessionStorage.setItem('ruang-uji.token', TOKEN);
    window.location.hash = '#/accounts';
    // A station's admin belongs to no LSP: assessors/list is refused there.
    const fake = fakeTransport({
      'auth/whoami': () => ok({ ...principal('lsp_admin', 'Budi Santoso'), lspId: null }),
      'tukStation/info': () => ok({ name: 'TUK SMK 1', type: 'sewaktu' }),
      'accounts/list': () => ok([]),
      'assessors/list': () => fail('FORBIDDEN'),
    });
    renderApp(fake.transport);
    await screen.findByTestId('new-account');
    chooseRole('assessor');
    expect(screen.getByTestId('new-account-assessor-station').textContent).toBe(id.accounts.assessorOnStation);
    expect(screen.queryByTestId('new-account-assessor-none')).toBeNull();
    expect(screen.queryByTestId('new-account-submit')).toBeNull();
    chooseRole('proctor');
    expect(screen.queryByTestId('new-account-assessor-station')).toBeNull();
    expect(screen.getByTestId('new-account-submit')).toBeTruthy();
    expect(fake.calls.some((c) => c.method === 'assessors/list')).toBe(false);
    window.location.hash = '';
  });

  it('says a weak temporary password beside its input by the rule it breaks, focuses it, and sends nothing', async () => {
    const fake = await openAccounts(() => ok({ id: 'acc-agus' }));
    chooseRole('proctor');
    fill('new-account-name', 'Agus Setiawan');
    fill('new-account-username', 'agus');
    fill('new-account-password', 'agus1');
    fireEvent.click(screen.getByTestId('new-account-submit'));
    expect(screen.getByTestId('problem-new-account-password').textContent).toBe(id.setup.passwordWeakness.short.replace('{{min}}', '10'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('new-account-password')));
    fill('new-account-password', 'Agus-sementara-1');
    fireEvent.click(screen.getByTestId('new-account-submit'));
    expect(screen.getByTestId('problem-new-account-password').textContent).toBe(id.setup.passwordWeakness.username.replace('{{username}}', 'agus'));
    expect(fake.calls.some((c) => c.method === 'accounts/create')).toBe(false);
    fill('new-account-password', 'Proktor-Baru-2026');
    fireEvent.click(screen.getByTestId('new-account-submit'));
    await waitFor(() => expect(fake.calls.some((c) => c.method === 'accounts/create')).toBe(true));
    expect(screen.queryByTestId('problem-new-account-password')).toBeNull();
    window.location.hash = '';
  });
});
