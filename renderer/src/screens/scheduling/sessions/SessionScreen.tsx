import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlannedSessionDetail } from '../../../../../electron/shared/scheduling';
import { useLoad } from '../../../api/use-load';
import { LoadView } from '../../../components/LoadView';
import { Section } from '../../../components/Section';
import { StatusBadge } from '../../../components/StatusBadge';
import { SESSION_STATUS_LABEL } from '../labels';
import { SchedulingPage } from '../SchedulingPage';
import { useSchemes } from '../use-schemes';
import { ConflictNote } from './ConflictNote';
import { EMPTY_PLAN, planFromDetail, type PlanState } from './plan-state';
import { PlannerForm } from './PlannerForm';
import { WrittenTestPanel } from './WrittenTestPanel';
import { HandoverPanel } from './HandoverPanel';
import { CancelledNote, CancelPanel } from './CancelPanel';
import { SeatApplications } from './SeatApplications';
import { STATUS_TONE } from './SessionsTable';
import { navigate, useRouteId } from '../../../navigation/hash-route';
import { HistoryLink } from '../../audit/HistoryLink';
import { listHref } from '../../../navigation/use-route-filters';

/** `#/sessions/new` plans a session; `#/sessions/<id>` changes an upcoming one and assembles its written test. */
export function SessionScreen() {
  const id = useRouteId();
  return id === 'new' ? <NewSession /> : <ExistingSession key={id} sessionId={id} />;
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <a href={listHref('sessions')} data-testid="back-to-list">
      {t('schedulingScreens.sessions.back')}
    </a>
  );
}

/** The session just created: the page the save moves to says it was saved (read once, then forgotten). */
let justCreated: string | null = null;

function NewSession() {
  const { t } = useTranslation();
  return (
    <SchedulingPage current="sessions" testId="session-screen" title={t('schedulingScreens.sessions.newTitle')} actions={<BackLink />}>
      <Section title={t('schedulingScreens.planner.title')}>
        <Planner
          sessionId={null}
          initial={EMPTY_PLAN}
          onSaved={(saved) => {
            justCreated = saved.id;
            navigate(`sessions/${encodeURIComponent(saved.id)}`);
          }}
        />
      </Section>
    </SchedulingPage>
  );
}

function ExistingSession({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const { state, reload } = useLoad('sessions/get', { sessionId });
  const [created] = useState(() => {
    const flash = justCreated === sessionId;
    justCreated = null;
    return flash;
  });
  // A saved change reloads the session and the planner starts again from it (a new key): the form's
  // own "saved" would be lost with it, so it is kept here and handed to the new one.
  const [savedHere, setSavedHere] = useState(false);
  const title = state.status === 'ready' ? state.data.code : t('schedulingScreens.sessions.title');
  return (
    <SchedulingPage current="sessions" testId="session-screen" title={title} actions={<><HistoryLink entity="session" id={sessionId} /> <BackLink /></>}>
      <LoadView state={state} onRetry={reload}>
        {(detail) => (
          <SessionBody
            detail={detail}
            created={created}
            savedHere={savedHere}
            onChanged={reload}
            onSaved={() => {
              setSavedHere(true);
              reload();
            }}
          />
        )}
      </LoadView>
    </SchedulingPage>
  );
}

type BodyProps = { detail: PlannedSessionDetail; created: boolean; savedHere: boolean; onSaved: () => void; onChanged: () => void };

function SessionBody({ detail, created, savedHere, onSaved, onChanged }: BodyProps) {
  const { t } = useTranslation();
  return (
    <>
      <p className="registry-facts">
        <StatusBadge tone={STATUS_TONE[detail.status]}>{t(SESSION_STATUS_LABEL[detail.status])}</StatusBadge>
      </p>
      {created && (
        <p className="notice notice--success" role="status" data-testid="session-created">
          {t('schedulingScreens.planner.created')}
        </p>
      )}
      <Section title={t('schedulingScreens.planner.title')}>
        {detail.cancellation ? (
          <CancelledNote detail={detail} />
        ) : detail.editable ? (
          <Planner key={detail.changedAt ?? 'first'} sessionId={detail.id} revision={detail.revision} initial={planFromDetail(detail)} savedBefore={savedHere} onSaved={onSaved} />
        ) : (
          <>
            <p className="notice notice--warning" data-testid="session-locked">
              {t('schedulingScreens.planner.locked')}
            </p>
            <ConflictNote conflicts={detail.conflicts} />
            <SeatApplications detail={detail} />
          </>
        )}
      </Section>
      <WrittenTestPanel sessionId={detail.id} schemeId={detail.scheme.id} editable={detail.editable} />
      {/* A cancelled session gets no passwords nor cards: there is nothing to hand over. */}
      {!detail.cancellation && <HandoverPanel detail={detail} onChanged={onChanged} />}
      {detail.editable && <CancelPanel detail={detail} onCancelled={onChanged} />}
    </>
  );
}

type PlannerProps = { sessionId: string | null; revision?: string; initial: PlanState; savedBefore?: boolean; onSaved: (saved: PlannedSessionDetail) => void };

function Planner({ sessionId, revision, initial, savedBefore = false, onSaved }: PlannerProps) {
  const schemes = useSchemes();
  const tuks = useLoad('tuks/list', { active: true, limit: 200 });
  const settings = useLoad('sessions/settings', {});
  const retry = () => {
    schemes.reload();
    tuks.reload();
    settings.reload();
  };
  return (
    <LoadView state={schemes.state} onRetry={retry}>
      {(schemePage) => (
        <LoadView state={tuks.state} onRetry={retry}>
          {(tukPage) => (
            <LoadView state={settings.state} onRetry={retry}>
              {(rules) => (
                <PlannerForm
                  sessionId={sessionId}
                  revision={revision}
                  rules={rules}
                  initial={initial}
                  schemes={schemePage.rows}
                  tuks={tukPage.rows}
                  savedBefore={savedBefore}
                  onSaved={onSaved}
                />
              )}
            </LoadView>
          )}
        </LoadView>
      )}
    </LoadView>
  );
}
