import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { Minutes } from '../../../../electron/shared/exam-day';
import { createI18n } from '../../../../renderer/src/i18n/setup';
import { MinutesPrint } from '../../../../renderer/src/screens/print/MinutesPrint';
import { inTimeZone } from '../../../support/time-zone';
import { sessionSheet } from './session-sheet-fixture';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';

const sheet = sessionSheet([], { sessionCode: 'JWP-DEMO-01', tukType: 'sewaktu', date: '2026-11-21' });

const minutes: Minutes = {
  sessionId: 's1',
  sessionCode: 'JWP-DEMO-01',
  date: '2026-11-21',
  startedAt: '2026-11-21T01:00:00.000Z',
  endedAt: '2026-11-21T03:00:00.000Z',
  registered: 12,
  present: 10,
  absent: 2,
  notRecorded: 0,
  proctorActions: [],
  submitted: 10,
  proctorNames: ['Agus Setiawan'],
  assessorNames: ['Asesor'],
  incidents: [],
  notes: '',
  auditHead: {
    installationId: 'i1',
    n: 41,
    seq: 1234,
    hash: 'ab'.repeat(32),
    signedAt: '2026-11-21T03:00:05.000Z',
    reason: 'print',
    fingerprint: '12345 67890 12345 67890 12345 67890',
  },
};

function renderMinutes(m: Minutes, language: 'id' | 'en' = 'id') {
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <MinutesPrint sheet={sheet} minutes={m} />
    </I18nextProvider>,
  );
}

describe('the berita acara', () => {
  inTimeZone('Asia/Jakarta');
  afterEach(cleanup);

  it('printed before the session started, says so instead of "telah dilaksanakan" (both languages)', () => {
    // The proctor's home offers the berita acara for today's session from the morning: it stated the assessment had
    // taken place, with "Dimulai: belum tercatat" and nobody present.
    const before = { ...minutes, startedAt: null, endedAt: null, present: 0, absent: 0, notRecorded: 12, submitted: 0, proctorNames: [] };
    renderMinutes(before);
    expect(screen.getByTestId('minutes-not-started').textContent).toBe(id.forms.minutes.notStarted);
    expect(screen.getByTestId('print-minutes').textContent).not.toContain(id.forms.minutes.intro);
    cleanup();
    renderMinutes(before, 'en');
    expect(screen.getByTestId('minutes-not-started').textContent).toBe(en.forms.minutes.notStarted);
    cleanup();
    renderMinutes(minutes);
    expect(screen.queryByTestId('minutes-not-started')).toBeNull();
    expect(screen.getByTestId('print-minutes').textContent).toContain(id.forms.minutes.intro);
  });

  it('prints the signed audit head: its last row, hash in groups, and the key\'s fingerprint', () => {
    renderMinutes(minutes);
    expect(screen.getByTestId('minutes-audit-seq').textContent).toBe('1234');
    expect(screen.getByTestId('minutes-audit-hash').textContent).toBe(Array(8).fill('abababab').join(' '));
    const seal = screen.getByTestId('minutes-audit-head').textContent ?? '';
    expect(seal).toContain('Segel log audit');
    expect(seal).toContain('12345 67890 12345 67890 12345 67890');
    // The command prints as code, never with the backticks of a Markdown source.
    expect(seal).not.toContain('`');
    const command = screen.getByTestId('minutes-audit-command');
    expect(command.tagName).toBe('CODE');
    expect(command.textContent).toBe('ruang-uji audit verify');
  });

  it('in English, names each signer by their own role and the actions column by the one who acted, in the singular', () => {
    renderMinutes({ ...minutes, assessorNames: ['Dra. Sri Wahyuningsih', 'Ir. Bambang Hermawan'] }, 'en');
    const tables = screen.getAllByRole('table');
    const signers = tables[tables.length - 1];
    expect([...signers.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Name', 'Proctor / Assessor', 'Signature']);
    expect([...signers.querySelectorAll(':scope > tbody > tr')].map((tr) => [...tr.children].slice(0, 2).map((td) => td.textContent))).toEqual([
      ['Agus Setiawan', 'Proctor'],
      ['Dra. Sri Wahyuningsih', 'Assessor'],
      ['Ir. Bambang Hermawan', 'Assessor'],
    ]);
    expect(document.body.textContent).not.toMatch(/Proctors\b(?!')|Assessors/);
  });

  it('says so when no head could be signed (keys locked)', () => {
    renderMinutes({ ...minutes, auditHead: null });
    expect(screen.getByTestId('minutes-audit-none').textContent).toContain('kunci masih terkunci');
  });

  it('lists what the proctor did, with the time in the venue, the reason and who, and counts not recorded on its own', () => {
    renderMinutes({
      ...minutes,
      present: 1,
      absent: 1,
      notRecorded: 10,
      proctorActions: [
        { at: '2026-11-21T01:30:00.000Z', action: 'extended', participantNo: 'JWP-2026-001', candidateName: 'Rizky', reason: 'listrik padam', minutes: 10, candidates: null, by: 'Agus Setiawan' },
        { at: '2026-11-21T01:40:00.000Z', action: 'forceSubmitted', participantNo: 'JWP-2026-002', candidateName: 'Siti', reason: 'sakit', minutes: null, candidates: null, by: 'Agus Setiawan' },
      ],
    });
    const rows = screen.getAllByTestId('minutes-action');
    expect(rows.map((r) => r.dataset.action)).toEqual(['extended', 'forceSubmitted']);
    expect(rows[0].textContent).toContain('08.30');
    expect(rows[0].textContent).toContain('Tambah waktu 10 menit');
    expect(rows[0].textContent).toContain('listrik padam');
    expect(rows[1].textContent).toContain('Kumpulkan paksa');
    expect(screen.getByTestId('minutes-absent').textContent).toBe('1');
    expect(screen.getByTestId('minutes-not-recorded').textContent).toBe('10');
  });

  it('prints a room-wide action as one row naming how many candidates it concerned (issue 18 items 20 and 21)', () => {
    renderMinutes({
      ...minutes,
      proctorActions: [
        { at: '2026-11-21T01:30:00.000Z', action: 'pausedAll', participantNo: '', candidateName: '', reason: 'listrik padam', minutes: null, candidates: 9, by: 'Agus Setiawan' },
        { at: '2026-11-21T01:45:00.000Z', action: 'extendedAll', participantNo: '', candidateName: '', reason: 'listrik padam', minutes: 15, candidates: 9, by: 'Agus Setiawan' },
        { at: '2026-11-21T01:10:00.000Z', action: 'markedAllAbsent', participantNo: '', candidateName: '', reason: 'pintu ditutup', minutes: null, candidates: 2, by: 'Agus Setiawan' },
      ],
    });
    const rows = screen.getAllByTestId('minutes-action');
    expect(rows[0].textContent).toContain('Jeda seluruh ruang');
    expect(rows[0].textContent).toContain('Semua peserta yang sedang mengerjakan (9)');
    expect(rows[1].textContent).toContain('Tambah waktu 15 menit untuk seluruh ruang');
    expect(rows[2].textContent).toContain('Semua yang belum hadir (2)');
    expect(rows[2].textContent).toContain('Dicatat tidak hadir');
    // The whole-room row names the candidates once: the action says what happened to them, not who again.
    expect(rows[2].textContent?.split('Semua yang belum hadir')).toHaveLength(2);
  });

  it('prints Buka kunci semua yang terkunci as one row: when, who, how many and why, in both languages', () => {
    const unlocked = { at: '2026-11-21T01:20:00.000Z', action: 'unlockedAll' as const, participantNo: '', candidateName: '', reason: 'Dikunci dari PC-9', minutes: null, candidates: 3, by: 'Agus Setiawan' };
    renderMinutes({ ...minutes, proctorActions: [unlocked] });
    const [row] = screen.getAllByTestId('minutes-action');
    expect(row.dataset.action).toBe('unlockedAll');
    for (const part of ['08.20', 'Buka kunci semua akun peserta yang terkunci (salah kata sandi)', 'Semua peserta yang akunnya terkunci (3)', 'Dikunci dari PC-9', 'Agus Setiawan']) {
      expect(row.textContent).toContain(part);
    }
    cleanup();
    renderMinutes({ ...minutes, proctorActions: [unlocked] }, 'en');
    const [english] = screen.getAllByTestId('minutes-action');
    expect(english.textContent).toContain('Every locked candidate account unlocked (wrong passwords)');
    expect(english.textContent).toContain('Every candidate whose account was locked (3)');
  });

  it('states the closing of the session and each test it collected, with the time its candidate still had', () => {
    const reason = 'Waktu pelaksanaan selesai sesuai jadwal TUK';
    renderMinutes({
      ...minutes,
      proctorActions: [
        { at: '2026-11-21T02:00:00.000Z', action: 'sessionEnded', participantNo: '', candidateName: '', reason, minutes: null, candidates: 1, by: 'Agus Setiawan' },
        { at: '2026-11-21T02:00:00.000Z', action: 'collectedAtEnd', participantNo: 'JWP-2026-003', candidateName: 'Agus', reason, minutes: 66, candidates: null, by: 'Agus Setiawan' },
      ],
    });
    const rows = screen.getAllByTestId('minutes-action');
    expect(rows[0].textContent).toContain('09.00');
    expect(rows[0].textContent).toContain('Sesi ujian ditutup');
    expect(rows[0].textContent).toContain('Peserta yang masih mengerjakan (1)');
    expect(rows[0].textContent).toContain(reason);
    expect(rows[1].textContent).toContain('JWP-2026-003');
    expect(rows[1].textContent).toContain('Dikumpulkan saat sesi ujian ditutup (sisa waktu 66 menit)');
  });

  it('states a restart of the room server as a system row: when, the last activity before it and the gap, in both languages', () => {
    const restart = { at: '2026-11-21T02:02:23.000Z', action: 'serverRestarted', participantNo: '', candidateName: '', reason: '', minutes: null, candidates: null, by: '', since: '2026-11-21T02:02:03.000Z' } as const;
    renderMinutes({ ...minutes, proctorActions: [restart] });
    const row = screen.getByTestId('minutes-action');
    expect(row.dataset.action).toBe('serverRestarted');
    expect(row.textContent).toContain('Server ruang dijalankan kembali. Kegiatan terakhir yang tercatat sebelumnya:');
    expect(row.textContent).toContain('09.02');
    expect(row.textContent).toContain('(20 detik sebelumnya)');
    expect(row.textContent).toContain('Seluruh ruang');
    expect(row.textContent).toContain('Sistem (otomatis)');
    cleanup();

    renderMinutes({ ...minutes, proctorActions: [{ ...restart, at: '2026-11-21T02:14:03.000Z' }] }, 'en');
    const en = screen.getByTestId('minutes-action');
    expect(en.textContent).toContain('Room server started again. Last activity recorded before:');
    expect(en.textContent).toContain('(12 minutes earlier)');
    expect(en.textContent).toContain('System (automatic)');
    expect(en.textContent).not.toMatch(/\b(crash|power|mati|padam)\b/i);
  });
});
