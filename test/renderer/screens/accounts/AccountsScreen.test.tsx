import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { StaffAccount } from '../../../../electron/shared/accounts';
import { en } from '../../../../electron/shared/i18n/en';
import { formatDateTime } from '../../../../electron/shared/i18n/format';
import { id } from '../../../../electron/shared/i18n/id';
import type { TransportReply } from '../../../../renderer/src/api/transport';
import { TOKEN, principal } from '../../fixtures';
import { fail, fakeTransport, ok } from '../../fake-transport';
import { renderApp } from '../../render-app';

const account = (username: string, role: StaffAccount['role'], locked: boolean): StaffAccount => ({
  id: `acc-${username}`,
  role,
  username,
  displayName: username,
  assessorId: role === 'assessor' ? 'as-1' : null,
  disabled: false,
  disabledNote: null,
  locked,
  mustChangePassword: false,
  createdAt: '2026-11-01T00:00:00.000Z',
});

describe('staff accounts screen', () => {
  it('offers the admin an unlock for a locked account only, sends the reason, and shows it active again', async () => {
    let locked = true;
    sessionStorage.setItem('ruang-uji.token', TOKEN);
    window.location.hash = '#/accounts';
    const fake = fakeTransport({
      'auth/whoami': () => ok(principal('lsp_admin', 'Rina Kartikasari')),
      'accounts/list': () => ok([account('admin', 'lsp_admin', false), account('asesor1', 'assessor', locked)]),
      'accounts/unlock': (): TransportReply => {
        locked = false;
        return ok({ accountId: 'acc-asesor1', unlocked: true });
      },
    });
    renderApp(fake.transport);
    await screen.findByTestId('accounts-table');
    const row = (username: string) => screen.getAllByTestId('account-row').find((r) => r.dataset.username === username)!;
    await waitFor(() => expect(within(row('asesor1')).getByTestId('account-status').textContent).toBe(id.accounts.locked));
    expect(within(row('admin')).queryByTestId('account-unlock')).toBeNull();
    // Each person's own actions, one link away.
    expect(within(row('asesor1')).getByTestId('account-history').getAttribute('href')).toBe('#/audit?actor=acc-asesor1');
    expect(within(row('asesor1')).getByTestId('account-history').textContent).toBe(id.audit.accountHistory);

    fireEvent.click(within(row('asesor1')).getByTestId('account-unlock'));
    fireEvent.change(within(row('asesor1')).getByTestId('account-reason'), { target: { value: 'dikonfirmasi via telepon' } });
    fireEvent.click(within(row('asesor1')).getByTestId('account-confirm'));
    await waitFor(() => expect(within(row('asesor1')).getByTestId('account-status').textContent).toBe(id.accounts.active));
    expect(fake.calls.find((c) => c.method === 'accounts/unlock')?.args).toEqual({ accountId: 'acc-asesor1', reason: 'dikonfirmasi via telepon' });
    expect(within(row('asesor1')).queryByTestId('account-unlock')).toBeNull();
    window.location.hash = '';
  });
});

describe("resetting another account's password", () => {
  it('closes the form and says, where a screen reader hears it, that the password was reset and must be changed', async () => {
    let mustChange = false;
    sessionStorage.setItem('ruang-uji.token', TOKEN);
    window.location.hash = '#/accounts';
    const budi = { ...account('budi', 'proctor', false), displayName: 'Budi Santoso' };
    const fake = fakeTransport({
      'auth/whoami': () => ok(principal('lsp_admin', 'Rina Kartikasari')),
      'accounts/list': () => ok([account('lsp_admin', 'lsp_admin', false), { ...budi, mustChangePassword: mustChange }]),
      'accounts/resetPassword': (): TransportReply => {
        mustChange = true;
        return ok({ ...budi, mustChangePassword: true });
      },
    });
    renderApp(fake.transport);
    await screen.findByTestId('accounts-table');
    const row = () => screen.getAllByTestId('account-row').find((r) => r.dataset.username === 'budi')!;
    const live = () => within(row()).getByRole('status');
    // The live region is there before anything is said, so the sentence is announced when it appears.
    expect(live().textContent).toBe('');
    fireEvent.click(within(row()).getByTestId('account-reset'));
    fireEvent.change(within(row()).getByTestId('account-new-password'), { target: { value: 'Sementara-2027' } });
    fireEvent.click(within(row()).getByTestId('account-confirm'));
    const said = id.accounts.resetDone.replace('{{name}}', 'Budi Santoso');
    await waitFor(() => expect(live().textContent).toBe(said));
    expect(within(row()).queryByTestId('account-new-password')).toBeNull();
    expect(fake.calls.find((c) => c.method === 'accounts/resetPassword')?.args).toEqual({ accountId: 'acc-budi', password: 'Sementara-2027' });
    await waitFor(() => expect(within(row()).getByTestId('account-status').textContent).toBe(id.accounts.mustChange));
    expect(live().textContent).toBe(said);
    // Another action in the row starts afresh.
    fireEvent.click(within(row()).getByTestId('account-edit'));
    expect(live().textContent).toBe('');
    window.location.hash = '';
  });
});

describe("resetting a disabled account's password", () => {
  it('says the account stays disabled, in both languages', async () => {
    sessionStorage.setItem('ruang-uji.token', TOKEN);
    window.location.hash = '#/accounts';
    const budi = { ...account('budi', 'proctor', false), displayName: 'Budi Santoso', disabled: true, disabledNote: { at: '2026-11-20T02:00:00.000Z', by: 'Rina Kartikasari', reason: 'cuti' } };
    const fake = fakeTransport({
      'auth/whoami': () => ok(principal('lsp_admin', 'Rina Kartikasari')),
      'accounts/list': () => ok([account('lsp_admin', 'lsp_admin', false), budi]),
      'accounts/resetPassword': () => ok({ ...budi, mustChangePassword: true }),
    });
    renderApp(fake.transport);
    await screen.findByTestId('accounts-table');
    const row = () => screen.getAllByTestId('account-row').find((r) => r.dataset.username === 'budi')!;
    fireEvent.click(within(row()).getByTestId('account-reset'));
    fireEvent.change(within(row()).getByTestId('account-new-password'), { target: { value: 'Sementara-2027' } });
    fireEvent.click(within(row()).getByTestId('account-confirm'));
    const said = id.accounts.resetDoneDisabled.replace('{{name}}', 'Budi Santoso');
    await waitFor(() => expect(within(row()).getByRole('status').textContent).toBe(said));
    fireEvent.click(screen.getByTestId('lang-en'));
    expect(within(row()).getByRole('status').textContent).toBe(en.accounts.resetDoneDisabled.replace('{{name}}', 'Budi Santoso'));
    window.location.hash = '';
  });
});

describe("a weak password in another account's reset", () => {
  it('is said beside its input by the rule it breaks, and not sent', async () => {
    sessionStorage.setItem('ruang-uji.token', TOKEN);
    window.location.hash = '#/accounts';
    const fake = fakeTransport({
      'auth/whoami': () => ok(principal('lsp_admin', 'Rina Kartikasari')),
      'accounts/list': () => ok([account('lsp_admin', 'lsp_admin', false), account('budi', 'proctor', false)]),
      'accounts/resetPassword': () => ok(account('budi', 'proctor', false)),
    });
    renderApp(fake.transport);
    await screen.findByTestId('accounts-table');
    const row = () => screen.getAllByTestId('account-row').find((r) => r.dataset.username === 'budi')!;
    fireEvent.click(within(row()).getByTestId('account-reset'));
    const input = within(row()).getByTestId('account-new-password');
    fireEvent.change(input, { target: { value: 'budi-2026-baru' } });
    fireEvent.click(within(row()).getByTestId('account-confirm'));
    expect(within(row()).getByTestId('problem-account-new-password').textContent).toBe(id.setup.passwordWeakness.username.replace('{{username}}', 'budi'));
    await waitFor(() => expect(document.activeElement).toBe(input));
    expect(fake.calls.some((c) => c.method === 'accounts/resetPassword')).toBe(false);
    window.location.hash = '';
  });
});

describe('the reason for disabling an account', () => {
  it('says under the field that a reason of fewer than 3 characters is too short, instead of sending it', async () => {
    sessionStorage.setItem('ruang-uji.token', TOKEN);
    window.location.hash = '#/accounts';
    const fake = fakeTransport({
      'auth/whoami': () => ok(principal('lsp_admin', 'Rina Kartikasari')),
      'accounts/list': () => ok([account('lsp_admin', 'lsp_admin', false), account('budi', 'proctor', false)]),
      'accounts/setDisabled': () => ok({ ...account('budi', 'proctor', false), disabled: true }),
    });
    renderApp(fake.transport);
    await screen.findByTestId('accounts-table');
    const row = () => screen.getAllByTestId('account-row').find((r) => r.dataset.username === 'budi')!;
    // The form takes the focus as it opens; Escape closes it and gives the focus back to the button.
    fireEvent.click(within(row()).getByTestId('account-toggle'));
    expect(document.activeElement).toBe(within(row()).getByTestId('account-reason'));
    fireEvent.keyDown(within(row()).getByTestId('account-reason'), { key: 'Escape' });
    expect(within(row()).queryByTestId('account-reason')).toBeNull();
    expect(document.activeElement).toBe(within(row()).getByTestId('account-toggle'));
    fireEvent.click(within(row()).getByTestId('account-toggle'));
    fireEvent.change(within(row()).getByTestId('account-reason'), { target: { value: ' x ' } });
    fireEvent.click(within(row()).getByTestId('account-confirm'));
    expect(within(row()).getByRole('alert').textContent).toBe(id.examDay.actions.reasonTooShort);
    expect(within(row()).getByTestId('account-reason').getAttribute('aria-invalid')).toBe('true');
    expect(fake.calls.some((c) => c.method === 'accounts/setDisabled')).toBe(false);

    fireEvent.change(within(row()).getByTestId('account-reason'), { target: { value: 'pindah tugas ' } });
    fireEvent.click(within(row()).getByTestId('account-confirm'));
    await waitFor(() => expect(fake.calls.find((c) => c.method === 'accounts/setDisabled')?.args).toEqual({ accountId: 'acc-budi', disabled: true, reason: 'pindah tugas' }));
    window.location.hash = '';
  });
});

describe("the LSP office's accounts page", () => {
  it("is headed by the LSP's line, without asking for a TUK station's name", async () => {
    sessionStorage.setItem('ruang-uji.token', TOKEN);
    window.location.hash = '#/accounts';
    const fake = fakeTransport({
      'auth/whoami': () => ok(principal('lsp_admin', 'Rina Kartikasari')),
      'accounts/list': () => ok([account('lsp_admin', 'lsp_admin', false)]),
    });
    renderApp(fake.transport);
    await screen.findByTestId('accounts-table');
    expect(screen.getByTestId('accounts-screen').querySelector('.page-title__eyebrow')?.textContent).toBe(id.lsp.eyebrow);
    expect(fake.calls.some((c) => c.method === 'tukStation/info')).toBe(false);
    window.location.hash = '';
  });
});

describe("the admin's own row", () => {
  it('offers no "Nonaktifkan" (the core refuses it) and says why; other rows keep it', async () => {
    sessionStorage.setItem('ruang-uji.token', TOKEN);
    window.location.hash = '#/accounts';
    // principal('lsp_admin') signs in as acc-lsp_admin: the row of that id is her own.
    const fake = fakeTransport({
      'auth/whoami': () => ok(principal('lsp_admin', 'Rina Kartikasari')),
      'accounts/list': () => ok([account('lsp_admin', 'lsp_admin', false), account('budi', 'proctor', false)]),
    });
    renderApp(fake.transport);
    await screen.findByTestId('accounts-table');
    const row = (username: string) => screen.getAllByTestId('account-row').find((r) => r.dataset.username === username)!;
    expect(within(row('lsp_admin')).queryByTestId('account-toggle')).toBeNull();
    expect(within(row('lsp_admin')).getByTestId('account-own').textContent).toBe(id.errors.ACCOUNT_SELF);
    expect(within(row('lsp_admin')).getByTestId('account-reset')).toBeTruthy();
    expect(within(row('budi')).getByTestId('account-toggle').textContent).toBe(id.accounts.disable);
    expect(within(row('budi')).queryByTestId('account-own')).toBeNull();
    window.location.hash = '';
  });
});

describe('new assessor account', () => {
  it('links the account to an assessor found in the registry by name, never to one already linked, and then shows that one as linked', async () => {
    sessionStorage.setItem('ruang-uji.token', TOKEN);
    window.location.hash = '#/accounts';
    const assessor = (assessorId: string, name: string, accountId: string | null) => ({
      id: assessorId, name, nik: null, metNumber: `MET.000.${assessorId}`, metExpiresOn: '2028-01-01', metState: 'valid', techCertExpiresOn: null,
      techCertState: 'none', homeLsp: null, active: true, accountId,
    });
    let dewiAccount: string | null = null;
    const fake = fakeTransport({
      'auth/whoami': () => ok(principal('lsp_admin', 'Rina Kartikasari')),
      'accounts/list': () => ok([account('admin', 'lsp_admin', false)]),
      'assessors/list': (args) => {
        const search = (args as { search?: string }).search ?? '';
        const rows = [assessor('as-7', 'Dewi Lestari', dewiAccount), assessor('as-8', 'Dedi Kurniawan', 'acc-x')].filter((a) => a.name.toLowerCase().startsWith(search.toLowerCase()));
        return ok({ rows, total: rows.length, totalAtLeast: null, nextCursor: null });
      },
      'accounts/create': () => {
        dewiAccount = 'acc-dewi';
        return ok(account('dewi', 'assessor', false));
      },
    });
    renderApp(fake.transport);
    await screen.findByTestId('new-account');
    fireEvent.change(screen.getByTestId('new-account-role'), { target: { value: 'assessor' } });
    fireEvent.change(await screen.findByTestId('new-account-assessor-search'), { target: { value: 'De' } });
    await waitFor(() => expect(fake.calls.some((c) => c.method === 'assessors/list' && (c.args as { search?: string }).search === 'De')).toBe(true));
    const options = await screen.findAllByTestId('new-account-assessor-option');
    expect(options.map((o) => (o as HTMLInputElement).disabled)).toEqual([false, true]);
    fireEvent.click(options[0]);
    expect((screen.getByTestId('new-account-name') as HTMLInputElement).value).toBe('Dewi Lestari');
    fireEvent.change(screen.getByTestId('new-account-username'), { target: { value: 'dewi' } });
    fireEvent.change(screen.getByTestId('new-account-password'), { target: { value: 'Sementara-2026!' } });
    // A filled-in new account is unsaved: the way home asks first.
    fireEvent.click(screen.getByTestId('back-home'));
    fireEvent.click(within(screen.getByTestId('unsaved-dialog')).getByTestId('action-cancel'));
    expect(window.location.hash).toBe('#/accounts');
    fireEvent.click(screen.getByTestId('new-account-submit'));
    await waitFor(() => expect(fake.calls.find((c) => c.method === 'accounts/create')?.args).toMatchObject({ role: 'assessor', assessorId: 'as-7', displayName: 'Dewi Lestari' }));
    // The picker reads the registry again: Dewi now has her account and cannot be picked for another.
    await waitFor(() => expect(screen.getAllByTestId('new-account-assessor-option').map((o) => (o as HTMLInputElement).disabled)).toEqual([true, true]));
    expect(screen.getAllByTestId('new-account-assessor-option')[0].closest('label')!.textContent).toContain(id.accounts.assessorHasAccount);
    // Created, the emptied form (the role kept for the next one) has nothing unsaved.
    fireEvent.click(screen.getByTestId('back-home'));
    expect(screen.queryByTestId('unsaved-dialog')).toBeNull();
    await waitFor(() => expect(window.location.hash).toBe('#/'));
    window.location.hash = '';
  });
});

describe('editing an account', () => {
  async function openEdit(update: () => TransportReply) {
    sessionStorage.setItem('ruang-uji.token', TOKEN);
    window.location.hash = '#/accounts';
    const fake = fakeTransport({
      'auth/whoami': () => ok(principal('lsp_admin', 'Rina Kartikasari')),
      'accounts/list': () => ok([account('admin', 'lsp_admin', false), account('budi', 'proctor', false)]),
      'accounts/update': update,
    });
    renderApp(fake.transport);
    await screen.findByTestId('accounts-table');
    const row = await waitFor(() => screen.getAllByTestId('account-row').find((r) => r.dataset.username === 'budi')!);
    fireEvent.click(within(row).getByTestId('account-edit'));
    return { fake, row };
  }

  it('marks an emptied name "Wajib diisi." beside it and focuses it, instead of sending it', async () => {
    const { fake, row } = await openEdit(() => ok(account('budi', 'proctor', false)));
    const name = within(row).getByTestId('account-edit-name');
    fireEvent.change(name, { target: { value: '  ' } });
    fireEvent.click(within(row).getByTestId('account-save'));

    expect(within(row).getByTestId('problem-account-edit-name').textContent).toBe(id.registry.reasons.required);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(name));
    expect(fake.calls.some((c) => c.method === 'accounts/update')).toBe(false);
    window.location.hash = '';
  });

  it('asks before its cancel drops an edited name; "leave" drops it, and the next edit starts from the account', async () => {
    const { row } = await openEdit(() => ok(account('budi', 'proctor', false)));
    const dialog = () => screen.queryByTestId('unsaved-dialog');
    fireEvent.change(within(row).getByTestId('account-edit-name'), { target: { value: 'Budi Santoso' } });
    fireEvent.click(within(row).getByTestId('account-cancel'));
    expect(within(dialog()!).getByTestId('action-cancel').textContent).toBe(id.common.unsaved.stay);
    fireEvent.click(within(dialog()!).getByTestId('action-cancel'));
    expect((within(row).getByTestId('account-edit-name') as HTMLInputElement).value).toBe('Budi Santoso');

    fireEvent.keyDown(within(row).getByTestId('account-edit-name'), { key: 'Escape' });
    fireEvent.click(within(dialog()!).getByTestId('action-confirm'));
    expect(within(row).queryByTestId('account-edit-name')).toBeNull();
    fireEvent.click(within(row).getByTestId('account-edit'));
    expect((within(row).getByTestId('account-edit-name') as HTMLInputElement).value).toBe('budi');
    // Nothing edited: the cancel closes at once.
    fireEvent.click(within(row).getByTestId('account-cancel'));
    expect(dialog()).toBeNull();
    expect(within(row).queryByTestId('account-edit-name')).toBeNull();
    window.location.hash = '';
  });

  it('made an assessor, asks which assessor record the account is, says it is needed before sending, and sends the one picked', async () => {
    // Helper Q's walk: a proctor's account that should have been an assessor's was refused on every save
    // ("must be linked to an existing assessor record"), with nowhere on the row to pick one.
    const fake = fakeTransport({
      'auth/whoami': () => ok(principal('lsp_admin', 'Rina Kartikasari')),
      'accounts/list': () => ok([account('admin', 'lsp_admin', false), account('budi', 'proctor', false)]),
      'assessors/list': () => ok({ rows: [{ id: 'as-7', name: 'Budi Santoso', nik: null, metNumber: 'MET.000.7', metExpiresOn: '2028-01-01', metState: 'valid', techCertExpiresOn: null,
        techCertState: 'none', homeLsp: null, active: true, accountId: null }], total: 1, totalAtLeast: null, nextCursor: null }),
      'accounts/update': () => ok(account('budi', 'assessor', false)),
    });
    sessionStorage.setItem('ruang-uji.token', TOKEN);
    window.location.hash = '#/accounts';
    renderApp(fake.transport);
    const row = await waitFor(() => screen.getAllByTestId('account-row').find((r) => r.dataset.username === 'budi')!);
    fireEvent.click(within(row).getByTestId('account-edit'));
    fireEvent.change(within(row).getByTestId('account-edit-role'), { target: { value: 'assessor' } });
    fireEvent.click(within(row).getByTestId('account-save'));
    expect(await within(row).findByTestId('new-account-assessor-missing')).toBeTruthy();
    expect(fake.calls.some((c) => c.method === 'accounts/update')).toBe(false);
    fireEvent.click((await within(row).findAllByTestId('new-account-assessor-option'))[0]);
    fireEvent.click(within(row).getByTestId('account-save'));
    await waitFor(() => expect(fake.calls.find((c) => c.method === 'accounts/update')?.args).toEqual({ accountId: 'acc-budi', role: 'assessor', displayName: 'budi', assessorId: 'as-7' }));
    window.location.hash = '';
  });

  it("says a general sentence, not the core's argument paths, when the core refuses the arguments all the same", async () => {
    const { row } = await openEdit(() => fail('BAD_ARGS', { method: 'accounts/update', details: 'displayName (too_small)' }));
    fireEvent.change(within(row).getByTestId('account-edit-name'), { target: { value: 'Budi Santoso' } });
    fireEvent.click(within(row).getByTestId('account-save'));

    const error = await within(row).findByTestId('error-message');
    expect(error.textContent).toBe(id.accounts.refused);
    expect(error.dataset.details).toBe('displayName (too_small)');
    window.location.hash = '';
  });
});

describe('a disabled account', () => {
  it('says beside "Nonaktif" when it was disabled, by whom and why, in Indonesian and English', async () => {
    sessionStorage.setItem('ruang-uji.token', TOKEN);
    window.location.hash = '#/accounts';
    const at = '2026-11-20T03:15:00.000Z';
    const budi = { ...account('budi', 'proctor', false), displayName: 'Budi Santoso', disabled: true, disabledNote: { at, by: 'Rina Kartikasari', reason: 'pindah tugas' } };
    const gone = { ...account('citra', 'proctor', false), disabled: true, disabledNote: { at, by: null, reason: 'keluar' } };
    const fake = fakeTransport({
      'auth/whoami': () => ok(principal('lsp_admin', 'Rina Kartikasari')),
      'accounts/list': () => ok([account('admin', 'lsp_admin', false), budi, gone]),
    });
    renderApp(fake.transport);
    await screen.findByTestId('accounts-table');
    const row = (username: string) => screen.getAllByTestId('account-row').find((r) => r.dataset.username === username)!;
    const fill = (text: string, values: Record<string, string>) => Object.entries(values).reduce((out, [k, v]) => out.replace(`{{${k}}}`, v), text);
    await waitFor(() => expect(within(row('budi')).getByTestId('account-status').textContent).toBe(id.accounts.disabled));
    expect(within(row('budi')).getByTestId('account-disabled-note').textContent).toBe(fill(id.accounts.disabledNote, { at: formatDateTime(at, 'id'), by: 'Rina Kartikasari', reason: 'pindah tugas' }));
    // No account named as its actor (a copied log): when and why all the same.
    expect(within(row('citra')).getByTestId('account-disabled-note').textContent).toBe(fill(id.accounts.disabledNoteNoBy, { at: formatDateTime(at, 'id'), reason: 'keluar' }));
    expect(within(row('admin')).queryByTestId('account-disabled-note')).toBeNull();

    fireEvent.click(screen.getByTestId('lang-en'));
    await waitFor(() =>
      expect(within(row('budi')).getByTestId('account-disabled-note').textContent).toBe(fill(en.accounts.disabledNote, { at: formatDateTime(at, 'en'), by: 'Rina Kartikasari', reason: 'pindah tugas' })),
    );
    window.location.hash = '';
  });
});
