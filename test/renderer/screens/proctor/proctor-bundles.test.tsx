import { screen } from '@testing-library/react';
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
  sessions: [
    { ...TODAY.sessions[0], run: { startedAt: '2026-11-21T01:00:00.000Z', endedAt: '2026-11-21T03:00:00.000Z' } },
    { ...TODAY.sessions[0], session: { ...SESSION, id: 's-afternoon', code: 'JDW-20261121-002', startTime: '13:00' }, run: { startedAt: '2026-11-21T06:00:00.000Z', endedAt: '2026-11-21T07:30:00.000Z' } },
  ],
};

function open(today: ProctorToday) {
  localStorage.setItem('ruang-uji.language', 'id');
  sessionStorage.setItem('ruang-uji.token', TOKEN);
  window.location.hash = '#/bundles';
  renderApp(
    fakeTransport({
      'auth/whoami': () => ok(principal('proctor', 'Agus Setiawan')),
      'proctor/today': () => ok(today),
      'proctor/upcoming': () => ok(NO_UPCOMING),
      'keys/status': () => ok(KEYS),
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
