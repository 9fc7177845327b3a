import { useId, useRef, type KeyboardEvent } from 'react';
import { TukZoneScope } from '../../../i18n/tuk-zone';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../../../../electron/shared/assessment';
import { useLoad } from '../../../api/use-load';
import { LoadView } from '../../../components/LoadView';
import { PageTitle } from '../../../components/PageTitle';
import { tabForKey } from '../../../components/tab-keys';
import { useDateTime } from '../use-date-time';
import type { PrintForm } from '../../print/forms';
import { AppealTab } from './AppealTab';
import { DecisionsTab } from './DecisionsTab';
import { FeedbackTab } from './FeedbackTab';
import { Ia01Tab } from './Ia01Tab';
import { Ia05Tab } from './Ia05Tab';
import { Ia06Tab } from './Ia06Tab';
import { PrintTab } from './PrintTab';
import { QuestionsTab } from './QuestionsTab';
import { SaveIndicator } from './SaveIndicator';
import { useRecord } from './use-record';
import { useSaver } from './use-saver';
import { useScores } from './use-scores';
import { CANDIDATE_TABS, type CandidateTab } from './view';
import { TAB_LABEL } from './labels';

type Props = {
  sessionId: string;
  candidateId: string;
  tab: CandidateTab;
  onTab: (tab: CandidateTab) => void;
  onPrint: (form: PrintForm) => void;
};

export function CandidateWorkspace({ sessionId, candidateId, tab, onTab, onPrint }: Props) {
  const { state, reload } = useLoad('assessment/workspace', { sessionId, candidateId });
  return (
    <LoadView state={state} onRetry={reload}>
      {(ws) => (
        // Its signatures and saves on the TUK's clock, the zone named, as the forms print them.
        <TukZoneScope zone={ws.header.tukZone}>
          <Loaded
            ws={ws}
            tab={tab}
            onTab={(next) => {
              onTab(next);
              // Suggestions and progress are the core's: fetch them again whenever the assessor moves on.
              reload();
            }}
            reload={reload}
            onPrint={onPrint}
          />
        </TukZoneScope>
      )}
    </LoadView>
  );
}

type LoadedProps = { ws: Workspace; tab: CandidateTab; onTab: (tab: CandidateTab) => void; reload: () => void; onPrint: (form: PrintForm) => void };

/** Stays mounted across reloads, so the one sequence counter and the typed entries survive them. */
function Loaded({ ws, tab, onTab, reload, onPrint }: LoadedProps) {
  const { t } = useTranslation();
  const at = useDateTime();
  const saver = useSaver(ws.lastSeq);
  const scores = useScores(ws, saver);
  const record = useRecord(ws, saver);
  // A tab list as the ARIA pattern has it: one Tab stop, the arrows (and Home, End) between the forms.
  const panelId = useId();
  const tabs = useRef(new Map<CandidateTab, HTMLButtonElement>());
  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = tabForKey(CANDIDATE_TABS, tab, event.key);
    if (!next) return;
    event.preventDefault();
    onTab(next);
    tabs.current.get(next)?.focus();
  };
  return (
    <div className="candidate-workspace" data-testid="candidate-workspace" data-candidate={ws.candidate.participantNo}>
      <PageTitle eyebrow={`${ws.candidate.participantNo} · ${ws.header.schemeCode}`} title={ws.candidate.name}>
        <SaveIndicator status={saver.status} />
      </PageTitle>
      {ws.signature && (
        <p className="notice notice--success" data-testid="locked-notice">
          {t('assess.workspace.locked', { at: at(ws.signature.signedAt) })}
        </p>
      )}
      {ws.attempt.status !== 'submitted' && <p className="notice">{t('assess.workspace.attemptNotSubmitted')}</p>}
      {ws.attempt.lateAnswers > 0 && (
        <p className="notice notice--warning" data-testid="late-answers-notice">
          {t('assess.workspace.lateAnswers', { count: ws.attempt.lateAnswers })}
        </p>
      )}
      {ws.attempt.heldRefused > 0 && (
        <p className="notice notice--warning" data-testid="held-refused-notice">
          {t('assess.workspace.heldRefused', { count: ws.attempt.heldRefused })}
        </p>
      )}
      <div className="workspace-tabs" role="tablist" aria-label={ws.candidate.name} onKeyDown={onTabKey}>
        {CANDIDATE_TABS.map((name) => (
          <button
            key={name}
            ref={(el) => {
              if (el) tabs.current.set(name, el);
              else tabs.current.delete(name);
            }}
            type="button"
            role="tab"
            id={`${panelId}-${name}`}
            className="workspace-tabs__tab"
            aria-selected={tab === name}
            aria-controls={panelId}
            tabIndex={tab === name ? 0 : -1}
            data-testid={`tab-${name}`}
            onClick={() => onTab(name)}
          >
            {t(TAB_LABEL[name])}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={panelId} className="workspace-panel" data-testid={`panel-${tab}`} aria-labelledby={`${panelId}-${tab}`}>
        {/* The panel's own heading (the tab shows it): the cards and sections inside are h3, under the candidate's h1. */}
        <h2 className="visually-hidden">{t(TAB_LABEL[tab])}</h2>
        {tab === 'ia05' && <Ia05Tab ws={ws} record={record} />}
        {tab === 'ia06' && <Ia06Tab ws={ws} scores={scores} />}
        {tab === 'ia07' && <QuestionsTab ws={ws} scores={scores} instrument="oral" />}
        {tab === 'ia01' && <Ia01Tab ws={ws} scores={scores} />}
        {tab === 'ia03' && <QuestionsTab ws={ws} scores={scores} instrument="supporting" />}
        {tab === 'decisions' && <DecisionsTab ws={ws} saver={saver} record={record} reload={reload} />}
        {tab === 'ak03' && <FeedbackTab ws={ws} saver={saver} reload={reload} />}
        {tab === 'ak04' && <AppealTab ws={ws} saver={saver} reload={reload} />}
        {tab === 'print' && <PrintTab onPrint={onPrint} />}
      </div>
    </div>
  );
}
