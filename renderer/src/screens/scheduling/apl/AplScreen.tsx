import { useTranslation } from 'react-i18next';
import type { AplDetail } from '../../../../../electron/shared/scheduling';
import { useLoad } from '../../../api/use-load';
import { LoadView } from '../../../components/LoadView';
import { PageTitle } from '../../../components/PageTitle';
import { Section } from '../../../components/Section';
import { useLanguage } from '../../../i18n/use-language';
import { useClient, useSession } from '../../../session/SessionProvider';
import { SchedulingPage } from '../SchedulingPage';
import { schemeLabel } from '../use-schemes';
import { Apl01Form } from './Apl01Form';
import { Apl01Verify } from './Apl01Verify';
import { Apl02Form } from './Apl02Form';
import { Apl02Review } from './Apl02Review';
import { parseAplRouteId } from './apl-route';
import { GateView } from './GateView';
import { AplPrintLinks } from './AplPrintLinks';
import { AplSelfAccess } from './AplSelfAccess';
import { useRouteId } from '../../../navigation/hash-route';

/**
 * `#/apl/<candidateId>~<schemeId>`: one candidate's FR.APL.01 and FR.APL.02 for one scheme version.
 * LSP staff enter both from the paper forms and verify APL.01; an assessor reads them and reviews APL.02.
 */
export function AplScreen() {
  const { t } = useTranslation();
  const key = parseAplRouteId(useRouteId());
  const session = useSession();
  const assessor = session.state.status === 'signedIn' && session.state.principal.role === 'assessor';
  if (!key) return <p className="empty">{t('schedulingScreens.apl.notFound')}</p>;
  return <AplRecord key={`${key.candidateId}~${key.schemeId}`} candidateId={key.candidateId} schemeId={key.schemeId} assessor={assessor} />;
}

function AplRecord({ candidateId, schemeId, assessor }: { candidateId: string; schemeId: string; assessor: boolean }) {
  const { t } = useTranslation();
  const { state, reload } = useLoad('apl/get', { candidateId, schemeId });
  const title = state.status === 'ready' ? state.data.candidate.name : t('schedulingScreens.apl.title');
  const body = (
    <LoadView state={state} onRetry={reload}>
      {(detail) => <AplBody detail={detail} assessor={assessor} onSaved={reload} />}
    </LoadView>
  );
  if (assessor) {
    return (
      <div className="home registry" data-testid="apl-screen">
        <nav className="registry-nav" aria-label={t('schedulingScreens.nav.label')}>
          <a href="#/" data-testid="back-home">
            {t('registryScreens.nav.home')}
          </a>
        </nav>
        <PageTitle eyebrow={t('assessor.eyebrow')} title={title} />
        {body}
      </div>
    );
  }
  return (
    <SchedulingPage
      current="apl"
      testId="apl-screen"
      title={title}
      actions={
        <a href={`#/candidates/${encodeURIComponent(candidateId)}`} data-testid="apl-candidate-link">
          {t('schedulingScreens.apl.candidatePage')}
        </a>
      }
    >
      {body}
    </SchedulingPage>
  );
}

function AplBody({ detail, assessor, onSaved }: { detail: AplDetail; assessor: boolean; onSaved: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const client = useClient();
  return (
    <>
      <p className="registry-facts" data-testid="apl-facts">
        {t('schedulingScreens.scheme')}: {schemeLabel(detail.scheme, language)} · {t('registryScreens.candidates.participantNo')}:{' '}
        <span className="mono">{detail.candidate.participantNo}</span> · {t('registryScreens.candidates.nik')}:{' '}
        <span className="mono">{detail.candidate.nik}</span>
      </p>
      <AplPrintLinks candidateId={detail.candidate.id} schemeId={detail.scheme.id} />
      <Section title={t('schedulingScreens.gate.title')}>
        <GateView gate={detail.gate} />
      </Section>
      <Section title={t('schedulingScreens.apl01.title')}>
        {assessor ? <Apl01Read detail={detail} /> : <Apl01Form detail={detail} onSaved={onSaved} />}
        {!assessor && detail.apl01 && <Apl01Verify detail={detail} onSaved={onSaved} />}
      </Section>
      <Section title={t('schedulingScreens.apl02.title')}>
        {detail.apl01 ? (
          <Apl02Form
            key={detail.apl02.savedAt ?? 'new'}
            apl02={detail.apl02}
            readOnly={assessor}
            save={(answers) => client.call('apl/saveSelfAssessment', { candidateId: detail.candidate.id, schemeId: detail.scheme.id, answers })}
            onSaved={onSaved}
          />
        ) : (
          <p className="empty" data-testid="apl02-needs-apl01">
            {t('schedulingScreens.apl02.needsApl01')}
          </p>
        )}
        {detail.apl01 && <Apl02Review detail={detail} canReview={assessor} onSaved={onSaved} />}
      </Section>
      {!assessor && detail.apl01 && <AplSelfAccess candidateId={detail.candidate.id} schemeId={detail.scheme.id} />}
    </>
  );
}

/** The assessor's view of FR.APL.01: what the candidate applied with, and the LSP's verification. */
function Apl01Read({ detail }: { detail: AplDetail }) {
  const { t } = useTranslation();
  if (!detail.apl01) return <p className="empty">{t('schedulingScreens.apl01.none')}</p>;
  return <Apl01Verify detail={detail} onSaved={() => undefined} readOnly />;
}
