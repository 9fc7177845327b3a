import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { StaffAccount, TukStationInfo } from '../../../../electron/shared/accounts';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import type { KeyStatus } from '../../../../electron/shared/types';
import { TOKEN, principal } from '../../fixtures';
import { fakeTransport, ok } from '../../fake-transport';
import { renderApp } from '../../render-app';

afterEach(() => {
  window.location.hash = '';
});

/** A TUK station's admin: the role is `lsp_admin` as on the LSP's office, but the account has no LSP. */
const TUK_ADMIN = { ...principal('lsp_admin', 'Budi Proktor'), lspId: null };

const KEYS: KeyStatus = {
  installationId: 'inst-tuk',
  protection: 'password',
  unlocked: true,
  canUnlock: true,
  fingerprint: '02483 69650',
  ageRecipient: 'age1example',
  backupMadeAt: null,
  backupTestedAt: null,
  pins: [],
};
const LSP_PIN = { subject: 'lsp:lsp-9', label: 'LSP Teknologi Digital', fingerprint: '11111 22222', pinnedAt: '2026-12-01T03:00:00.000Z' };

const ADMIN_ACCOUNT: StaffAccount = {
  id: 'acc-lsp_admin',
  role: 'lsp_admin',
  username: 'budi',
  displayName: 'Budi Proktor',
  assessorId: null,
  disabled: false,
  disabledNote: null,
  locked: false,
  mustChangePassword: false,
  createdAt: '2026-11-01T00:00:00.000Z',
};

function openAt(route: string, keys: KeyStatus, language: 'id' | 'en', station: TukStationInfo = { name: 'TUK SMK 1', type: 'sewaktu', timeZone: 'WIB', servesTuk: null }) {
  sessionStorage.setItem('ruang-uji.token', TOKEN);
  localStorage.setItem('ruang-uji.language', language);
  window.location.hash = `#/${route}`;
  const fake = fakeTransport({
    'auth/whoami': () => ok(TUK_ADMIN),
    'keys/status': () => ok(keys),
    'accounts/list': () => ok([ADMIN_ACCOUNT]),
    'tukStation/info': () => ok(station),
  });
  renderApp(fake.transport);
}

const eyebrow = () => screen.getByTestId('accounts-screen').querySelector('.page-title__eyebrow')?.textContent;

describe("a TUK station admin's home", () => {
  it('presents the station as the TUK before an LSP has come: badge, key panel and the "arrives with the first bundle" sentence', async () => {
    openAt('', KEYS, 'id');
    await screen.findByTestId('home-tuk-station-admin');
    expect(screen.getByTestId('signed-in-role').textContent).toBe(id.roles.tukAdmin);
    expect(await screen.findByRole('heading', { name: id.keys.tukTitle })).toBeTruthy();
    expect(screen.queryByText(id.keys.title)).toBeNull();
    await waitFor(() => expect(screen.getByTestId('tuk-station-intro').textContent).toBe(id.tukStation.intro));
  });

  it('once a session bundle has brought an LSP, says which LSP the station serves, in English too', async () => {
    openAt('', { ...KEYS, pins: [LSP_PIN] }, 'en');
    await screen.findByTestId('home-tuk-station-admin');
    expect(screen.getByTestId('signed-in-role').textContent).toBe(en.roles.tukAdmin);
    await waitFor(() => expect(screen.getByTestId('tuk-station-intro').textContent).toBe(en.tukStation.serves.replace('{{lsp}}', 'LSP Teknologi Digital')));
    expect(await screen.findByRole('heading', { name: en.keys.tukTitle })).toBeTruthy();
  });

  it('names the TUK it was set up as until a session bundle ties it to one, then that TUK, in English too', async () => {
    openAt('', KEYS, 'id');
    await waitFor(() => expect(screen.getByTestId('tuk-station-tuk').textContent).toBe(id.tukStation.tukSetUp.replace('{{tuk}}', 'TUK SMK 1')));
    expect(screen.getByTestId('home-tuk-station-admin').querySelector('.page-title__eyebrow')?.textContent).toBe(id.tukStation.eyebrowNamed.replace('{{name}}', 'TUK SMK 1'));
    cleanup();

    openAt('', { ...KEYS, pins: [LSP_PIN] }, 'en', { name: 'TUK SMK 1', type: 'sewaktu', timeZone: 'WIB', servesTuk: 'TUK Sewaktu SMKN 1 Bandung' });
    await waitFor(() => expect(screen.getByTestId('tuk-station-tuk').textContent).toBe(en.tukStation.tukBound.replace('{{tuk}}', 'TUK Sewaktu SMKN 1 Bandung')));
    expect(screen.getByTestId('home-tuk-station-admin').querySelector('.page-title__eyebrow')?.textContent).toBe(en.tukStation.eyebrowNamed.replace('{{name}}', 'TUK Sewaktu SMKN 1 Bandung'));
    expect(screen.getByTestId('tuk-station-intro').textContent).toBe(en.tukStation.serves.replace('{{lsp}}', 'LSP Teknologi Digital'));
  });

  it("names the admin role the TUK's in the accounts list and the role choice", async () => {
    openAt('accounts', KEYS, 'id');
    const table = await screen.findByTestId('accounts-table');
    const row = within(table).getAllByTestId('account-row')[0]!;
    expect(row.textContent).toContain(id.roles.tukAdmin);
    expect(row.textContent).not.toContain(id.roles.lsp_admin);
  });

  it('heads the staff accounts with the station and its TUK name, never the LSP, in English too', async () => {
    openAt('accounts', KEYS, 'id');
    await screen.findByTestId('accounts-table');
    await waitFor(() => expect(eyebrow()).toBe(id.tukStation.eyebrowNamed.replace('{{name}}', 'TUK SMK 1')));
    expect(screen.queryByText(id.lsp.eyebrow)).toBeNull();
    fireEvent.click(screen.getByTestId('lang-en'));
    await waitFor(() => expect(eyebrow()).toBe(en.tukStation.eyebrowNamed.replace('{{name}}', 'TUK SMK 1')));
  });
});
