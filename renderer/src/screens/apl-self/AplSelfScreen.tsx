import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AplSelf } from '../../../../electron/shared/apl-self';
import { useLoad } from '../../api/use-load';
import { useRun } from '../../api/use-run';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadView } from '../../components/LoadView';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { useFormat } from '../../i18n/use-format';
import { useClient, useSession } from '../../session/SessionProvider';
import { localStore } from '../sign-in/sign-in-mode';
import { aplDraftStore } from './apl-draft';
import { Apl02Form } from '../scheduling/apl/Apl02Form';

/**
 * The candidate's own FR.APL.02 (an APL.02 sign-in, before any session): K / BK and the evidence per
 * element, saved as often as they like, then submitted for the assessor's review, which locks it.
 */
/** Refusals a retry cannot change (the form was reviewed, its days passed, not an APL.02 sign-in): no "Coba lagi". */
const FINAL_REFUSALS: ReadonlySet<string> = new Set(['APL_SELF_REVIEWED', 'APL_SELF_EXPIRED', 'APL_SELF_NO_ACCESS']);

export function AplSelfScreen() {
  const { state, reload } = useLoad('apl/mySelfAssessment', {});
  const final = state.status === 'error' && FINAL_REFUSALS.has(state.error.code);
  return (
    <div className="home registry" data-testid="apl-self-screen">
      <LoadView state={state} onRetry={final ? undefined : reload}>
        {(self) => <AplSelfBody self={self} reload={reload} />}
      </LoadView>
    </div>
  );
}

function AplSelfBody({ self, reload }: { self: AplSelf; reload: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const client = useClient();
  const { state } = useSession();
  const accountId = state.status === 'signedIn' ? state.principal.accountId : null;
  const open = self.status === 'open';
  const statusRef = useRef<HTMLParagraphElement>(null);
  const wasOpen = useRef(open);
  // A layout effect: the focus moves in the same commit as the text it lands on, before the answer
  // is painted, never a frame later (a passive effect left a window where the focus was nowhere).
  useLayoutEffect(() => {
    // Submitting removes the panel that had the focus: the status that replaces it takes it.
    if (wasOpen.current && !open) statusRef.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return (
    <>
      <PageTitle eyebrow={t('aplSelf.screen.eyebrow')} title={self.candidateName}>
        <p data-testid="apl-self-scheme">
          <span className="mono">{self.scheme.code}</span> {f.title(self.scheme)}
        </p>
      </PageTitle>
      <p className={open ? 'muted' : 'notice notice--success'} role="status" data-testid="apl-self-status" ref={statusRef} tabIndex={-1}>
        {open ? t('aplSelf.screen.openUntil', { date: f.dateTime(self.expiresAt) }) : t(self.status === 'submitted' ? 'aplSelf.screen.submitted' : 'aplSelf.screen.reviewed')}
      </p>
      <Section title={t('schedulingScreens.apl02.title')}>
        {open && <p className="muted small">{t('aplSelf.screen.intro')}</p>}
        <Apl02Form
          key={`${self.savedAt ?? 'new'}-${self.status}`}
          apl02={self}
          readOnly={!open}
          save={(answers) => client.call('apl/saveMySelfAssessment', { answers })}
          onSaved={reload}
          draft={open && accountId ? aplDraftStore(localStore(), accountId, self.savedAt) : undefined}
        />
      </Section>
      {open && <SubmitPanel self={self} onSubmitted={reload} />}
    </>
  );
}

/** Two steps: the candidate first sees that submitting sends the saved answers and locks them. */
function SubmitPanel({ self, onSubmitted }: { self: AplSelf; onSubmitted: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const { busy, error, run } = useRun();
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    // Each step replaces the button that was pressed: the focus moves to the safe choice of the next.
    if (confirming) cancelRef.current?.focus();
    else if (asked.current) submitRef.current?.focus();
    asked.current = confirming;
  }, [confirming]);
  const submit = () =>
    void run(async () => {
      await client.call('apl/submitMySelfAssessment', { confirm: true });
      onSubmitted();
    });
  return (
    <Section title={t('aplSelf.screen.submitTitle')}>
      <p className="small">{self.complete ? t('aplSelf.screen.submitHint') : t('aplSelf.screen.incomplete')}</p>
      {error && <ErrorMessage error={error} />}
      {confirming ? (
        <>
          <p className="notice notice--warning" data-testid="apl-self-confirm-text">
            {t('aplSelf.screen.confirm')}
          </p>
          <div className="unlock__actions">
            <button type="button" className="button button--primary" data-testid="apl-self-confirm" disabled={busy} onClick={submit}>
              {t('aplSelf.screen.confirmYes')}
            </button>
            <button type="button" className="button button--secondary" data-testid="apl-self-cancel" ref={cancelRef} disabled={busy} onClick={() => setConfirming(false)}>
              {t('aplSelf.screen.confirmNo')}
            </button>
          </div>
        </>
      ) : (
        <button type="button" className="button button--primary" data-testid="apl-self-submit" ref={submitRef} disabled={!self.complete} onClick={() => setConfirming(true)}>
          {t('aplSelf.screen.submit')}
        </button>
      )}
    </Section>
  );
}
