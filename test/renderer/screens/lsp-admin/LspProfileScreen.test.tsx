import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import type { LspProfile } from '../../../../electron/shared/lsp-profile';
import { ok } from '../../fake-transport';
import { argsOf, invalid, openAt } from '../registry/support';
import { EMPTY_LSP } from './fixtures';

afterEach(() => {
  window.location.hash = '';
});

const PROFILE: LspProfile = { code: 'LSP-TD', name: 'LSP Teknolgi Digital', licenceNo: 'BNSP-LSP-132-ID', address: null };

describe("the LSP's details page", () => {
  it('shows the code as fixed, and sends the corrected name, licence number and address', async () => {
    const { fake } = openAt('lsp-profile', {
      'lsp/profile': () => ok(PROFILE),
      'lsp/setProfile': (args) => ok({ code: 'LSP-TD', ...(args as { profile: Omit<LspProfile, 'code'> }).profile }),
    });
    expect((await screen.findByTestId('lsp-profile-code')).textContent).toBe('LSP-TD');
    expect(screen.getByTestId('lsp-profile-screen').textContent).toContain(id.lspProfile.codeFixed);
    expect((screen.getByTestId('field-name') as HTMLInputElement).value).toBe('LSP Teknolgi Digital');
    fireEvent.change(screen.getByTestId('field-name'), { target: { value: 'LSP Teknologi Digital' } });
    fireEvent.change(screen.getByTestId('field-licenceNo'), { target: { value: 'BNSP-LSP-123-ID' } });
    fireEvent.change(screen.getByTestId('field-address'), { target: { value: 'Jl. Merdeka No. 1, Bandung' } });
    fireEvent.submit(screen.getByTestId('lsp-profile-form'));
    expect(await screen.findByText(id.lspProfile.saved)).toBeTruthy();
    expect(argsOf(fake.calls, 'lsp/setProfile')).toEqual([{ profile: { name: 'LSP Teknologi Digital', licenceNo: 'BNSP-LSP-123-ID', address: 'Jl. Merdeka No. 1, Bandung' } }]);
  });

  it('marks each refused field with its reason, in English too', async () => {
    openAt(
      'lsp-profile',
      { 'lsp/profile': () => ok(PROFILE), 'lsp/setProfile': () => invalid([{ field: 'name', reason: 'required' }, { field: 'licenceNo', reason: 'required' }]) },
      'en',
    );
    fireEvent.change(await screen.findByTestId('field-name'), { target: { value: '' } });
    fireEvent.submit(screen.getByTestId('lsp-profile-form'));
    await waitFor(() => expect(screen.getByTestId('problem-name').textContent).toBe(en.registry.reasons.required));
    expect(screen.getByTestId('problem-licenceNo').textContent).toBe(en.registry.reasons.required);
    expect(screen.getByTestId('field-name').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('lsp-profile-screen').textContent).toContain(en.lspProfile.title);
  });

  it('is linked from the LSP home', async () => {
    openAt('', { 'lsp/overview': () => ok(EMPTY_LSP) });
    expect((await screen.findByTestId('link-lsp-profile')).getAttribute('href')).toBe('#/lsp-profile');
  });
});
