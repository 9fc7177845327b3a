import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '../../../electron/shared/i18n/en';
import { id } from '../../../electron/shared/i18n/id';
import { ok } from '../fake-transport';
import { renderApp } from '../render-app';
import { RIZKY, SITI, board, boardRow, proctorWithConsole, tokenState } from './console-fixtures';

const now = () => new Date().toISOString();
const inTest = { ...RIZKY, phase: 'test' as const, attendanceStatus: 'present' as const, signedIn: true, online: true, answered: 3, total: 28, remainingMs: 3_000_000 };
const alsoInTest = boardRow({ candidateId: 'c3', participantNo: 'JWP-2026-003', name: 'Dewi Lestari', seat: 'PC-03', phase: 'test', signedIn: true, online: true });

async function openBoard(handlers: Parameters<typeof proctorWithConsole>[0]) {
  const fake = proctorWithConsole({
    'exam/token': () => ok(tokenState(now(), 'KXRTWB', new Date(Date.now() + 900_000).toISOString())),
    'exam/board': () => ok(board(now(), [inTest, alsoInTest, SITI])),
    ...handlers,
  });
  renderApp(fake.transport);
  fireEvent.click(await screen.findByTestId('console-tab-board'));
  await screen.findAllByTestId('board-row');
  return fake;
}

describe('room-wide actions on the console (issue 18 items 20 and 21)', () => {
  it('pause all names who it stops, asks for one reason and sends it once', async () => {
    const fake = await openBoard({ 'exam/pauseAll': () => ok({ sessionId: 's1', candidateIds: ['c1', 'c3'] }) });
    fireEvent.click(screen.getByTestId('room-pauseAll'));
    const dialog = screen.getByTestId('room-dialog-pauseAll');
    expect(within(dialog).getByTestId('room-dialog-count').dataset.count).toBe('2');
    expect(within(dialog).getByTestId('room-dialog-names').textContent).toBe(`${RIZKY.name}, ${alsoInTest.name}`);
    fireEvent.click(within(dialog).getByTestId('action-confirm'));
    expect(within(dialog).getByRole('alert').textContent).toBe(id.examDay.actions.reasonTooShort);
    expect(fake.calls.some((c) => c.method === 'exam/pauseAll')).toBe(false);
    fireEvent.change(within(dialog).getByTestId('action-reason'), { target: { value: 'Listrik padam' } });
    fireEvent.click(within(dialog).getByTestId('action-confirm'));
    expect((await screen.findByTestId('room-action-done')).textContent).toBe('Jeda semua: 2 peserta.');
    expect(fake.calls.filter((c) => c.method === 'exam/pauseAll').map((c) => c.args)).toEqual([{ sessionId: 's1', reason: 'Listrik padam' }]);
  });

  it('extend all sends the minutes; mark all absent counts only those not yet recorded', async () => {
    const fake = await openBoard({
      'exam/extendAll': () => ok({ sessionId: 's1', candidateIds: ['c1', 'c3'] }),
      'exam/markAllAbsent': () => ok({ sessionId: 's1', candidateIds: ['c2'] }),
    });
    fireEvent.click(screen.getByTestId('room-extendAll'));
    let dialog = screen.getByTestId('room-dialog-extendAll');
    fireEvent.change(within(dialog).getByTestId('action-minutes'), { target: { value: '15' } });
    fireEvent.change(within(dialog).getByTestId('action-reason'), { target: { value: 'Gangguan jaringan' } });
    fireEvent.click(within(dialog).getByTestId('action-confirm'));
    await waitFor(() => expect(screen.queryByTestId('room-dialog-extendAll')).toBeNull());
    expect(fake.calls.find((c) => c.method === 'exam/extendAll')?.args).toEqual({ sessionId: 's1', reason: 'Gangguan jaringan', minutes: 15 });

    fireEvent.click(screen.getByTestId('room-markAllAbsent'));
    dialog = screen.getByTestId('room-dialog-markAllAbsent');
    expect(within(dialog).getByTestId('room-dialog-names').textContent).toBe(SITI.name);
    fireEvent.change(within(dialog).getByTestId('action-reason'), { target: { value: 'Pintu ditutup' } });
    fireEvent.click(within(dialog).getByTestId('action-confirm'));
    expect((await screen.findByTestId('room-action-done')).textContent).toBe(`${id.examDay.roomWide.names.markAllAbsent}: 1 peserta.`);
  });

  it('says so when nobody is in that state', async () => {
    await openBoard({});
    fireEvent.click(screen.getByTestId('room-resumeAll'));
    const dialog = screen.getByTestId('room-dialog-resumeAll');
    expect(within(dialog).getByTestId('room-dialog-count').textContent).toBe(id.examDay.roomWide.none);
  });
});

describe('unlock all on the console', () => {
  it('names the locked seats on the board, asks one reason and sends it once, in both languages', async () => {
    const until = '2026-11-21T02:15:00.000Z';
    const lockedRow = boardRow({ candidateId: 'c4', participantNo: 'JWP-2026-004', name: 'Putri Ayu Lestari', seat: 'PC-04', locked: true, lockedUntil: until });
    const fake = proctorWithConsole({
      'exam/token': () => ok(tokenState(now(), 'KXRTWB', new Date(Date.now() + 900_000).toISOString())),
      'exam/board': () => ok(board(now(), [inTest, lockedRow, { ...SITI, locked: true }])),
      'exam/unlockAll': () => ok({ sessionId: 's1', candidateIds: ['c4', SITI.candidateId] }),
    });
    renderApp(fake.transport);
    fireEvent.click(await screen.findByTestId('console-tab-board'));
    await screen.findAllByTestId('board-row');
    // Each locked row says when its lock lifts by itself (this machine's clock face: the test sets no zone).
    const face = (locale: string) => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(until));
    expect(screen.getByTestId('locked-until').textContent).toBe(`terbuka sendiri pukul ${face('id-ID')}`);
    fireEvent.click(screen.getByTestId('room-unlockAll'));
    const dialog = screen.getByTestId('room-dialog-unlockAll');
    expect(within(dialog).getByRole('heading').textContent).toBe(id.examDay.roomWide.titles.unlockAll);
    expect(within(dialog).getByTestId('room-dialog-count').dataset.count).toBe('2');
    expect(within(dialog).getByTestId('room-dialog-names').textContent).toBe(`${lockedRow.name}, ${SITI.name}`);
    fireEvent.change(within(dialog).getByTestId('action-reason'), { target: { value: 'Dikunci dari PC-09, sudah dicek' } });
    fireEvent.click(within(dialog).getByTestId('action-confirm'));
    expect((await screen.findByTestId('room-action-done')).textContent).toBe('Buka kunci semua yang terkunci: 2 peserta.');
    expect(fake.calls.filter((c) => c.method === 'exam/unlockAll').map((c) => c.args)).toEqual([{ sessionId: 's1', reason: 'Dikunci dari PC-09, sudah dicek' }]);
    fireEvent.click(screen.getByTestId('lang-en'));
    await waitFor(() => expect(screen.getByTestId('room-unlockAll').textContent).toBe(en.examDay.roomWide.names.unlockAll));
    expect(screen.getByTestId('locked-until').textContent).toBe(`lifts by itself at ${face('en-GB')}`);
  });
});
