import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DECISIONS, EXTRA_EVIDENCE, type Decision, type ExtraEvidence, type UnitState, type Workspace } from '../../../../../electron/shared/assessment';
import { BilingualText } from '../../../components/BilingualText';
import { Section } from '../../../components/Section';
import { StatusBadge } from '../../../components/StatusBadge';
import { useClient } from '../../../session/SessionProvider';
import { AcknowledgePanel } from './AcknowledgePanel';
import { SignPanel } from './SignPanel';
import type { useRecord } from './use-record';
import type { Saver } from './use-saver';
import { EVIDENCE_LABEL } from '../../../i18n/assessment-labels';
import { REASON_LABEL } from './labels';

type Props = { ws: Workspace; saver: Saver; record: ReturnType<typeof useRecord>; reload: () => void };

type Draft = { decision: Decision | null; comment: string; extraEvidence: ExtraEvidence[] };

/** Per unit: the core's suggestion with its reasons, the assessor's K / BK; then FR.AK.02's recommendation and the signature. */
export function DecisionsTab({ ws, saver, record, reload }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const locked = ws.signature !== null;
  const [drafts, setDrafts] = useState(new Map<string, Draft>());
  const draftOf = (u: UnitState): Draft =>
    drafts.get(u.unitId) ?? { decision: u.decision?.decision ?? null, comment: u.decision?.comment ?? '', extraEvidence: u.decision?.extraEvidence ?? [] };

  const change = (u: UnitState, patch: Partial<Draft>, persist = true) => {
    const next = { ...draftOf(u), ...patch };
    setDrafts((prev) => new Map(prev).set(u.unitId, next));
    // A departure from the suggestion waits for its comment before it is sent.
    if (!persist || (next.decision !== null && next.decision !== u.suggestion && !next.comment.trim())) return;
    // Leaving a field unchanged saves nothing (no empty audit entries).
    const stored = u.decision;
    if (
      stored &&
      stored.decision === next.decision &&
      (stored.comment ?? '') === next.comment.trim() &&
      [...stored.extraEvidence].sort().join() === [...next.extraEvidence].sort().join()
    ) {
      return;
    }
    void saver
      .save((seq) =>
        client.call('assessment/decideUnit', {
          sessionId: ws.header.sessionId,
          candidateId: ws.candidate.candidateId,
          unitId: u.unitId,
          seq,
          decision: next.decision,
          comment: next.comment.trim() || null,
          extraEvidence: next.extraEvidence,
        }),
      )
      .then((ok) => ok && reload());
  };

  const decided = ws.units.map((u) => draftOf(u).decision);
  // Departures held back for their comment are on screen but not in the core, which sees those units
  // undecided: signing names them for what they lack rather than letting the core say "not decided".
  const awaitingComment = ws.units
    .filter((u) => {
      const d = draftOf(u);
      return d.decision !== null && d.decision !== u.suggestion && !d.comment.trim();
    })
    .map((u) => ({ unitCode: u.unitCode, suggestion: u.suggestion }));
  const allK = decided.every((d) => d === 'K');
  // A unit decided BK leaves BK as the only overall recommendation: it is chosen (and saved) for the
  // assessor, who confirms it with their signature, rather than signing failing on an empty field.
  const bkUnits = ws.units.filter((u) => u.decision?.decision === 'BK').map((u) => u.unitCode);
  const onlyBk = !locked && bkUnits.length > 0;
  const { fields, update } = record;
  useEffect(() => {
    if (onlyBk && fields.recommendation !== 'BK') void update({ recommendation: 'BK' });
  }, [onlyBk, fields.recommendation, update]);

  return (
    <>
      {ws.units.map((u) => {
        const draft = draftOf(u);
        const departs = draft.decision !== null && draft.decision !== u.suggestion;
        return (
          <Section
            key={u.unitId}
            title={
              <>
                <span className="mono">{u.unitCode}</span> <BilingualText value={u.title} />
              </>
            }
            actions={
              <span data-testid="unit-suggestion" data-suggestion={u.suggestion}>
                {t('assess.decisions.suggestion')}: <StatusBadge tone={u.suggestion === 'K' ? 'success' : 'danger'}>{u.suggestion}</StatusBadge>
              </span>
            }
          >
            <div className="decision" data-testid="unit-decision" data-unit={u.unitCode}>
              <div>
                <h3 className="subheading">{t('assess.decisions.reasons')}</h3>
                {u.reasons.length === 0 ? (
                  <p className="muted">{t('assess.decisions.noReasons')}</p>
                ) : (
                  <ul className="reasons" data-testid="unit-reasons">
                    {u.reasons.map((r) => (
                      <li key={r.kukNumber} data-kind={r.kind}>
                        {t(REASON_LABEL[r.kind], { kuk: r.kukNumber, refs: r.refs.join(', ') })}
                      </li>
                    ))}
                  </ul>
                )}
                <p className="muted">
                  {t('assess.decisions.evidenceUsed')}: {u.evidenceUsed.map((e) => t(EVIDENCE_LABEL[e])).join(', ')}
                </p>
              </div>
              <div className="decision__input">
                <div className="verdicts" role="group" aria-label={t('assess.decisions.decision')}>
                  {DECISIONS.map((d) => (
                    <button
                      key={d}
                      type="button"
                      className={`verdict verdict--${d.toLowerCase()}`}
                      aria-pressed={draft.decision === d}
                      disabled={locked}
                      data-decision={d}
                      onClick={() => change(u, { decision: d })}
                    >
                      {d}
                    </button>
                  ))}
                </div>
                <label className="field">
                  <span className="field__label">{t('assess.decisions.comment')}</span>
                  <textarea
                    className="field__input field__textarea"
                    disabled={locked}
                    value={draft.comment}
                    aria-invalid={departs && !draft.comment.trim()}
                    data-testid="unit-comment"
                    onChange={(e) => change(u, { comment: e.target.value }, false)}
                    onBlur={() => change(u, {})}
                  />
                  {departs && !draft.comment.trim() && <span className="field__problem">{t('assess.decisions.departure')}</span>}
                </label>
                <fieldset className="choice-group" disabled={locked}>
                  <legend className="field__label">{t('assess.decisions.extraEvidence')}</legend>
                  {EXTRA_EVIDENCE.map((e) => (
                    <label key={e} className="checkbox">
                      <input
                        type="checkbox"
                        checked={draft.extraEvidence.includes(e)}
                        onChange={(ev) =>
                          change(u, { extraEvidence: ev.target.checked ? [...draft.extraEvidence, e] : draft.extraEvidence.filter((x) => x !== e) })
                        }
                      />
                      {t(EVIDENCE_LABEL[e])}
                    </label>
                  ))}
                </fieldset>
              </div>
            </div>
          </Section>
        );
      })}
      <Section title={t('assess.decisions.overall')}>
        <fieldset className="choice-group" disabled={locked} data-testid="recommendation">
          <legend className="field__label">{t('assess.decisions.recommendation')}</legend>
          {DECISIONS.map((d) => (
            <label key={d} className="checkbox">
              <input
                type="radio"
                name="recommendation"
                data-testid={`recommendation-${d}`}
                disabled={d === 'K' && !allK}
                checked={record.fields.recommendation === d}
                onChange={() => void record.update({ recommendation: d })}
              />
              {d}
            </label>
          ))}
          <p className="field__hint">{t('assess.decisions.recommendationHint')}</p>
          {onlyBk && (
            <p className="notice notice--info" data-testid="recommendation-preset">
              {t('assess.decisions.onlyBk', { units: bkUnits.join(', '), count: bkUnits.length })}
            </p>
          )}
        </fieldset>
        <label className="field">
          <span className="field__label">{t('assess.decisions.followUp')}</span>
          <textarea
            className="field__input field__textarea"
            disabled={locked}
            value={record.fields.followUp ?? ''}
            onChange={(e) => void record.update({ followUp: e.target.value || null }, false)}
            onBlur={() => void record.update({})}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('assess.decisions.overallComment')}</span>
          <textarea
            className="field__input field__textarea"
            disabled={locked}
            value={record.fields.comment ?? ''}
            onChange={(e) => void record.update({ comment: e.target.value || null }, false)}
            onBlur={() => void record.update({})}
          />
        </label>
      </Section>
      <SignPanel ws={ws} reload={reload} awaitingComment={awaitingComment} />
      <AcknowledgePanel ws={ws} reload={reload} />
    </>
  );
}
