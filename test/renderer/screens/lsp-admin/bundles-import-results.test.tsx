import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../../fake-transport';
import { openAt } from '../registry/support';
import { NO_SESSIONS } from './fixtures';

afterEach(() => {
  window.location.hash = '';
});

describe("the LSP's results import", () => {
  it('asks for no passphrase: results are only ever encrypted to the LSP key, as the panel says', async () => {
    openAt('bundles', { 'sessions/list': () => ok(NO_SESSIONS) }, 'en');
    expect(await screen.findByTestId('import-results-file')).toBeTruthy();
    expect(screen.queryByTestId('import-results-passphrase')).toBeNull();
  });
});
