import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AssessmentOverview, EssayAcross } from '../../../../../electron/shared/assessment';
import { id } from '../../../../../electron/shared/i18n/id';
import { holdUnsaved } from '../../../../../renderer/src/navigation/leave-guard';
import { parseWorkspaceRoute, workspaceRoute, type WorkspaceView } from '../../../../../renderer/src/screens/assessor/workspace/view';
import { TOKEN, principal } from '../../../fixtures';
import { fakeTransport, ok } from '../../../fake-transport';
import { renderApp } from '../../../render-app';
import { ws } from '../../print/workspace-fixture';
import { assignedTo, HEADER, sessionOf } from './fixtures';

const OVERVIEW: AssessmentOverview = {
  header: HEADER,
  rows: [
    {
      ...ws.candidate,
      attempt: 'submitted',
      attendance: 'present',
      progress: { ia05: 'scored', ia06: 'not_started', ia07: 'not_started', ia01: 'not_started', ia03: 'not_started', decision: 'not_started' },
      recommendation: null,
      signed: false,
    },
  ],
  essays: [{ itemId: 'es-3', ref: 'ES-03', number: 3 }],
  reportSigned: false,
};

const ACROSS: EssayAcross = {
  header: HEADER,
  question: { itemId: 'es-3', ref: 'ES-03', number: 3, unitCode: 'J.620100.019.02', elementNo: 2, kukNumber: '2.2', kuks: [{ unitCode: 'J.620100.019.02', kukNumber: '2.2' }], prompt: { id: 'Soal esai', en: null }, expected: { id: 'Jawaban', en: null }, scoring: 'yes_no' },
  rows: [],
};

/** The assessor's app at `hash`, as after a reload there. */
function openAt(hash: string) {
  window.location.hash = hash;
  sessionStorage.setItem('ruang-uji.token', TOKEN);
  const fake = fakeTransport({
    'auth/whoami': () => ok(principal('assessor', HEADER.assessorName)),
    'assessor/assigned': () => ok(assignedTo(sessionOf(1), [ws.candidate])),
    'assessment/overview': () => ok(OVERVIEW),
    'assessment/workspace': () => ok(ws),
    'assessment/essayAcross': () => ok(ACROSS),
  });
  renderApp(fake.transport);
}

/** A hash change is announced a task later; this waits for that task (and the render it starts). */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 30)));
const selectedTab = () => screen.getAllByRole('tab').find((t) => t.getAttribute('aria-selected') === 'true')?.dataset.testid;

describe('the assessor workspace at its own addresses', () => {
  let release: (() => void) | null = null;
  afterEach(() => {
    release?.();
    release = null;
  });

  it('each view has an address, and Back steps back through them within the workspace', async () => {
    openAt('#/');
    fireEvent.click(await screen.findByTestId('open-workspace'));
    await screen.findByTestId('assessment-overview');
    expect(window.location.hash).toBe('#/workspace/s1');

    fireEvent.click(screen.getByTestId('open-candidate'));
    await screen.findByTestId('candidate-workspace');
    expect(window.location.hash).toBe('#/workspace/s1/candidate/c1/ia05');
    fireEvent.click(screen.getByTestId('tab-decisions'));
    await settle();
    expect(window.location.hash).toBe('#/workspace/s1/candidate/c1/decisions');
    expect(selectedTab()).toBe('tab-decisions');

    history.back();
    await waitFor(() => expect(window.location.hash).toBe('#/workspace/s1/candidate/c1/ia05'));
    await waitFor(() => expect(selectedTab()).toBe('tab-ia05'));
    history.back();
    await screen.findByTestId('assessment-overview');
    expect(window.location.hash).toBe('#/workspace/s1');

    fireEvent.click(screen.getByTestId('essay-across'));
    await screen.findByTestId('essay-across-view');
    expect(window.location.hash).toBe('#/workspace/s1/essay/es-3');
    fireEvent.click(screen.getByTestId('workspace-back'));
    await screen.findByTestId('assessment-overview');
    fireEvent.click(screen.getByTestId('workspace-close'));
    await screen.findByTestId('home-assessor');
    expect(window.location.hash).toBe('#/');
  });

  it('a reload returns to the same candidate and tab, the essay by question, or the report', async () => {
    openAt('#/workspace/s1/candidate/c1/decisions');
    expect((await screen.findByTestId('candidate-workspace')).dataset.candidate).toBe(ws.candidate.participantNo);
    expect(selectedTab()).toBe('tab-decisions');
    expect(screen.getByTestId('panel-decisions')).toBeTruthy();
  });

  it('a print view opened from the candidate\'s print tab has its address, and closing it returns to that tab', async () => {
    openAt('#/workspace/s1/candidate/c1/print');
    fireEvent.click(await screen.findByTestId('print-ia05-open'));
    await screen.findByTestId('print-ia05');
    expect(window.location.hash).toBe('#/workspace/s1/candidate/c1/form/ia05');
    fireEvent.click(screen.getByTestId('print-close'));
    await screen.findByTestId('panel-print');
    expect(window.location.hash).toBe('#/workspace/s1/candidate/c1/print');
  });

  it('asks before leaving a view while edits are unsaved: "stay" keeps the view and its address, "leave" goes', async () => {
    openAt('#/workspace/s1');
    fireEvent.click(await screen.findByTestId('open-candidate'));
    await screen.findByTestId('candidate-workspace');
    release = holdUnsaved();
    const stay = () => fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: id.common.unsaved.stay }));

    fireEvent.click(screen.getByTestId('tab-decisions'));
    stay();
    await settle();
    expect(window.location.hash).toBe('#/workspace/s1/candidate/c1/ia05');
    expect(selectedTab()).toBe('tab-ia05');

    // Back too: the address is put back while the dialog asks.
    history.back();
    await screen.findByRole('alertdialog');
    await waitFor(() => expect(window.location.hash).toBe('#/workspace/s1/candidate/c1/ia05'));
    stay();
    await settle();
    expect(screen.getByTestId('candidate-workspace')).toBeTruthy();

    fireEvent.click(screen.getByTestId('workspace-back'));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: id.common.unsaved.leave }));
    await screen.findByTestId('assessment-overview');
    expect(window.location.hash).toBe('#/workspace/s1');
  });

  it('an address naming no view of the workspace shows the assessor\'s home', async () => {
    openAt('#/workspace/s1/nowhere');
    await screen.findByTestId('home-assessor');
  });
});

describe('workspace addresses', () => {
  it('name every view and read back the same, ids with any character included', () => {
    const views: WorkspaceView[] = [
      { kind: 'overview' },
      { kind: 'candidate', candidateId: 'c/1 ä', tab: 'ak03' },
      { kind: 'essayAcross', itemId: 'es 3' },
      { kind: 'report' },
      { kind: 'print', form: 'sessionAll', candidateId: null, back: { kind: 'report' } },
      { kind: 'print', form: 'candidateAll', candidateId: 'c1', back: { kind: 'candidate', candidateId: 'c1', tab: 'print' } },
    ];
    for (const view of views) expect(parseWorkspaceRoute(workspaceRoute('s/1', view))).toEqual({ sessionId: 's/1', view });
  });

  it('open the first tab for a tab the address lacks, and name nothing for what is not a view', () => {
    expect(parseWorkspaceRoute('workspace/s1/candidate/c1')).toEqual({ sessionId: 's1', view: { kind: 'candidate', candidateId: 'c1', tab: 'ia05' } });
    expect(parseWorkspaceRoute('workspace/s1/candidate/c1/form/ak05')).toBeNull();
    expect(parseWorkspaceRoute('workspace/s1/form/ia05')).toBeNull();
    expect(parseWorkspaceRoute('workspace/%E0')).toBeNull();
    expect(parseWorkspaceRoute('workspace')).toBeNull();
    expect(parseWorkspaceRoute('apl/x')).toBeNull();
  });
});
