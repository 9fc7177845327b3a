import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import { appInfo, signInResult } from '../../fixtures';
import { fail, fakeTransport, ok } from '../../fake-transport';
import { renderApp } from '../../render-app';
import { inTimeZone } from '../../../support/time-zone';

function openSetup(create = () => fail('BAD_ARGS', { details: 'admin.username (invalid_format)' })) {
  sessionStorage.clear();
  window.location.hash = '';
  const fake = fakeTransport({ 'app/info': () => ok(appInfo(false)), 'setup/status': () => ok({ needed: true, kind: null }), 'setup/create': create });
  renderApp(fake.transport);
  return fake;
}

const RULE_ID = id.accounts.usernameRule.replace('{{min}}', '3').replace('{{max}}', '32');
const fill = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });
/** Everything an LSP's set-up needs, the admin's username as given. */
function fillLsp(username: string) {
  fill('setup-lsp-name', 'LSP Teknologi Digital');
  fill('setup-lsp-code', 'LSP-TD');
  fill('setup-licence', 'BNSP-LSP-123-ID');
  fill('setup-admin-name', 'Siti Rahma');
  fill('setup-admin-username', username);
  fill('setup-password', 'Kantor-Kuat-2026');
  fill('setup-password-confirm', 'Kantor-Kuat-2026');
}

describe('set-up screen', () => {
  it('tells an office moving from a lost computer to restore its backup instead of setting up, before anything is typed', async () => {
    openSetup();
    const restore = await screen.findByTestId('setup-restore');
    expect(restore.textContent).toContain(id.setup.restoreTitle);
    expect(restore.textContent).toContain('ruang-uji bundle import');
    expect(restore.textContent).toContain('--kind backup');
    expect(restore.textContent).toContain('ruang-uji keys restore');
    // Before the form: read before the first field is filled in.
    expect(restore.compareDocumentPosition(screen.getByTestId('setup-form')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('says so in English too', async () => {
    localStorage.setItem('ruang-uji.language', 'en');
    openSetup();
    const restore = await screen.findByTestId('setup-restore');
    expect(restore.textContent).toContain(en.setup.restoreTitle);
    expect(restore.textContent).toContain(en.setup.restoreKeys.split('{{')[0]);
  });

  it('says beside each empty field that it is needed, and focuses the first, instead of sending the form', async () => {
    const fake = openSetup();
    await screen.findByTestId('setup-form');
    fireEvent.change(screen.getByTestId('setup-lsp-code'), { target: { value: 'LSP-TD' } });
    fireEvent.change(screen.getByTestId('setup-password'), { target: { value: 'Kantor-Kuat-2026' } });
    fireEvent.change(screen.getByTestId('setup-password-confirm'), { target: { value: 'Kantor-Kuat-2026' } });
    fireEvent.click(screen.getByTestId('setup-submit'));

    for (const testId of ['setup-lsp-name', 'setup-licence', 'setup-admin-name', 'setup-admin-username']) {
      expect(screen.getByTestId(`problem-${testId}`).textContent).toBe(id.registry.reasons.required);
      expect(screen.getByTestId(testId).getAttribute('aria-invalid')).toBe('true');
    }
    expect(screen.queryByTestId('problem-setup-lsp-code')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('setup-lsp-name')));
    expect(fake.calls.some((c) => c.method === 'setup/create')).toBe(false);
  });

  it('marks the two password inputs too when the form is sent empty, all in one press', async () => {
    const fake = openSetup();
    await screen.findByTestId('setup-form');
    fireEvent.click(screen.getByTestId('setup-submit'));
    for (const testId of ['setup-lsp-name', 'setup-lsp-code', 'setup-licence', 'setup-admin-name', 'setup-admin-username', 'setup-password', 'setup-password-confirm']) {
      expect(screen.getByTestId(`problem-${testId}`).textContent, testId).toBe(id.registry.reasons.required);
    }
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('setup-lsp-name')));
    // The names filled, the empty confirmation is what is left, and takes the focus.
    fillLsp('siti.rahma');
    fireEvent.change(screen.getByTestId('setup-password-confirm'), { target: { value: '' } });
    fireEvent.click(screen.getByTestId('setup-submit'));
    expect(screen.queryByTestId('problem-setup-password')).toBeNull();
    expect(screen.getByTestId('problem-setup-password-confirm').textContent).toBe(id.registry.reasons.required);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('setup-password-confirm')));
    expect(fake.calls.some((c) => c.method === 'setup/create')).toBe(false);
  });

  it("shows the core's refusal beside the submit button, where the eye is after pressing it", async () => {
    const fake = openSetup(() => fail('SETUP_DONE'));
    await screen.findByTestId('setup-form');
    fillLsp('siti.rahma');
    fireEvent.click(screen.getByTestId('setup-submit'));

    await waitFor(() => expect(fake.calls.some((c) => c.method === 'setup/create')).toBe(true));
    const error = await within(screen.getByTestId('setup-form')).findByTestId('error-message');
    expect(error.nextElementSibling).toBe(screen.getByTestId('setup-submit'));
  });

  it('says the username rule under the field from the start, and marks a username off the rule with it instead of sending', async () => {
    const fake = openSetup();
    await screen.findByTestId('setup-form');
    expect(screen.getByTestId('hint-setup-admin-username').textContent).toBe(RULE_ID);
    fillLsp('Ani Budi');
    fireEvent.click(screen.getByTestId('setup-submit'));

    const username = screen.getByTestId('setup-admin-username');
    expect(screen.getByTestId('problem-setup-admin-username').textContent).toBe(RULE_ID);
    expect(username.getAttribute('aria-invalid')).toBe('true');
    // Said once, as the problem: the hint does not repeat it.
    expect(screen.queryByTestId('hint-setup-admin-username')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(username));
    expect(screen.queryByTestId('problem-setup-admin-name')).toBeNull();
    expect(fake.calls.some((c) => c.method === 'setup/create')).toBe(false);
  });

  it('marks an overlong name with its limit', async () => {
    openSetup();
    await screen.findByTestId('setup-form');
    fillLsp('siti.rahma');
    fill('setup-admin-name', 'S'.repeat(121));
    fireEvent.click(screen.getByTestId('setup-submit'));
    expect(screen.getByTestId('problem-setup-admin-name').textContent).toBe(id.accounts.nameTooLong.replace('{{max}}', '120'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('setup-admin-name')));
  });

  it("marks an overlong LSP code and licence number with the core's limits, instead of sending", async () => {
    const fake = openSetup();
    await screen.findByTestId('setup-form');
    fillLsp('siti.rahma');
    fill('setup-lsp-code', 'K'.repeat(41));
    fill('setup-licence', 'L'.repeat(81));
    fireEvent.click(screen.getByTestId('setup-submit'));
    expect(screen.getByTestId('problem-setup-lsp-code').textContent).toBe(id.accounts.nameTooLong.replace('{{max}}', '40'));
    expect(screen.getByTestId('problem-setup-licence').textContent).toBe(id.accounts.nameTooLong.replace('{{max}}', '80'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('setup-lsp-code')));
    expect(fake.calls.some((c) => c.method === 'setup/create')).toBe(false);
  });

  it('says the LSP code rule under the field, shows the code in capitals as typed, and marks one with spaces instead of sending', async () => {
    const fake = openSetup(() => fail('SETUP_DONE'));
    await screen.findByTestId('setup-form');
    expect(screen.getByTestId('hint-setup-lsp-code').textContent).toBe(id.setup.lspCodeRule);
    fillLsp('siti.rahma');
    fill('setup-lsp-code', 'lsp td 01');
    expect(screen.getByTestId<HTMLInputElement>('setup-lsp-code').value).toBe('LSP TD 01');
    fireEvent.click(screen.getByTestId('setup-submit'));
    expect(screen.getByTestId('problem-setup-lsp-code').textContent).toBe(id.setup.lspCodeRule);
    expect(screen.queryByTestId('hint-setup-lsp-code')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('setup-lsp-code')));
    expect(fake.calls.some((c) => c.method === 'setup/create')).toBe(false);

    fill('setup-lsp-code', 'lsp-td.01');
    fireEvent.click(screen.getByTestId('setup-submit'));
    await waitFor(() => expect(fake.calls.some((c) => c.method === 'setup/create')).toBe(true));
    expect(fake.calls.find((c) => c.method === 'setup/create')?.args).toMatchObject({ lsp: { code: 'LSP-TD.01' } });
  });

  it("says a general sentence, not the core's argument paths, when the core refuses the arguments all the same", async () => {
    openSetup();
    await screen.findByTestId('setup-form');
    fillLsp('siti.rahma');
    fireEvent.click(screen.getByTestId('setup-submit'));

    const error = await screen.findByTestId('error-message');
    expect(error.textContent).toBe(id.accounts.refused);
    expect(error.textContent).not.toContain('admin.username');
    expect(error.dataset.details).toBe('admin.username (invalid_format)');
  });

  it('says the rule in English too', async () => {
    localStorage.setItem('ruang-uji.language', 'en');
    openSetup();
    await screen.findByTestId('setup-form');
    const rule = en.accounts.usernameRule.replace('{{min}}', '3').replace('{{max}}', '32');
    expect(screen.getByTestId('hint-setup-admin-username').textContent).toBe(rule);
    expect(screen.getByTestId('hint-setup-lsp-code').textContent).toBe(en.setup.lspCodeRule);
    fillLsp('Budi X');
    fireEvent.click(screen.getByTestId('setup-submit'));
    expect(screen.getByTestId('problem-setup-admin-username').textContent).toBe(rule);
  });

  it('says a weak password and an unequal confirmation beside their inputs in the same press as the other problems, and focuses the first', async () => {
    const fake = openSetup();
    await screen.findByTestId('setup-form');
    fillLsp('Siti Rahma');
    fill('setup-password', 'siti12345');
    fill('setup-password-confirm', 'siti123456');
    fireEvent.click(screen.getByTestId('setup-submit'));
    expect(screen.getByTestId('problem-setup-admin-username').textContent).toBe(RULE_ID);
    expect(screen.getByTestId('problem-setup-password').textContent).toBe(id.setup.passwordWeakness.short.replace('{{min}}', '10'));
    expect(screen.getByTestId('setup-password').getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('setup-admin-username')));

    fill('setup-admin-username', 'siti.rahma');
    fill('setup-password', 'Kantor-Kuat-2026');
    fireEvent.click(screen.getByTestId('setup-submit'));
    expect(screen.queryByTestId('problem-setup-password')).toBeNull();
    expect(screen.getByTestId('problem-setup-password-confirm').textContent).toBe(id.setup.mismatch);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('setup-password-confirm')));
    expect(fake.calls.some((c) => c.method === 'setup/create')).toBe(false);
  });

  it("opens the bundles page at its key section once an LSP is set up: the key backup is the next step", async () => {
    openSetup(() => ok(signInResult('lsp_admin', 'Siti Rahma')));
    await screen.findByTestId('setup-form');
    fillLsp('siti.rahma');
    fireEvent.click(screen.getByTestId('setup-submit'));
    await waitFor(() => expect(window.location.hash).toBe('#/bundles/keys'));
  });
});

describe("set-up of a TUK station: the exam room's time zone", () => {
  inTimeZone('Asia/Makassar');

  it("offers this computer's zone first, and sends the one chosen", async () => {
    const fake = openSetup(() => fail('SETUP_DONE'));
    await screen.findByTestId('setup-form');
    fireEvent.click(screen.getByTestId('setup-kind-tuk'));
    const zone = screen.getByTestId('setup-tuk-zone') as HTMLSelectElement;
    expect(zone.value).toBe('WITA');
    expect(screen.getByTestId('setup-form').textContent).toContain(id.setup.tukZoneHint);
    fill('setup-tuk-name', 'TUK SMK 1 Makassar');
    fill('setup-tuk-zone', 'WIT');
    fill('setup-admin-name', 'Andi');
    fill('setup-admin-username', 'andi');
    fill('setup-password', 'Stasiun-Kuat-2026');
    fill('setup-password-confirm', 'Stasiun-Kuat-2026');
    fireEvent.click(screen.getByTestId('setup-submit'));
    await waitFor(() => expect(fake.calls.some((c) => c.method === 'setup/create')).toBe(true));
    expect(fake.calls.find((c) => c.method === 'setup/create')?.args).toMatchObject({ kind: 'tuk', tuk: { name: 'TUK SMK 1 Makassar', type: 'sewaktu', timeZone: 'WIT' } });
  });
});
