import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DECISIONS, type Decision } from '../../../../electron/shared/assessment';
import type { PlenoDetail, ResultsReview, ReviewFlag } from '../../../../electron/shared/pleno';
import { useRun } from '../../api/use-run';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadView } from '../../components/LoadView';
import { StatusBadge } from '../../components/StatusBadge';
import { useUnsavedChanges } from '../../navigation/use-unsaved-changes';
import { useClient } from '../../session/SessionProvider';
import { DECISION_LABEL, FLAG_LABEL } from './labels';
import { useReviews } from './use-reviews';

type Row = {
  sessionId: string;
  sessionCode: string;
  candidateId: string;
  participantNo: string;
  name: string;
  recommendation: Decision | null;
  absent: boolean;
  blocking: ReviewFlag[];
  /** An appeal not yet closed: it blocks nothing, but the certificate waits for it, so the meeting should see it. */
  appealOpen: boolean;
};

type Choice = { decision: Decision | null; reason: string };

function rowsOf(reviews: ResultsReview[]): Row[] {
  return reviews.flatMap((r) =>
    r.candidates.map((c) => ({
      sessionId: r.session.sessionId,
      sessionCode: r.session.code,
      candidateId: c.candidateId,
      participantNo: c.participantNo,
      name: c.name,
      recommendation: c.recommendation,
      absent: c.flags.includes('absent'),
      blocking: c.blocksDecision ? c.flags.filter((f) => f !== 'absent') : [],
      appealOpen: c.flags.includes('appealOpen'),
    })),
  );
}

/** The decisions of a pleno not yet signed: the recommendation by default; a departure asks for its reason. */
export function DecisionsEditor({ detail, onDecided }: { detail: PlenoDetail; onDecided: (detail: PlenoDetail) => void }) {
  const reviews = useReviews(
    detail.sessions.map((s) => s.sessionId),
    detail.decidedAt ?? detail.createdAt,
  );
  return (
    <LoadView state={reviews.state} onRetry={reviews.reload}>
      {(data) => (
        // Started again when the decisions or the draft's sessions change: each row's choice starts from what is stored.
        <DecisionsForm key={`${detail.decidedAt ?? 'draft'}:${detail.sessions.map((x) => x.sessionId).join(',')}`} rows={rowsOf(data)} detail={detail} onDecided={onDecided} />
      )}
    </LoadView>
  );
}

function DecisionsForm({ rows, detail, onDecided }: { rows: Row[]; detail: PlenoDetail; onDecided: (detail: PlenoDetail) => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const { busy, error, run } = useRun();
  const keyOf = (r: { sessionId: string; candidateId: string }) => `${r.sessionId}:${r.candidateId}`;
  const stored = new Map(detail.decisions.map((d) => [keyOf(d), d]));
  const [choices, setChoices] = useState<Record<string, Choice>>(() =>
    Object.fromEntries(rows.map((r) => [keyOf(r), { decision: stored.get(keyOf(r))?.decision ?? r.recommendation, reason: stored.get(keyOf(r))?.reason ?? '' }])),
  );
  const set = (key: string, change: Partial<Choice>) => setChoices((prev) => ({ ...prev, [key]: { ...prev[key], ...change } }));
  const anyBlocking = rows.some((r) => r.blocking.length > 0);
  // The refusal names the candidate (by name): shown on that row, else above the button.
  const named = error && typeof error.params.candidate === 'string' ? error.params.candidate : null;
  const onRow = (r: Row) => named !== null && (named === r.name || named.includes(r.participantNo));
  const decisions = rows
    .filter((r) => !r.absent)
    .flatMap((r) => {
      const c = choices[keyOf(r)];
      if (!c?.decision) return [];
      const departs = c.decision !== r.recommendation;
      return [{ sessionId: r.sessionId, candidateId: r.candidateId, decision: c.decision, reason: departs ? c.reason.trim() || null : null }];
    });
  // Judged by what would be sent: a reason left under a decision changed back to the recommendation is not.
  const unsaved = useUnsavedChanges(decisions);
  const decide = () => {
    const sent = decisions;
    void run(async () => {
      const decided = await client.call('pleno/decide', { plenoId: detail.plenoId, decisions: sent, revision: detail.revision });
      unsaved.markSaved(sent);
      onDecided(decided);
    });
  };
  return (
    <div data-testid="decisions-editor">
      <p>{t('plenoScreens.pleno.decisions.intro')}</p>
      {anyBlocking && (
        <p className="notice notice--warning" data-testid="decisions-blocking">
          {t('plenoScreens.pleno.decisions.blocking')}
        </p>
      )}
      <div className="table-wrap">
        <table className="table registry-table" data-testid="decisions-table">
          <thead>
            <tr>
              <th scope="col">{t('plenoScreens.pleno.decisions.candidate')}</th>
              <th scope="col">{t('plenoScreens.pleno.decisions.recommendation')}</th>
              <th scope="col">{t('plenoScreens.pleno.decisions.decision')}</th>
              <th scope="col">{t('plenoScreens.pleno.decisions.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const c = choices[keyOf(r)] ?? { decision: null, reason: '' };
              const departs = c.decision !== null && c.decision !== r.recommendation;
              return (
                <tr key={keyOf(r)} data-testid="decision-row" className={r.blocking.length > 0 ? 'row--blocked' : undefined}>
                  <th scope="row">
                    <a href={`#/results/${encodeURIComponent(r.sessionId)}`}>{r.name}</a>
                    <div className="small mono">
                      {r.participantNo} · {r.sessionCode}
                    </div>
                    {r.blocking.map((flag) => (
                      <StatusBadge key={flag} tone="danger">
                        {t(FLAG_LABEL[flag])}
                      </StatusBadge>
                    ))}
                    {r.appealOpen && !r.blocking.includes('appealOpen') && <StatusBadge tone="warning">{t(FLAG_LABEL.appealOpen)}</StatusBadge>}
                  </th>
                  {/* Someone absent gets no recommendation, ever: not "none yet". */}
                  <td data-testid="decision-recommendation">{r.recommendation ? t(DECISION_LABEL[r.recommendation]) : r.absent ? '—' : t('plenoScreens.decision.none')}</td>
                  <td>
                    {r.absent ? (
                      t('plenoScreens.pleno.decisions.absent')
                    ) : (
                      <select
                        className="field__input"
                        aria-label={t('plenoScreens.pleno.decisions.decisionOf', { name: r.name })}
                        data-testid="decision-select"
                        value={c.decision ?? ''}
                        onChange={(event) => set(keyOf(r), { decision: DECISIONS.find((d) => d === event.target.value) ?? null })}
                      >
                        {c.decision === null && <option value="">{t('plenoScreens.decision.none')}</option>}
                        {DECISIONS.map((d) => (
                          <option key={d} value={d}>
                            {t(DECISION_LABEL[d])}
                          </option>
                        ))}
                      </select>
                    )}
                  </td>
                  <td>
                    {departs && (
                      <>
                        <StatusBadge tone="warning">{t('plenoScreens.pleno.decisions.departs')}</StatusBadge>
                        <textarea
                          className="field__input pleno-reason"
                          rows={2}
                          aria-label={t('plenoScreens.pleno.decisions.reasonOf', { name: r.name })}
                          data-testid="decision-reason"
                          value={c.reason}
                          onChange={(event) => set(keyOf(r), { reason: event.target.value })}
                        />
                      </>
                    )}
                    {error && onRow(r) && <ErrorMessage error={error} />}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {error && !rows.some(onRow) && <ErrorMessage error={error} />}
      <div className="registry-form__actions">
        <button type="button" className="button button--primary" data-testid="pleno-decide" disabled={busy} onClick={decide}>
          {detail.status === 'decided' ? t('plenoScreens.pleno.decisions.decideAgain') : t('plenoScreens.pleno.decisions.decide')}
        </button>
      </div>
    </div>
  );
}
