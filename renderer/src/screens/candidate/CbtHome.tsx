import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useSession } from '../../session/SessionProvider';
import { localStore, markCandidatePc } from '../sign-in/sign-in-mode';
import { AgreementScreen } from './AgreementScreen';
import { TestScreen } from './TestScreen';
import { ThanksScreen } from './ThanksScreen';
import { useCbtState } from './use-cbt-state';
import { useDisplayPrefs } from './use-display-prefs';
import { useLateDelivery } from './use-late-delivery';
import { useOutbox } from './use-outbox';

/** The candidate's whole flow follows the core's phase: agreement (FR.AK.01), then the test, then the receipt. */
export function CbtHome() {
  const { t } = useTranslation();
  const { state, reload, replace } = useCbtState();
  const [prefs, setPrefs] = useDisplayPrefs();
  const session = useSession().state;
  const candidateId = session.status === 'signedIn' ? session.principal.candidateId : null;
  const outbox = useOutbox(state.status === 'ready' ? state.data : null, candidateId);
  const testing = state.status === 'ready' && state.data.phase === 'test';
  const notReceived = useLateDelivery(state.status === 'ready' ? state.data : null, candidateId, reload);
  // A candidate sat here (also after a reload that kept the sign-in): whoever signs in next on this
  // computer is most likely the next candidate, so the sign-in opens on their tab.
  useEffect(() => markCandidatePc(localStore()), []);

  return (
    <div className="cbt" data-testid="home-candidate">
      {(state.status === 'loading' || (testing && !outbox)) && (
        <p className="loading" role="status">
          {t('candidate.loading')}
        </p>
      )}
      {state.status === 'error' && <ErrorMessage error={state.error} onRetry={reload} />}
      {state.status === 'ready' && state.data.phase === 'agreement' && <AgreementScreen state={state.data} onAgreed={replace} />}
      {state.status === 'ready' && state.data.phase === 'test' && outbox && (
        // Keyed by session: a different attempt must never inherit this one's answers or queue.
        <TestScreen
          key={state.data.sessionId}
          state={state.data}
          outbox={outbox}
          onReplace={replace}
          onReload={reload}
          prefs={prefs}
          onPrefs={setPrefs}
        />
      )}
      {state.status === 'ready' && state.data.phase === 'submitted' && <ThanksScreen state={state.data} notReceived={notReceived} />}
    </div>
  );
}
