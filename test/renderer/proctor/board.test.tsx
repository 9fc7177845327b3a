import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '../../../electron/shared/i18n/en';
import { id } from '../../../electron/shared/i18n/id';
import { fromBoard, mergePush, remainingNow, sortEntries } from '../../../renderer/src/screens/proctor/board-state';
import { renderApp } from '../render-app';
import { RIZKY, SITI, board, boardRow, proctorDesk } from './console-fixtures';

const T0 = '2026-11-21T02:00:00.000Z';
const at = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000).toISOString();
const rowOf = (participantNo: string) => screen.getAllByTestId('board-row').find((r) => r.dataset.candidate === participantNo)!;

describe('status board state', () => {
  it('replaces pushed rows by candidate, keeps the others, and ignores a push older than the row on screen', () => {
    const state = fromBoard(board(T0, [RIZKY, SITI]), Date.parse(T0));
    const pushed = mergePush(state, { sessionId: 's1', serverNow: at(5), rows: [{ ...RIZKY, phase: 'test', answered: 4, total: 28 }] }, Date.parse(T0) + 5000);
    expect(pushed.entries.map((e) => [e.candidateId, e.phase, e.answered])).toEqual([
      ['c1', 'test', 4],
      ['c2', 'not_signed_in', 0],
    ]);
    // A late push computed before the row now on screen (it overtook it on the wire) changes nothing.
    const stale = mergePush(pushed, { sessionId: 's1', serverNow: at(2), rows: [{ ...RIZKY, phase: 'agreement' }] }, Date.parse(T0) + 6000);
    expect(stale.entries[0].phase).toBe('test');
    // Another session's push is not ours.
    expect(mergePush(pushed, { sessionId: 's2', serverNow: at(9), rows: [{ ...SITI, phase: 'test' }] }, 0)).toBe(pushed);
    // A candidate the board did not know yet is added.
    const newcomer = boardRow({ candidateId: 'c9', participantNo: 'JWP-2026-009', name: 'Rizal Fahmi Hidayat' });
    expect(mergePush(pushed, { sessionId: 's1', serverNow: at(7), rows: [newcomer] }, 0).entries).toHaveLength(3);
  });

  it('counts time left down on the server clock and freezes it while paused', () => {
    // This PC's clock is 10 minutes behind the server's.
    const local = Date.parse(T0) - 600_000;
    const state = fromBoard(board(T0, [{ ...RIZKY, phase: 'test', remainingMs: 60_000 }, { ...SITI, phase: 'paused', remainingMs: 60_000 }]), local);
    const [running, paused] = state.entries;
    expect(remainingNow(running, state.offsetMs, local + 20_000)).toBe(40_000);
    expect(remainingNow(paused, state.offsetMs, local + 20_000)).toBe(60_000);
    expect(remainingNow(running, state.offsetMs, local + 90_000)).toBe(0);
  });

  it('puts locked, offline and paused candidates first', () => {
    const rows = [
      { ...RIZKY, phase: 'submitted' as const },
      { ...SITI, phase: 'test' as const, signedIn: true, online: true },
      boardRow({ candidateId: 'c3', participantNo: 'JWP-2026-003', name: 'C', seat: 'PC-03', phase: 'test', signedIn: true, online: false }),
      boardRow({ candidateId: 'c4', participantNo: 'JWP-2026-004', name: 'D', seat: 'PC-04', locked: true }),
      boardRow({ candidateId: 'c5', participantNo: 'JWP-2026-005', name: 'E', seat: 'PC-05', phase: 'paused', signedIn: true, online: true }),
    ];
    const sorted = sortEntries(fromBoard(board(T0, rows), 0).entries, 'problems').map((e) => e.candidateId);
    expect(sorted).toEqual(['c4', 'c3', 'c5', 'c2', 'c1']);
  });
});

/** A proctor signed in, today's session on the desk, and the board the core answers with. */
describe('status board screen', () => {
  it('merges pushed rows into the board without loading it again, and marks an offline PC', async () => {
    const fake = proctorDesk(() => board(new Date().toISOString(), [RIZKY, SITI]));
    renderApp(fake.transport);
    // From today's sessions into the console.
    fireEvent.click(await screen.findByTestId('session-open'));
    await screen.findByTestId('proctor-console');
    fireEvent.click(screen.getByTestId('console-tab-board'));
    await screen.findAllByTestId('board-row');
    expect(rowOf('JWP-2026-001').dataset.phase).toBe('not_signed_in');
    await waitFor(() => expect(fake.subscriberCount()).toBe(1));

    const now = new Date().toISOString();
    act(() =>
      fake.push({
        event: 'exam/boardChanged',
        payload: {
          sessionId: 's1',
          serverNow: now,
          rows: [{ ...SITI, phase: 'test', signedIn: true, online: false, answered: 7, total: 28, doubtful: 2, remainingMs: 3_600_000, lastActivityAt: now }],
        },
      }),
    );
    const siti = rowOf('JWP-2026-002');
    expect(siti.dataset.phase).toBe('test');
    expect(siti.dataset.online).toBe('false');
    expect(within(siti).getByTestId('board-answered').textContent).toBe('7/28');
    expect(within(siti).getByTestId('board-doubtful').textContent).toBe('2');
    expect(within(siti).getByTestId('board-time').textContent).toMatch(/^(1:00:00|59:5\d)$/);
    expect(siti.textContent).toContain(id.examDay.board.offline);
    // The offline PC needs the proctor: it moves to the top, and the summary counts it.
    expect(screen.getAllByTestId('board-row')[0]).toBe(siti);
    const summary = screen.getByTestId('board-summary');
    expect(summary.querySelector('[data-summary="offline"]')?.getAttribute('data-value')).toBe('1');
    expect(summary.querySelector('[data-summary="inTest"]')?.getAttribute('data-value')).toBe('1');
    // The untouched row is as it was, and the board was loaded once.
    expect(rowOf('JWP-2026-001').dataset.phase).toBe('not_signed_in');
    expect(fake.calls.filter((c) => c.method === 'exam/board')).toHaveLength(1);

    // A lock pushed on its own shows on the row, with the unlock action right there.
    act(() => fake.push({ event: 'accounts/changed', payload: { accountId: 'acc-c1', locked: true } }));
    expect(rowOf('JWP-2026-001').dataset.locked).toBe('true');
    expect(within(rowOf('JWP-2026-001')).getByTestId('board-action-unlock')).toBeTruthy();

    fireEvent.click(screen.getByTestId('lang-en'));
    await waitFor(() => expect(rowOf('JWP-2026-002').textContent).toContain(en.examDay.board.offline));
  });
});

describe('a seat without a sign-in account on the board', () => {
  it("lists a seat the LSP's bundle brought no account for, says it has no password yet, and offers it a new card", async () => {
    // From today's sessions, where the test before left the console open.
    window.location.hash = '#/';
    const fake = proctorDesk(() => ({ ...board(new Date().toISOString(), [RIZKY, { ...SITI, accountId: null }]), status: 'running' }));
    renderApp(fake.transport);
    fireEvent.click(await screen.findByTestId('session-open'));
    await screen.findByTestId('proctor-console');
    fireEvent.click(screen.getByTestId('console-tab-board'));
    await screen.findAllByTestId('board-row');
    const siti = rowOf('JWP-2026-002');
    expect(siti.textContent).toContain(id.proctor.noPasswordBadge);
    expect(rowOf('JWP-2026-001').textContent).not.toContain(id.proctor.noPasswordBadge);
    fireEvent.click(within(siti).getByTestId('board-actions'));
    expect(within(siti).getByTestId('board-action-issueCard').textContent).toBe(id.examDay.actions.names.issueCard);
    expect(within(siti).queryByTestId('board-action-unlock')).toBeNull();
  });
});
