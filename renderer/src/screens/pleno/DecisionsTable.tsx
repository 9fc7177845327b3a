import { useTranslation } from 'react-i18next';
import type { PlenoDecision, PlenoDetail } from '../../../../electron/shared/pleno';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormat } from '../../i18n/use-format';
import { DECISION_LABEL } from './labels';

/** The stored decisions of a pleno, read-only (a signed one), with its counts. */
export function DecisionsTable({ detail }: { detail: PlenoDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { counts } = detail;
  return (
    <>
      <p data-testid="decisions-summary">
        {t('plenoScreens.pleno.decisions.summary', {
          candidates: f.number(counts.candidates),
          k: f.number(counts.competent),
          bk: f.number(counts.notCompetent),
          departures: f.number(counts.departures),
          absent: f.number(counts.absent),
        })}
      </p>
      <div className="table-wrap">
        <table className="table registry-table" data-testid="decisions-table">
          <thead>
            <tr>
              <th scope="col">{t('plenoScreens.pleno.decisions.candidate')}</th>
              <th scope="col">{t('plenoScreens.pleno.decisions.session')}</th>
              <th scope="col">{t('plenoScreens.pleno.decisions.recommendation')}</th>
              <th scope="col">{t('plenoScreens.pleno.decisions.decision')}</th>
              <th scope="col">{t('plenoScreens.pleno.decisions.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {detail.decisions.map((d) => (
              <tr key={`${d.sessionId}:${d.candidateId}`} data-testid="decision-row">
                <th scope="row">
                  {d.name}
                  <div className="small mono">{d.participantNo}</div>
                  {d.appeal && <AppealMark appeal={d.appeal} />}
                  {/* A correction to BK does not revoke the certificate its K was issued: said here, where the admin signed it. */}
                  {d.heldCertificate && (
                    <div data-testid="decision-certificate-held">
                      <StatusBadge tone="danger">
                        <a href={`#/certificates/${encodeURIComponent(d.heldCertificate.certificateId)}`}>
                          {t('plenoScreens.pleno.decisions.certificateHeld', { number: d.heldCertificate.number })}
                        </a>
                      </StatusBadge>
                    </div>
                  )}
                  {/* A later results bundle brought the assessor's change: the decision stands on a record that no longer is. */}
                  {d.recordNow && (
                    <div data-testid="decision-record-changed">
                      <StatusBadge tone="danger">
                        {d.recordNow.signed
                          ? t('plenoScreens.pleno.decisions.recordChanged', { now: d.recordNow.recommendation ? t(DECISION_LABEL[d.recordNow.recommendation]) : t('plenoScreens.decision.none') })
                          : t('plenoScreens.pleno.decisions.recordUnsigned')}
                      </StatusBadge>
                    </div>
                  )}
                </th>
                <td className="mono nowrap">{d.sessionCode}</td>
                <td>{d.recommendation ? t(DECISION_LABEL[d.recommendation]) : t('plenoScreens.decision.none')}</td>
                <td data-testid="decision-value">{t(DECISION_LABEL[d.decision])}</td>
                <td>
                  {d.departs && <StatusBadge tone="warning">{t('plenoScreens.pleno.decisions.departs')}</StatusBadge>} {d.reason ?? ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

const APPEAL_TONE = { open: 'warning', accepted: 'danger', rejected: 'neutral' } as const;

/** What became of the candidate's appeal: an accepted one voids the decision on this row (the re-assessment decides). */
function AppealMark({ appeal }: { appeal: NonNullable<PlenoDecision['appeal']> }) {
  const { t } = useTranslation();
  const text =
    appeal.status === 'open'
      ? t('plenoScreens.pleno.decisions.appealOpen')
      : appeal.status === 'rejected'
        ? t('plenoScreens.pleno.decisions.appealRejected')
        : appeal.reassessmentCode
          ? t(appeal.reassessmentCancelled ? 'plenoScreens.pleno.decisions.appealAcceptedCancelled' : 'plenoScreens.pleno.decisions.appealAccepted', { session: appeal.reassessmentCode })
          : t('plenoScreens.pleno.decisions.appealAcceptedNoSession');
  return (
    <div data-testid="decision-appeal" data-status={appeal.status}>
      <StatusBadge tone={APPEAL_TONE[appeal.status]}>{text}</StatusBadge>
    </div>
  );
}
