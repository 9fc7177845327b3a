import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PrintView } from '../../print/PrintView';
import { CandidateWorkspace } from './CandidateWorkspace';
import { EssayAcrossView } from './EssayAcrossView';
import { Overview } from './Overview';
import { ReportView } from './ReportView';
import type { WorkspaceView } from './view';

type Props = { sessionId: string; onClose: () => void };

/** One session's assessment work: the overview, a candidate's instruments, essays by question, FR.AK.05, print views. */
export function AssessorWorkspace({ sessionId, onClose }: Props) {
  const { t } = useTranslation();
  const [view, setView] = useState<WorkspaceView>({ kind: 'overview' });
  const toOverview = () => setView({ kind: 'overview' });

  if (view.kind === 'print') {
    return <PrintView sessionId={sessionId} form={view.form} candidateId={view.candidateId} onClose={() => setView(view.back)} backLabel={t('assess.workspace.backToOverview')} />;
  }
  return (
    <div className="workspace" data-testid="assessor-workspace">
      <nav className="workspace__nav">
        {view.kind === 'overview' ? (
          <button type="button" className="button button--secondary button--small" onClick={onClose} data-testid="workspace-close">
            {t('assess.workspace.backToHome')}
          </button>
        ) : (
          <button type="button" className="button button--secondary button--small" onClick={toOverview} data-testid="workspace-back">
            {t('assess.workspace.backToOverview')}
          </button>
        )}
      </nav>
      {view.kind === 'overview' && <Overview sessionId={sessionId} onOpen={setView} />}
      {view.kind === 'candidate' && (
        <CandidateWorkspace
          key={view.candidateId}
          sessionId={sessionId}
          candidateId={view.candidateId}
          tab={view.tab}
          onTab={(tab) => setView({ ...view, tab })}
          onPrint={(form) => setView({ kind: 'print', form, candidateId: view.candidateId, back: view })}
        />
      )}
      {view.kind === 'essayAcross' && <EssayAcrossView sessionId={sessionId} itemId={view.itemId} />}
      {view.kind === 'report' && <ReportView sessionId={sessionId} onPrint={(form) => setView({ kind: 'print', form, candidateId: null, back: view })} />}
    </div>
  );
}
