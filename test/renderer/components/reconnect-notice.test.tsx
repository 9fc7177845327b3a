import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../../electron/shared/i18n/en';
import { id } from '../../../electron/shared/i18n/id';
import { RECONNECT_NOTICE_MS } from '../../../renderer/src/components/ReconnectNotice';
import { TOKEN, principal } from '../fixtures';
import { fakeTransport, ok } from '../fake-transport';
import { renderApp } from '../render-app';
import { RIZKY, SITI, board, proctorDesk } from '../proctor/console-fixtures';
import { testState } from '../cbt-fixtures';

const restarted = { event: 'app/coreRestarted', payload: {} };

function renderedDesk() {
  const fake = proctorDesk(() => board(new Date().toISOString(), [RIZKY, SITI]));
  renderApp(fake.transport);
  return fake;
}

const count = (fake: ReturnType<typeof fakeTransport>, method: string) => fake.calls.filter((c) => c.method === method).length;

describe('reconnect notice (the desktop core process restarted)', () => {
  afterEach(() => vi.useRealTimers());

  it('shows a status banner on app/coreRestarted, in the chosen language, and hides it after a few seconds', async () => {
    const fake = renderedDesk();
    await screen.findByTestId('session-open');
    const notice = screen.getByTestId('reconnect-notice');
    // The live region is there before anything is said in it, so a screen reader announces the text.
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent).toBe('');
    await waitFor(() => expect(fake.subscriberCount()).toBe(1));

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    act(() => fake.push(restarted));
    expect(notice.textContent).toBe(id.app.coreReconnected);
    act(() => fireEvent.click(screen.getByTestId('lang-en')));
    expect(notice.textContent).toBe(en.app.coreReconnected);
    act(() => vi.advanceTimersByTime(RECONNECT_NOTICE_MS - 100));
    expect(notice.textContent).toBe(en.app.coreReconnected);
    act(() => vi.advanceTimersByTime(200));
    expect(notice.textContent).toBe('');
  });

  it('reloads what the proctor console shows: the board and the session token', async () => {
    const fake = renderedDesk();
    fireEvent.click(await screen.findByTestId('session-open'));
    await screen.findByTestId('proctor-console');
    fireEvent.click(screen.getByTestId('console-tab-board'));
    await screen.findAllByTestId('board-row');
    const before = { board: count(fake, 'exam/board'), token: count(fake, 'exam/token') };

    act(() => fake.push(restarted));
    await waitFor(() => expect(count(fake, 'exam/board')).toBe(before.board + 1));
    await waitFor(() => expect(count(fake, 'exam/token')).toBeGreaterThan(before.token));
    expect(screen.getByTestId('reconnect-notice').textContent).toBe(id.app.coreReconnected);
  });

  it("reloads the candidate's test (single-station desktop): its state and its clock", async () => {
    sessionStorage.setItem('ruang-uji.token', TOKEN);
    const state = testState();
    const fake = fakeTransport({
      'auth/whoami': () => ok(principal('candidate', state.agreement.candidateName)),
      'cbt/state': () => ok(state),
      'cbt/clock': () => ok(state.clock),
      'cbt/heartbeat': () => ok(state.clock),
      'cbt/visit': (args) => ok(args),
    });
    renderApp(fake.transport);
    await screen.findByTestId('cbt-test');
    await waitFor(() => expect(fake.subscriberCount()).toBeGreaterThan(0));
    const before = { state: count(fake, 'cbt/state'), clock: count(fake, 'cbt/clock') };

    act(() => fake.push(restarted));
    await waitFor(() => expect(count(fake, 'cbt/state')).toBe(before.state + 1));
    await waitFor(() => expect(count(fake, 'cbt/clock')).toBe(before.clock + 1));
    expect(screen.getByTestId('cbt-test')).toBeTruthy();
  });
});
