import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatCountdown, msUntil, offsetFrom } from '../../../renderer/src/screens/proctor/server-time';
import { ok } from '../fake-transport';
import { renderApp } from '../render-app';
import { proctorWithConsole, tokenState } from './console-fixtures';

afterEach(() => {
  vi.useRealTimers();
});

/** Lets the fake transport's promises and React's updates settle, then moves the clock on. */
async function advance(ms: number): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

describe('server time', () => {
  it('measures from the server clock, not this PC’s', () => {
    const local = Date.parse('2026-11-21T02:00:00.000Z');
    const offset = offsetFrom('2026-11-21T02:10:00.000Z', local);
    expect(offset).toBe(600_000);
    expect(msUntil('2026-11-21T02:11:30.000Z', offset, local)).toBe(90_000);
    expect(formatCountdown(90_000)).toBe('1:30');
    expect(formatCountdown(7_200_000)).toBe('2:00:00');
    expect(formatCountdown(-5)).toBe('0:00');
    // Rounded up: 0:00 only once the time is really over.
    expect(formatCountdown(1)).toBe('0:01');
  });
});

describe('session token', () => {
  it('counts down to the rotation on the server’s clock and asks for the new token at zero', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(new Date('2026-11-21T02:00:00.000Z'));
    // The proctor's PC is 10 minutes slow: the server already reads 02:10.
    const server = (localOffsetMs: number) => new Date(Date.now() + 600_000 + localOffsetMs).toISOString();
    let round = 0;
    const fake = proctorWithConsole({
      'exam/board': () => ok({ sessionId: 's1', serverNow: server(0), status: 'running', startedAt: null, endedAt: null, rows: [] }),
      'exam/token': () => {
        round += 1;
        return round === 1
          ? ok(tokenState(server(0), 'KXRTWB', '2026-11-21T02:11:30.000Z'))
          : ok(tokenState(server(0), 'PMQHZD', '2026-11-21T02:26:30.000Z'));
      },
    });
    renderApp(fake.transport);
    await advance(0);
    await advance(0);
    expect(screen.getByTestId('session-token').textContent).toBe('KXRTWB');
    // 90 s to the server's rotation time; this PC's own clock would have said 11:30.
    expect(screen.getByTestId('token-countdown').textContent).toBe('1:30');

    await advance(30_000);
    expect(screen.getByTestId('token-countdown').textContent).toBe('1:00');
    expect(fake.calls.filter((c) => c.method === 'exam/token')).toHaveLength(1);

    await advance(60_000);
    expect(screen.getByTestId('token-countdown').textContent).toBe('0:00');
    // The core rotates lazily: at zero the console asks once, and shows what it gets.
    await advance(1_000);
    expect(fake.calls.filter((c) => c.method === 'exam/token')).toHaveLength(2);
    expect(screen.getByTestId('session-token').textContent).toBe('PMQHZD');
    expect(screen.getByTestId('token-countdown').textContent).toMatch(/^14:5\d$/);
  });

  it('reads the token again when another console rotates it (pushed), and only for this session', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(new Date('2026-11-21T02:00:00.000Z'));
    const now = () => new Date(Date.now()).toISOString();
    let round = 0;
    const fake = proctorWithConsole({
      'exam/board': () => ok({ sessionId: 's1', serverNow: now(), status: 'running', startedAt: null, endedAt: null, rows: [] }),
      'exam/token': () => {
        round += 1;
        return ok(tokenState(now(), round === 1 ? 'KXRTWB' : 'ZNVYQA', '2026-11-21T02:15:00.000Z'));
      },
    });
    renderApp(fake.transport);
    await advance(0);
    await advance(0);
    expect(screen.getByTestId('session-token').textContent).toBe('KXRTWB');
    await act(async () => fake.push({ event: 'exam/sessionChanged', payload: { sessionId: 'another' } }));
    await advance(0);
    expect(fake.calls.filter((c) => c.method === 'exam/token')).toHaveLength(1);
    await act(async () => fake.push({ event: 'exam/sessionChanged', payload: { sessionId: 's1' } }));
    await advance(0);
    expect(fake.calls.filter((c) => c.method === 'exam/token')).toHaveLength(2);
    expect(screen.getByTestId('session-token').textContent).toBe('ZNVYQA');
  });
});
