import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AssessmentOverview, UnitState, Workspace } from '../../../../../electron/shared/assessment';
import { en } from '../../../../../electron/shared/i18n/en';
import { id } from '../../../../../electron/shared/i18n/id';
import { TOKEN, principal } from '../../../fixtures';
import { fail, fakeTransport, ok } from '../../../fake-transport';
import { renderApp } from '../../../render-app';
import { assignedTo, HEADER, sessionOf } from './fixtures';
import { formSignatures } from '../../../../../electron/core/assessment/form-signatures';

const ALL_RECORDED = { ia05: true, ia06: true, ia07: true, ia01: true, ia03: true };
const SESSION = sessionOf(1);

const CANDIDATE = { candidateId: 'c1', participantNo: 'JWP-2026-001', name: 'Muhammad Rizky Pratama', seat: 'PC-01' };

const ASSIGNED = assignedTo(SESSION, [CANDIDATE]);

const OVERVIEW: AssessmentOverview = {
  header: HEADER,
  rows: [
    {
      ...CANDIDATE,
      attempt: 'submitted',
      attendance: 'present',
      progress: { ia05: 'decided', ia06: 'scored', ia07: 'scored', ia01: 'scored', ia03: 'scored', decision: 'in_progress' },
      recommendation: null,
      signed: false,
    },
  ],
  essays: [],
  reportSigned: false,
};

const unit = (code: string, decision: 'K' | 'BK'): UnitState => ({
  unitId: `u-${code}`,
  unitCode: code,
  title: { id: `Unit ${code}`, en: null },
  suggestion: decision,
  reasons: [],
  evidenceUsed: ['observation'],
  decision: { decision, suggestionAtDecision: decision, comment: null, extraEvidence: [], seq: 3, savedAt: '2026-11-21T09:00:00Z' },
});

function workspace(units: UnitState[]): Workspace {
  return {
    header: HEADER,
    candidate: CANDIDATE,
    attempt: { status: 'submitted', missed: false, submittedAt: '2026-11-21T08:50:00Z', agreedAt: '2026-11-21T08:00:00Z', agreementEvidence: ['observation', 'written', 'oral', 'interview'], lateAnswers: 0, heldRefused: 0 },
    multipleChoice: { sessionId: 's1', candidateId: 'c1', submitted: true, items: [], units: [], corrections: [], allAchieved: true },
    passHintPercent: null,
    essays: [],
    oral: [],
    supporting: [],
    observation: [],
    units,
    record: { knowledgeConclusion: 'achieved', knowledgeNote: null, recommendation: null, followUp: null, comment: null, seq: 4, savedAt: '2026-11-21T09:00:00Z' },
    allowedRecommendation: units.every((u) => u.decision?.decision === 'K') ? 'K' : 'BK',
    signature: null,
    acknowledgement: null,
    formSignatures: formSignatures({ agreedAt: '2026-11-21T08:00:00Z', signedAt: null, acknowledgedAt: null, feedbackByCandidateAt: null, recorded: ALL_RECORDED }),
    formsRecorded: ALL_RECORDED,
    feedback: null,
    appeal: null,
    lastSeq: 4,
  };
}

async function openDecisions(ws: Workspace) {
  // The workspace keeps its address in the hash, which outlives a test: each starts at the home.
  window.location.hash = '#/';
  sessionStorage.setItem('ruang-uji.token', TOKEN);
  const fake = fakeTransport({
    'auth/whoami': () => ok(principal('assessor', HEADER.assessorName)),
    'assessor/assigned': () => ok(ASSIGNED),
    'assessment/overview': () => ok(OVERVIEW),
    'assessment/workspace': () => ok(ws),
    'assessment/saveRecord': (args) => ok({ seq: (args as { seq: number }).seq, stored: true, savedAt: '2026-11-21T09:05:00Z' }),
  });
  renderApp(fake.transport);
  fireEvent.click(await screen.findByTestId('open-workspace'));
  fireEvent.click(await screen.findByTestId('open-candidate'));
  fireEvent.click(await screen.findByTestId('tab-decisions'));
  await screen.findByTestId('recommendation');
  return fake;
}

const recordSaves = (fake: Awaited<ReturnType<typeof openDecisions>>) =>
  fake.calls.filter((c) => c.method === 'assessment/saveRecord').map((c) => c.args as { recommendation: string | null; seq: number });

describe('FR.AK.02 recommendation', () => {
  it('chooses and saves BK when a unit is decided BK, so the signature has a recommendation to confirm', async () => {
    const fake = await openDecisions(workspace([unit('J.620100.004.02', 'K'), unit('J.620100.005.02', 'BK')]));
    await waitFor(() => expect(recordSaves(fake)).toEqual([expect.objectContaining({ recommendation: 'BK', seq: 5 })]));
    expect((screen.getByTestId('recommendation-BK') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('recommendation-K') as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByTestId('recommendation-preset').textContent).toBe(id.assess.decisions.onlyBk_other.replace('{{units}}', 'J.620100.005.02'));
  });

  it('says "units … are" in English when several units are decided BK (it said "unit … is" whatever the count)', async () => {
    localStorage.setItem('ruang-uji.language', 'en');
    await openDecisions(workspace([unit('J.620100.004.02', 'BK'), unit('J.620100.005.02', 'BK')]));
    expect(screen.getByTestId('recommendation-preset').textContent).toBe(
      'BK has been chosen as the recommendation because units J.620100.004.02, J.620100.005.02 are decided BK. Your signature below confirms it.',
    );
  });

  it('keeps "unit … is" in English for one unit', async () => {
    localStorage.setItem('ruang-uji.language', 'en');
    await openDecisions(workspace([unit('J.620100.004.02', 'K'), unit('J.620100.005.02', 'BK')]));
    expect(screen.getByTestId('recommendation-preset').textContent).toBe(en.assess.decisions.onlyBk_one.replace('{{units}}', 'J.620100.005.02'));
  });

  it('leaves the choice to the assessor while K is still possible', async () => {
    const fake = await openDecisions(workspace([unit('J.620100.004.02', 'K'), unit('J.620100.005.02', 'K')]));
    expect((screen.getByTestId('recommendation-BK') as HTMLInputElement).checked).toBe(false);
    expect((screen.getByTestId('recommendation-K') as HTMLInputElement).checked).toBe(false);
    expect(screen.queryByTestId('recommendation-preset')).toBeNull();
    expect(recordSaves(fake)).toEqual([]);
  });
});

describe('signing with a departure still waiting for its comment', () => {
  it('names each unit and the missing comment, never "not decided", and does not ask the core', async () => {
    const undecided = (code: string): UnitState => ({ ...unit(code, 'BK'), decision: null });
    const fake = await openDecisions(workspace([undecided('J.620100.025.02'), undecided('J.620100.004.02')]));
    for (const card of screen.getAllByTestId('unit-decision')) fireEvent.click(within(card).getByRole('button', { name: 'K' }));
    expect(screen.getAllByRole('button', { name: 'K', pressed: true })).toHaveLength(2);
    fireEvent.change(screen.getByTestId('sign-password'), { target: { value: 'asesor123!' } });
    fireEvent.click(screen.getByTestId('sign-submit'));
    const refusal = await screen.findByTestId('sign-awaiting-comment');
    const message = (unitCode: string) => id.errors.DEPARTURE_NEEDS_COMMENT.replace('{{unit}}', unitCode).replace('{{suggestion}}', 'BK');
    expect([...refusal.querySelectorAll('li')].map((li) => li.textContent)).toEqual([message('J.620100.025.02'), message('J.620100.004.02')]);
    expect(refusal.textContent).not.toContain('belum diisi');
    expect(fake.calls.filter((c) => c.method === 'assessment/sign' || c.method === 'assessment/decideUnit')).toEqual([]);
    // The same message exists in English, with the same placeholders.
    expect(en.errors.DEPARTURE_NEEDS_COMMENT).toContain('{{unit}}');
  });
});

describe('signing FR.AK.02', () => {
  it('refused for a missing FR.IA.05 conclusion, leads to the FR.IA.05 tab where it is given', async () => {
    window.location.hash = '#/';
    sessionStorage.setItem('ruang-uji.token', TOKEN);
    const ws = workspace([unit('J.620100.004.02', 'K')]);
    const fake = fakeTransport({
      'auth/whoami': () => ok(principal('assessor', HEADER.assessorName)),
      'assessor/assigned': () => ok(ASSIGNED),
      'assessment/overview': () => ok(OVERVIEW),
      'assessment/workspace': () => ok(ws),
      'assessment/saveRecord': (args) => ok({ seq: (args as { seq: number }).seq, stored: true, savedAt: '2026-11-21T09:05:00Z' }),
      'assessment/sign': () => fail('KNOWLEDGE_CONCLUSION_MISSING'),
    });
    renderApp(fake.transport);
    fireEvent.click(await screen.findByTestId('open-workspace'));
    fireEvent.click(await screen.findByTestId('open-candidate'));
    fireEvent.click(await screen.findByTestId('tab-decisions'));
    fireEvent.change(await screen.findByTestId('sign-password'), { target: { value: 'asesor123!' } });
    fireEvent.click(screen.getByTestId('sign-submit'));
    const open = await screen.findByTestId('sign-open-ia05');
    expect(open.textContent).toBe(id.assess.decisions.openIa05);
    fireEvent.click(open);
    await waitFor(() => expect(window.location.hash).toBe(`#/workspace/${HEADER.sessionId}/candidate/c1/ia05`));
  });
});
