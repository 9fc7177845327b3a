import { useTranslation } from 'react-i18next';
import { LIST_TOTAL_CAP } from '../../../../electron/shared/registry';
import { CERTIFICATES_DUE_DAYS, LSP_TASKS, SESSION_READINESS_DAYS, type LspOverview, type LspTask } from '../../../../electron/shared/types';
import { useLoad } from '../../api/use-load';
import { LoadView } from '../../components/LoadView';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { useFormat } from '../../i18n/use-format';
import type { TranslationKey } from '../../i18n/keys';
import { SessionsTable } from '../scheduling/sessions/SessionsTable';
import { SchemeCard } from './SchemeCard';
import { KeyBackupWarning } from './KeyBackupWarning';
import { DataBackupWarning } from './DataBackupWarning';
import { ComputerWarnings } from '../computer/ComputerWarnings';
import { IntegrityWarning } from '../audit/IntegrityWarning';
import { TukStationAdminHome } from './TukStationAdminHome';
import { RegistryLinks } from '../registry/RegistryLinks';
import { SchedulingLinks } from '../scheduling/SchedulingLinks';
import { CertificateLinks } from '../certificates/CertificatesPage';
import { PlenoLinks } from '../pleno/PlenoLinks';
import { useOnTukStation } from '../../session/tuk-station';

export function LspAdminHome() {
  // A TUK station's admin has no LSP overview: the station's own home instead.
  return useOnTukStation() ? <TukStationAdminHome /> : <LspHome />;
}

function LspHome() {
  const { state, reload } = useLoad('lsp/overview', {});
  return (
    <div className="home" data-testid="home-lsp_admin">
      <LoadView state={state} onRetry={reload}>
        {(overview) => <Overview overview={overview} />}
      </LoadView>
    </div>
  );
}

/**
 * A new installation's way in, while any step is left: each part in the order a session needs them, done
 * or a link to its import (or form). "Nothing waits" on an empty office said nothing of where to begin; and
 * gone with the first session planned, it left the staff accounts (without which no proctor or assessor
 * signs in at the TUK) unsaid.
 */
function FirstSteps({ overview }: { overview: LspOverview }) {
  const { t } = useTranslation();
  const steps = [
    { key: 'schemes', done: overview.schemes.length > 0, href: '#/schemes/import', label: t('lsp.firstSteps.schemes') },
    // A session's written test and checklists come from the scheme's bank: empty, the planner has nothing to assemble.
    { key: 'bank', done: overview.schemes.some((s) => Object.values(s.items).some((n) => n > 0)), href: '#/bank', label: t('lsp.firstSteps.bank') },
    { key: 'assessors', done: overview.assessorCount > 0, href: '#/assessors/import', label: t('lsp.firstSteps.assessors') },
    { key: 'tuks', done: overview.tukCount > 0, href: '#/tuks/new', label: t('lsp.firstSteps.tuks') },
    { key: 'candidates', done: overview.candidateCount > 0, href: '#/candidates/import', label: t('lsp.firstSteps.candidates') },
    // A session needs a proctor at the TUK and its assessors signed in: one account of each.
    { key: 'accounts', done: overview.staffAccounts.proctors > 0 && overview.staffAccounts.assessors > 0, href: '#/accounts', label: t('lsp.firstSteps.accounts') },
  ];
  if (steps.every((s) => s.done)) return null;
  return (
    <Section title={t('lsp.firstSteps.title')}>
      <p className="muted">{t('lsp.firstSteps.intro')}</p>
      <ol className="task-list" data-testid="first-steps">
        {steps.map((step) => (
          <li key={step.key} data-testid={`first-step-${step.key}`} data-done={step.done || undefined}>
            {step.done ? `✓ ${step.label}` : <a href={step.href}>{step.label}</a>}
          </li>
        ))}
      </ol>
    </Section>
  );
}

/**
 * The office's own screens, a row of its own like the areas' rows under it: beside the LSP code in the title,
 * the code ran into the first link ("LSP-DEMO Paket sesi & kunci") with nothing to tell them apart.
 * The spaces between the links keep them words apart in the text (copied or read out); the row's gap lays them out.
 */
function OfficeLinks() {
  const { t } = useTranslation();
  return (
    <nav className="registry-nav registry-nav--home" aria-label={t('lsp.officeLinks')} data-testid="office-links">
      <span className="registry-nav__label">{t('lsp.officeLinks')}:</span>{' '}
      <a href="#/bundles" data-testid="link-bundles">{t('bundles.link')}</a>{' '}
      <a href="#/accounts" data-testid="link-accounts">{t('accounts.link')}</a>{' '}
      <a href="#/bank" data-testid="link-bank">{t('bankScreens.link')}</a>{' '}
      <a href="#/audit" data-testid="link-audit">{t('audit.link')}</a>{' '}
      <a href="#/lsp-profile" data-testid="link-lsp-profile">{t('lspProfile.link')}</a>{' '}
      <a href="#/backups" data-testid="link-backups">{t('dataBackups.link')}</a>
    </nav>
  );
}

/** Where each waiting task is listed (the count is that list's, under the same filter: core/homes/lsp-tasks.ts). */
const TASK_LINK = {
  aplToVerify: '#/apl?state=awaiting_verification',
  sessionsToSend: '#/sessions?status=upcoming&unsent=1',
  sessionsBreakingRules: '#/sessions?rules=1',
  sessionsAwaitingResults: '#/sessions?status=awaiting_results',
  sessionsToDecide: '#/results?pleno=none',
  plenosToDecide: '#/pleno?status=draft',
  plenosToSign: '#/pleno?status=decided',
  // Certificates are issued from a signed pleno's page: the plenos with some still to issue.
  certificatesToIssue: '#/pleno?status=signed&toIssue=1',
  appealsOpen: '#/appeals',
  certificatesExpiringSoon: `#/certificates?expiring=${CERTIFICATES_DUE_DAYS}`,
  certificatesSurveillanceDue: '#/certificates?surveillance=due',
  certificatesAwaitingDecision: '#/certificates?surveillance=decision',
  certificatesCorrectedToBk: '#/certificates?correctedToBk=1',
  assessorsExpired: '#/assessors?expiry=expired',
  assessorsExpiringSoon: '#/assessors?expiry=soon',
  tuksToVerify: '#/tuks?verification=due',
} as const satisfies Record<LspTask, string>;

const TASK_LABEL = {
  aplToVerify: 'lsp.tasks.aplToVerify',
  sessionsToSend: 'lsp.tasks.sessionsToSend',
  sessionsBreakingRules: 'lsp.tasks.sessionsBreakingRules',
  sessionsAwaitingResults: 'lsp.tasks.sessionsAwaitingResults',
  sessionsToDecide: 'lsp.tasks.sessionsToDecide',
  plenosToDecide: 'lsp.tasks.plenosToDecide',
  plenosToSign: 'lsp.tasks.plenosToSign',
  certificatesToIssue: 'lsp.tasks.certificatesToIssue',
  appealsOpen: 'lsp.tasks.appealsOpen',
  certificatesExpiringSoon: 'lsp.tasks.certificatesExpiringSoon',
  certificatesSurveillanceDue: 'lsp.tasks.certificatesSurveillanceDue',
  certificatesAwaitingDecision: 'lsp.tasks.certificatesAwaitingDecision',
  certificatesCorrectedToBk: 'lsp.tasks.certificatesCorrectedToBk',
  assessorsExpired: 'lsp.tasks.assessorsExpired',
  assessorsExpiringSoon: 'lsp.tasks.assessorsExpiringSoon',
  tuksToVerify: 'lsp.tasks.tuksToVerify',
} as const satisfies Record<LspTask, TranslationKey>;

function Overview({ overview }: { overview: LspOverview }) {
  const { t } = useTranslation();
  const f = useFormat();
  // Each count opens its list: the whole registry and every session are paged there, never here.
  const totals = [
    { key: 'schemes', label: t('lsp.totals.schemes'), value: overview.schemes.length, href: '#/schemes' },
    { key: 'sessions', label: t('lsp.totals.sessions'), value: overview.sessionCount, href: '#/sessions' },
    { key: 'tuks', label: t('lsp.totals.tuks'), value: overview.tukCount, href: '#/tuks' },
    { key: 'assessors', label: t('lsp.totals.assessors'), value: overview.assessorCount, href: '#/assessors' },
    { key: 'candidates', label: t('lsp.totals.candidates'), value: overview.candidateCount, href: '#/candidates' },
  ];
  const waiting = LSP_TASKS.filter((task) => overview.tasks[task] > 0);
  return (
    <>
      <PageTitle eyebrow={t('lsp.eyebrow')} title={overview.lsp.name}>
        <span data-testid="lsp-code-line">
          {t('lsp.code')} <span className="mono">{overview.lsp.code}</span>
        </span>
      </PageTitle>
      <IntegrityWarning role="admin" />
      <ComputerWarnings />
      <OfficeLinks />
      <RegistryLinks />
      <SchedulingLinks />
      <CertificateLinks />
      <PlenoLinks />
      <KeyBackupWarning />
      <DataBackupWarning />
      <FirstSteps overview={overview} />

      <Section title={t('lsp.tasks.title')}>
        {waiting.length === 0 && overview.sessionsNotReady.length === 0 ? (
          <p className="empty" data-testid="tasks-none">
            {t('lsp.tasks.none')}
          </p>
        ) : (
          <ul className="task-list" data-testid="tasks">
            {waiting.map((task) =>
              task === 'aplToVerify' ? (
                <AplTaskLines key={task} overview={overview} />
              ) : (
                <li key={task} data-testid={`task-${task}`}>
                  <a href={TASK_LINK[task]}>{t(TASK_LABEL[task], { count: overview.tasks[task], days: CERTIFICATES_DUE_DAYS })}</a>
                </li>
              ),
            )}
            <UnreadySessionLines overview={overview} />
          </ul>
        )}
      </Section>

      <dl className="stats" aria-label={t('lsp.totals.label')}>
        {totals.map((total) => (
          <div className="stats__item" key={total.key} data-testid={`total-${total.key}`}>
            <dt className="stats__label">{total.label}</dt>
            <dd className="stats__value">
              <a href={total.href}>{total.value > LIST_TOTAL_CAP ? t('lsp.totals.moreThan', { total: f.number(LIST_TOTAL_CAP) }) : f.number(total.value)}</a>
            </dd>
          </div>
        ))}
      </dl>

      <Section title={t('lsp.upcomingTitle')}>
        {overview.upcoming.length === 0 ? (
          <p className="empty" data-testid="upcoming-none">
            {t('lsp.noUpcoming')}{' '}
            <a href="#/sessions/new" data-testid="upcoming-plan">
              {t('lsp.planSession')}
            </a>
          </p>
        ) : (
          <>
            <SessionsTable rows={overview.upcoming} />
            {overview.upcomingTotal > overview.upcoming.length && (
              <p className="muted small" data-testid="upcoming-shown">
                {t('lsp.upcomingShown', { shown: overview.upcoming.length, total: overview.upcomingTotal })}
              </p>
            )}
          </>
        )}
        <p>
          <a href="#/sessions" data-testid="upcoming-all">
            {overview.sessionCount > LIST_TOTAL_CAP ? t('lsp.allSessionsMany', { total: f.number(LIST_TOTAL_CAP) }) : t('lsp.allSessions', { count: overview.sessionCount })}
          </a>
        </p>
      </Section>

      <Section title={t('lsp.schemesTitle')}>
        {overview.schemes.length === 0 ? (
          // A new office starts here: the way to its first scheme, by hand or from its FR.APL.02 sheets.
          <p className="empty" data-testid="schemes-none">
            {t('lsp.noSchemes')}{' '}
            <a href="#/schemes/new" data-testid="schemes-add">
              {t('lsp.addScheme')}
            </a>
            {' · '}
            <a href="#/schemes/import" data-testid="schemes-import">
              {t('lsp.importSchemes')}
            </a>
          </p>
        ) : (
          <div className="scheme-list">
            {overview.schemes.map((scheme) => (
              <SchemeCard key={scheme.id} scheme={scheme} />
            ))}
          </div>
        )}
      </Section>
    </>
  );
}

/**
 * Sessions of the coming days that could not run as they stand, each linked to its page with what it lacks:
 * the page warned of candidates without a password while the home said nothing waited.
 */
function UnreadySessionLines({ overview }: { overview: LspOverview }) {
  const { t } = useTranslation();
  const f = useFormat();
  const more = overview.sessionsNotReadyTotal - overview.sessionsNotReady.length;
  return (
    <>
      {overview.sessionsNotReady.map((s) => {
        const lacks = [
          ...(s.candidatesWithoutPassword > 0 ? [t('lsp.tasks.candidatesWithoutPassword', { count: s.candidatesWithoutPassword })] : []),
          ...(s.assessorsWithoutAccount.length > 0 ? [t('lsp.tasks.assessorsWithoutAccount', { count: s.assessorsWithoutAccount.length, names: s.assessorsWithoutAccount.join(', ') })] : []),
        ];
        return (
          <li key={s.sessionId} data-testid="task-sessionNotReady" data-session={s.sessionId}>
            <a href={`#/sessions/${encodeURIComponent(s.sessionId)}`}>{t('lsp.tasks.sessionNotReady', { code: s.code, date: f.date(s.date) })}</a> {lacks.join('; ')}
          </li>
        );
      })}
      {more > 0 && (
        <li data-testid="task-sessionsNotReadyMore">
          <a href="#/sessions?status=upcoming">{t('lsp.tasks.sessionsNotReadyMore', { count: more, days: SESSION_READINESS_DAYS })}</a>
        </li>
      )}
    </>
  );
}

/**
 * Applications to verify, linked to the applications list with the scheme chosen: that list shows one scheme
 * version at a time, so with several schemes waiting each gets its own line, each count that list's rows.
 */
function AplTaskLines({ overview }: { overview: LspOverview }) {
  const { t } = useTranslation();
  const bySchemes = overview.aplToVerifyBySchemes;
  const href = (schemeId: string) => `${TASK_LINK.aplToVerify}&scheme=${encodeURIComponent(schemeId)}`;
  if (bySchemes.length === 1) {
    return (
      <li data-testid="task-aplToVerify">
        <a href={href(bySchemes[0].schemeId)}>{t(TASK_LABEL.aplToVerify, { count: overview.tasks.aplToVerify })}</a>
      </li>
    );
  }
  return (
    <>
      {bySchemes.map(({ schemeId, count }) => {
        const scheme = overview.schemes.find((s) => s.id === schemeId);
        return (
          <li key={schemeId} data-testid="task-aplToVerify">
            {/* By code and version, as the applications list's scheme picker begins. */}
            <a href={href(schemeId)}>{t('lsp.tasks.aplToVerifyInScheme', { count, scheme: scheme ? `${scheme.code} v${scheme.version}` : schemeId })}</a>
          </li>
        );
      })}
    </>
  );
}
