import { useTranslation } from 'react-i18next';
import { OVERVIEW_COLUMNS, type AssessmentOverview } from '../../../../../electron/shared/assessment';
import { useLoad } from '../../../api/use-load';
import { BilingualText } from '../../../components/BilingualText';
import { LoadView } from '../../../components/LoadView';
import { PageTitle } from '../../../components/PageTitle';
import { Section } from '../../../components/Section';
import { StatusBadge } from '../../../components/StatusBadge';
import { ProgressBadge } from './ProgressBadge';
import type { WorkspaceView } from './view';
import { ATTEMPT_LABEL, OVERVIEW_COLUMN_LABEL } from './labels';

type Props = { sessionId: string; onOpen: (view: WorkspaceView) => void };

export function Overview({ sessionId, onOpen }: Props) {
  const { state, reload } = useLoad('assessment/overview', { sessionId });
  return (
    <LoadView state={state} onRetry={reload}>
      {(overview) => <OverviewTable overview={overview} onOpen={onOpen} onRefresh={reload} />}
    </LoadView>
  );
}

function OverviewTable({ overview, onOpen, onRefresh }: { overview: AssessmentOverview; onOpen: Props['onOpen']; onRefresh: () => void }) {
  const { t } = useTranslation();
  const { header } = overview;
  return (
    <>
      <PageTitle eyebrow={t('assess.workspace.title')} title={<BilingualText value={header.sessionTitle} />}>
        <p className="muted">
          {header.schemeCode} · <BilingualText value={header.schemeTitle} /> · {header.tukName}
        </p>
      </PageTitle>
      <Section
        title={t('assess.workspace.candidates')}
        actions={
          <>
            {/* Candidates submit while the assessor works: the states are fetched again on demand. */}
            <button type="button" className="button button--secondary button--small" data-testid="overview-refresh" onClick={onRefresh}>
              {t('common.refresh')}
            </button>
            <button type="button" className="button button--secondary button--small" data-testid="open-report" onClick={() => onOpen({ kind: 'report' })}>
              {t('assess.workspace.report')}
            </button>
            {overview.reportSigned && <StatusBadge tone="success">{t('assess.progress.signed')}</StatusBadge>}
            <button type="button" className="button button--secondary button--small" data-testid="open-key-corrections" onClick={() => onOpen({ kind: 'keys' })}>
              {t('keyCorrection.open')}
            </button>
          </>
        }
      >
        <div className="table-wrap">
          <table className="table table--overview" data-testid="assessment-overview">
            <thead>
              <tr>
                <th scope="col">{t('assess.columns.candidate')}</th>
                <th scope="col">{t('assess.columns.attempt')}</th>
                {OVERVIEW_COLUMNS.map((c) => (
                  <th scope="col" key={c}>
                    {t(OVERVIEW_COLUMN_LABEL[c])}
                  </th>
                ))}
                <th scope="col">{t('assess.columns.recommendation')}</th>
              </tr>
            </thead>
            <tbody>
              {overview.rows.map((row) => {
                // Marked absent by the proctor: what they were never given is not "not started" (FR.AK.05 agrees).
                const absent = row.attendance === 'absent';
                return (
                  <tr key={row.candidateId} data-testid="overview-row" data-participant={row.participantNo}>
                    <th scope="row">
                      {/* The name opens the candidate: in the first column it stays on screen however narrow the
                          window or large the zoom, where a button after ten columns scrolled out of reach. */}
                      <span className="mono nowrap">{row.participantNo}</span>
                      <br />
                      <button
                        type="button"
                        className="table-link"
                        data-testid="open-candidate"
                        onClick={() => onOpen({ kind: 'candidate', candidateId: row.candidateId, tab: 'ia05' })}
                      >
                        {row.name}
                      </button>
                    </th>
                    <td data-testid="overview-attempt">
                      {absent ? <StatusBadge tone="danger">{t('assess.workspace.absent')}</StatusBadge> : t(ATTEMPT_LABEL[row.attempt])}
                    </td>
                    {OVERVIEW_COLUMNS.map((c) => (
                      <td key={c} data-column={c} data-progress={row.progress[c]}>
                        {absent && row.progress[c] === 'not_started' ? <span className="muted">{t('assess.workspace.absent')}</span> : <ProgressBadge progress={row.progress[c]} />}
                      </td>
                    ))}
                    <td>{row.recommendation ? <StatusBadge tone={row.recommendation === 'K' ? 'success' : 'danger'}>{row.recommendation}</StatusBadge> : null}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </Section>
      <Section title={t('assess.workspace.essayByQuestion')}>
        <ul className="link-list">
          {overview.essays.map((e) => (
            <li key={e.itemId}>
              <button type="button" className="button button--secondary button--small" data-testid="essay-across" onClick={() => onOpen({ kind: 'essayAcross', itemId: e.itemId })}>
                {t('assess.workspace.essayQuestion', { number: e.number, ref: e.ref })}
              </button>
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
