import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { SessionSheet } from '../../../../electron/shared/assessment';
import type { Minutes } from '../../../../electron/shared/exam-day';
import { createI18n } from '../../../../renderer/src/i18n/setup';
import { MinutesPrint } from '../../../../renderer/src/screens/print/MinutesPrint';
import { inTimeZone } from '../../../support/time-zone';

const sheet: SessionSheet = {
  header: {
    lspName: 'LSP Uji',
    schemeCode: 'SKM-01',
    schemeTitle: { id: 'Skema', en: 'Scheme' },
    sessionId: 's1',
    sessionCode: 'JWP-DEMO-01',
    sessionTitle: { id: 'Sesi', en: 'Session' },
    tukName: 'TUK Uji',
    tukType: 'sewaktu',
    date: '2026-11-21',
    startTime: '08:00',
    assessorNames: ['Asesor'],
  },
  rows: [],
};

const minutes: Minutes = {
  sessionId: 's1',
  sessionCode: 'JWP-DEMO-01',
  date: '2026-11-21',
  startedAt: '2026-11-21T01:00:00.000Z',
  endedAt: '2026-11-21T03:00:00.000Z',
  registered: 12,
  present: 10,
  absent: 2,
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

function renderMinutes(m: Minutes) {
  render(
    <I18nextProvider i18n={createI18n('id')}>
      <MinutesPrint sheet={sheet} minutes={m} />
    </I18nextProvider>,
  );
}

describe('the berita acara', () => {
  inTimeZone('Asia/Jakarta');

  it('prints the signed audit head: its last row, hash in groups, and the key\'s fingerprint', () => {
    renderMinutes(minutes);
    expect(screen.getByTestId('minutes-audit-seq').textContent).toBe('1234');
    expect(screen.getByTestId('minutes-audit-hash').textContent).toBe(Array(8).fill('abababab').join(' '));
    const seal = screen.getByTestId('minutes-audit-head').textContent ?? '';
    expect(seal).toContain('Segel log audit');
    expect(seal).toContain('12345 67890 12345 67890 12345 67890');
  });

  it('says so when no head could be signed (keys locked)', () => {
    renderMinutes({ ...minutes, auditHead: null });
    expect(screen.getByTestId('minutes-audit-none').textContent).toContain('kunci masih terkunci');
  });
});
