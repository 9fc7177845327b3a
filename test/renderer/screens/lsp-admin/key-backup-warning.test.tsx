import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { id } from '../../../../electron/shared/i18n/id';
import { ok } from '../../fake-transport';
import { openAt } from '../registry/support';
import { EMPTY_LSP, KEYS, NO_SESSIONS } from './fixtures';

afterEach(() => {
  window.location.hash = '';
});

describe("the home's key-backup warning", () => {
  it('links to the key section of the bundles page, not its top', async () => {
    openAt('', { 'lsp/overview': () => ok(EMPTY_LSP), 'keys/status': () => ok(KEYS) });
    const link = await screen.findByTestId('key-backup-warning-link');
    expect(link.textContent).toBe(id.keys.warningAction);
    expect(link.getAttribute('href')).toBe('#/bundles/keys');
  });

  it('opens the bundles page with the key section focused (and so scrolled to)', async () => {
    openAt('bundles/keys', { 'sessions/list': () => ok(NO_SESSIONS), 'keys/status': () => ok(KEYS) });
    await screen.findByTestId('lsp-bundles');
    await waitFor(() => expect(document.activeElement?.textContent).toBe(id.keys.title));
    expect(document.activeElement?.tagName).toBe('H2');
  });

  it('the bundles page opened plainly leaves the focus alone', async () => {
    openAt('bundles', { 'sessions/list': () => ok(NO_SESSIONS), 'keys/status': () => ok(KEYS) });
    await screen.findByTestId('key-panel');
    await screen.findByTestId('export-no-sessions');
    expect(document.activeElement?.tagName).not.toBe('H2');
  });
});
