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
});
