import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EssayAcross, ScoreInput } from '../../../../../electron/shared/assessment';
import { toUiError } from '../../../api/client-errors';
import { useLoad } from '../../../api/use-load';
import { PromptText } from '../../../components/PromptText';
import { stemPictures } from '../../../components/QuestionImages';
import { LoadView } from '../../../components/LoadView';
import { PageTitle } from '../../../components/PageTitle';
import { navigate } from '../../../navigation/hash-route';
import { useClient } from '../../../session/SessionProvider';
import { EssayCard } from './EssayCard';
import { SaveIndicator } from './SaveIndicator';
import { useEssayKeys } from './use-essay-keys';
import { useLeaveGuard, type SaveStatus } from './use-saver';
import { scoreInput } from './use-scores';
import { workspaceRoute } from './view';

type Props = { sessionId: string; itemId: string };

/** FR.IA.06 by question: one essay across all of the assessor's candidates (like Moodle's manual grading). */
export function EssayAcrossView({ sessionId, itemId }: Props) {
  const { state, reload } = useLoad('assessment/essayAcross', { sessionId, itemId });
  // The session's essay questions, in order: the view leads on to the next one (buttons, or N past the last candidate).
  const { state: overview } = useLoad('assessment/overview', { sessionId });
  const essays = overview.status === 'ready' ? overview.data.essays : [];
  const at = essays.findIndex((e) => e.itemId === itemId);
  const neighbours: Neighbours = { previous: at > 0 ? essays[at - 1] : null, next: at >= 0 && at < essays.length - 1 ? essays[at + 1] : null };
  const open = (essay: EssayRef) => navigate(workspaceRoute(sessionId, { kind: 'essayAcross', itemId: essay.itemId }));
  return (
    <LoadView state={state} onRetry={reload}>
      {(across) => <Across key={itemId} across={across} neighbours={neighbours} onOpen={open} />}
    </LoadView>
  );
}

type EssayRef = { itemId: string; ref: string; number: number };
type Neighbours = { previous: EssayRef | null; next: EssayRef | null };

/** A stable scramble of a candidate id (FNV-1a), so the blind order is the same every time. */
function blindKey(candidateId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < candidateId.length; i++) hash = Math.imul(hash ^ candidateId.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

const isScored = (input: ScoreInput | undefined) => input !== undefined && (input.verdict !== null || input.score !== null);

function Across({ across, neighbours, onOpen }: { across: EssayAcross; neighbours: Neighbours; onOpen: (essay: EssayRef) => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [blind, setBlind] = useState(false);
  const [current, setCurrent] = useState(0);
  const [local, setLocal] = useState(new Map<string, ScoreInput>());
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  // Each candidate's records have their own sequence numbers.
  const seqs = useRef(new Map(across.rows.map((r) => [r.candidate.candidateId, r.lastSeq])));
  const pending = useRef(0);
  useLeaveGuard(() => pending.current > 0);
  const cards = useRef<(HTMLElement | null)[]>([]);
  // The core lists who submitted (answered or not) and who has answered so far; nobody else has anything to mark.
  const listed = across.rows;
  // Blind: the order must not give away who is who either (participant order is on the seat plan).
  const shown = blind ? [...listed].sort((a, b) => blindKey(a.candidate.candidateId) - blindKey(b.candidate.candidateId)) : listed;

  // Only N/P scroll: a card made current by the pointer is already under it, and scrolling it between
  // mousedown (which focuses the card) and mouseup moved the button away, losing the click.
  const scrollToCurrent = useRef(false);
  useEffect(() => {
    if (!scrollToCurrent.current) return;
    scrollToCurrent.current = false;
    cards.current[current]?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);

  const scoreOf = (candidateId: string): ScoreInput =>
    local.get(candidateId) ??
    across.rows.find((r) => r.candidate.candidateId === candidateId)?.score ?? {
      instrument: 'essay',
      targetId: across.question.itemId,
      verdict: null,
      score: null,
      response: null,
      note: null,
    };

  const set = (candidateId: string, raw: ScoreInput, persist = true) => {
    const input = scoreInput({ ...raw, note: raw.note === '' ? null : raw.note });
    setLocal((prev) => new Map(prev).set(candidateId, input));
    if (!persist) return;
    const seq = (seqs.current.get(candidateId) ?? 0) + 1;
    seqs.current.set(candidateId, seq);
    // A retry sends the same number: a newer save of this score that got through meanwhile wins.
    const send = () => {
      setStatus({ state: 'saving' });
      pending.current += 1;
      client.call('assessment/score', { sessionId: across.header.sessionId, candidateId, seq, ...input }).then(
        () => setStatus({ state: 'saved' }),
        (err: unknown) => setStatus({ state: 'error', error: toUiError(err), retry: send }),
      ).finally(() => {
        pending.current -= 1;
      });
    };
    send();
  };

  const row = shown[current];
  const { previous, next: nextQuestion } = neighbours;
  const scoring = across.question.scoring;
  useEssayKeys(
    {
      verdict: (verdict) => row && !row.locked && scoring === 'yes_no' && set(row.candidate.candidateId, { ...scoreOf(row.candidate.candidateId), verdict, score: null }),
      score: (score) => row && !row.locked && scoring === 'score_0_3' && set(row.candidate.candidateId, { ...scoreOf(row.candidate.candidateId), verdict: null, score }),
      move: (by) => {
        const next = Math.min(shown.length - 1, Math.max(0, current + by));
        // Past the last candidate N goes on to the next question, as the shortcut line says.
        if (next === current && by === 1 && nextQuestion && current >= shown.length - 1) return onOpen(nextQuestion);
        if (next === current) return;
        scrollToCurrent.current = true;
        setCurrent(next);
      },
    },
    true,
  );

  return (
    <div data-testid="essay-across-view">
      <PageTitle eyebrow={t('assess.workspace.essayByQuestion')} title={`${t('assess.question.number')} ${across.question.number} (${across.question.ref})`}>
        <SaveIndicator status={status} />
      </PageTitle>
      <div className="essay-card__prompt">
        <PromptText
          value={across.question.prompt}
          pictures={stemPictures(across.question.stemImages ?? [], { label: t('bank.image.stem', { number: across.question.number }) })}
        />
      </div>
      <div className="toolbar">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={blind}
            data-testid="blind-mode"
            onChange={(e) => {
              setBlind(e.target.checked);
              setCurrent(0);
            }}
          />
          {t('assess.ia06.blind')}
        </label>
        <span className="muted" data-testid="essay-position">
          {t('assess.ia06.position', { current: Math.min(current + 1, shown.length), total: shown.length })}
        </span>
      </div>
      <p className="muted">{t('assess.ia06.keyboard')}</p>
      {shown.length === 0 && (
        <p className="empty" data-testid="essay-none">
          {t('assess.ia06.noneSubmitted')}
        </p>
      )}
      {shown.map((r, index) => (
        <EssayCard
          key={r.candidate.candidateId}
          ref={(el) => {
            cards.current[index] = el;
          }}
          essay={across.question}
          answer={r.answer}
          score={scoreOf(r.candidate.candidateId)}
          onScore={(input, persist) => set(r.candidate.candidateId, input, persist)}
          locked={r.locked}
          explainLock
          showPrompt={false}
          // Confirmed here, or scored otherwise: either way it is no longer waiting.
          unanswered={isScored(local.get(r.candidate.candidateId)) ? null : r.unanswered}
          heading={blind ? t('assess.ia06.anonymous', { n: index + 1 }) : `${r.candidate.participantNo} · ${r.candidate.name}`}
          active={index === current}
          onFocus={() => setCurrent(index)}
        />
      ))}
      <nav className="toolbar" aria-label={t('assess.ia06.questionNav')}>
        {previous && (
          <button type="button" className="button button--secondary" data-testid="essay-previous-question" onClick={() => onOpen(previous)}>
            ← {t('assess.workspace.essayQuestion', { number: previous.number, ref: previous.ref })}
          </button>
        )}
        {nextQuestion && (
          <button type="button" className="button button--primary" data-testid="essay-next-question" onClick={() => onOpen(nextQuestion)}>
            {t('assess.workspace.essayQuestion', { number: nextQuestion.number, ref: nextQuestion.ref })} →
          </button>
        )}
      </nav>
    </div>
  );
}
