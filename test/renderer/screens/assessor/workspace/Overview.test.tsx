import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AssessmentOverview, OverviewRow } from '../../../../../electron/shared/assessment';
import type { AssessorAssigned, SessionSummary } from '../../../../../electron/shared/types';
import { id } from '../../../../../electron/shared/i18n/id';
import { TOKEN, principal } from '../../../fixtures';
import { fakeTransport, ok } from '../../../fake-transport';
import { renderApp } from '../../../render-app';

const HEADER = {
  lspName: 'LSP Demo',
  schemeCode: 'SS.JWP/LSPP/005/2022',
  schemeTitle: { id: 'Pemrogram Web Muda', en: 'Junior Web Programmer' },
  sessionId: 's1',
  sessionCode: 'JWP-DEMO-01',
  sessionTitle: { id: 'Uji Kompetensi', en: null },
  tukName: 'TUK Demo',
  tukType: 'sewaktu' as const,
  date: '2026-11-21',
  startTime: '08:00',
  assessorName: 'Dra. Sri Wahyuningsih, M.Kom.',
  assessorMet: 'MET.000.004512 2019',
};

const SESSION: SessionSummary = {
  id: 's1',
  code: 'JWP-DEMO-01',
  title: { id: 'Uji Kompetensi', en: null },
  date: '2026-11-21',
  startTime: '08:00',
  durationMinutes: 120,
  schemeTitle: HEADER.schemeTitle,
  schemeCode: HEADER.schemeCode,
  tukName: HEADER.tukName,
  tukType: 'sewaktu',
  candidateCount: 2,
  assessorNames: [HEADER.assessorName],
};

const ASSIGNED: AssessorAssigned = {
  assessor: { id: 'as-1', name: HEADER.assessorName, metNumber: HEADER.assessorMet, metExpiresOn: '2027-01-01', techCertExpiresOn: null },
  sessions: [{ session: SESSION, candidates: [] }],
};

const candidate = (n: number) => ({ candidateId: `c${n}`, participantNo: `JWP-2026-00${n}`, name: `Peserta Nomor ${n}`, seat: null });

const NOTHING_YET = { ia05: 'not_started', ia06: 'not_started', ia07: 'not_started', ia01: 'not_started', ia03: 'not_started', decision: 'not_started' } as const;

const row = (n: number, more: Partial<OverviewRow>): OverviewRow => ({
  ...candidate(n),
  attempt: 'absent',
  attendance: 'not_recorded',
  progress: NOTHING_YET,
  recommendation: null,
  signed: false,
  ...more,
});

const OVERVIEW: AssessmentOverview = {
  header: HEADER,
  rows: [row(1, { attendance: 'not_recorded' }), row(2, { attendance: 'absent' }), row(3, { attendance: 'absent', progress: { ...NOTHING_YET, decision: 'decided' }, recommendation: 'BK' })],
  essays: [],
  reportSigned: false,
};

describe('workspace overview', () => {
  it('shows a candidate the proctor marked absent as Tidak hadir, not as yet to begin', async () => {
    sessionStorage.setItem('ruang-uji.token', TOKEN);
    const fake = fakeTransport({
      'auth/whoami': () => ok(principal('assessor', HEADER.assessorName)),
      'assessor/assigned': () => ok(ASSIGNED),
      'assessment/overview': () => ok(OVERVIEW),
    });
    renderApp(fake.transport);
    fireEvent.click(await screen.findByTestId('open-workspace'));
    const [notYet, absent, decided] = await screen.findAllByTestId('overview-row');

    expect(within(notYet).getByTestId('overview-attempt').textContent).toBe(id.assess.attempt.absent);
    expect(notYet.textContent).not.toContain(id.assess.workspace.absent);

    expect(within(absent).getByTestId('overview-attempt').textContent).toBe(id.assess.workspace.absent);
    expect(absent.textContent).not.toContain(id.assess.progress.not_started);
    expect(absent.querySelector('[data-column="ia05"]')?.textContent).toBe(id.assess.workspace.absent);

    // What the assessor did record for them still shows.
    expect(decided.querySelector('[data-column="decision"]')?.textContent).toBe(id.assess.progress.decided);
    expect(decided.querySelector('[data-column="ia06"]')?.textContent).toBe(id.assess.workspace.absent);
  });
});
