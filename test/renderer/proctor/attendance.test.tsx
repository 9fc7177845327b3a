import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { id } from '../../../electron/shared/i18n/id';
import { ok } from '../fake-transport';
import { renderApp } from '../render-app';
import { RIZKY, SITI, board, proctorWithConsole, tokenState } from './console-fixtures';

const now = () => new Date().toISOString();
const soon = () => new Date(Date.now() + 900_000).toISOString();
const rowFor = (no: string) => screen.getAllByTestId('attendance-row').find((r) => r.dataset.candidate === no)!;

async function openAttendance(handlers: Parameters<typeof proctorWithConsole>[0]) {
  const fake = proctorWithConsole({ 'exam/token': () => ok(tokenState(now(), 'KXRTWB', soon())), ...handlers });
  renderApp(fake.transport);
  fireEvent.click(await screen.findByTestId('console-tab-attendance'));
  await screen.findAllByTestId('attendance-row');
  return fake;
}

describe('daftar hadir', () => {
  it('checks in someone marked absent only with a reason, through the dialog', async () => {
    const absent = { ...SITI, attendance: 'absent' as const, attendanceStatus: 'absent' as const, phase: 'absent' as const };
    const fake = await openAttendance({
      'exam/board': () => ok(board(now(), [RIZKY, absent])),
      'exam/checkIn': () => ok({ candidateId: 'c2', attendance: 'present' }),
    });
    fireEvent.click(within(rowFor(SITI.participantNo)).getByTestId('attendance-checkin'));
    const dialog = await screen.findByTestId('action-dialog-checkIn');
    fireEvent.click(within(dialog).getByTestId('action-confirm'));
    expect(fake.calls.some((c) => c.method === 'exam/checkIn')).toBe(false);
    fireEvent.change(within(dialog).getByTestId('action-reason'), { target: { value: 'Datang terlambat' } });
    fireEvent.click(within(dialog).getByTestId('action-confirm'));
    await waitFor(() =>
      expect(fake.calls.find((c) => c.method === 'exam/checkIn')?.args).toEqual({ sessionId: 's1', candidateId: 'c2', reason: 'Datang terlambat' }),
    );
  });

  it('keeps the keyboard on the row checked in, where the focus fell to the page with its "Hadir" button', async () => {
    const fake = await openAttendance({
      'exam/board': () => ok(board(now(), [RIZKY, SITI])),
      'exam/checkIn': () => ok({ candidateId: 'c1', attendance: 'present' }),
    });
    await waitFor(() => expect(fake.subscriberCount()).toBe(1));
    const button = within(rowFor(RIZKY.participantNo)).getByTestId('attendance-checkin');
    button.focus();
    fireEvent.click(button);
    // While the call runs the button keeps the focus (a disabled one drops it) and does not send twice.
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    await waitFor(() => expect(button.getAttribute('aria-disabled')).toBeNull());
    expect(fake.calls.filter((c) => c.method === 'exam/checkIn')).toHaveLength(1);
    const present = { ...RIZKY, attendance: 'present' as const, attendanceStatus: 'present' as const };
    act(() => fake.push({ event: 'exam/boardChanged', payload: { sessionId: 's1', serverNow: now(), rows: [present] } }));
    expect(rowFor(RIZKY.participantNo).dataset.attendance).toBe('present');
    expect(within(rowFor(RIZKY.participantNo)).queryByTestId('attendance-checkin')).toBeNull();
    // The row's next control: one Tab from the next candidate's "Hadir".
    expect(document.activeElement).toBe(within(rowFor(RIZKY.participantNo)).getByTestId('attendance-absent'));
  });

  it('keeps the keyboard on the row marked absent once the dialog closed and its button went', async () => {
    const fake = await openAttendance({
      'exam/board': () => ok(board(now(), [RIZKY, SITI])),
      'exam/markAbsent': () => ok({ candidateId: 'c2', attendance: 'absent' }),
    });
    await waitFor(() => expect(fake.subscriberCount()).toBe(1));
    const opener = within(rowFor(SITI.participantNo)).getByTestId('attendance-absent');
    opener.focus();
    fireEvent.click(opener);
    const dialog = await screen.findByTestId('action-dialog-markAbsent');
    fireEvent.change(within(dialog).getByTestId('action-reason'), { target: { value: 'Tidak datang' } });
    fireEvent.click(within(dialog).getByTestId('action-confirm'));
    await waitFor(() => expect(screen.queryByTestId('action-dialog-markAbsent')).toBeNull());
    expect(document.activeElement).toBe(opener);
    const absent = { ...SITI, attendance: 'absent' as const, attendanceStatus: 'absent' as const, phase: 'absent' as const };
    act(() => fake.push({ event: 'exam/boardChanged', payload: { sessionId: 's1', serverNow: now(), rows: [absent] } }));
    expect(within(rowFor(SITI.participantNo)).queryByTestId('attendance-absent')).toBeNull();
    // Its "Hadir" (to undo, with a reason) is what the row offers now.
    expect(document.activeElement).toBe(within(rowFor(SITI.participantNo)).getByTestId('attendance-checkin'));
  });

  it('names the candidate on both of a row\'s buttons, as a screen reader goes from row to row', async () => {
    await openAttendance({ 'exam/board': () => ok(board(now(), [RIZKY, SITI])) });
    const row = within(rowFor(SITI.participantNo));
    // "Tandai tidak hadir" alone said whom only by where it stood, unlike "Catat hadir: …" beside it.
    expect(row.getByTestId('attendance-absent').getAttribute('aria-label')).toBe(`${id.examDay.actions.names.markAbsent}: ${SITI.name}`);
    expect(row.getByTestId('attendance-checkin').getAttribute('aria-label')).toBe(`${id.examDay.attendance.checkIn}: ${SITI.name}`);
  });

  it('offers no attendance change once the session is closed, and says why', async () => {
    const closed = { ...board(now(), [RIZKY, { ...SITI, attendance: 'absent', attendanceStatus: 'absent', phase: 'absent' }]), status: 'ended' as const, endedAt: now() };
    await openAttendance({ 'exam/board': () => ok(closed) });
    expect(screen.queryAllByTestId('attendance-checkin')).toEqual([]);
    expect(screen.queryAllByTestId('attendance-absent')).toEqual([]);
    expect(screen.getByTestId('attendance-intro').textContent).toBe(id.examDay.attendance.closed);
  });

  it('the board offers no "mark absent" after the close either', async () => {
    const closed = { ...board(now(), [{ ...RIZKY, attendanceStatus: 'absent' as const }]), status: 'ended' as const, endedAt: now() };
    await openBoard(closed);
    expect(screen.queryByTestId('board-actions')).toBeNull();
  });
});

async function openBoard(state: ReturnType<typeof board>) {
  const fake = proctorWithConsole({ 'exam/token': () => ok(tokenState(now(), 'KXRTWB', soon())), 'exam/board': () => ok(state) });
  renderApp(fake.transport);
  fireEvent.click(await screen.findByTestId('console-tab-board'));
  await screen.findAllByTestId('board-row');
}
