import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssuedAplAccess } from '../../../../../electron/shared/apl-self';
import { useLoad } from '../../../api/use-load';
import { useRun } from '../../../api/use-run';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { LoadView } from '../../../components/LoadView';
import { Section } from '../../../components/Section';
import { useFormat } from '../../../i18n/use-format';
import { useClient } from '../../../session/SessionProvider';

/**
 * The candidate's own sign-in for FR.APL.02 (apl/issueSelfAccess): issued by the LSP admin, the
 * password shown once here to copy or print as a slip; issuing again replaces it.
 */
export function AplSelfAccess({ candidateId, schemeId }: { candidateId: string; schemeId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const client = useClient();
  const { state, reload } = useLoad('apl/selfAccess', { candidateId, schemeId });
  const { busy, error, run } = useRun();
  const [issued, setIssued] = useState<IssuedAplAccess | null>(null);

  const issue = () =>
    void run(async () => {
      setIssued(await client.call('apl/issueSelfAccess', { candidateId, schemeId }));
      reload();
    });

  return (
    <Section title={t('aplSelf.access.title')}>
      <p className="muted small">{t('aplSelf.access.hint')}</p>
      <LoadView state={state} onRetry={reload}>
        {(current) =>
          current ? (
            <p data-testid="apl-self-access-current">
              {t('aplSelf.access.current', { username: current.username, date: f.dateTime(current.expiresAt) })}
              {current.submittedAt ? ` · ${t('aplSelf.access.submitted', { date: f.dateTime(current.submittedAt) })}` : ''}
            </p>
          ) : (
            <p className="empty" data-testid="apl-self-access-none">
              {t('aplSelf.access.none')}
            </p>
          )
        }
      </LoadView>
      {error && <ErrorMessage error={error} />}
      <button type="button" className="button button--secondary" data-testid="apl-self-access-issue" disabled={busy} onClick={issue}>
        {state.status === 'ready' && state.data ? t('aplSelf.access.reissue') : t('aplSelf.access.issue')}
      </button>
      {issued && (
        <div className="notice notice--success apl-self-slip" data-testid="apl-self-slip">
          <p className="notice__text">{t('aplSelf.access.once')}</p>
          <dl className="registry-facts">
            <dt>{t('aplSelf.access.candidate')}</dt>
            <dd>{issued.candidateName}</dd>
            <dt>{t('aplSelf.access.scheme')}</dt>
            <dd>
              <span className="mono">{issued.schemeCode}</span> {f.title({ titleId: issued.schemeTitleId, titleEn: issued.schemeTitleEn })}
            </dd>
            <dt>{t('aplSelf.access.username')}</dt>
            <dd className="mono" data-testid="apl-self-username">
              {issued.username}
            </dd>
            <dt>{t('aplSelf.access.password')}</dt>
            <dd className="mono" data-testid="apl-self-password">
              {issued.password}
            </dd>
            <dt>{t('aplSelf.access.until')}</dt>
            <dd>{f.dateTime(issued.expiresAt)}</dd>
          </dl>
          <p className="small">{t('aplSelf.access.howTo')}</p>
          <button type="button" className="button button--secondary button--small" data-testid="apl-self-print" onClick={() => window.print()}>
            {t('aplSelf.access.print')}
          </button>
        </div>
      )}
    </Section>
  );
}
