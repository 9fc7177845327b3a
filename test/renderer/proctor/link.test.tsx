import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../../electron/shared/i18n/en';
import { id } from '../../../electron/shared/i18n/id';
import { clientError } from '../../../renderer/src/api/client-errors';
import { formatTimeOfDay } from '../../../renderer/src/screens/proctor/time-format';
import { LINK_BACK_NOTICE_MS, LINK_PROBE_MS } from '../../../renderer/src/screens/proctor/use-room-link';
import { principal } from '../fixtures';
import { fail, ok } from '../fake-transport';
import { renderApp } from '../render-app';
import { RIZKY, board, proctorWithConsole, tokenState } from './console-fixtures';

afterEach(() => {
  vi.useRealTimers();
  localStorage.removeItem('ruang-uji.language');
});

async function advance(ms: number): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

/** A console whose room server can be "killed" and started again: every call then fails as a lost link does. */
function consoleWithServer() {
  const server = { down: false };
  const up = <T,>(reply: () => T) => () => (server.down ? ({ ok: false, error: clientError('NETWORK') } as const) : reply());
  const fake = proctorWithConsole({
    'auth/whoami': up(() => ok(principal('proctor', 'Agus Setiawan'))),
    'exam/token': up(() => ok(tokenState(new Date().toISOString(), 'KXRTWB', new Date(Date.now() + 900_000).toISOString()))),
    'exam/board': up(() => ok(board(new Date().toISOString(), [{ ...RIZKY, phase: 'test', signedIn: true, online: true }]))),
  });
  return { fake, server };
}

describe('proctor console without its room server', () => {
  it('says at once that the link is lost, stops calling the board live, and says when it is back', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(new Date('2026-11-21T02:00:00.000Z'));
    const { fake, server } = consoleWithServer();
    renderApp(fake.transport);
    await advance(0);
    await advance(0);
    fireEvent.click(screen.getByTestId('console-tab-board'));
    await advance(0);
    expect(screen.getByTestId('session-status').textContent).toBe(id.examDay.status.running);
    await advance(LINK_PROBE_MS);
    expect(screen.queryByTestId('console-link-lost')).toBeNull();

    server.down = true;
    const lostAt = new Date(Date.now() + LINK_PROBE_MS).toISOString();
    await advance(LINK_PROBE_MS);
    expect(screen.getByTestId('console-link-lost').textContent).toBe(id.examDay.link.lost.replace('{{time}}', formatTimeOfDay(lostAt, 'id')));
    expect(screen.getByTestId('proctor-console').dataset.link).toBe('lost');
    expect(screen.getByTestId('session-status').textContent).toBe(id.examDay.link.lastKnown.replace('{{status}}', id.examDay.status.running));
    expect(screen.getByTestId('board').dataset.stale).toBe('true');
    expect(screen.getByTestId('board-stale').textContent).toBe(id.examDay.link.boardStale);

    const boardReads = fake.calls.filter((c) => c.method === 'exam/board').length;
    server.down = false;
    await advance(LINK_PROBE_MS);
    expect(screen.queryByTestId('console-link-lost')).toBeNull();
    expect(screen.getByTestId('console-link-back').textContent).toContain(formatTimeOfDay(lostAt, 'id'));
    expect(screen.getByTestId('board').dataset.stale).toBe('false');
    expect(screen.getByTestId('session-status').textContent).toBe(id.examDay.status.running);
    // Pushes sent while it was unreachable never came: the board is read whole again.
    expect(fake.calls.filter((c) => c.method === 'exam/board').length).toBeGreaterThan(boardReads);

    await advance(LINK_BACK_NOTICE_MS);
    expect(screen.queryByTestId('console-link-back')).toBeNull();
  });

  it.each([
    ['id', id],
    ['en', en],
  ] as const)('shows the token as last known, greyed and not counting down, while the link is lost (%s)', async (language, texts) => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(new Date('2026-11-21T02:00:00.000Z'));
    localStorage.setItem('ruang-uji.language', language);
    const { fake, server } = consoleWithServer();
    renderApp(fake.transport);
    await advance(0);
    await advance(0);
    expect(screen.getByTestId('session-token').textContent).toBe('KXRTWB');
    expect(screen.getByTestId('token-countdown').textContent).toBe('15:00');
    expect(screen.getByTestId('token-display').dataset.stale).toBe('false');
    expect(screen.queryByTestId('token-last-known')).toBeNull();

    server.down = true;
    await advance(LINK_PROBE_MS);
    expect(screen.getByTestId('proctor-console').dataset.link).toBe('lost');
    // The session tab: the token kept, greyed and marked, and no countdown running on as if live.
    expect(screen.getByTestId('session-token').textContent).toBe('KXRTWB');
    expect(screen.getByTestId('token-display').dataset.stale).toBe('true');
    expect(screen.getByTestId('token-display').className).toContain('token--stale');
    expect(screen.getByTestId('token-last-known').textContent).toBe(texts.examDay.link.lastKnownShort);
    expect(screen.queryByTestId('token-countdown')).toBeNull();
    expect(screen.queryByRole('timer')).toBeNull();
    expect(screen.getByTestId('token-countdown-stopped').textContent).toBe(texts.examDay.link.countdownStopped);
    await advance(LINK_PROBE_MS * 3);
    expect(screen.queryByTestId('token-countdown')).toBeNull();
    // The header, on another tab: the same token, said to be the last one heard.
    fireEvent.click(screen.getByTestId('console-tab-board'));
    await advance(0);
    const header = screen.getByTestId('header-token');
    expect(header.textContent).toBe(texts.examDay.headerTokenLastKnown.replace('{{token}}', 'KXRTWB'));
    expect(header.dataset.stale).toBe('true');

    server.down = false;
    await advance(LINK_PROBE_MS);
    expect(screen.getByTestId('header-token').textContent).toBe(texts.examDay.headerToken.replace('{{token}}', 'KXRTWB'));
    fireEvent.click(screen.getByTestId('console-tab-session'));
    await advance(0);
    expect(screen.getByTestId('token-display').dataset.stale).toBe('false');
    expect(screen.queryByTestId('token-last-known')).toBeNull();
    expect(screen.getByTestId('token-countdown').getAttribute('role')).toBe('timer');
  });

  it('takes a refusal for an answer: the server is there', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const { fake } = consoleWithServer();
    let probes = 0;
    fake.transport.invoke = ((invoke) => async (method, args, token) => {
      if (method === 'auth/whoami' && ++probes > 1) return fail('INTERNAL');
      return invoke(method, args, token);
    })(fake.transport.invoke.bind(fake.transport));
    renderApp(fake.transport);
    await advance(0);
    await advance(LINK_PROBE_MS * 2);
    expect(probes).toBeGreaterThan(1);
    expect(screen.queryByTestId('console-link-lost')).toBeNull();
    expect(screen.getByTestId('proctor-console').dataset.link).toBe('up');
  });
});
