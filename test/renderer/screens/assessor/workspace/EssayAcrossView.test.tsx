import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AssessmentOverview, EssayAcross } from '../../../../../electron/shared/assessment';
import { contract } from '../../../../../electron/shared/contract';
import { en } from '../../../../../electron/shared/i18n/en';
import { id } from '../../../../../electron/shared/i18n/id';
import { TOKEN, principal } from '../../../fixtures';
import { fakeTransport, ok } from '../../../fake-transport';
import { renderApp } from '../../../render-app';
import { assignedTo, candidate, HEADER, sessionOf } from './fixtures';

const SESSION = sessionOf(2);
const ASSIGNED = assignedTo(SESSION);

const OVERVIEW: AssessmentOverview = {
  header: HEADER,
  rows: [],
  essays: [{ itemId: 'es-3', ref: 'ES-03', number: 3 }],
  reportSigned: false,
};

const ACROSS: EssayAcross = {
  header: HEADER,
  question: {
    itemId: 'es-3',
    ref: 'ES-03',
    number: 3,
    unitCode: 'J.620100.019.02',
    elementNo: 2,
    kukNumber: '2.2',
    kuks: [{ unitCode: 'J.620100.019.02', kukNumber: '2.2' }],
    prompt: { id: 'Apa risikonya library usang?', en: null },
    expected: { id: 'Celah keamanan tidak diperbaiki.', en: null },
    scoring: 'yes_no',
  },
  rows: [
    { candidate: candidate(1), answer: 'Jawaban pertama', score: null, locked: false, lastSeq: 7, unanswered: null },
    { candidate: candidate(2), answer: 'Jawaban kedua', score: null, locked: false, lastSeq: 0, unanswered: null },
  ],
};

function open(across: EssayAcross = ACROSS) {
  // The workspace keeps its address in the hash, which outlives a test: each starts at the home.
  window.location.hash = '#/';
  sessionStorage.setItem('ruang-uji.token', TOKEN);
  const fake = fakeTransport({
    'auth/whoami': () => ok(principal('assessor', HEADER.assessorName)),
    'assessor/assigned': () => ok(ASSIGNED),
    'assessment/overview': () => ok(OVERVIEW),
    'assessment/essayAcross': () => ok(across),
    'assessment/score': (args) => ok({ seq: (args as { seq: number }).seq, stored: true, savedAt: '2026-11-21T09:00:00Z' }),
  });
  renderApp(fake.transport);
  return fake;
}

const scoreCalls = (fake: ReturnType<typeof open>) =>
  fake.calls.filter((c) => c.method === 'assessment/score').map((c) => c.args as { candidateId: string; seq: number; verdict: string });

describe('FR.IA.06 by question', () => {
  it('leads on to the next essay question: a button under the cards, and N past the last candidate', async () => {
    window.location.hash = '#/';
    sessionStorage.setItem('ruang-uji.token', TOKEN);
    const second: EssayAcross = { ...ACROSS, question: { ...ACROSS.question, itemId: 'es-4', ref: 'ES-04', number: 4 } };
    const fake = fakeTransport({
      'auth/whoami': () => ok(principal('assessor', HEADER.assessorName)),
      'assessor/assigned': () => ok(ASSIGNED),
      'assessment/overview': () => ok({ ...OVERVIEW, essays: [...OVERVIEW.essays, { itemId: 'es-4', ref: 'ES-04', number: 4 }] }),
      'assessment/essayAcross': (args) => ok((args as { itemId: string }).itemId === 'es-4' ? second : ACROSS),
    });
    renderApp(fake.transport);
    fireEvent.click(await screen.findByTestId('open-workspace'));
    fireEvent.click((await screen.findAllByTestId('essay-across'))[0]);
    const next = await screen.findByTestId('essay-next-question');
    expect(next.textContent).toBe(`${id.assess.workspace.essayQuestion.replace('{{number}}', '4').replace('{{ref}}', 'ES-04')} →`);
    expect(screen.queryByTestId('essay-previous-question')).toBeNull();
    await waitFor(() => expect(screen.getAllByTestId('essay-card')[0].getAttribute('data-active')).toBe('true'));
    fireEvent.keyDown(window, { key: 'n' });
    expect(window.location.hash).toContain('/essay/es-3');
    fireEvent.keyDown(window, { key: 'n' });
    await waitFor(() => expect(window.location.hash).toContain('/essay/es-4'));
    expect((await screen.findByTestId('essay-previous-question')).textContent).toContain('ES-03');
    expect(screen.queryByTestId('essay-next-question')).toBeNull();
    fireEvent.click(screen.getByTestId('essay-previous-question'));
    await waitFor(() => expect(window.location.hash).toContain('/essay/es-3'));
  });

  it('scores every candidate from the keyboard, each with their own sequence numbers', async () => {
    const fake = open();
    fireEvent.click(await screen.findByTestId('open-workspace'));
    fireEvent.click(await screen.findByTestId('essay-across'));
    await screen.findByTestId('essay-across-view');
    // The answers arrive after the view: a key pressed before the first card is current scores nothing.
    await waitFor(() => expect(screen.getAllByTestId('essay-card')[0].getAttribute('data-active')).toBe('true'));

    fireEvent.keyDown(window, { key: 'y' });
    fireEvent.keyDown(window, { key: 'n' });
    fireEvent.keyDown(window, { key: 't' });
    await waitFor(() => expect(scoreCalls(fake)).toHaveLength(2), { timeout: 3000 });
    expect(scoreCalls(fake)).toEqual([
      expect.objectContaining({ candidateId: 'c1', seq: 8, verdict: 'yes' }),
      expect.objectContaining({ candidateId: 'c2', seq: 1, verdict: 'no' }),
    ]);
    expect(screen.getByTestId('essay-position').textContent).toContain('2');

    // P goes back; a key typed into the comment is a comment, not a score.
    fireEvent.keyDown(window, { key: 'p' });
    const first = screen.getAllByTestId('essay-card')[0];
    expect(first.getAttribute('data-active')).toBe('true');
    fireEvent.keyDown(within(first).getByTestId('essay-comment'), { key: 't' });
    expect(scoreCalls(fake)).toHaveLength(2);
  });

  it('changes a score saved before a reload with the fields the contract takes (its seq and savedAt were sent along and refused)', async () => {
    const saved = { instrument: 'essay' as const, targetId: 'es-3', verdict: 'yes' as const, score: null, response: null, note: 'Baik', seq: 7, savedAt: '2026-11-21T08:00:00Z' };
    const fake = open({ ...ACROSS, rows: [{ ...ACROSS.rows[0], score: saved }, ACROSS.rows[1]] });
    fireEvent.click(await screen.findByTestId('open-workspace'));
    fireEvent.click(await screen.findByTestId('essay-across'));
    await waitFor(() => expect(screen.getAllByTestId('essay-card')[0].getAttribute('data-active')).toBe('true'));
    fireEvent.keyDown(window, { key: 't' });
    await waitFor(() => expect(scoreCalls(fake)).toHaveLength(1));
    const args = fake.calls.find((c) => c.method === 'assessment/score')!.args;
    expect(contract['assessment/score'].args.safeParse(args).success).toBe(true);
    expect(args).toMatchObject({ candidateId: 'c1', seq: 8, verdict: 'no', note: 'Baik' });
  });

  it("says why a signed candidate's card takes nothing (the buttons were only greyed), and only on that card", async () => {
    open({ ...ACROSS, rows: [{ ...ACROSS.rows[0], locked: true }, ACROSS.rows[1]] });
    fireEvent.click(await screen.findByTestId('open-workspace'));
    fireEvent.click(await screen.findByTestId('essay-across'));
    const cards = await screen.findAllByTestId('essay-card');
    expect(within(cards[0]).getByTestId('essay-locked').textContent).toBe(id.assess.ia06.lockedRow);
    expect(within(cards[1]).queryByTestId('essay-locked')).toBeNull();
  });

  it('in English, the hint says Y and T are the Indonesian Ya and Tidak, and T records No', async () => {
    // The keys stay Y/T in both languages (N is already the next candidate): the hint names the words they come from.
    localStorage.setItem('ruang-uji.language', 'en');
    const fake = open();
    fireEvent.click(await screen.findByTestId('open-workspace'));
    fireEvent.click(await screen.findByTestId('essay-across'));
    const view = await screen.findByTestId('essay-across-view');
    expect(view.textContent).toContain('Y (Ya) = Yes, T (Tidak) = No');
    expect(view.textContent).toContain(en.assess.ia06.keyboard);
    // The answers arrive after the view: a key pressed before the first card is current scores nothing.
    await waitFor(() => expect(screen.getAllByTestId('essay-card')[0].getAttribute('data-active')).toBe('true'));

    fireEvent.keyDown(window, { key: 't' });
    await waitFor(() => expect(scoreCalls(fake)).toEqual([expect.objectContaining({ candidateId: 'c1', verdict: 'no' })]), { timeout: 3000 });
    const first = screen.getAllByTestId('essay-card')[0];
    await waitFor(() => expect(within(first).getByRole('button', { name: en.assess.verdict.no }).getAttribute('aria-pressed')).toBe('true'));
  });

  it('lists a candidate who left the essay empty, with Tidak awaiting a confirmation that stores it', async () => {
    const fake = open({
      ...ACROSS,
      rows: [...ACROSS.rows, { candidate: candidate(3), answer: null, score: null, locked: false, lastSeq: 4, unanswered: { verdict: 'no', score: null } }],
    });
    fireEvent.click(await screen.findByTestId('open-workspace'));
    fireEvent.click(await screen.findByTestId('essay-across'));
    await screen.findByTestId('essay-across-view');
    expect(screen.getAllByTestId('essay-card')).toHaveLength(3);
    expect(screen.getByTestId('essay-position').textContent).toBe(id.assess.ia06.position.replace('{{current}}', '1').replace('{{total}}', '3'));
    const empty = screen.getAllByTestId('essay-card')[2];
    expect(within(empty).getByTestId('essay-unanswered').textContent).toContain(id.assess.ia06.unansweredYesNo);
    // Shown, not stored: nothing is sent until the assessor confirms.
    expect(scoreCalls(fake)).toEqual([]);
    fireEvent.click(within(empty).getByTestId('essay-confirm-unanswered'));
    await waitFor(() => expect(scoreCalls(fake)).toEqual([expect.objectContaining({ candidateId: 'c3', seq: 5, verdict: 'no' })]));
    expect(within(empty).queryByTestId('essay-unanswered')).toBeNull();
  });

  describe('one click acts on any card', () => {
    // jsdom has no layout: scrollIntoView is recorded, as the browser would move the page under the pointer.
    const scrolled = vi.fn();
    afterEach(() => {
      delete (Element.prototype as { scrollIntoView?: unknown }).scrollIntoView;
      scrolled.mockReset();
    });

    it("does not scroll a card the pointer made current, so the press's click lands on its button", async () => {
      Element.prototype.scrollIntoView = scrolled;
      const fake = open({
        ...ACROSS,
        rows: [ACROSS.rows[0], { candidate: candidate(2), answer: null, score: null, locked: false, lastSeq: 3, unanswered: { verdict: 'no', score: null } }],
      });
      fireEvent.click(await screen.findByTestId('open-workspace'));
      fireEvent.click(await screen.findByTestId('essay-across'));
      await screen.findByTestId('essay-across-view');
      const [first, second] = screen.getAllByTestId('essay-card');
      fireEvent.click(within(first).getByRole('button', { name: id.assess.verdict.yes }));
      scrolled.mockReset();

      // Pressing the mouse focuses the button, and so the card, before the click arrives.
      const confirm = within(second).getByTestId('essay-confirm-unanswered');
      act(() => confirm.focus());
      expect(second.getAttribute('data-active')).toBe('true');
      expect(scrolled).not.toHaveBeenCalled();
      fireEvent.click(confirm);
      await waitFor(() => expect(scoreCalls(fake)).toEqual([expect.objectContaining({ candidateId: 'c1', verdict: 'yes' }), expect.objectContaining({ candidateId: 'c2', seq: 4, verdict: 'no' })]));

      // N and P still bring the card they move to into view.
      act(() => confirm.blur());
      fireEvent.keyDown(window, { key: 'p' });
      expect(first.getAttribute('data-active')).toBe('true');
      expect(scrolled).toHaveBeenCalledTimes(1);
      expect(scrolled.mock.contexts[0]).toBe(first);
      fireEvent.keyDown(window, { key: 'p' });
      expect(scrolled).toHaveBeenCalledTimes(1);
    });
  });

  it('says so when nobody has submitted or answered yet', async () => {
    open({ ...ACROSS, rows: [] });
    fireEvent.click(await screen.findByTestId('open-workspace'));
    fireEvent.click(await screen.findByTestId('essay-across'));
    expect((await screen.findByTestId('essay-none')).textContent).toBe(id.assess.ia06.noneSubmitted);
  });

  it('blind mode hides who wrote each answer', async () => {
    open();
    fireEvent.click(await screen.findByTestId('open-workspace'));
    fireEvent.click(await screen.findByTestId('essay-across'));
    const view = await screen.findByTestId('essay-across-view');
    expect(view.textContent).toContain('Peserta Nomor 1');
    fireEvent.click(screen.getByTestId('blind-mode'));
    expect(view.textContent).not.toContain('Peserta Nomor 1');
    expect(view.textContent).not.toContain('JWP-2026-002');
    expect(view.textContent).toContain('Jawaban kedua');
  });

  it('shows the question once, above the cards, not again on every card', async () => {
    open();
    fireEvent.click(await screen.findByTestId('open-workspace'));
    fireEvent.click(await screen.findByTestId('essay-across'));
    const view = await screen.findByTestId('essay-across-view');
    expect(view.textContent?.split('Apa risikonya library usang?')).toHaveLength(2);
    const cards = screen.getAllByTestId('essay-card');
    expect(cards).toHaveLength(2);
    for (const card of cards) {
      expect(card.textContent).not.toContain('Apa risikonya library usang?');
      // What each card is for stays: the answer beside the expected one.
      expect(card.textContent).toContain('Celah keamanan tidak diperbaiki.');
    }
  });
});
