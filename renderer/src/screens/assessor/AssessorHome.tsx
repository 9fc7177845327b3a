import { useTranslation } from 'react-i18next';
import type { ExpiryState } from '../../../../electron/shared/registry';
import type { AssessorAssigned } from '../../../../electron/shared/types';
import type { TranslationKey } from '../../i18n/keys';
import { useLoad } from '../../api/use-load';
import { BilingualText } from '../../components/BilingualText';
import { FactList, type Fact } from '../../components/FactList';
import { LoadView } from '../../components/LoadView';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { SessionFacts } from '../../components/SessionFacts';
import { useFormat } from '../../i18n/use-format';
import { AplReviewQueue } from '../scheduling/apl/AplReviewQueue';
import { navigate } from '../../navigation/hash-route';
import { workspaceRoute } from './workspace/view';

const MET_NOTICE = { expired: 'assessor.notice.metExpired', soon: 'assessor.notice.metSoon' } as const satisfies Record<'expired' | 'soon', TranslationKey>;
const TECH_CERT_NOTICE = { expired: 'assessor.notice.techCertExpired', soon: 'assessor.notice.techCertSoon' } as const satisfies Record<'expired' | 'soon', TranslationKey>;

function CredentialNotice({ state, date, keys }: { state: ExpiryState; date: string; keys: Record<'expired' | 'soon', TranslationKey> }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (state !== 'expired' && state !== 'soon') return null;
  return (
    <p className={`notice ${state === 'expired' ? 'notice--error' : 'notice--warning'}`} role="status" data-testid={`credential-${state}`}>
      {t(keys[state], { date: f.date(date) })}
    </p>
  );
}

export function AssessorHome() {
  const { state, reload } = useLoad('assessor/assigned', {});
  return (
    <div className="home" data-testid="home-assessor">
      <LoadView state={state} onRetry={reload}>
        {(assigned) => <Assigned assigned={assigned} onOpen={(sessionId) => navigate(workspaceRoute(sessionId, { kind: 'overview' }))} />}
      </LoadView>
    </div>
  );
}

function Assigned({ assigned, onOpen }: { assigned: AssessorAssigned; onOpen: (sessionId: string) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { assessor } = assigned;
  const credentials: Fact[] = [
    { key: 'met', label: t('assessor.met'), value: <span className="mono">{assessor.metNumber}</span> },
    { key: 'metExpires', label: t('assessor.metExpires'), value: f.date(assessor.metExpiresOn) },
  ];
  if (assessor.techCertExpiresOn) {
    credentials.push({ key: 'techCert', label: t('assessor.techCertExpires'), value: f.date(assessor.techCertExpiresOn) });
  }
  return (
    <>
      <PageTitle eyebrow={t('assessor.eyebrow')} title={assessor.name}>
        <FactList layout="inline" facts={credentials} />
      </PageTitle>
      {/* Said to the assessor themself: a lapsed MET keeps them out of every session until the LSP records the renewal. */}
      <CredentialNotice state={assessor.metState} date={assessor.metExpiresOn} keys={MET_NOTICE} />
      {assessor.techCertExpiresOn && <CredentialNotice state={assessor.techCertState} date={assessor.techCertExpiresOn} keys={TECH_CERT_NOTICE} />}

      <AplReviewQueue />
      <h2 className="section-heading">{t('assessor.sessionsTitle')}</h2>
      {assigned.sessions.length === 0 ? (
        <div className="empty-state">
          <p className="empty-state__title">{t('assessor.noSessions')}</p>
        </div>
      ) : (
        assigned.sessions.map(({ session, candidates }) => (
          <Section
            key={session.id}
            title={<BilingualText value={session.title} />}
            actions={
              <button type="button" className="button button--primary button--small" data-testid="open-workspace" onClick={() => onOpen(session.id)}>
                {t('assess.workspace.open')}
              </button>
            }
          >
            <SessionFacts session={session} />
            <h3 className="subheading">{t('assessor.yourCandidates', { total: candidates.length })}</h3>
            {candidates.length === 0 ? (
              <p className="empty">{t('assessor.noCandidates')}</p>
            ) : (
              <div className="table-wrap">
                <table className="table" data-testid="assessor-candidates">
                  <thead>
                    <tr>
                      <th scope="col">{t('columns.participantNo')}</th>
                      <th scope="col">{t('columns.name')}</th>
                      <th scope="col">{t('columns.seat')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {candidates.map((c) => (
                      <tr key={c.candidateId}>
                        <th scope="row" className="mono nowrap">
                          {c.participantNo}
                        </th>
                        <td>{c.name}</td>
                        <td>{c.seat ?? <span className="muted">{t('common.notSet')}</span>}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Section>
        ))
      )}
    </>
  );
}
