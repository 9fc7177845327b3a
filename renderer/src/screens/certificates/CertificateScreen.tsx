import { useTranslation } from 'react-i18next';
import type { CertificateDetail } from '../../../../electron/shared/certificates';
import { useLoad } from '../../api/use-load';
import { FactList } from '../../components/FactList';
import { LoadView } from '../../components/LoadView';
import { Section } from '../../components/Section';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormat } from '../../i18n/use-format';
import { BlankoForm } from './BlankoForm';
import { CertificatePrintButton } from './CertificatePrintButton';
import { CertificatesPage } from './CertificatesPage';
import { COUNTER_SCOPE_LABEL } from './labels';
import { HolderChangedNotice } from './HolderChangedNotice';
import { ReplacePanel } from './ReplacePanel';
import { RevokePanel } from './RevokePanel';
import { SurveillancePanel } from './SurveillancePanel';
import { navigate, useRouteId, useRouteView } from '../../navigation/hash-route';
import { CertificatePrintView } from '../print/CertificatePrintView';
import { listHref } from '../../navigation/use-route-filters';

const certificateRoute = (certificateId: string) => `certificates/${encodeURIComponent(certificateId)}`;

/**
 * One certificate (`#/certificates/<id>`): what it says, where it came from, and its blanko number; at
 * `#/certificates/<id>/print` its print, so a reload reopens the print and Back returns to the certificate.
 */
export function CertificateScreen() {
  const { t } = useTranslation();
  const certificateId = useRouteId();
  const print = useRouteView() === 'print';
  return print ? (
    <CertificatePrintView key={certificateId} target={{ certificateId }} onClose={() => navigate(certificateRoute(certificateId))} backLabel={t('forms.back.certificate')} />
  ) : (
    <CertificatePage key={certificateId} certificateId={certificateId} />
  );
}

function CertificatePage({ certificateId }: { certificateId: string }) {
  const { t } = useTranslation();
  const { state, reload } = useLoad('certificates/get', { certificateId });
  return (
    <CertificatesPage
      kind="register"
      testId="certificate-screen"
      title={state.status === 'ready' ? state.data.number : t('certificateScreens.register.number')}
      actions={<a href={listHref('certificates')} data-testid="back-to-register">{t('certificateScreens.detail.back')}</a>}
    >
      <LoadView state={state} onRetry={reload}>
        {(certificate) => <Detail certificate={certificate} onSaved={reload} />}
      </LoadView>
    </CertificatesPage>
  );
}

function Detail({ certificate: c, onSaved }: { certificate: CertificateDetail; onSaved: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const facts = [
    { key: 'number', label: t('certificateScreens.register.number'), value: <span className="mono">{c.number}</span> },
    { key: 'registration', label: t('certificateScreens.register.registrationNumber'), value: <span className="mono">{c.registrationNumber}</span> },
    { key: 'candidate', label: t('certificateScreens.detail.candidate'), value: <a href={`#/candidates/${encodeURIComponent(c.candidateId)}`}>{c.candidateName}</a> },
    { key: 'nik', label: t('certificateScreens.register.nik'), value: <span className="mono">{c.nik}</span> },
    { key: 'scheme', label: t('certificateScreens.register.schemeColumn'), value: <><span className="mono">{c.schemeCode}</span> {c.schemeTitle}</> },
    { key: 'session', label: t('certificateScreens.detail.session'), value: <a href={`#/sessions/${encodeURIComponent(c.sessionId)}`} className="mono">{c.sessionCode}</a> },
    {
      key: 'pleno',
      label: t('certificateScreens.detail.pleno'),
      value: (
        <>
          <a href={`#/pleno/${encodeURIComponent(c.plenoId)}`}>{t('certificateScreens.detail.plenoOf', { date: f.date(c.plenoHeldOn), sk: c.plenoSkNumber ?? '–' })}</a>
          {/* The SK it was issued under may have been corrected since (a typo in its number): the correcting one is named beside it. */}
          {c.plenoCorrectedBySk !== null && ` ${t('certificateScreens.detail.plenoCorrectedBy', { sk: c.plenoCorrectedBySk })}`}
        </>
      ),
    },
    { key: 'issuedOn', label: t('certificateScreens.register.issuedOn'), value: f.date(c.issuedOn) },
    // Which replaced which: the revoked one and its replacement link to each other.
    ...(c.replaces ? [{ key: 'replaces', label: t('certificateScreens.detail.replaces'), value: <a href={`#/certificates/${encodeURIComponent(c.replaces.id)}`} className="mono" data-testid="certificate-replaces">{c.replaces.number}</a> }] : []),
    ...(c.replacedBy ? [{ key: 'replacedBy', label: t('certificateScreens.detail.replacedBy'), value: <a href={`#/certificates/${encodeURIComponent(c.replacedBy.id)}`} className="mono" data-testid="certificate-replaced-by">{c.replacedBy.number}</a> }] : []),
    // Revoked, it is valid no longer: the day and the reason stand where its last day would read as in force.
    c.revokedAt
      ? { key: 'revokedOn', label: t('certificateScreens.register.revoked'), value: t('certificateScreens.register.revokedOn', { date: f.dayOf(c.revokedAt), reason: c.revokeReason ?? '' }) }
      : { key: 'validUntil', label: t('certificateScreens.register.validUntil'), value: f.date(c.validUntil) },
    // When the holder's next surveillance is due, beside its last day (the Surveillance section lists them).
    ...(c.surveillance.dueOn !== null
      ? [{ key: 'surveillanceDue', label: t('certificateScreens.surveillance.nextDue'), value: <>{f.date(c.surveillance.dueOn)}{c.surveillance.due && <> <StatusBadge tone="warning">{t('certificateScreens.surveillance.dueBadge')}</StatusBadge></>}</> }]
      : []),
    { key: 'counter', label: t('certificateScreens.detail.counter'), value: <span className="mono">{f.number(c.counterValue)}</span> },
    { key: 'scope', label: t('certificateScreens.detail.counterScope'), value: c.counterYear ? t('certificateScreens.detail.counterOfYear', { year: c.counterYear }) : t(COUNTER_SCOPE_LABEL[c.counterScope]) },
    { key: 'issuedAt', label: t('certificateScreens.detail.issuedAt'), value: f.dateTime(c.issuedAt) },
    { key: 'issuedBy', label: t('certificateScreens.detail.issuedBy'), value: c.issuedBy },
    ...(c.revokedAt ? [{ key: 'revokedAt', label: t('certificateScreens.detail.revokedAt'), value: f.dateTime(c.revokedAt) }] : []),
  ];
  return (
    <>
      <Section
        title={
          <>
            {c.candidateName}
            {c.revokedAt && <> <StatusBadge tone="danger">{t('certificateScreens.register.revoked')}</StatusBadge></>}
            {c.expired && !c.revokedAt && <> <StatusBadge tone="warning">{t('certificateScreens.register.expired')}</StatusBadge></>}
            {c.surveillance.needsDecision && <> <StatusBadge tone="danger">{t('certificateScreens.register.surveillanceDecision')}</StatusBadge></>}
          </>
        }
      >
        {/* A correction since the last print: the paper carries the old details until it is printed again (not asked of a revoked one). */}
        {c.holderChanged && !c.revokedAt && <HolderChangedNotice changed={c.holderChanged} />}
        {/* A correcting pleno that decided the holder BK revokes nothing by itself: the admin is told here, where the certificate still read as in force. */}
        {c.correctedToBk && !c.revokedAt && (
          <p className="notice notice--warning" role="status" data-testid="certificate-corrected-bk">
            {t('certificateScreens.detail.correctedToBk', { sk: c.correctedToBk.skNumber ?? '–' })}
          </p>
        )}
        <div data-testid="certificate-facts">
          <FactList facts={facts} />
        </div>
        {/* Revoked, it is no longer in force: no certificate is printed for it (the core refuses it too). */}
        {c.revokedAt ? (
          <p className="muted" data-testid="certificate-print-revoked">
            {t('certificateScreens.print.revokedNotPrinted')}
          </p>
        ) : c.correctedToBk ? (
          // Decided BK by the pleno in force: printed, it would declare competent whom that pleno did not (the core refuses it too).
          <p className="muted" data-testid="certificate-print-not-competent">
            {t('certificateScreens.print.notCompetentNotPrinted')}
          </p>
        ) : c.heldByAppeal ? (
          // An appeal holds the decision it rests on: printed, it would read as final (the core refuses it too).
          <p className="muted" data-testid="certificate-print-held-by-appeal">
            {t('certificateScreens.print.heldByAppealNotPrinted')}
          </p>
        ) : (
          <CertificatePrintButton route={`${certificateRoute(c.id)}/print`} label={t('certificateScreens.print.one')} testId="certificate-print" />
        )}
      </Section>
      <Section title={t('certificateScreens.surveillance.title')}>
        <SurveillancePanel certificate={c} onSaved={onSaved} />
      </Section>
      <Section title={t('certificateScreens.detail.blankoTitle')}>
        <BlankoForm certificateId={c.id} blankoNumber={c.blankoNumber} onSaved={onSaved} />
      </Section>
      {!c.revokedAt && (
        <Section title={t('certificateScreens.detail.revokeSection')}>
          <RevokePanel certificate={c} onRevoked={onSaved} />
        </Section>
      )}
      {c.revokedAt && !c.replacedBy && (
        <Section title={t('certificateScreens.detail.replaceSection')}>
          <ReplacePanel certificate={c} />
        </Section>
      )}
    </>
  );
}
