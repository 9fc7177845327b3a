import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AssessmentOverview, OverviewRow } from '../../../../../electron/shared/assessment';
import { id } from '../../../../../electron/shared/i18n/id';
import { TOKEN, principal } from '../../../fixtures';
import { fakeTransport, ok } from '../../../fake-transport';
import { renderApp } from '../../../render-app';
import { assignedTo, candidate, HEADER, sessionOf } from './fixtures';

const SESSION = sessionOf(2);
const ASSIGNED = assignedTo(SESSION);

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
    // The workspace keeps its address in the hash, which outlives a test: each starts at the home.
  window.location.hash = '#/';
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

  it('says Tidak digunakan, plainly and not as a badge, for an instrument the scheme has nothing for', async () => {
    // The workspace keeps its address in the hash, which outlives a test: each starts at the home.
  window.location.hash = '#/';
  sessionStorage.setItem('ruang-uji.token', TOKEN);
    const unused = { ...NOTHING_YET, ia07: 'not_used', ia01: 'not_used', ia03: 'not_used' } as const;
    const signed = { ia05: 'signed', ia06: 'signed', ia07: 'not_used', ia01: 'not_used', ia03: 'not_used', decision: 'signed' } as const;
    const fake = fakeTransport({
      'auth/whoami': () => ok(principal('assessor', HEADER.assessorName)),
      'assessor/assigned': () => ok(ASSIGNED),
      'assessment/overview': () =>
        ok({ ...OVERVIEW, rows: [row(1, { attempt: 'submitted', progress: unused }), row(2, { attendance: 'absent', progress: unused }), row(3, { attempt: 'submitted', progress: signed, signed: true })] }),
    });
    renderApp(fake.transport);
    fireEvent.click(await screen.findByTestId('open-workspace'));
    const [working, absent, done] = await screen.findAllByTestId('overview-row');
    const cell = (r: HTMLElement, c: string) => r.querySelector(`[data-column="${c}"]`)!;
    for (const r of [working, absent, done]) {
      for (const c of ['ia07', 'ia01', 'ia03']) {
        expect(cell(r, c).textContent).toBe(id.assess.progress.not_used);
        expect(cell(r, c).querySelector('.badge')).toBeNull();
      }
    }
    expect(cell(working, 'ia06').textContent).toBe(id.assess.progress.not_started);
    expect(cell(absent, 'ia06').textContent).toBe(id.assess.workspace.absent);
    expect(cell(done, 'decision').textContent).toBe(id.assess.progress.signed);
  });
});
