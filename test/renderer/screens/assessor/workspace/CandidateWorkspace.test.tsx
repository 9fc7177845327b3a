import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AssessmentOverview, Workspace } from '../../../../../electron/shared/assessment';
import { en } from '../../../../../electron/shared/i18n/en';
import { id } from '../../../../../electron/shared/i18n/id';
import { TOKEN, principal } from '../../../fixtures';
import { fakeTransport, ok } from '../../../fake-transport';
import { renderApp } from '../../../render-app';
import { ws as fixture } from '../../print/workspace-fixture';
import { HEADER, assignedTo, sessionOf } from './fixtures';

const CANDIDATE = fixture.candidate;

const OVERVIEW: AssessmentOverview = {
  header: HEADER,
  rows: [
    {
      ...CANDIDATE,
      attempt: 'submitted',
      attendance: 'present',
      progress: { ia05: 'not_started', ia06: 'not_started', ia07: 'not_started', ia01: 'not_started', ia03: 'not_started', decision: 'not_started' },
      recommendation: null,
      signed: false,
    },
  ],
  essays: [],
  reportSigned: false,
};

async function openWorkspace(lateAnswers: number, heldRefused = 0) {
  window.location.hash = '#/';
  sessionStorage.setItem('ruang-uji.token', TOKEN);
  const workspace: Workspace = { ...fixture, header: HEADER, attempt: { ...fixture.attempt, lateAnswers, heldRefused } };
  const fake = fakeTransport({
    'auth/whoami': () => ok(principal('assessor', HEADER.assessorName)),
    'assessor/assigned': () => ok(assignedTo(sessionOf(1), [CANDIDATE])),
    'assessment/overview': () => ok(OVERVIEW),
    'assessment/workspace': () => ok(workspace),
  });
  renderApp(fake.transport);
  fireEvent.click(await screen.findByTestId('open-workspace'));
  fireEvent.click(await screen.findByTestId('open-candidate'));
  await screen.findByTestId('candidate-workspace');
}

describe("the assessor's workspace and answers that arrived after the time ran out", () => {
  it('says how many, in Indonesian', async () => {
    await openWorkspace(3);
    expect(screen.getByTestId('late-answers-notice').textContent).toBe(id.assess.workspace.lateAnswers_other.replace('{{count}}', '3'));
  });

  it('says how many in English, one answer in the singular', async () => {
    localStorage.setItem('ruang-uji.language', 'en');
    await openWorkspace(1);
    expect(screen.getByTestId('late-answers-notice').textContent).toBe(en.assess.workspace.lateAnswers_one.replace('{{count}}', '1'));
  });

  it('says nothing when every answer arrived in time', async () => {
    await openWorkspace(0);
    expect(screen.queryByTestId('late-answers-notice')).toBeNull();
  });
});

describe("the assessor's workspace and late answers refused because the PC was still in contact after giving them", () => {
  it('says how many, in Indonesian, apart from the late answers that count', async () => {
    await openWorkspace(1, 5);
    expect(screen.getByTestId('held-refused-notice').textContent).toBe(id.assess.workspace.heldRefused_other.replace('{{count}}', '5'));
    expect(screen.getByTestId('late-answers-notice').textContent).toBe(id.assess.workspace.lateAnswers_other.replace('{{count}}', '1'));
  });

  it('says how many in English, one in the singular', async () => {
    localStorage.setItem('ruang-uji.language', 'en');
    await openWorkspace(0, 1);
    expect(screen.getByTestId('held-refused-notice').textContent).toBe(en.assess.workspace.heldRefused_one.replace('{{count}}', '1'));
    expect(screen.queryByTestId('late-answers-notice')).toBeNull();
  });

  it('says nothing when none was refused', async () => {
    await openWorkspace(2, 0);
    expect(screen.queryByTestId('held-refused-notice')).toBeNull();
  });
});

describe("the workspace's forms as a tab list", () => {
  it('is one Tab stop, moved along with ← →, Home and End, the focus following the form chosen', async () => {
    await openWorkspace(0);
    const tabs = screen.getAllByRole('tab');
    const selected = () => tabs.find((t) => t.getAttribute('aria-selected') === 'true');
    // Every tab was a Tab stop of its own, and the arrows did nothing.
    expect(tabs.filter((t) => t.tabIndex === 0)).toEqual([tabs[0]]);
    tabs[0].focus();
    fireEvent.keyDown(tabs[0], { key: 'ArrowRight' });
    await waitFor(() => expect(selected()).toBe(tabs[1]));
    expect(document.activeElement).toBe(tabs[1]);
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(tabs[1].id);
    fireEvent.keyDown(tabs[1], { key: 'End' });
    await waitFor(() => expect(selected()).toBe(tabs[tabs.length - 1]));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    await waitFor(() => expect(selected()).toBe(tabs[0]));
    expect(document.activeElement).toBe(tabs[0]);
    expect(tabs.filter((t) => t.tabIndex === 0)).toEqual([tabs[0]]);
  });
});
