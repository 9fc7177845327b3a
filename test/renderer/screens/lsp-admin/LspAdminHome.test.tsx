import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import { TOKEN, principal } from '../../fixtures';
import { fakeTransport, ok } from '../../fake-transport';
import { renderApp } from '../../render-app';
import { EMPTY_LSP, NO_SESSIONS } from './fixtures';

afterEach(() => {
  window.location.hash = '';
});

function openAs(route: string, language: 'id' | 'en') {
  sessionStorage.setItem('ruang-uji.token', TOKEN);
  localStorage.setItem('ruang-uji.language', language);
  window.location.hash = `#/${route}`;
  const fake = fakeTransport({
    'auth/whoami': () => ok(principal('lsp_admin', 'Siti Rahma')),
    'lsp/overview': () => ok(EMPTY_LSP),
    'candidates/list': () => ok(NO_SESSIONS),
  });
  renderApp(fake.transport);
}

describe('LSP admin home', () => {
  it(`keeps the office's links apart as words: "Akun staf Bank soal", not "Akun stafBank soal"`, async () => {
    sessionStorage.setItem('ruang-uji.token', TOKEN);
    const fake = fakeTransport({ 'auth/whoami': () => ok(principal('lsp_admin', 'Siti Rahma')), 'lsp/overview': () => ok(EMPTY_LSP) });
    renderApp(fake.transport);
    const accounts = await screen.findByTestId('link-accounts');
    const line = accounts.parentElement!.textContent!;
    expect(line).toContain(`${id.bundles.link} ${id.accounts.link} ${id.bankScreens.link}`);
  });

  for (const language of ['id', 'en'] as const) {
    it(`shows the LSP code on a line of its own, the office's links in their own named row (${language})`, async () => {
      openAs('', language);
      const text = language === 'id' ? id : en;
      const line = await screen.findByTestId('lsp-code-line');
      // Beside the code, the links ran on from it: "Kode LSP LSP-TD Paket sesi & kunci Akun staf …".
      expect(line.textContent).toBe(`${text.lsp.code} ${EMPTY_LSP.lsp.code}`);
      const row = screen.getByRole('navigation', { name: text.lsp.officeLinks });
      expect(within(row).getAllByRole('link').map((a) => a.textContent)).toEqual([
        text.bundles.link,
        text.accounts.link,
        text.bankScreens.link,
        text.audit.link,
        text.lspProfile.link,
        text.dataBackups.link,
      ]);
    });

    it(`calls the registry's candidates by one word on the home's count card, its link and the list (${language})`, async () => {
      openAs('', language);
      const card = within(await screen.findByTestId('total-candidates')).getByRole('term').textContent;
      const link = screen.getByTestId('link-candidates').textContent;
      cleanup();
      openAs('candidates', language);
      await screen.findByTestId('candidates-screen');
      const nav = screen.getByTestId('registry-nav-candidates').textContent;
      const headings = screen.getAllByRole('heading').map((h) => h.textContent);
      expect([link, nav]).toEqual([card, card]);
      expect(headings).toContain(card);
    });
  }
});

describe('a new office without schemes', () => {
  it('leads from "no schemes yet" to adding one by hand or importing them', async () => {
    sessionStorage.setItem('ruang-uji.token', TOKEN);
    const fake = fakeTransport({ 'auth/whoami': () => ok(principal('lsp_admin', 'Siti Rahma')), 'lsp/overview': () => ok(EMPTY_LSP) });
    renderApp(fake.transport);
    const none = await screen.findByTestId('schemes-none');
    expect(none.textContent).toBe(`${id.lsp.noSchemes} ${id.lsp.addScheme} · ${id.lsp.importSchemes}`);
    expect(screen.getByTestId('schemes-add').getAttribute('href')).toBe('#/schemes/new');
    expect(screen.getByTestId('schemes-import').getAttribute('href')).toBe('#/schemes/import');
  });
});
