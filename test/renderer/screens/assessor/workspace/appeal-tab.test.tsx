import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AssessmentOverview, Workspace } from '../../../../../electron/shared/assessment';
import { en } from '../../../../../electron/shared/i18n/en';
import { TOKEN, principal } from '../../../fixtures';
import { fakeTransport, ok } from '../../../fake-transport';
import { renderApp } from '../../../render-app';
import { inTimeZone } from '../../../../support/time-zone';
import { ws as base } from '../../print/workspace-fixture';
import { assignedTo, HEADER, sessionOf } from './fixtures';

const empty: Workspace = { ...base, header: { ...base.header, sessionId: HEADER.sessionId }, appeal: null, lastSeq: 0 };
const candidate = empty.candidate;
const overview: AssessmentOverview = {
  header: HEADER,
  rows: [
    {
      ...candidate,
      attempt: 'submitted',
      attendance: 'present',
      progress: { ia05: 'scored', ia06: 'scored', ia07: 'not_started', ia01: 'not_started', ia03: 'not_started', decision: 'not_started' },
      recommendation: null,
      signed: false,
    },
  ],
  essays: [],
  reportSigned: false,
};

describe('FR.AK.04 in the workspace', () => {
  inTimeZone('Asia/Jakarta');

  it('once the appeal is stored, the tab says it is recorded and when, no longer "no appeal recorded"', async () => {
    window.location.hash = '#/';
    sessionStorage.setItem('ruang-uji.token', TOKEN);
    localStorage.setItem('ruang-uji.language', 'en');
    let current = empty;
    const fake = fakeTransport({
      'auth/whoami': () => ok(principal('assessor', HEADER.assessorName)),
      'assessor/assigned': () => ok(assignedTo(sessionOf(1), [candidate])),
      'assessment/overview': () => ok(overview),
      'assessment/workspace': () => ok(current),
      'assessment/appeal': (args) => {
        const { sessionId: _s, candidateId: _c, ...input } = args as Record<string, unknown>;
        current = { ...empty, appeal: { ...(input as Omit<NonNullable<Workspace['appeal']>, 'savedAt'>), savedAt: '2026-11-21T09:20:00Z' }, lastSeq: 1 };
        return ok({ seq: (args as { seq: number }).seq, stored: true, savedAt: '2026-11-21T09:20:00Z' });
      },
    });
    renderApp(fake.transport);
    fireEvent.click(await screen.findByTestId('open-workspace'));
    fireEvent.click(await screen.findByTestId('open-candidate'));
    fireEvent.click(await screen.findByTestId('tab-ak04'));
    expect((await screen.findByTestId('ak04-none')).textContent).toBe(en.assess.ak04.none);
    fireEvent.change(screen.getByRole('textbox'), { target: { value: 'I was ill during the test' } });
    fireEvent.submit(screen.getByTestId('ak04-form'));
    const recorded = await screen.findByTestId('ak04-recorded');
    expect(recorded.textContent).toBe(`Appeal recorded 21 Nov 2026, 16:20. ${en.assess.ak04.recorded.split('. ')[1]}`);
    expect(screen.queryByTestId('ak04-none')).toBeNull();
    await waitFor(() => expect(fake.calls.filter((c) => c.method === 'assessment/workspace').length).toBeGreaterThanOrEqual(2));
  });
});
