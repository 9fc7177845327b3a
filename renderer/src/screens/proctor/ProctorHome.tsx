import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ComputerWarnings } from '../computer/ComputerWarnings';
import { ClockZoneWarning } from './ClockZoneWarning';
import type { ProctorToday } from '../../../../electron/shared/types';
import { useLoad, useServerEvent } from '../../api/use-load';
import { BilingualText } from '../../components/BilingualText';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadView } from '../../components/LoadView';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { SessionFacts } from '../../components/SessionFacts';
import { SessionPrintLinks } from '../print/SessionPrintLinks';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormat } from '../../i18n/use-format';
import { ProctorAssessors } from './ProctorAssessors';
import { ProctorCandidates } from './ProctorCandidates';
import { UnlockForm, type Unlockable } from './UnlockForm';
import { UpcomingSessions } from './UpcomingSessions';
import { exportedAfterClose, ResultsExported } from './ResultsExported';
import { IntegrityWarning } from '../audit/IntegrityWarning';
import { navigate } from '../../navigation/hash-route';

export function ProctorHome() {
  const { state, reload } = useLoad('proctor/today', {});
  const later = useLoad('proctor/upcoming', {});
  // An LSP office plans its sessions itself: nothing to import there, so its empty day says so.
  const setup = useLoad('setup/status', {});
  const office = setup.state.status === 'ready' && setup.state.data.kind === 'lsp';
  // Another proctor, the LSP admin or a failed sign-in on a lab PC can change a lock at any moment.
  // (The console, at its own address, keeps its own board current.)
  useServerEvent('accounts/changed', reload);
  const refresh = () => {
    reload();
    later.reload();
  };
  const upcoming = later.state.status === 'ready' ? later.state.data.sessions : [];
  return (
    <div className="home" data-testid="home-proctor">
      {/* Above the day: its own load, so it shows whatever today's list does. */}
      <IntegrityWarning role="proctor" />
      <LoadView state={state} onRetry={refresh}>
        {(today) => (
          <Today
            today={today}
            hasUpcoming={upcoming.length > 0}
            office={office}
            refreshing={state.status === 'ready' && state.refreshing}
            onRefresh={refresh}
            onOpen={(sessionId) => navigate(`console/${encodeURIComponent(sessionId)}`)}
          />
        )}
      </LoadView>
      {/* Its own load: a failure here leaves today's sessions usable. */}
      {later.state.status === 'error' ? (
        <ErrorMessage error={later.state.error} onRetry={later.reload} />
      ) : (
        upcoming.length > 0 && <UpcomingSessions sessions={upcoming} office={office} />
      )}
    </div>
  );
}

type TodayProps = { today: ProctorToday; hasUpcoming: boolean; office: boolean; refreshing: boolean; onRefresh: () => void; onOpen: (sessionId: string) => void };

function Today({ today, hasUpcoming, office, refreshing, onRefresh, onOpen }: TodayProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const [selected, setSelected] = useState<(Unlockable & { sessionId: string }) | null>(null);
  // Shown where the form was, so the proctor's eyes (and keyboard focus) stay at the same place.
  const [unlocked, setUnlocked] = useState<{ sessionId: string; name: string; assessor: boolean } | null>(null);

  return (
    <>
      <div className="home__title-row">
        <PageTitle eyebrow={t('proctor.eyebrow')} title={t('proctor.title')}>
          <time dateTime={today.date} data-testid="proctor-date">
            {f.longDate(today.date)}
          </time>
        </PageTitle>
        <div className="home__tools">
          <a href="#/bundles" data-testid="link-bundles">{t('bundles.link')}</a>
          <p className="muted small" aria-live="polite">
            {refreshing ? t('common.refreshing') : t('proctor.liveNote')}
          </p>
          <button type="button" className="button button--secondary button--small" onClick={onRefresh} disabled={refreshing}>
            {t('common.refresh')}
          </button>
        </div>
      </div>

      <ComputerWarnings />
      <ClockZoneWarning clockOff={today.clockOff} tukClocksOff={today.tukClocksOff} />

      {today.sessions.length === 0 ? (
        <div className="empty-state" data-testid="proctor-empty">
          <p className="empty-state__title">{t('proctor.empty')}</p>
          <p className="empty-state__hint">
            {office
              ? hasUpcoming
                ? t('proctor.emptyHintUpcomingOffice')
                : t('proctor.emptyHintOffice')
              : hasUpcoming
                ? t('proctor.emptyHintUpcoming')
                : t('proctor.emptyHint')}
          </p>
          {/* Nothing imported yet at a station: the way to the import, where the proctor's eye is (the header's link is small). */}
          {!hasUpcoming && !office && (
            <a href="#/bundles" className="button button--primary" data-testid="proctor-empty-import">
              {t('proctor.emptyImport')}
            </a>
          )}
        </div>
      ) : (
        today.sessions.map(({ session, run, resultsExport, candidates, assessors }) => {
          // Only an export after the close carries the whole day; one made while candidates still wrote does not.
          const exported = exportedAfterClose(run, resultsExport);
          const lockedCount = candidates.filter((c) => c.locked).length + assessors.filter((a) => a.locked).length;
          const noPassword = candidates.filter((c) => c.accountId === null).length;
          // Someone else may unlock the account while the form is open; the refreshed list then closes it.
          const still = (list: { accountId: string | null; locked: boolean }[]) =>
            selected?.sessionId === session.id && list.some((c) => c.accountId === selected.accountId && c.locked);
          const open = selected && (still(candidates) || still(assessors)) ? selected : null;
          const openIsAssessor = open !== null && assessors.some((a) => a.accountId === open.accountId);
          const pick = (who: Unlockable) => {
            setUnlocked(null);
            setSelected({ ...who, sessionId: session.id });
          };
          return (
            <Section
              key={session.id}
              title={<BilingualText value={session.title} />}
              actions={
                <div className="session-card__actions">
                  {lockedCount > 0 && <StatusBadge tone="danger">{t('proctor.lockedCount', { total: lockedCount })}</StatusBadge>}
                  {exported && <StatusBadge tone="success">{t('examDay.session.resultsExportedBadge')}</StatusBadge>}
                  {run && (
                    <span data-testid="session-run-state">
                      <StatusBadge tone={run.endedAt ? 'neutral' : 'success'}>{t(run.endedAt ? 'examDay.status.ended' : 'examDay.status.running')}</StatusBadge>
                    </span>
                  )}
                  <button
                    type="button"
                    className="button button--primary"
                    data-testid="session-open"
                    data-session={session.id}
                    onClick={() => onOpen(session.id)}
                  >
                    {t('examDay.openConsole')}
                  </button>
                </div>
              }
            >
              <SessionFacts session={session} />
              {/* Closed here: what the day still asks, as the closed console says it (the home looked like a session still to run). */}
              {run?.endedAt && !exported && (
                <div className="notice notice--info" data-testid="session-closed-next">
                  {/* One text block: the notice lays its children out side by side. */}
                  <p className="notice__text">
                    {t('examDay.session.endedNext')} <a href="#/bundles">{t('bundles.link')}</a>.
                  </p>
                </div>
              )}
              {exported && <ResultsExported exported={exported} />}
              {/* Before the start the berita acara could only say that nothing was held yet: not offered as if ready. */}
              <SessionPrintLinks sessionId={session.id} backLabel={t('forms.back.proctorHome')} notYet={run ? {} : { minutes: t('examDay.minutes.printNeedsStart') }} />
              <h3 className="subheading">{t('proctor.candidatesTitle', { total: candidates.length })}</h3>
              {candidates.length === 0 ? (
                <p className="empty">{t('proctor.noCandidates')}</p>
              ) : (
                <>
                  {/* Without a password a candidate cannot sign in: the proctor is told before the day starts, and how to give one here. */}
                  {noPassword > 0 && (
                    <div className="notice notice--warning" data-testid="proctor-no-password">
                      <p className="notice__text">{t('proctor.noPassword', { count: noPassword })}</p>
                    </div>
                  )}
                  <ProctorCandidates
                    candidates={candidates}
                    selectedAccountId={open?.accountId ?? null}
                    onUnlock={pick}
                  />
                </>
              )}
              {assessors.length > 0 && (
                <>
                  <h3 className="subheading">{t('proctor.assessorsTitle', { total: assessors.length })}</h3>
                  <ProctorAssessors assessors={assessors} selectedAccountId={open?.accountId ?? null} onUnlock={(a) => pick({ accountId: a.accountId, name: a.name })} />
                </>
              )}
              {open && (
                <UnlockForm
                  key={open.accountId}
                  candidate={open}
                  onUnlocked={() => {
                    setUnlocked({ sessionId: session.id, name: open.name, assessor: openIsAssessor });
                    setSelected(null);
                    onRefresh();
                  }}
                  onCancel={() => setSelected(null)}
                />
              )}
              <div role="status" className="status-slot">
                {unlocked?.sessionId === session.id && <UnlockedNotice name={unlocked.name} assessor={unlocked.assessor} />}
              </div>
            </Section>
          );
        })
      )}
    </>
  );
}

function UnlockedNotice({ name, assessor }: { name: string; assessor: boolean }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLParagraphElement>(null);
  // The form that had focus is gone; moving focus here keeps keyboard users in place.
  useEffect(() => ref.current?.focus(), []);
  return (
    <p ref={ref} tabIndex={-1} className="notice notice--success" data-testid="unlock-done">
      {assessor ? t('proctor.unlockedAssessor', { name }) : t('proctor.unlocked', { name })}
    </p>
  );
}
