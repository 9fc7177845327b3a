import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EssayRow, ScoreInput } from '../../../../../electron/shared/assessment';
import { createI18n } from '../../../../../renderer/src/i18n/setup';
import { Ia06Tab } from '../../../../../renderer/src/screens/assessor/workspace/Ia06Tab';
import type { useScores } from '../../../../../renderer/src/screens/assessor/workspace/use-scores';
import { question, ws } from '../../print/workspace-fixture';

// The workspace is open only while signed in; the token is all the question's pictures need of the session.
vi.mock('../../../../../renderer/src/session/use-token', () => ({ useToken: () => 'tok' }));

const essay = (n: number): EssayRow => ({ ...question(`es-${n}`, 'J.620100.004.02', '1.1', n), ref: `ES-0${n}`, answer: `Jawaban ${n}` });

describe('FR.IA.06 by candidate: every click on a score button counts', () => {
  // jsdom has no layout: scrollIntoView is recorded, as the browser would move the page under the pointer.
  const scrolled = vi.fn();
  afterEach(() => {
    cleanup();
    delete (Element.prototype as { scrollIntoView?: unknown }).scrollIntoView;
    scrolled.mockReset();
  });

  it('does not scroll a card the pointer made current (mousedown focuses it before the click); N still scrolls', () => {
    Element.prototype.scrollIntoView = scrolled;
    const set = vi.fn();
    const blank = (targetId: string): ScoreInput => ({ instrument: 'essay', targetId, verdict: null, score: null, response: null, note: null });
    const scores: ReturnType<typeof useScores> = { get: (_instrument, targetId) => blank(targetId), set, locked: false };
    render(
      <I18nextProvider i18n={createI18n('id')}>
        <Ia06Tab ws={{ ...ws, essays: [essay(1), essay(2), essay(3)] }} scores={scores} />
      </I18nextProvider>,
    );
    const cards = screen.getAllByTestId('essay-card');
    const yes = within(cards[2]).getByRole('button', { name: 'Ya' });
    act(() => yes.focus());
    expect(cards[2].getAttribute('data-active')).toBe('true');
    expect(scrolled).not.toHaveBeenCalled();
    fireEvent.click(yes);
    expect(set).toHaveBeenCalledWith(expect.objectContaining({ targetId: 'es-3', verdict: 'yes' }));

    act(() => yes.blur());
    fireEvent.keyDown(window, { key: 'p' });
    expect(scrolled).toHaveBeenCalledTimes(1);
  });

  it('an essay left empty in a submitted test waits for confirmation here too: 0 / Tidak with a Confirm button, as in the by-question view', () => {
    const set = vi.fn();
    const blank = (targetId: string): ScoreInput => ({ instrument: 'essay', targetId, verdict: null, score: null, response: null, note: null });
    const scores: ReturnType<typeof useScores> = { get: (_instrument, targetId) => blank(targetId), set, locked: false };
    const empty = { ...essay(2), answer: null };
    const emptyScored = { ...essay(4), answer: '  ', scoring: 'score_0_3' as const };
    const show = (status: 'submitted' | 'in_progress') =>
      render(
        <I18nextProvider i18n={createI18n('id')}>
          <Ia06Tab ws={{ ...ws, attempt: { ...ws.attempt, status }, essays: [essay(1), empty, emptyScored] }} scores={scores} />
        </I18nextProvider>,
      );
    show('submitted');
    const cards = screen.getAllByTestId('essay-card');
    expect(within(cards[0]).queryByTestId('essay-unanswered')).toBeNull();
    expect(within(cards[1]).getByTestId('essay-unanswered')).toBeTruthy();
    expect(within(cards[2]).getByTestId('essay-unanswered')).toBeTruthy();
    fireEvent.click(within(cards[1]).getByTestId('essay-confirm-unanswered'));
    expect(set).toHaveBeenLastCalledWith(expect.objectContaining({ targetId: 'es-2', verdict: 'no', score: null }));
    fireEvent.click(within(cards[2]).getByTestId('essay-confirm-unanswered'));
    expect(set).toHaveBeenLastCalledWith(expect.objectContaining({ targetId: 'es-4', verdict: null, score: 0 }));
    cleanup();
    // Still being written: nothing to confirm yet.
    show('in_progress');
    expect(screen.queryByTestId('essay-unanswered')).toBeNull();
  });

  it("shows the question's pictures, one where its [gambar N] line stands, as the candidate saw them", async () => {
    const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(PNG, { headers: { 'content-type': 'image/png' } })),
    );
    try {
      const scores: ReturnType<typeof useScores> = {
        get: (_instrument, targetId) => ({ instrument: 'essay', targetId, verdict: null, score: null, response: null, note: null }),
        set: vi.fn(),
        locked: false,
      };
      const pictured = { ...essay(1), prompt: { id: 'Perhatikan diagram berikut:\n[gambar 1]\nJelaskan alurnya.', en: null }, stemImages: ['a'.repeat(64)] };
      render(
        <I18nextProvider i18n={createI18n('id')}>
          <Ia06Tab ws={{ ...ws, essays: [pictured] }} scores={scores} />
        </I18nextProvider>,
      );
      const card = screen.getByTestId('essay-card');
      const img = await within(card).findByRole('img', { name: 'Gambar soal 1' });
      expect(img.closest('.prompt-text__picture')).not.toBeNull();
      expect(card.textContent).not.toContain('[gambar 1]');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
