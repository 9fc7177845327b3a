import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AssessmentOverview, Workspace } from '../../../../../electron/shared/assessment';
import { TOKEN, principal } from '../../../fixtures';
import { fakeTransport, ok } from '../../../fake-transport';
import { renderApp } from '../../../render-app';
import { inTimeZone } from '../../../../support/time-zone';
import { ws as base } from '../../print/workspace-fixture';
import { assignedTo, HEADER, sessionOf } from './fixtures';

const answers = Array.from({ length: 10 }, () => ({ agree: true, comment: '' }));
// FR.AK.02 signed again at 12:30 (WIB); the candidate's FR.AK.03 was sent at 10:00, on the decision since unlocked.
const resigned: Workspace = {
  ...base,
  header: { ...base.header, sessionId: HEADER.sessionId },
  signature: { signedAt: '2026-11-21T05:30:00.000Z', signedByName: HEADER.assessorName },
  feedback: { answers, comment: null, enteredBy: 'candidate', seq: 1, savedAt: '2026-11-21T03:00:00.000Z', onEarlierDecision: true },
};
const overview: AssessmentOverview = {
  header: HEADER,
  rows: [
    {
      ...resigned.candidate,
      attempt: 'submitted',
      attendance: 'present',
      progress: { ia05: 'scored', ia06: 'scored', ia07: 'scored', ia01: 'scored', ia03: 'scored', decision: 'signed' },
      recommendation: 'K',
      signed: true,
    },
  ],
  essays: [],
  reportSigned: false,
};

describe('FR.AK.03 in the workspace', () => {
  inTimeZone('Asia/Jakarta');

  it('says the candidate’s feedback answered the decision since unlocked and signed again, where it read as given on this one', async () => {
    window.location.hash = '#/';
    sessionStorage.setItem('ruang-uji.token', TOKEN);
    localStorage.setItem('ruang-uji.language', 'id');
    const fake = fakeTransport({
      'auth/whoami': () => ok(principal('assessor', HEADER.assessorName)),
      'assessor/assigned': () => ok(assignedTo(sessionOf(1), [resigned.candidate])),
      'assessment/overview': () => ok(overview),
      'assessment/workspace': () => ok(resigned),
    });
    renderApp(fake.transport);
    fireEvent.click(await screen.findByTestId('open-workspace'));
    fireEvent.click(await screen.findByTestId('open-candidate'));
    fireEvent.click(await screen.findByTestId('tab-ak03'));
    const note = await screen.findByTestId('ak03-earlier-decision');
    expect(note.textContent).toBe(
      'Umpan balik ini diberikan pada 21 Nov 2026, 10.00 atas keputusan FR.AK.02 sebelumnya; keputusan itu kemudian dibuka kembali dan ditandatangani ulang pada 21 Nov 2026, 12.30. Belum ada umpan balik atas keputusan yang berlaku.',
    );
    expect(note.className).toBe('notice notice--warning');
    expect(screen.getByTestId('feedback-entered-by').dataset.by).toBe('candidate');
  });

  it("a WITA TUK's session on this WIB computer: the signature and the feedback on the TUK's clock, the zone named", async () => {
    window.location.hash = '#/';
    sessionStorage.setItem('ruang-uji.token', TOKEN);
    localStorage.setItem('ruang-uji.language', 'id');
    const wita = { ...resigned, header: { ...resigned.header, tukZone: 'WITA' as const } };
    const fake = fakeTransport({
      'auth/whoami': () => ok(principal('assessor', HEADER.assessorName)),
      'assessor/assigned': () => ok(assignedTo(sessionOf(1), [resigned.candidate])),
      'assessment/overview': () => ok(overview),
      'assessment/workspace': () => ok(wita),
    });
    renderApp(fake.transport);
    fireEvent.click(await screen.findByTestId('open-workspace'));
    fireEvent.click(await screen.findByTestId('open-candidate'));
    expect((await screen.findByTestId('locked-notice')).textContent).toContain('21 Nov 2026, 13.30 WITA');
    fireEvent.click(await screen.findByTestId('tab-ak03'));
    expect((await screen.findByTestId('ak03-earlier-decision')).textContent).toContain('pada 21 Nov 2026, 11.00 WITA atas keputusan');
  });
});
