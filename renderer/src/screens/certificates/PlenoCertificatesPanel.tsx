import { useTranslation } from 'react-i18next';
import type { PlenoDetail } from '../../../../electron/shared/pleno';
import { useLoad } from '../../api/use-load';
import { LoadView } from '../../components/LoadView';
import { Section } from '../../components/Section';
import { BnspSheetPanel } from './BnspSheetPanel';
import { plenoRoute } from '../pleno/print/pleno-prints';
import { CertificatePrintButton } from './CertificatePrintButton';
import { IssuePanel } from './IssuePanel';
import { RegisterDownload } from './RegisterDownload';
import { SessionCodesForm } from './SessionCodesForm';

/**
 * What a pleno leads to at BNSP, for the pleno's page: issuing its certificates (once signed), the
 * BNSP codes of its sessions and the BNSP upload sheet. Give it `key={pleno.status}` (or reload it) so
 * it reads the pleno again after signing.
 */
export function PlenoCertificatesPanel({ plenoId }: { plenoId: string }) {
  const { t } = useTranslation();
  const { state, reload } = useLoad('pleno/get', { plenoId });
  return (
    <Section title={t('certificateScreens.issue.title')} className="pleno-certificates">
      <div data-testid="pleno-certificates">
        <LoadView state={state} onRetry={reload}>
          {(pleno) => <PanelBody pleno={pleno} />}
        </LoadView>
      </div>
    </Section>
  );
}

function PanelBody({ pleno }: { pleno: PlenoDetail }) {
  const { t } = useTranslation();
  // A signed correction replaced it: the core refuses its certificates and sheet (PLENO_SUPERSEDED); the way is the correction's page.
  if (pleno.supersededBy) {
    return (
      <p className="notice notice--warning" data-testid="issue-superseded">
        {t('certificateScreens.issue.superseded')} <a href={`#/pleno/${encodeURIComponent(pleno.supersededBy)}`}>{t('certificateScreens.issue.openCorrection')}</a>
      </p>
    );
  }
  return (
    <>
      {pleno.status === 'signed' ? (
        <>
          <IssuePanel plenoId={pleno.plenoId} defaultDate={pleno.skDate ?? pleno.heldOn} sessions={pleno.sessions} />
          <div className="import-actions">
            <RegisterDownload small />
          </div>
          <CertificatePrintButton route={plenoRoute(pleno.plenoId, 'certificates')} label={t('certificateScreens.print.all')} testId="pleno-certificates-print" />
        </>
      ) : (
        <p className="muted" data-testid="issue-not-signed">{t('certificateScreens.issue.notSigned')}</p>
      )}
      <h3 className="subheading">{t('certificateScreens.codes.title')}</h3>
      <p className="muted small">{t('certificateScreens.codes.intro')}</p>
      {pleno.sessions.map((session) => (
        <SessionCodesForm key={session.sessionId} sessionId={session.sessionId} sessionCode={session.code} />
      ))}
      <h3 className="subheading">{t('certificateScreens.bnsp.title')}</h3>
      {pleno.status === 'draft' ? (
        <p className="muted" data-testid="bnsp-not-decided">{t('certificateScreens.bnsp.notDecided')}</p>
      ) : (
        <BnspSheetPanel plenoId={pleno.plenoId} />
      )}
    </>
  );
}
