import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import type { AuditIntegrity } from '../../../../electron/shared/types';
import { TOKEN, principal } from '../../fixtures';
import { fakeTransport, ok } from '../../fake-transport';
import { renderApp } from '../../render-app';
import { openAt } from '../registry/support';
import { EMPTY_LSP, KEYS } from '../lsp-admin/fixtures';

afterEach(() => {
  window.location.hash = '';
});

const CLEAN: AuditIntegrity = { checkedAt: '2026-11-21T00:30:00.000Z', full: 'done', rows: 120, lastSeq: 120, findings: [] };
const BROKEN: AuditIntegrity = {
  ...CLEAN,
  findings: [
    { kind: 'hash_mismatch', severity: 'broken', fromSeq: 54, toSeq: 54, at: null },
    { kind: 'truncated', severity: 'broken', fromSeq: 118, toSeq: 120, at: '2026-11-20T09:00:00.000Z' },
  ],
};

function proctorHome(integrity: AuditIntegrity, language: 'id' | 'en') {
  sessionStorage.setItem('ruang-uji.token', TOKEN);
  localStorage.setItem('ruang-uji.language', language);
  window.location.hash = '#/';
  const fake = fakeTransport({
    'auth/whoami': () => ok(principal('proctor', 'Agus Setiawan')),
    'proctor/today': () => ok({ date: '2026-11-21', sessions: [], clockOff: null, tukClocksOff: [] }),
    'proctor/upcoming': () => ok({ date: '2026-11-21', sessions: [] }),
    'audit/integrity': () => ok(integrity),
  });
  renderApp(fake.transport);
}

describe("the home's audit-log integrity warning", () => {
  it("names each failed row on the admin's home, in Indonesian, with what to do and the way to the log", async () => {
    openAt('', { 'lsp/overview': () => ok(EMPTY_LSP), 'keys/status': () => ok(KEYS), 'audit/integrity': () => ok(BROKEN) });
    const warning = await screen.findByTestId('audit-integrity-warning');
    expect(warning.getAttribute('role')).toBe('alert');
    expect(warning.textContent).toContain(id.audit.integrity.title);
    const rows = within(warning).getAllByRole('listitem');
    expect(rows.map((r) => r.getAttribute('data-kind'))).toEqual(['hash_mismatch', 'truncated']);
    expect(rows[0].textContent).toContain('baris 54: isinya tidak cocok dengan hash-nya (diubah)');
    expect(rows[1].textContent).toContain('baris 118–120 hilang');
    expect(warning.textContent).toContain(id.audit.integrity.admin);
    expect(within(warning).getByTestId('audit-integrity-open-log').getAttribute('href')).toBe('#/audit');
    // The day is not stopped: the home's own content is there beside it.
    expect(screen.getByTestId('tasks-none')).toBeTruthy();
  });

  it("in English on the admin's home", async () => {
    openAt('', { 'lsp/overview': () => ok(EMPTY_LSP), 'keys/status': () => ok(KEYS), 'audit/integrity': () => ok(BROKEN) }, 'en');
    const warning = await screen.findByTestId('audit-integrity-warning');
    expect(warning.textContent).toContain(en.audit.integrity.title);
    expect(warning.textContent).toContain('row 54: content does not match its hash (edited)');
    expect(warning.textContent).toContain(en.audit.integrity.admin);
  });

  it("on the proctor's home, in both languages, telling them whom to report to (no link to a log they cannot open)", async () => {
    proctorHome(BROKEN, 'id');
    let warning = await screen.findByTestId('audit-integrity-warning');
    expect(warning.textContent).toContain(id.audit.integrity.proctor);
    expect(within(warning).queryByTestId('audit-integrity-open-log')).toBeNull();
    expect(await screen.findByTestId('proctor-empty')).toBeTruthy();
    window.location.hash = '';
    document.body.innerHTML = '';
    proctorHome(BROKEN, 'en');
    warning = await screen.findByTestId('audit-integrity-warning');
    expect(warning.textContent).toContain(en.audit.integrity.proctor);
    expect(warning.textContent).toContain('rows 118–120 missing');
  });

  it("on a TUK station admin's home, with the way to the station's log", async () => {
    sessionStorage.setItem('ruang-uji.token', TOKEN);
    localStorage.setItem('ruang-uji.language', 'en');
    window.location.hash = '#/';
    const fake = fakeTransport({
      'auth/whoami': () => ok({ ...principal('lsp_admin', 'Budi Santoso'), lspId: null }),
      'keys/status': () => ok(KEYS),
      'tukStation/info': () => ok({ name: 'TUK SMK 1', type: 'sewaktu', servesTuk: null }),
      'audit/integrity': () => ok(BROKEN),
    });
    renderApp(fake.transport);
    const home = await screen.findByTestId('home-tuk-station-admin');
    const warning = await within(home).findByTestId('audit-integrity-warning');
    expect(warning.textContent).toContain('row 54: content does not match its hash (edited)');
    expect(within(warning).getByTestId('audit-integrity-open-log').getAttribute('href')).toBe('#/audit');
  });

  it('shows nothing while the log is intact', async () => {
    openAt('', { 'lsp/overview': () => ok(EMPTY_LSP), 'keys/status': () => ok(KEYS), 'audit/integrity': () => ok(CLEAN) });
    await screen.findByTestId('tasks-none');
    await waitFor(() => expect(screen.queryByTestId('audit-integrity-warning')).toBeNull());
  });

  it('says the rest of the log is still being checked while the background walk runs', async () => {
    openAt('', { 'lsp/overview': () => ok(EMPTY_LSP), 'keys/status': () => ok(KEYS), 'audit/integrity': () => ok({ ...BROKEN, full: 'running', rows: 10 }) });
    const warning = await screen.findByTestId('audit-integrity-warning');
    expect(warning.textContent).toContain(id.audit.integrity.stillChecking);
  });
});
