import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unansweredScore, type EssayRow, type Workspace } from '../../../../../electron/shared/assessment';
import { EssayCard } from './EssayCard';
import { useEssayKeys } from './use-essay-keys';
import type { useScores } from './use-scores';

type Props = { ws: Workspace; scores: ReturnType<typeof useScores> };

/** FR.IA.06 by candidate: every essay of this candidate, one after the other, scored from the keyboard. */
export function Ia06Tab({ ws, scores }: Props) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState(0);
  const cards = useRef<(HTMLElement | null)[]>([]);
  const essays = ws.essays;

  // Only N/P scroll (as in the across view): a card made current by the pointer is already under it, and
  // scrolling it between mousedown (which focuses the card) and mouseup moved the button away, losing the click.
  const scrollToCurrent = useRef(false);
  useEffect(() => {
    if (!scrollToCurrent.current) return;
    scrollToCurrent.current = false;
    cards.current[current]?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);

  const essay = essays[current];
  // As in the by-question view: an essay left empty in a submitted test scores 0 / Tidak once the assessor confirms it.
  const submitted = ws.attempt.status === 'submitted';
  const awaiting = (e: EssayRow) => {
    const score = scores.get('essay', e.itemId);
    const empty = e.answer === null || e.answer.trim() === '';
    return submitted && empty && score.verdict === null && score.score === null ? unansweredScore(e.scoring) : null;
  };
  useEssayKeys(
    {
      verdict: (verdict) => {
        if (!essay || essay.scoring !== 'yes_no') return;
        scores.set({ ...scores.get('essay', essay.itemId), verdict, score: null });
      },
      score: (score) => {
        if (!essay || essay.scoring !== 'score_0_3') return;
        scores.set({ ...scores.get('essay', essay.itemId), verdict: null, score });
      },
      move: (by) => {
        scrollToCurrent.current = true;
        setCurrent((i) => Math.min(essays.length - 1, Math.max(0, i + by)));
      },
    },
    !scores.locked,
  );

  return (
    <div className="essay-list" data-testid="ia06-by-candidate">
      <p className="muted">{t('assess.ia06.keyboard')}</p>
      {essays.map((e, index) => (
        <EssayCard
          key={e.itemId}
          ref={(el) => {
            cards.current[index] = el;
          }}
          essay={e}
          answer={e.answer}
          score={scores.get('essay', e.itemId)}
          onScore={scores.set}
          locked={scores.locked}
          unanswered={scores.locked ? null : awaiting(e)}
          heading={`${t('assess.question.number')} ${e.number} (${e.ref})`}
          active={index === current}
          onFocus={() => setCurrent(index)}
        />
      ))}
    </div>
  );
}
