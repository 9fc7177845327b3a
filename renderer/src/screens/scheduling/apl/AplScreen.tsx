import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AplDetail } from '../../../../../electron/shared/scheduling';
import { useLoad } from '../../../api/use-load';
import { LoadView } from '../../../components/LoadView';
import { PageTitle } from '../../../components/PageTitle';
import { Section } from '../../../components/Section';
import { useFormat } from '../../../i18n/use-format';
import { useLanguage } from '../../../i18n/use-language';
import { useClient, useSession } from '../../../session/SessionProvider';
import { SchedulingPage } from '../SchedulingPage';
import { schemeLabel } from '../use-schemes';
import { Apl01Form } from './Apl01Form';
import { Apl01Verify } from './Apl01Verify';
import { Apl02Form } from './Apl02Form';
import { Apl02Review } from './Apl02Review';
import { aplHref, formRound, parseAplRouteId } from './apl-route';
import { AplRounds } from './AplRounds';
import { GateView } from './GateView';
import { AplPrintLinks } from './AplPrintLinks';
import { AplSelfAccess } from './AplSelfAccess';
import { useRouteId } from '../../../navigation/hash-route';

/**
 * `#/apl/<candidateId>~<schemeId>`: one candidate's current FR.APL.01 and FR.APL.02 for one scheme version
 * (`~<round>`: an earlier round). LSP staff enter both from the paper forms and verify APL.01; an assessor
 * reads them and reviews APL.02. A round a session used, or an earlier one, only reads.
 */
export function AplScreen() {
  const { t } = useTranslation();
  const key = parseAplRouteId(useRouteId());
  const session = useSession();
  const assessor = session.state.status === 'signedIn' && session.state.principal.role === 'assessor';
  if (!key) return <p className="empty">{t('schedulingScreens.apl.notFound')}</p>;
  return (
    <AplRecord key={`${key.candidateId}~${key.schemeId}~${key.round ?? ''}`} candidateId={key.candidateId} schemeId={key.schemeId} round={key.round} assessor={assessor} />
  );
}

function AplRecord({ candidateId, schemeId, round, assessor }: { candidateId: string; schemeId: string; round?: number; assessor: boolean }) {
  const { t } = useTranslation();
  const { state, reload } = useLoad('apl/get', round === undefined ? { candidateId, schemeId } : { candidateId, schemeId, round });
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
  const [startingRound, setStartingRound] = useState(false);
  // A round a session used, or one a newer round followed, is that session's record: it only reads.
  const writable = detail.round?.writable ?? true;
  const staff = !assessor && writable;
  return (
    <>
      <p className="registry-facts" data-testid="apl-facts">
        {t('schedulingScreens.scheme')}: {schemeLabel(detail.scheme, language)} · {t('registryScreens.candidates.participantNo')}:{' '}
        <span className="mono">{detail.candidate.participantNo}</span> · {t('registryScreens.candidates.nik')}:{' '}
        <span className="mono">{detail.candidate.nik}</span>
      </p>
      {detail.round && <RoundNotice detail={detail} />}
      <AplPrintLinks candidateId={detail.candidate.id} schemeId={detail.scheme.id} round={detail.round?.current === false ? detail.round.number : undefined} />
      {detail.rounds.length > 1 || (detail.newRoundAllowed && !assessor) ? (
        <Section title={t('schedulingScreens.aplRounds.title')}>
          <AplRounds detail={detail} />
          {!assessor && detail.newRoundAllowed && detail.round?.current && !startingRound && (
            <button type="button" className="button button--primary" data-testid="apl-new-round" onClick={() => setStartingRound(true)}>
              {t('schedulingScreens.aplRounds.start', { round: detail.round.number + 1 })}
            </button>
          )}
          {startingRound && (
            <>
              <p className="muted" data-testid="apl-new-round-hint">
                {t('schedulingScreens.aplRounds.startHint', { round: (detail.round?.number ?? 0) + 1 })}
              </p>
              <Apl01Form detail={detail} newRound onSaved={onSaved} />
            </>
          )}
        </Section>
      ) : null}
      <Section title={t('schedulingScreens.gate.title')}>
        <GateView gate={detail.gate} />
      </Section>
      <Section title={t('schedulingScreens.apl01.title')}>
        {staff ? <Apl01Form detail={detail} onSaved={onSaved} /> : <Apl01Read detail={detail} />}
        {staff && detail.apl01 && <Apl01Verify detail={detail} onSaved={onSaved} />}
      </Section>
      <Section title={t('schedulingScreens.apl02.title')}>
        {detail.apl01 ? (
          <Apl02Form
            key={detail.apl02.savedAt ?? 'new'}
            apl02={detail.apl02}
            readOnly={!staff}
            save={(answers) => client.call('apl/saveSelfAssessment', { candidateId: detail.candidate.id, schemeId: detail.scheme.id, ...formRound(detail), answers })}
            onSaved={onSaved}
          />
        ) : (
          <p className="empty" data-testid="apl02-needs-apl01">
            {t('schedulingScreens.apl02.needsApl01')}
          </p>
        )}
        {detail.apl01 && <Apl02Review detail={detail} canReview={assessor && writable} onSaved={onSaved} />}
      </Section>
      {staff && detail.apl01 && <AplSelfAccess candidateId={detail.candidate.id} schemeId={detail.scheme.id} />}
    </>
  );
}

/** Which round this is, and why it only reads: the session that used it, or the newer round that is current. */
function RoundNotice({ detail }: { detail: AplDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const round = detail.round;
  if (!round) return null;
  const current = detail.rounds.find((r) => r.current);
  return (
    <div className={round.writable ? 'muted' : 'notice'} role={round.writable ? undefined : 'status'} data-testid="apl-round-notice">
      <p>
        {t(round.current ? 'schedulingScreens.aplRounds.showingCurrent' : 'schedulingScreens.aplRounds.showingEarlier', { round: round.number })}
        {round.usedIn && (
          <>
            {' '}
            {t('schedulingScreens.aplRounds.usedInSession', { session: round.usedIn.code, date: f.date(round.usedIn.date) })}
          </>
        )}
        {!round.writable && <> {t('schedulingScreens.aplRounds.readOnly')}</>}
      </p>
      {!round.current && current && (
        <p>
          <a href={aplHref(detail.candidate.id, detail.scheme.id)} data-testid="apl-round-current-link">
            {t('schedulingScreens.aplRounds.openCurrent', { round: current.round })}
          </a>
        </p>
      )}
    </div>
  );
}

/** The assessor's view of FR.APL.01, and anyone's of a round that only reads: what the candidate applied with, and the LSP's verification. */
function Apl01Read({ detail }: { detail: AplDetail }) {
  const { t } = useTranslation();
  if (!detail.apl01) return <p className="empty">{t('schedulingScreens.apl01.none')}</p>;
  return <Apl01Verify detail={detail} onSaved={() => undefined} readOnly />;
}
