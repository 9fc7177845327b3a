import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EssayRow, ScoreInput } from '../../../../../electron/shared/assessment';
import { createI18n } from '../../../../../renderer/src/i18n/setup';
import { Ia06Tab } from '../../../../../renderer/src/screens/assessor/workspace/Ia06Tab';
import type { useScores } from '../../../../../renderer/src/screens/assessor/workspace/use-scores';
import { question, ws } from '../../print/workspace-fixture';

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
});
