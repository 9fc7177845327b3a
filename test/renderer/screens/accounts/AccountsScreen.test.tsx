import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { StaffAccount } from '../../../../electron/shared/accounts';
import { id } from '../../../../electron/shared/i18n/id';
import type { TransportReply } from '../../../../renderer/src/api/transport';
import { TOKEN, principal } from '../../fixtures';
import { fakeTransport, ok } from '../../fake-transport';
import { renderApp } from '../../render-app';

const account = (username: string, role: StaffAccount['role'], locked: boolean): StaffAccount => ({
  id: `acc-${username}`,
  role,
  username,
  displayName: username,
  assessorId: role === 'assessor' ? 'as-1' : null,
  disabled: false,
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

    fireEvent.click(within(row('asesor1')).getByTestId('account-unlock'));
    fireEvent.change(within(row('asesor1')).getByTestId('account-reason'), { target: { value: 'dikonfirmasi via telepon' } });
    fireEvent.click(within(row('asesor1')).getByTestId('account-confirm'));
    await waitFor(() => expect(within(row('asesor1')).getByTestId('account-status').textContent).toBe(id.accounts.active));
    expect(fake.calls.find((c) => c.method === 'accounts/unlock')?.args).toEqual({ accountId: 'acc-asesor1', reason: 'dikonfirmasi via telepon' });
    expect(within(row('asesor1')).queryByTestId('account-unlock')).toBeNull();
    window.location.hash = '';
  });
});
