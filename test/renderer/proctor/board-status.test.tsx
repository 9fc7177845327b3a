import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '../../../electron/shared/i18n/en';
import { id } from '../../../electron/shared/i18n/id';
import { ok } from '../fake-transport';
import { renderApp } from '../render-app';
import { RIZKY, board, proctorWithConsole, tokenState } from './console-fixtures';

const now = () => new Date().toISOString();

async function openBoard(state: ReturnType<typeof board>) {
  const fake = proctorWithConsole({ 'exam/token': () => ok(tokenState(now(), 'KXRTWB', new Date(Date.now() + 900_000).toISOString())), 'exam/board': () => ok(state) });
  renderApp(fake.transport);
  fireEvent.click(await screen.findByTestId('console-tab-board'));
  await screen.findAllByTestId('board-row');
}

describe('board connection column', () => {
  it('says a submitted PC has submitted, not that it is connected some minutes ago', async () => {
    const submitted = { ...RIZKY, phase: 'submitted' as const, signedIn: true, online: true, lastActivityAt: new Date(Date.now() - 60_000).toISOString(), submittedAt: now() };
    await openBoard(board(now(), [submitted]));
    const row = screen.getByTestId('board-row');
    expect(within(row).getByTestId('board-conn-submitted').textContent).toBe(id.examDay.board.submittedConn);
    expect(within(row).queryByTestId('board-last-activity')).toBeNull();
    expect(row.textContent).not.toContain(id.examDay.board.online);
  });
});

describe('answers that arrived after the time ran out', () => {
  const timedOut = { ...RIZKY, phase: 'submitted' as const, signedIn: true, submittedAt: now(), submitReason: 'timeout' as const };

  it('are counted under the status, in Indonesian', async () => {
    await openBoard(board(now(), [{ ...timedOut, lateAnswers: 4 }]));
    const late = within(screen.getByTestId('board-row')).getByTestId('board-late-answers');
    expect(late.textContent).toBe(id.examDay.board.lateAnswers_other.replace('{{count}}', '4'));
    expect(late.title).toBe(id.examDay.board.lateAnswersHint);
  });

  it('and in English, one answer in the singular', async () => {
    localStorage.setItem('ruang-uji.language', 'en');
    await openBoard(board(now(), [{ ...timedOut, lateAnswers: 1 }]));
    expect(within(screen.getByTestId('board-row')).getByTestId('board-late-answers').textContent).toBe(en.examDay.board.lateAnswers_one.replace('{{count}}', '1'));
  });

  it('say nothing when none did', async () => {
    await openBoard(board(now(), [timedOut]));
    expect(screen.queryByTestId('board-late-answers')).toBeNull();
  });
});

describe('late answers refused because the PC was still in contact after giving them', () => {
  const timedOut = { ...RIZKY, phase: 'submitted' as const, signedIn: true, submittedAt: now(), submitReason: 'timeout' as const };

  it('are counted under the status beside the ones that counted, in Indonesian', async () => {
    await openBoard(board(now(), [{ ...timedOut, lateAnswers: 2, heldRefused: 7 }]));
    const row = within(screen.getByTestId('board-row'));
    const refused = row.getByTestId('board-held-refused');
    expect(refused.textContent).toBe(id.examDay.board.heldRefused_other.replace('{{count}}', '7'));
    expect(refused.title).toBe(id.examDay.board.heldRefusedHint);
    expect(row.getByTestId('board-late-answers').textContent).toBe(id.examDay.board.lateAnswers_other.replace('{{count}}', '2'));
  });

  it('and in English, one in the singular', async () => {
    localStorage.setItem('ruang-uji.language', 'en');
    await openBoard(board(now(), [{ ...timedOut, heldRefused: 1 }]));
    const refused = within(screen.getByTestId('board-row')).getByTestId('board-held-refused');
    expect(refused.textContent).toBe(en.examDay.board.heldRefused_one.replace('{{count}}', '1'));
    expect(refused.title).toBe(en.examDay.board.heldRefusedHint);
  });

  it('say nothing when none was refused', async () => {
    await openBoard(board(now(), [{ ...timedOut, lateAnswers: 3 }]));
    expect(screen.queryByTestId('board-held-refused')).toBeNull();
  });
});
