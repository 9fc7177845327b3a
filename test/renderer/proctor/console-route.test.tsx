import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { id } from '../../../electron/shared/i18n/id';
import { TOKEN, principal } from '../fixtures';
import { fakeTransport, ok } from '../fake-transport';
import { renderApp } from '../render-app';
import { LATER, NO_UPCOMING, RIZKY, TODAY, board, tokenState } from './console-fixtures';

function proctor() {
  sessionStorage.setItem('ruang-uji.token', TOKEN);
  return fakeTransport({
    'auth/whoami': () => ok(principal('proctor', 'Agus Setiawan')),
    'proctor/today': () => ok(TODAY),
    'proctor/upcoming': () => ok({ ...NO_UPCOMING, sessions: [LATER] }),
    'exam/token': () => ok(tokenState(new Date().toISOString(), 'KXRTWB', new Date(Date.now() + 900_000).toISOString())),
    'exam/board': () => ok(board(new Date().toISOString(), [RIZKY])),
  });
}

describe('the exam console at its own address', () => {
  it('opens at #/console/<session> from today\'s sessions, and its back button returns to #/', async () => {
    window.location.hash = '#/';
    renderApp(proctor().transport);
    fireEvent.click(await screen.findByTestId('session-open'));
    await screen.findByTestId('proctor-console');
    expect(window.location.hash).toBe('#/console/s1');
    fireEvent.click(screen.getByTestId('console-back'));
    await screen.findByTestId('session-open');
    expect(window.location.hash).toBe('#/');
    expect(screen.queryByTestId('proctor-console')).toBeNull();
  });

  it('opens straight from the address, as after a reload', async () => {
    window.location.hash = '#/console/s1';
    renderApp(proctor().transport);
    expect((await screen.findByTestId('proctor-console')).dataset.session).toBe('s1');
  });

  it('says so when the address names a session that is not today\'s here, with the way back', async () => {
    window.location.hash = '#/console/s-elsewhere';
    renderApp(proctor().transport);
    expect((await screen.findByTestId('console-not-today')).textContent).toContain(id.proctor.consoleNotToday);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain(id.proctor.consoleNotTodayTitle);
    fireEvent.click(screen.getByTestId('console-back'));
    await waitFor(() => expect(window.location.hash).toBe('#/'));
    await screen.findByTestId('session-open');
  });

  it('names the day of a session imported here for a later day, and opens no console', async () => {
    window.location.hash = '#/console/s2';
    renderApp(proctor().transport);
    const note = await screen.findByTestId('console-not-today');
    expect(note.dataset.upcoming).toBe('true');
    expect(note.textContent).toContain(id.proctor.consoleUpcoming.split('{{')[0] + 'JDW-20261210-001');
    expect(note.textContent).toContain('10 Desember 2026');
    expect(note.textContent).toContain('09.30');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain(id.proctor.consoleUpcomingTitle);
    expect(screen.queryByTestId('proctor-console')).toBeNull();
  });
});
