import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BackupStatus } from '../../../electron/shared/backup';
import type { SessionTokenState } from '../../../electron/shared/cbt';
import type { Minutes } from '../../../electron/shared/exam-day';
import { id } from '../../../electron/shared/i18n/id';
import type { RoomStatus } from '../../../electron/shared/room';
import type { TransportReply } from '../../../renderer/src/api/transport';
import { fail, ok } from '../fake-transport';
import { renderApp } from '../render-app';
import { RIZKY, SITI, TODAY, board, proctorWithConsole, tokenState } from './console-fixtures';
import { inTimeZone } from '../../support/time-zone';

const now = () => new Date().toISOString();
const soon = () => new Date(Date.now() + 900_000).toISOString();
const common = {
  'exam/board': () => ok(board(now(), [])),
  'exam/token': () => ok(tokenState(now(), 'KXRTWB', soon())),
};

async function openTab(tab: string, handlers: Parameters<typeof proctorWithConsole>[0]) {
  const fake = proctorWithConsole({ ...common, ...handlers });
  renderApp(fake.transport);
  fireEvent.click(await screen.findByTestId(`console-tab-${tab}`));
  return fake;
}

describe('session panel', () => {
  it('starts the session, then closes it only after a confirmation with a reason', async () => {
    let state: SessionTokenState = { sessionId: 's1', status: 'not_started', token: null, issuedAt: null, rotatesAt: null, rotateMinutes: 15, serverNow: now() };
    const fake = proctorWithConsole({
      'exam/board': () => ok(board(now(), [])),
      'exam/token': () => ok(state),
      'exam/startSession': () => {
        state = tokenState(now(), 'KXRTWB', soon());
        return ok(state);
      },
      'exam/endSession': () => ok({ ...state, status: 'ended', token: null, rotatesAt: null }),
    });
    renderApp(fake.transport);
    fireEvent.click(await screen.findByTestId('session-start'));
    expect((await screen.findByTestId('session-token')).textContent).toBe('KXRTWB');
    expect(screen.getByTestId('session-status').textContent).toBe(id.examDay.status.running);

    fireEvent.click(screen.getByTestId('session-end'));
    const dialog = screen.getByTestId('end-session-dialog');
    expect(dialog.textContent).toContain(id.examDay.session.endText);
    fireEvent.click(within(dialog).getByTestId('action-confirm'));
    expect(fake.calls.some((c) => c.method === 'exam/endSession')).toBe(false);
    fireEvent.change(within(dialog).getByTestId('action-reason'), { target: { value: 'Waktu sesi selesai' } });
    fireEvent.click(within(dialog).getByTestId('action-confirm'));
    await screen.findByTestId('session-ended');
    expect(fake.calls.find((c) => c.method === 'exam/endSession')?.args).toEqual({ sessionId: 's1', reason: 'Waktu sesi selesai' });
    expect(screen.getByTestId('session-status').textContent).toBe(id.examDay.status.ended);
    expect(screen.queryByTestId('session-token')).toBeNull();
    // And what the day still asks: the minutes, then the results for the LSP, with the way to them.
    const next = screen.getByTestId('session-ended-next');
    expect(next.textContent).toBe(`${id.examDay.session.endedNext} ${id.bundles.link}.`);
    expect(within(next).getByRole('link').getAttribute('href')).toBe('#/bundles');
  });
});

describe("the console's tabs from the keyboard", () => {
  it('← and → step round them, Home and End go to the first and the last, the focus with the tab chosen', async () => {
    const fake = proctorWithConsole(common);
    renderApp(fake.transport);
    const tab = (name: string) => screen.getByTestId(`console-tab-${name}`);
    const press = (key: string) => fireEvent.keyDown(document.activeElement!, { key });
    (await screen.findByTestId('console-tab-session')).focus();
    press('ArrowLeft');
    expect(tab('backups').getAttribute('aria-selected')).toBe('true');
    press('ArrowRight');
    expect(tab('session').getAttribute('aria-selected')).toBe('true');
    press('End');
    expect(tab('backups').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab('backups'));
    press('Home');
    expect(tab('session').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab('session'));
  });
});

describe('the session panel from the keyboard', () => {
  it('keeps the focus off the page: on the token once started, on "rotate" while it rotates, on the closed notice once closed', async () => {
    let state: SessionTokenState = { sessionId: 's1', status: 'not_started', token: null, issuedAt: null, rotatesAt: null, rotateMinutes: 15, serverNow: now() };
    let rotated: (reply: TransportReply) => void = () => {};
    const fake = proctorWithConsole({
      'exam/board': () => ok(board(now(), [])),
      'exam/token': () => ok(state),
      'exam/startSession': () => {
        state = tokenState(now(), 'KXRTWB', soon());
        return ok(state);
      },
      'exam/rotateToken': () => new Promise<TransportReply>((resolve) => (rotated = resolve)),
      'exam/endSession': () => ok({ ...state, status: 'ended', token: null, rotatesAt: null }),
    });
    renderApp(fake.transport);
    const start = await screen.findByTestId('session-start');
    start.focus();
    fireEvent.click(start);
    // The start button went with the start: the token, what the room needs now, has the focus.
    await screen.findByTestId('session-token');
    expect(document.activeElement).toBe(screen.getByTestId('session-running'));

    const rotate = screen.getByTestId('token-rotate');
    rotate.focus();
    fireEvent.click(rotate);
    // A disabled button would drop the focus to the page; this one keeps it and does not rotate twice.
    expect(rotate.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(rotate);
    fireEvent.click(rotate);
    expect(fake.calls.filter((c) => c.method === 'exam/rotateToken')).toHaveLength(1);
    await act(async () => rotated(ok(tokenState(now(), 'PQRSTU', soon()))));
    await waitFor(() => expect(rotate.getAttribute('aria-disabled')).toBeNull());

    const end = screen.getByTestId('session-end');
    end.focus();
    fireEvent.click(end);
    const dialog = screen.getByTestId('end-session-dialog');
    fireEvent.change(within(dialog).getByTestId('action-reason'), { target: { value: 'Waktu sesi selesai' } });
    fireEvent.click(within(dialog).getByTestId('action-confirm'));
    await screen.findByTestId('session-ended');
    expect(document.activeElement).toBe(screen.getByTestId('session-ended'));
  });
});

describe('a closed session whose results were exported', () => {
  it('says so in the console, with who and for which LSP, instead of asking for the export again', async () => {
    const endedAt = '2026-11-21T05:00:00.000Z';
    const ended: SessionTokenState = { sessionId: 's1', status: 'ended', token: null, issuedAt: null, rotatesAt: null, rotateMinutes: 15, serverNow: now() };
    const exported = { ...TODAY.sessions[0], run: { startedAt: '2026-11-21T01:00:00.000Z', endedAt }, resultsExport: { at: '2026-11-21T05:20:00.000Z', by: 'Agus Setiawan', lspName: 'LSP Demo' } };
    const fake = proctorWithConsole({
      'proctor/today': () => ok({ ...TODAY, sessions: [exported] }),
      'exam/board': () => ok({ ...board(now(), []), status: 'ended', endedAt }),
      'exam/token': () => ok(ended),
    });
    renderApp(fake.transport);
    const done = await screen.findByTestId('session-results-exported');
    expect(done.textContent).toContain('LSP Demo');
    expect(done.textContent).toContain('Agus Setiawan');
    expect(screen.getByTestId('session-ended')).toBeTruthy();
    expect(screen.queryByTestId('session-ended-next')).toBeNull();
  });
});

describe('starting a session well before its planned start', () => {
  // The server's clock is fixed on the venue's clock face (local components), so no time zone or hour matters.
  const at = (hours: number, minutes: number) => new Date(2026, 10, 21, hours, minutes, 0).toISOString();
  const notStarted = (serverNow: string): SessionTokenState => ({ sessionId: 's1', status: 'not_started', token: null, issuedAt: null, rotatesAt: null, rotateMinutes: 15, serverNow });

  function consoleAt(serverNow: string) {
    let state = notStarted(serverNow);
    return proctorWithConsole({
      'exam/board': () => ok(board(serverNow, [])),
      'exam/token': () => ok(state),
      'exam/startSession': () => {
        state = tokenState(serverNow, 'KXRTWB', soon());
        return ok(state);
      },
    });
  }

  it('asks first, naming the planned start and the time now, and starts only on yes', async () => {
    const fake = consoleAt(at(5, 35));
    renderApp(fake.transport);
    fireEvent.click(await screen.findByTestId('session-start'));
    const dialog = screen.getByTestId('early-start-dialog');
    expect(within(dialog).getByTestId('early-start-text').textContent).toContain('Sesi ini dijadwalkan mulai 21 Nov 2026 08.00, sekarang 21 Nov 2026 05.35.');
    expect(fake.calls.some((c) => c.method === 'exam/startSession')).toBe(false);

    fireEvent.click(within(dialog).getByTestId('action-cancel'));
    expect(screen.queryByTestId('early-start-dialog')).toBeNull();
    expect(fake.calls.some((c) => c.method === 'exam/startSession')).toBe(false);

    fireEvent.click(screen.getByTestId('session-start'));
    fireEvent.click(within(screen.getByTestId('early-start-dialog')).getByTestId('action-confirm'));
    expect((await screen.findByTestId('session-token')).textContent).toBe('KXRTWB');
    expect(screen.queryByTestId('early-start-dialog')).toBeNull();
  });

  it('starts at once within half an hour of the planned start', async () => {
    const fake = consoleAt(at(7, 31));
    renderApp(fake.transport);
    fireEvent.click(await screen.findByTestId('session-start'));
    expect(screen.queryByTestId('early-start-dialog')).toBeNull();
    expect((await screen.findByTestId('session-token')).textContent).toBe('KXRTWB');
  });
});

describe('the session panel of a session the LSP cancelled', () => {
  it('says why and offers no start', async () => {
    const cancellation = { at: '2026-11-20T02:00:00.000Z', by: 'Dewi Admin', reason: 'Gedung TUK direnovasi', afterStart: false };
    const fake = proctorWithConsole({
      'proctor/today': () => ok({ ...TODAY, sessions: TODAY.sessions.map((s) => ({ ...s, session: { ...s.session, cancellation } })) }),
      'exam/board': () => ok(board(now(), [])),
      'exam/token': () => ok({ sessionId: 's1', status: 'not_started', token: null, issuedAt: null, rotatesAt: null, rotateMinutes: 15, serverNow: now() }),
    });
    renderApp(fake.transport);
    expect((await screen.findByTestId('session-cancelled-at-tuk')).textContent).toContain('Alasan: Gedung TUK direnovasi. Ujian tidak dapat dimulai.');
    await waitFor(() => expect(fake.calls.some((c) => c.method === 'exam/token')).toBe(true));
    expect(screen.queryByTestId('session-start')).toBeNull();
    expect(screen.getByTestId('session-status').textContent).toBe(id.examDay.session.cancelledBadge);
  });

  it('that reached this computer after the exam started says the exam goes on, where it said it could not be started while the token showed', async () => {
    const cancellation = { at: '2026-11-20T02:00:00.000Z', by: 'Dewi Admin', reason: 'Asesor berhalangan', afterStart: true };
    const fake = proctorWithConsole({
      'proctor/today': () => ok({ ...TODAY, sessions: TODAY.sessions.map((s) => ({ ...s, session: { ...s.session, cancellation } })) }),
      ...common,
    });
    renderApp(fake.transport);
    const notice = (await screen.findByTestId('session-cancelled-at-tuk')).textContent ?? '';
    expect(notice).toContain('Alasan: Asesor berhalangan. Pembatalan itu tiba setelah ujian dimulai di sini dan tidak menghentikannya');
    expect(notice).not.toContain('Ujian tidak dapat dimulai');
    expect((await screen.findByTestId('session-token')).textContent).toBe('KXRTWB');
  });
});

describe('a session re-planned to another duration after candidates started', () => {
  it('says beside the new duration how many keep the one they accepted, in both languages', async () => {
    const startedWithOtherDuration = [{ minutes: 120, candidates: 3 }];
    const fake = proctorWithConsole({
      'proctor/today': () => ok({ ...TODAY, sessions: TODAY.sessions.map((s) => ({ ...s, session: { ...s.session, durationMinutes: 60, startedWithOtherDuration } })) }),
      ...common,
    });
    renderApp(fake.transport);
    const note = await screen.findByTestId('session-started-with-other-duration');
    expect(note.textContent).toBe(' 3 peserta tetap 120 menit: mereka menyetujui FR.AK.01 sebelum jadwal sesi diubah.');
    fireEvent.click(screen.getByTestId('lang-en'));
    await waitFor(() =>
      expect(screen.getByTestId('session-started-with-other-duration').textContent).toBe(' 3 candidates keep 120 min: they accepted FR.AK.01 before the session was re-planned.'),
    );
  });
});

describe('closing the session', () => {
  it('names who is still answering and who is offline before the one click that submits everyone', async () => {
    const DIMAS = { ...RIZKY, candidateId: 'c3', participantNo: 'JWP-2026-003', name: 'Dimas Aditya Nugroho', seat: 'PC-03', accountId: 'acc-c3' };
    const rows = [
      { ...RIZKY, phase: 'test' as const, attendanceStatus: 'present' as const, signedIn: true, online: true },
      { ...SITI, phase: 'paused' as const, attendanceStatus: 'present' as const, signedIn: true, online: false },
      { ...DIMAS, phase: 'submitted' as const, attendanceStatus: 'present' as const, signedIn: true, online: true },
    ];
    const fake = proctorWithConsole({ ...common, 'exam/board': () => ok(board(now(), rows)) });
    renderApp(fake.transport);
    fireEvent.click(await screen.findByTestId('session-end'));
    const dialog = screen.getByTestId('end-session-dialog');
    await waitFor(() => expect(within(dialog).getByTestId('end-session-answering').dataset.count).toBe('2'));
    expect(within(dialog).getByTestId('end-session-answering').textContent).toBe('Masih mengerjakan: 2 peserta. Ujian mereka dikumpulkan apa adanya.');
    const answering = within(dialog).getByTestId('end-session-answering-names').querySelectorAll('li');
    expect([...answering].map((li) => li.dataset.candidate)).toEqual([RIZKY.participantNo, SITI.participantNo]);
    expect(within(dialog).getByTestId('end-session-offline').dataset.count).toBe('1');
    expect(within(dialog).getByTestId('end-session-offline-names').textContent).toContain(SITI.name);
    expect(dialog.textContent).not.toContain(DIMAS.name);
    expect(fake.calls.some((c) => c.method === 'exam/endSession')).toBe(false);
  });
});

describe('room panel', () => {
  it('says plainly when this mode has no room server', async () => {
    const closed: RoomStatus = { open: false, url: null, host: null, port: null, interfaces: [], available: false };
    await openTab('room', { 'room/status': () => ok(closed) });
    expect((await screen.findByTestId('room-unavailable')).textContent).toBe(id.examDay.room.unavailable);
    expect(screen.queryByTestId('room-open')).toBeNull();
  });

  it('opens on the chosen card and port, then shows the address large with its QR code', async () => {
    const interfaces = [
      { name: 'eth0', address: '192.168.10.5' },
      { name: 'wlan0', address: '10.0.0.7' },
    ];
    const fake = await openTab('room', {
      'room/status': () => ok({ open: false, url: null, host: null, port: null, interfaces, available: true }),
      'room/open': (args): TransportReply => {
        const { host, port } = args as { host: string; port: number };
        return port === 4400 ? fail('ROOM_PORT_UNAVAILABLE', { port }) : ok({ open: true, url: `http://${host}:${port}/`, host, port, interfaces, available: true });
      },
    });
    await screen.findByTestId('room-open');
    expect((screen.getByTestId('room-port') as HTMLInputElement).value).toBe('4321');
    fireEvent.change(screen.getByTestId('room-host'), { target: { value: '10.0.0.7' } });
    fireEvent.change(screen.getByTestId('room-port'), { target: { value: '4400' } });
    fireEvent.click(screen.getByTestId('room-open'));
    expect((await screen.findByTestId('error-message')).dataset.errorCode).toBe('ROOM_PORT_UNAVAILABLE');

    fireEvent.change(screen.getByTestId('room-port'), { target: { value: '4321' } });
    fireEvent.click(screen.getByTestId('room-open'));
    expect((await screen.findByTestId('room-url')).textContent).toBe('http://10.0.0.7:4321/');
    // The proctor learns what keeps the room up: the app holds off sleep, a closed lid may not.
    expect(screen.getByTestId('room-awake-note').textContent).toBe(id.examDay.room.awakeNote);
    expect(fake.calls.filter((c) => c.method === 'room/open').at(-1)?.args).toEqual({ host: '10.0.0.7', port: 4321 });
    const qr = screen.getByTestId('room-qr');
    // A version-2 code (25 modules) holds this address; it is drawn as rects, no injected markup.
    expect(Number(qr.dataset.modules)).toBeGreaterThanOrEqual(21);
    expect(qr.querySelectorAll('rect').length).toBeGreaterThan(20);
    expect(qr.getAttribute('aria-label')).toContain('http://10.0.0.7:4321/');
  });
});

describe('backups panel', () => {
  const files = [{ name: 'ruang-uji-backup-20261121T020000000Z.sqlite', bytes: 393_216, at: '2026-11-21T02:00:00.000Z' }];
  const configured: BackupStatus = { configured: true, folder: '/media/usb', everyMinutes: 5, keep: 12, activeSessions: 1, lastBackupAt: files[0].at, lastError: null, files };

  it('saves the folder with the defaults and takes a backup now', async () => {
    const empty: BackupStatus = { ...configured, configured: false, folder: null, files: [], lastBackupAt: null };
    const fake = await openTab('backups', {
      'backups/status': () => ok(empty),
      'backups/configure': (args) => ok({ ...configured, files: [], folder: (args as { folder: string }).folder }),
      'backups/takeNow': () => ok(configured),
    });
    expect((await screen.findByTestId('backup-state')).textContent).toBe(id.examDay.backups.notConfigured);
    expect((screen.getByTestId('backup-now') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByTestId('backup-folder'), { target: { value: ' /media/usb ' } });
    fireEvent.click(screen.getByTestId('backup-save'));
    await waitFor(() => expect(screen.getByTestId('backups').dataset.configured).toBe('true'));
    expect(fake.calls.find((c) => c.method === 'backups/configure')?.args).toEqual({ folder: '/media/usb', everyMinutes: 5, keep: 12 });
    fireEvent.click(screen.getByTestId('backup-now'));
    expect(await screen.findAllByTestId('backup-file')).toHaveLength(1);
  });

  it('says on every tab when the last copy failed, marks the Backups tab, and opens it; once fixed there, says nothing', async () => {
    let status: BackupStatus = { ...configured, lastError: 'BACKUP_FOLDER_UNWRITABLE' };
    const fake = proctorWithConsole({ ...common, 'backups/status': () => ok(status), 'backups/takeNow': () => ok(configured) });
    renderApp(fake.transport);
    const notice = await screen.findByTestId('console-backup-notice');
    expect(notice.dataset.trouble).toBe('failed');
    expect(notice.textContent).toContain(id.examDay.backups.lastError.replace('{{detail}}', 'BACKUP_FOLDER_UNWRITABLE'));
    expect(screen.getByTestId('console-tab-backups').textContent).toBe(`${id.examDay.tabs.backups}1`);
    const open = within(notice).getByTestId('console-backup-open');
    open.focus();
    fireEvent.click(open);
    await screen.findByTestId('backups');
    expect(screen.queryByTestId('console-backup-notice')).toBeNull();
    // The notice went with the button pressed: the focus is on the tab it opened, not on the page.
    expect(document.activeElement).toBe(screen.getByTestId('console-tab-backups'));
    // The stick is back: a copy taken there, and the console, read again on leaving the tab, is quiet.
    status = configured;
    fireEvent.click(screen.getByTestId('backup-now'));
    await screen.findByTestId('backup-notice');
    fireEvent.click(screen.getByTestId('console-tab-board'));
    await waitFor(() => expect(screen.getByTestId('console-tab-backups').textContent).toBe(id.examDay.tabs.backups));
    expect(screen.queryByTestId('console-backup-notice')).toBeNull();
  });

  it('asks for a backup folder while the session runs without one', async () => {
    const none: BackupStatus = { ...configured, configured: false, folder: null, files: [], lastBackupAt: null };
    const fake = proctorWithConsole({ ...common, 'backups/status': () => ok(none) });
    renderApp(fake.transport);
    const notice = await screen.findByTestId('console-backup-notice');
    expect(notice.dataset.trouble).toBe('notConfigured');
    expect(notice.textContent).toContain(id.examDay.backups.notConfigured);
  });

  it('restores only after the file name is typed and a reason given', async () => {
    const fake = await openTab('backups', {
      'backups/status': () => ok(configured),
      'backups/restore': () => ok(configured),
    });
    fireEvent.click(await screen.findByTestId('backup-restore'));
    const dialog = screen.getByTestId('restore-dialog');
    fireEvent.change(within(dialog).getByTestId('restore-name'), { target: { value: 'ruang-uji-backup' } });
    fireEvent.change(within(dialog).getByTestId('action-reason'), { target: { value: 'Basis data rusak' } });
    fireEvent.click(within(dialog).getByTestId('action-confirm'));
    expect(dialog.textContent).toContain(id.examDay.backups.restoreMismatch);
    expect(fake.calls.some((c) => c.method === 'backups/restore')).toBe(false);

    fireEvent.change(within(dialog).getByTestId('restore-name'), { target: { value: files[0].name } });
    fireEvent.click(within(dialog).getByTestId('action-confirm'));
    await waitFor(() => expect(screen.queryByTestId('restore-dialog')).toBeNull());
    expect(fake.calls.find((c) => c.method === 'backups/restore')?.args).toEqual({ name: files[0].name, reason: 'Basis data rusak' });
    expect(screen.getByTestId('backup-notice').textContent).toContain(files[0].name);
  });
});

const MINUTES: Minutes = {
  sessionId: 's1',
  sessionCode: 'JWP-DEMO-01',
  date: '2026-11-21',
  startedAt: '2026-11-21T01:00:00.000Z',
  endedAt: null,
  registered: 12,
  present: 10,
  absent: 2,
  notRecorded: 0,
  proctorActions: [],
  submitted: 4,
  proctorNames: ['Agus Setiawan'],
  assessorNames: ['Dra. Sri Wahyuningsih, M.Kom.'],
  incidents: [],
  notes: '',
  auditHead: null,
};

describe('minutes panel', () => {
  it('adds an incident and shows it with the counts the core computed', async () => {
    let minutes = MINUTES;
    const fake = await openTab('minutes', {
      'exam/minutes': () => ok(minutes),
      'exam/addIncident': (args) => {
        const incident = { id: 1, at: now(), text: (args as { text: string }).text, by: 'Agus Setiawan' };
        minutes = { ...minutes, incidents: [incident] };
        return ok(incident);
      },
    });
    expect((await screen.findByTestId('minutes-present')).textContent).toBe('10');
    expect(screen.getByTestId('minutes-absent').textContent).toBe('2');
    fireEvent.change(screen.getByTestId('minutes-incident'), { target: { value: 'ab' } });
    fireEvent.click(screen.getByTestId('minutes-incident-add'));
    expect(screen.getByText(id.examDay.minutes.incidentTooShort)).toBeTruthy();
    fireEvent.change(screen.getByTestId('minutes-incident'), { target: { value: 'Listrik padam di PC-07' } });
    fireEvent.click(screen.getByTestId('minutes-incident-add'));
    expect((await screen.findByTestId('minutes-incident-item')).textContent).toContain('Listrik padam di PC-07');
    expect(fake.calls.filter((c) => c.method === 'exam/minutes')).toHaveLength(2);
  });

  // Each button was disabled while its call ran, which drops the focus to the page; now aria-disabled, a second press ignored.
  it.each([
    {
      label: 'Tambahkan',
      field: 'minutes-incident',
      button: 'minutes-incident-add',
      text: 'Listrik padam di PC-07',
      method: 'exam/addIncident',
      reply: () => ({ id: 1, at: now(), text: 'Listrik padam di PC-07', by: 'Agus Setiawan' }),
    },
    { label: 'Simpan catatan', field: 'minutes-notes', button: 'minutes-notes-save', text: 'Sesi berjalan tertib.', method: 'exam/setNotes', reply: () => ({ notes: 'Sesi berjalan tertib.' }) },
  ] as const)('keeps the focus on "$label" while it writes, and writes once', async ({ field, button, text, method, reply }) => {
    let written: (reply: TransportReply) => void = () => {};
    const fake = await openTab('minutes', {
      'exam/minutes': () => ok(MINUTES),
      [method]: () => new Promise<TransportReply>((resolve) => (written = resolve)),
    });
    fireEvent.change(await screen.findByTestId(field), { target: { value: text } });
    const pressed = screen.getByTestId(button);
    pressed.focus();
    fireEvent.click(pressed);
    expect(pressed.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(pressed);
    fireEvent.click(pressed);
    expect(fake.calls.filter((c) => c.method === method)).toHaveLength(1);
    await act(async () => written(ok(reply())));
    await waitFor(() => expect(pressed.getAttribute('aria-disabled')).toBeNull());
    expect(document.activeElement).toBe(pressed);
  });

  it('lists the proctor actions the berita acara prints, closing and collected tests too, apart from the incidents written by hand', async () => {
    const reason = 'Waktu pelaksanaan selesai sesuai jadwal TUK';
    const minutes: Minutes = {
      ...MINUTES,
      endedAt: '2026-11-21T03:00:00.000Z',
      proctorActions: [
        { at: '2026-11-21T02:00:00.000Z', action: 'extended', participantNo: 'JWP-2026-003', candidateName: 'Agus', reason: 'PC lambat', minutes: 10, candidates: null, by: 'Agus Setiawan' },
        { at: '2026-11-21T03:00:00.000Z', action: 'sessionEnded', participantNo: '', candidateName: '', reason, minutes: null, candidates: 1, by: 'Agus Setiawan' },
        { at: '2026-11-21T03:00:00.000Z', action: 'collectedAtEnd', participantNo: 'JWP-2026-003', candidateName: 'Agus', reason, minutes: 66, candidates: null, by: 'Agus Setiawan' },
      ],
    };
    await openTab('minutes', { 'exam/minutes': () => ok(minutes) });
    const rows = await screen.findAllByTestId('minutes-tab-action');
    expect(screen.getByText('Tindakan proktor (3)')).toBeTruthy();
    expect(rows.map((r) => r.dataset.action)).toEqual(['extended', 'sessionEnded', 'collectedAtEnd']);
    expect(rows[0].textContent).toContain('Tambah waktu 10 menit');
    expect(rows[0].textContent).toContain('PC lambat');
    expect(rows[1].textContent).toContain('Sesi ujian ditutup');
    expect(rows[1].textContent).toContain('Peserta yang masih mengerjakan (1)');
    expect(rows[2].textContent).toContain('JWP-2026-003');
    expect(rows[2].textContent).toContain('Dikumpulkan saat sesi ujian ditutup (sisa waktu 66 menit)');
    expect(rows[2].textContent).toContain(reason);
    // Incidents stay the proctor's own notes: none were written.
    expect(screen.getByText('Kejadian selama ujian (0)')).toBeTruthy();
  });

  it('shows a restart of the room server among the actions, as the system\'s row with the gap before it', async () => {
    const minutes: Minutes = {
      ...MINUTES,
      proctorActions: [
        { at: '2026-11-21T02:02:23.000Z', action: 'serverRestarted', participantNo: '', candidateName: '', reason: '', minutes: null, candidates: null, by: '', since: '2026-11-21T02:02:03.000Z' },
      ],
    };
    await openTab('minutes', { 'exam/minutes': () => ok(minutes) });
    const [row] = await screen.findAllByTestId('minutes-tab-action');
    expect(row.dataset.action).toBe('serverRestarted');
    expect(row.textContent).toContain('Server ruang dijalankan kembali');
    expect(row.textContent).toContain('(20 detik sebelumnya)');
    expect(row.textContent).toContain('Sistem (otomatis)');
  });

  it("the berita acara opened from the minutes tab names the console as where its back button goes", async () => {
    await openTab('minutes', { 'exam/minutes': () => ok(MINUTES) });
    fireEvent.click(await screen.findByTestId('print-minutes-open'));
    expect((await screen.findByTestId('print-close')).textContent).toBe('Kembali ke konsol proktor');
  });

  it('a print takes the keyboard with the screen: its back button once open, the button that opened it once closed', async () => {
    await openTab('minutes', { 'exam/minutes': () => ok(MINUTES) });
    const opener = await screen.findByTestId('print-minutes-open');
    opener.focus();
    fireEvent.click(opener);
    // The buttons went with the console behind the print, and the focus with them to the page.
    expect(document.activeElement).toBe(await screen.findByTestId('print-close'));
    fireEvent.click(screen.getByTestId('print-close'));
    expect(document.activeElement).toBe(screen.getByTestId('print-minutes-open'));
  });

  it('offers the berita acara from the minutes tab only once the session has started, saying why before', async () => {
    const notStarted: SessionTokenState = { sessionId: 's1', status: 'not_started', token: null, issuedAt: null, rotatesAt: null, rotateMinutes: 15, serverNow: now() };
    await openTab('minutes', { 'exam/token': () => ok(notStarted), 'exam/minutes': () => ok({ ...MINUTES, startedAt: null, endedAt: null }) });
    await waitFor(() => expect((screen.getByTestId('print-minutes-open') as HTMLButtonElement).disabled).toBe(true));
    expect(screen.getByTestId('print-minutes-not-yet').textContent).toBe(id.examDay.minutes.printNeedsStart);
  });

  it('says when no proctor action is recorded yet', async () => {
    await openTab('minutes', { 'exam/minutes': () => ok(MINUTES) });
    expect((await screen.findByTestId('minutes-tab-no-actions')).textContent).toBe(id.examDay.minutes.noActions);
  });
});

describe('attendance panel', () => {
  it('checks a candidate in without a reason and shows the pushed attendance', async () => {
    const fake = await openTab('attendance', {
      'exam/board': () => ok(board(now(), [RIZKY, { ...SITI, phase: 'test', attendanceStatus: 'present', signedIn: true, online: true }])),
      'exam/checkIn': () => ok({ candidateId: 'c1', attendance: 'present' }),
    });
    const rowFor = (no: string) => screen.getAllByTestId('attendance-row').find((r) => r.dataset.candidate === no)!;
    await screen.findAllByTestId('attendance-row');
    // Already working on the test: present, nothing to record.
    expect(rowFor(SITI.participantNo).dataset.attendance).toBe('present');
    expect(within(rowFor(SITI.participantNo)).queryByTestId('attendance-checkin')).toBeNull();

    expect(rowFor(RIZKY.participantNo).dataset.attendance).toBe('not_recorded');
    fireEvent.click(within(rowFor(RIZKY.participantNo)).getByTestId('attendance-checkin'));
    await waitFor(() => expect(fake.calls.find((c) => c.method === 'exam/checkIn')?.args).toEqual({ sessionId: 's1', candidateId: 'c1' }));
    await waitFor(() => expect(fake.subscriberCount()).toBe(1));
    act(() => fake.push({ event: 'exam/boardChanged', payload: { sessionId: 's1', serverNow: now(), rows: [{ ...RIZKY, attendance: 'present', attendanceStatus: 'present' }] } }));
    expect(rowFor(RIZKY.participantNo).dataset.attendance).toBe('present');
  });
});

describe('room panel of a lab running two sessions', () => {
  const interfaces = [{ name: 'eth0', address: '192.168.10.5' }];
  const open: RoomStatus = { open: true, url: 'http://192.168.10.5:4321/', host: '192.168.10.5', port: 4321, interfaces, available: true };
  const closed: RoomStatus = { ...open, open: false, url: null, host: null, port: null };
  /** The morning's session closed, the afternoon's still running: the console open on the morning's. */
  const twoSessions = (afternoonEnded: string | null) => ({
    ...TODAY,
    sessions: [
      { ...TODAY.sessions[0], run: { startedAt: '2026-11-21T01:00:00.000Z', endedAt: '2026-11-21T03:00:00.000Z' } },
      { ...TODAY.sessions[0], session: { ...TODAY.sessions[0].session, id: 's2', code: 'JWP-SORE-01', startTime: '13:00' }, run: { startedAt: '2026-11-21T06:00:00.000Z', endedAt: afternoonEnded } },
    ],
  });

  it('names the sessions still running before the room closes on their lab PCs, and closes only when asked again', async () => {
    const fake = await openTab('room', { 'proctor/today': () => ok(twoSessions(null)), 'room/status': () => ok(open), 'room/close': () => ok(closed) });
    const close = await screen.findByTestId('room-close');
    close.focus();
    fireEvent.click(close);
    const asked = await screen.findByTestId('room-close-running');
    expect(asked.textContent).toContain(id.examDay.room.closeRunning_other.replace('{{sessions}}', 'JWP-SORE-01'));
    expect(fake.calls.some((c) => c.method === 'room/close')).toBe(false);
    // The question took the button's place: the keyboard is on "keep it open", not on the page.
    expect(document.activeElement).toBe(screen.getByTestId('room-close-cancel'));
    fireEvent.click(screen.getByTestId('room-close-cancel'));
    expect(screen.queryByTestId('room-close-running')).toBeNull();
    expect(screen.getByTestId('room-status').dataset.open).toBe('true');
    expect(document.activeElement).toBe(screen.getByTestId('room-close'));

    fireEvent.click(screen.getByTestId('room-close'));
    fireEvent.click(await screen.findByTestId('room-close-confirm'));
    await waitFor(() => expect(screen.getByTestId('room-status').dataset.open).toBe('false'));
    expect(fake.calls.filter((c) => c.method === 'room/close')).toHaveLength(1);
  });

  it('closes at once once no session runs', async () => {
    const fake = await openTab('room', { 'proctor/today': () => ok(twoSessions('2026-11-21T08:00:00.000Z')), 'room/status': () => ok(open), 'room/close': () => ok(closed) });
    await screen.findByTestId('room-close');
    await waitFor(() => expect(fake.calls.some((c) => c.method === 'proctor/today')).toBe(true));
    fireEvent.click(screen.getByTestId('room-close'));
    await waitFor(() => expect(screen.getByTestId('room-status').dataset.open).toBe('false'));
    expect(screen.queryByTestId('room-close-running')).toBeNull();
  });
});

describe("the console of a WITA TUK's session on a computer set to WIB", () => {
  inTimeZone('Asia/Jakarta');

  it("states the exam's times on the TUK's clock, the zone named: the token's issue and the plan's start", async () => {
    const issued = '2026-11-21T00:05:00.000Z'; // 08.05 WITA, 07.05 WIB
    const witaToday = { ...TODAY, sessions: [{ ...TODAY.sessions[0], session: { ...TODAY.sessions[0].session, tukZone: 'WITA' as const } }] };
    const fake = proctorWithConsole({
      'proctor/today': () => ok(witaToday),
      'exam/board': () => ok(board(now(), [])),
      'exam/token': () => ok({ ...tokenState(now(), 'KXRTWB', soon()), issuedAt: issued }),
    });
    renderApp(fake.transport);
    const panel = (await screen.findByTestId('session-token')).closest('section') ?? document.body;
    await waitFor(() => expect(panel.textContent).toContain(id.examDay.session.issuedAt.replace('{{time}}', '08.05 WITA')));
    expect(document.body.textContent).not.toContain('07.05');
    expect(document.body.textContent).toContain(`${TODAY.sessions[0].session.startTime.replace(':', '.')} WITA`);
  });
});
