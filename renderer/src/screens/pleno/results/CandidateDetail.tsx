import { useTranslation } from 'react-i18next';
import type { ReviewCandidate, ScoredCount } from '../../../../../electron/shared/pleno';
import { BilingualText } from '../../../components/BilingualText';
import { EVIDENCE_LABEL } from '../../../i18n/assessment-labels';
import { useFormat } from '../../../i18n/use-format';
import { useProctorActionText } from '../../print/proctor-action-text';
import { EarlierDecisionNote } from '../../print/RecordForms';
import { SessionPrintLinks } from '../../print/SessionPrintLinks';
import { APPEAL_STATUS_LABEL, DECISION_LABEL, FEEDBACK_BY_LABEL, KNOWLEDGE_LABEL, LODGED_AT_LABEL, PLENO_STATUS_LABEL, SUBMITTED_LABEL } from '../labels';

/** One candidate's record as the assessor left it: per unit, the evidence, AK.03, AK.04, incidents. */
const CANDIDATE_FORMS = ['candidateAll'] as const;

export function CandidateDetail({ sessionId, candidate: c }: { sessionId: string; candidate: ReviewCandidate }) {
  const { t } = useTranslation();
  const f = useFormat();
  const actionText = useProctorActionText();
  const decision = (d: ReviewCandidate['recommendation']) => (d ? t(DECISION_LABEL[d]) : t('plenoScreens.decision.none'));
  const scored = (label: string, s: ScoredCount) =>
    s.total > 0 && <li>{t('plenoScreens.results.scored', { label, scored: f.number(s.scored), total: f.number(s.total), achieved: f.number(s.achieved) })}</li>;
  const ev = c.evidence;
  const written = c.writtenTest;
  return (
    <div className="review-detail" aria-label={t('plenoScreens.results.details', { name: c.name })} role="group">
      {/* Every form of this candidate in one PDF (the record the pleno reads, on paper). */}
      <SessionPrintLinks sessionId={sessionId} candidateId={c.candidateId} forms={CANDIDATE_FORMS} backLabel={t('forms.back.results')} />
      <h3>{t('plenoScreens.results.units')}</h3>
      <table className="table" data-testid="review-units">
        <thead>
          <tr>
            <th scope="col">{t('plenoScreens.results.unit')}</th>
            <th scope="col">{t('plenoScreens.results.unitDecision')}</th>
            <th scope="col">{t('plenoScreens.results.suggestion')}</th>
            <th scope="col">{t('plenoScreens.results.comment')}</th>
            <th scope="col">{t('assess.decisions.extraEvidence')}</th>
          </tr>
        </thead>
        <tbody>
          {c.units.map((u) => (
            <tr key={u.unitId}>
              <th scope="row">
                <span className="mono">{u.unitCode}</span> <BilingualText value={u.title} />
              </th>
              <td>{decision(u.decision)}</td>
              <td>{decision(u.suggestionAtDecision)}</td>
              <td>{u.comment ?? ''}</td>
              <td>{u.extraEvidence.map((e) => t(EVIDENCE_LABEL[e])).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {/* FR.AK.02's own notes: what the assessor says is still needed, and why, beside the units' comments. */}
      {(c.followUp || c.assessorComment) && (
        <dl className="review-notes" data-testid="review-ak02-notes">
          {c.followUp && (
            <>
              <dt>{t('assess.decisions.followUp')}</dt>
              <dd>{c.followUp}</dd>
            </>
          )}
          {c.assessorComment && (
            <>
              <dt>{t('assess.decisions.overallComment')}</dt>
              <dd>{c.assessorComment}</dd>
            </>
          )}
        </dl>
      )}
      <h3>{t('plenoScreens.results.evidence')}</h3>
      <ul data-testid="review-evidence">
        {!ev.multipleChoice.taken && ev.multipleChoice.total > 0 && <li data-testid="review-written-not-taken">{t('plenoScreens.results.writtenNotTaken')}</li>}
        {ev.multipleChoice.taken && ev.multipleChoice.total > 0 && (
          <li>
            {t('plenoScreens.results.multipleChoice', { achieved: f.number(ev.multipleChoice.achieved), total: f.number(ev.multipleChoice.total) })}
            <ul>
              {ev.multipleChoice.units.map((u) => (
                <li key={u.unitCode}>
                  <span className="mono">{u.unitCode}</span>: {f.number(u.achieved)} / {f.number(u.total)}
                </li>
              ))}
            </ul>
          </li>
        )}
        {/* What the proctor did to this test and how it ended: the berita acara's record, for this candidate. */}
        {written && written.extensionMinutes > 0 && (
          <li data-testid="review-written-extended">{t('plenoScreens.results.writtenExtended', { count: written.extensionMinutes })}</li>
        )}
        {/* Each pause, resume and time added, when and by whom, as the berita acara lists them. */}
        {written && written.actions.length > 0 && (
          <li data-testid="review-written-actions">
            {t('plenoScreens.results.writtenActions')}
            <ul>
              {written.actions.map((a, i) => (
                <li key={i} data-testid="review-written-action" data-action={a.action}>
                  {t('plenoScreens.results.writtenAction', { at: f.dateTime(a.at), what: actionText.what(a), by: a.by ?? t('plenoScreens.results.tukProctor') })}
                  {a.reason && <> — {t('plenoScreens.results.writtenActionReason', { reason: a.reason })}</>}
                </li>
              ))}
            </ul>
          </li>
        )}
        {written?.submittedAt && written.submitReason && (
          <li data-testid="review-written-submitted" data-reason={written.submitReason}>
            {t(SUBMITTED_LABEL[written.submitReason], { at: f.dateTime(written.submittedAt) })}
          </li>
        )}
        {/* Answers delivered after time ran out, counted or refused, in the assessor's workspace's words; nothing when none. */}
        {written && written.lateAnswers > 0 && (
          <li data-testid="review-late-answers">{t('assess.workspace.lateAnswers', { count: written.lateAnswers })}</li>
        )}
        {written && written.heldRefused > 0 && (
          <li data-testid="review-held-refused">{t('assess.workspace.heldRefused', { count: written.heldRefused })}</li>
        )}
        {scored(t('plenoScreens.results.essay'), ev.essay)}
        {scored(t('plenoScreens.results.oral'), ev.oral)}
        {scored(t('plenoScreens.results.supporting'), ev.supporting)}
        {ev.observation.total > 0 && (
          <li>
            {t('plenoScreens.results.observation', {
              k: f.number(ev.observation.k),
              bk: f.number(ev.observation.bk),
              further: f.number(ev.observation.further),
              unscored: f.number(ev.observation.unscored),
            })}
          </li>
        )}
        {ev.knowledgeConclusion && <li>{t('plenoScreens.results.knowledge', { value: t(KNOWLEDGE_LABEL[ev.knowledgeConclusion]) })}</li>}
        {c.acknowledgement && <li>{t('plenoScreens.results.acknowledged', { at: f.dateTime(c.acknowledgement.acknowledgedAt) })}</li>}
        <li>
          {c.feedback
            ? t('plenoScreens.results.feedback', { at: f.dateTime(c.feedback.savedAt), by: t(FEEDBACK_BY_LABEL[c.feedback.enteredBy]) })
            : t('plenoScreens.results.noFeedback')}
          {/* Given on a decision since unlocked, it does not answer the one the pleno decides on (as the print and the assessor say). */}
          <EarlierDecisionNote ws={c} className="notice notice--warning" />
        </li>
        {c.appeal.tuk && <li data-testid="review-appeal-tuk">{t('plenoScreens.results.appealTuk', { reasons: c.appeal.tuk.reasons })}</li>}
        {c.appeal.cases.map((a) => (
          <li key={a.caseId}>
            {t('plenoScreens.results.appealCase', { status: t(APPEAL_STATUS_LABEL[a.status]), where: t(LODGED_AT_LABEL[a.lodgedAt]), on: f.date(a.lodgedOn) })}
          </li>
        ))}
        {!c.appeal.tuk && c.appeal.cases.length === 0 && <li>{t('plenoScreens.results.noAppeal')}</li>}
        {c.plenoDecision && (
          <li>{t('plenoScreens.results.plenoDecision', { decision: t(DECISION_LABEL[c.plenoDecision.decision]), status: t(PLENO_STATUS_LABEL[c.plenoDecision.status]) })}</li>
        )}
      </ul>
      {c.incidents.length > 0 && (
        <>
          <h3>{t('plenoScreens.results.candidateIncidents')}</h3>
          <ul>
            {c.incidents.map((i) => (
              <li key={i.id}>
                {f.dateTime(i.at)} — {i.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
