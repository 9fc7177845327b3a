import { useTranslation } from 'react-i18next';
import { navigate } from '../../../navigation/hash-route';
import { PrintView } from '../../print/PrintView';
import { CandidateWorkspace } from './CandidateWorkspace';
import { EssayAcrossView } from './EssayAcrossView';
import { KeyCorrectionsView } from './KeyCorrectionsView';
import { Overview } from './Overview';
import { ReportView } from './ReportView';
import { workspaceRoute, type WorkspaceView } from './view';

type Props = { sessionId: string; view: WorkspaceView };

/**
 * One session's assessment work: the overview, a candidate's instruments, essays by question, FR.AK.05,
 * print views. Each view has its address (view.ts): moving between them is a route change, so a reload
 * stays on the view, Back returns to the one before, and unsaved edits are asked about first.
 */
export function AssessorWorkspace({ sessionId, view }: Props) {
  const { t } = useTranslation();
  const open = (next: WorkspaceView) => navigate(workspaceRoute(sessionId, next));

  if (view.kind === 'print') {
    const backLabel = view.back.kind === 'candidate' ? t('assess.workspace.backToCandidate') : view.back.kind === 'report' ? t('assess.workspace.backToReport') : t('assess.workspace.backToOverview');
    return <PrintView sessionId={sessionId} form={view.form} candidateId={view.candidateId} onClose={() => open(view.back)} backLabel={backLabel} />;
  }
  return (
    <div className="workspace" data-testid="assessor-workspace">
      <nav className="workspace__nav">
        {view.kind === 'overview' ? (
          <button type="button" className="button button--secondary button--small" onClick={() => navigate('')} data-testid="workspace-close">
            {t('assess.workspace.backToHome')}
          </button>
        ) : (
          <button type="button" className="button button--secondary button--small" onClick={() => open({ kind: 'overview' })} data-testid="workspace-back">
            {t('assess.workspace.backToOverview')}
          </button>
        )}
      </nav>
      {view.kind === 'overview' && <Overview sessionId={sessionId} onOpen={open} />}
      {view.kind === 'candidate' && (
        <CandidateWorkspace
          key={view.candidateId}
          sessionId={sessionId}
          candidateId={view.candidateId}
          tab={view.tab}
          onTab={(tab) => open({ ...view, tab })}
          onPrint={(form) => open({ kind: 'print', form, candidateId: view.candidateId, back: view })}
        />
      )}
      {view.kind === 'essayAcross' && <EssayAcrossView key={view.itemId} sessionId={sessionId} itemId={view.itemId} />}
      {view.kind === 'keys' && <KeyCorrectionsView sessionId={sessionId} />}
      {view.kind === 'report' && <ReportView sessionId={sessionId} onPrint={(form) => open({ kind: 'print', form, candidateId: null, back: view })} />}
    </div>
  );
}
