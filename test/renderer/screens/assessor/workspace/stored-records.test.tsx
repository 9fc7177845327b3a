import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AssessmentOverview, EssayRow, Workspace } from '../../../../../electron/shared/assessment';
import { contract } from '../../../../../electron/shared/contract';
import { TOKEN, principal } from '../../../fixtures';
import { fakeTransport, ok } from '../../../fake-transport';
import { renderApp } from '../../../render-app';
import { question, ws as base } from '../../print/workspace-fixture';
import { assignedTo, HEADER, sessionOf } from './fixtures';

// A workspace as the core sends it after a reload: the essay and the appeal were saved before, so each
// carries its seq and savedAt.
const essay: EssayRow = {
  ...question('es-1', 'J.620100.004.02', '1.2', 1),
  scoring: 'score_0_3',
  answer: 'Stack itu LIFO',
  score: { instrument: 'essay', targetId: 'es-1', verdict: null, score: 1, response: null, note: 'Kurang contoh', seq: 3, savedAt: '2026-11-21T09:00:00Z' },
};
const stored: Workspace = {
  ...base,
  header: { ...base.header, sessionId: HEADER.sessionId },
  essays: [essay],
  appeal: { processExplained: true, discussedWithAssessor: true, involveOther: false, reasons: 'Soal kurang jelas', seq: 4, savedAt: '2026-11-21T09:10:00Z' },
  lastSeq: 4,
};
const candidate = stored.candidate;
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

async function openTab(tab: string) {
  window.location.hash = '#/';
  sessionStorage.setItem('ruang-uji.token', TOKEN);
  const saved = (args: unknown) => ok({ seq: (args as { seq: number }).seq, stored: true, savedAt: '2026-11-21T09:20:00Z' });
  const fake = fakeTransport({
    'auth/whoami': () => ok(principal('assessor', HEADER.assessorName)),
    'assessor/assigned': () => ok(assignedTo(sessionOf(1), [candidate])),
    'assessment/overview': () => ok(overview),
    'assessment/workspace': () => ok(stored),
    'assessment/score': saved,
    'assessment/appeal': saved,
  });
  renderApp(fake.transport);
  fireEvent.click(await screen.findByTestId('open-workspace'));
  fireEvent.click(await screen.findByTestId('open-candidate'));
  fireEvent.click(await screen.findByTestId(`tab-${tab}`));
  return fake;
}

/** What the contract takes: the room server refuses the call (BAD_ARGS, unrecognized keys) otherwise. */
const refusal = (method: 'assessment/score' | 'assessment/appeal', args: unknown) => contract[method].args.safeParse(args).error?.issues ?? null;

describe('changing what was saved before a reload', () => {
  it('sends a stored essay score back as the contract takes it (its seq and savedAt were sent along and refused)', async () => {
    const fake = await openTab('ia06');
    const card = await screen.findByTestId('essay-card');
    fireEvent.click(within(card).getByRole('button', { name: '3' }));
    await waitFor(() => expect(fake.calls.filter((c) => c.method === 'assessment/score')).toHaveLength(1));
    const call = fake.calls.find((c) => c.method === 'assessment/score')!;
    expect(refusal('assessment/score', call.args)).toBeNull();
    expect(call.args).toMatchObject({ score: 3, note: 'Kurang contoh', seq: 5 });
  });

  it('sends a stored FR.AK.04 appeal back as the contract takes it', async () => {
    const fake = await openTab('ak04');
    fireEvent.submit(await screen.findByTestId('ak04-form'));
    await waitFor(() => expect(fake.calls.filter((c) => c.method === 'assessment/appeal')).toHaveLength(1));
    const call = fake.calls.find((c) => c.method === 'assessment/appeal')!;
    expect(refusal('assessment/appeal', call.args)).toBeNull();
    expect(call.args).toMatchObject({ reasons: 'Soal kurang jelas', seq: 5 });
  });
});
