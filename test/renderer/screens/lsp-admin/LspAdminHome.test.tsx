import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { id } from '../../../../electron/shared/i18n/id';
import { TOKEN, principal } from '../../fixtures';
import { fakeTransport, ok } from '../../fake-transport';
import { renderApp } from '../../render-app';
import { EMPTY_LSP } from './fixtures';

describe('LSP admin home', () => {
  it('keeps the links beside the LSP code apart as words: "Akun staf Bank soal", not "Akun stafBank soal"', async () => {
    sessionStorage.setItem('ruang-uji.token', TOKEN);
    const fake = fakeTransport({ 'auth/whoami': () => ok(principal('lsp_admin', 'Siti Rahma')), 'lsp/overview': () => ok(EMPTY_LSP) });
    renderApp(fake.transport);
    const accounts = await screen.findByTestId('link-accounts');
    const line = accounts.parentElement!.textContent!;
    expect(line).toContain(`${id.bundles.link} ${id.accounts.link} ${id.bankScreens.link}`);
  });
});
