import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import { TOKEN, principal } from '../../fixtures';
import { fakeTransport, ok } from '../../fake-transport';
import { renderApp } from '../../render-app';
import { NO_UPCOMING, TODAY } from '../../proctor/console-fixtures';
import { sessionPreview } from './session-preview';

afterEach(() => vi.unstubAllGlobals());

const cancelling = sessionPreview({
  date: '2026-12-09',
  startTime: '09:00',
  durationMinutes: 120,
  cancelled: { at: '2026-12-05T05:42:00.000Z', reason: 'Asesor berhalangan' },
  before: { date: '2026-12-09', startTime: '09:00', durationMinutes: 120, cancelled: false },
  leaving: [],
});

async function openPreview(language: 'id' | 'en') {
  localStorage.setItem('ruang-uji.language', language);
  sessionStorage.setItem('ruang-uji.token', TOKEN);
  window.location.hash = '#/bundles';
  vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify({ ok: true, result: { uploadId: 'up-1' } }))));
  const fake = fakeTransport({
    'auth/whoami': () => ok(principal('proctor', 'Agus Setiawan')),
    'proctor/today': () => ok(TODAY),
    'proctor/upcoming': () => ok(NO_UPCOMING),
    'bundles/preview': () => ok(cancelling),
    'bundles/discard': () => ok({ discarded: true }),
    'bundles/apply': () => ok({ bundleId: 'b-1', kind: 'session', alreadyImported: false, pinned: true, tables: [], conflictCount: 0 }),
  });
  renderApp(fake.transport);
  const file = new File(['x'], 'B2-session.uji');
  fireEvent.change(await screen.findByTestId('import-session-file'), { target: { files: [file] } });
  fireEvent.click(screen.getByTestId('import-session-check'));
  await screen.findByTestId('preview-session-cancels');
  return fake;
}

describe("the session bundle preview's way out", () => {
  it('says it cancels the import, not the session the bundle cancels, and only discards the import', async () => {
    const fake = await openPreview('id');
    const discard = screen.getByTestId('import-session-discard');
    expect(discard.textContent).toBe(id.bundles.import.discard);
    expect(discard.textContent).toBe('Batalkan impor');
    fireEvent.click(discard);
    await waitFor(() => expect(screen.queryByTestId('preview-session-cancels')).toBeNull());
    expect(fake.calls.find((c) => c.method === 'bundles/discard')?.args).toEqual({ importId: 'imp-1' });
  });

  it('reads "Cancel import" in English', async () => {
    await openPreview('en');
    expect(within(screen.getByTestId('proctor-bundles')).getByTestId('import-session-discard').textContent).toBe(en.bundles.import.discard);
    expect(en.bundles.import.discard).toBe('Cancel import');
  });

  it('once applied, leads on to today\'s sessions, where the imported session now is', async () => {
    await openPreview('en');
    fireEvent.click(screen.getByTestId('import-session-apply'));
    const next = await screen.findByTestId('import-session-next');
    expect(next.textContent).toBe("Open today's sessions");
    expect(next.getAttribute('href')).toBe('#/');
  });
});
