import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import { ok } from '../../fake-transport';
import { openAt } from '../registry/support';
import { EMPTY_LSP } from './fixtures';

afterEach(() => {
  window.location.hash = '';
});

describe("the bundles page's session export", () => {
  it('before any session is planned, says so and links to the planner instead of an empty list', async () => {
    openAt('bundles', { 'lsp/overview': () => ok(EMPTY_LSP) });
    const note = await screen.findByTestId('export-no-sessions');
    expect(note.textContent).toContain(id.schedulingScreens.sessions.noneToExport);
    expect(within(note).getByRole('link', { name: id.schedulingScreens.sessions.new }).getAttribute('href')).toBe('#/sessions/new');
    expect(screen.queryByTestId('export-session-select')).toBeNull();
  });

  it('in English too', async () => {
    openAt('bundles', { 'lsp/overview': () => ok(EMPTY_LSP) }, 'en');
    expect((await screen.findByTestId('export-no-sessions')).textContent).toContain(en.schedulingScreens.sessions.noneToExport);
  });

  it("names each session by its English title on English screens, the Indonesian one where none was written", async () => {
    const session = (code: string, en: string | null) => ({
      id: code,
      code,
      title: { id: 'Teknisi Pemasangan PLTS Atap', en },
      date: '2026-12-20',
      startTime: '08:00',
      durationMinutes: 120,
      schemeTitle: { id: 'Teknisi Pemasangan PLTS Atap', en },
      schemeCode: 'SKM-PLTS-01',
      tukName: 'TUK Surya',
      tukType: 'sewaktu' as const,
      candidateCount: 0,
      assessorNames: [],
    });
    const overview = { ...EMPTY_LSP, sessions: [session('JDW-1', 'Rooftop Solar PV Installer'), session('JDW-2', null)] };
    openAt('bundles', { 'lsp/overview': () => ok(overview) }, 'en');
    const options = within(await screen.findByTestId('export-session-select')).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['JDW-1 — Rooftop Solar PV Installer', 'JDW-2 — Teknisi Pemasangan PLTS Atap']);
  });
});
