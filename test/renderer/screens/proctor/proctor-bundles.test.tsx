import { fireEvent, screen, within } from '@testing-library/react';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProctorToday } from '../../../../electron/shared/types';
import { TOKEN, principal } from '../../fixtures';
import { fakeTransport, ok } from '../../fake-transport';
import { renderApp } from '../../render-app';
import { KEYS } from '../lsp-admin/fixtures';
import { NO_UPCOMING, SESSION, TODAY } from '../../proctor/console-fixtures';

afterEach(() => {
  window.location.hash = '';
});

// Two sessions in a day: the morning's closed and its results sent, the afternoon's closed later.
const TWO: ProctorToday = {
  date: TODAY.date,
  clockOff: null,
  tukClocksOff: [],
  sessions: [
    { ...TODAY.sessions[0], run: { startedAt: '2026-11-21T01:00:00.000Z', endedAt: '2026-11-21T03:00:00.000Z' } },
    { ...TODAY.sessions[0], session: { ...SESSION, id: 's-afternoon', code: 'JDW-20261121-002', startTime: '13:00' }, run: { startedAt: '2026-11-21T06:00:00.000Z', endedAt: '2026-11-21T07:30:00.000Z' } },
  ],
};

/** A results bundle written for the LSP: no passphrase, the LSP's key opens it. */
const WRITTEN = { fileName: 'r.uji', filePath: '/data/transfers/exports/r.uji', bytes: 71878, sha256: 'ab', verified: 'bytes' as const, fingerprint: '33727 45542 23795 70804 94937 52997', recipients: ['age1lsp'] };

function open(today: ProctorToday, language: 'id' | 'en' = 'id') {
  localStorage.setItem('ruang-uji.language', language);
  sessionStorage.setItem('ruang-uji.token', TOKEN);
  window.location.hash = '#/bundles';
  renderApp(
    fakeTransport({
      'auth/whoami': () => ok(principal('proctor', 'Agus Setiawan')),
      'proctor/today': () => ok(today),
      'proctor/upcoming': () => ok(NO_UPCOMING),
      'keys/status': () => ok(KEYS),
      'bundles/exportResults': () => ok(WRITTEN),
    }).transport,
  );
}

describe("the proctor's results export", () => {
  it('offers the session closed last, not the first of the day, whose results may already have gone', async () => {
    open(TWO);
    const select = (await screen.findByTestId('results-session-select')) as HTMLSelectElement;
    expect(select.value).toBe('s-afternoon');
  });

  it('offers the first session while none is closed', async () => {
    open(TODAY);
    expect(((await screen.findByTestId('results-session-select')) as HTMLSelectElement).value).toBe(SESSION.id);
  });
});

describe("the proctor's written results bundle", () => {
  it.each([
    { language: 'id' as const, texts: id },
    { language: 'en' as const, texts: en },
  ])("says to read this station's fingerprint out to the LSP, whose first results import asks its admin to compare it ($language)", async ({ language, texts }) => {
    open(TODAY, language);
    fireEvent.click(await screen.findByTestId('export-results-start'));
    const result = await screen.findByTestId('export-result');
    expect(within(result).getByTestId('export-fingerprint-hint').textContent).toBe(texts.bundles.export.resultsFingerprintHint);
  });
});
