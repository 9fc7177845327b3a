import { useTranslation } from 'react-i18next';
import type { QueueSnapshot, SaveStatus } from '../../cbt/save-queue';
import { SAVE_STATUS_LABEL } from './labels';

const SIGNS: Record<SaveStatus, string> = { saved: '✓', saving: '…', unsaved: '!' };

/**
 * Waiting for the link (not refused, not paused), an answer is kept on this PC and goes out by itself:
 * said so, as the offline banner says it. "Belum tersimpan" beside that banner read as lost.
 */
const keptLabel = (status: SaveStatus, offline: boolean) => (offline && status === 'unsaved' ? 'cbt.save.onThisPc' : SAVE_STATUS_LABEL[status]);

/** One question's state, next to its number. */
export function QuestionSaveState({ status, offline = false }: { status: SaveStatus; offline?: boolean }) {
  const { t } = useTranslation();
  return (
    <p className={`save-state save-state--${status}`} data-testid="cbt-question-save-state" data-state={status}>
      <span className="save-state__sign" aria-hidden="true">
        {SIGNS[status]}
      </span>
      {t(keptLabel(status, offline))}
    </p>
  );
}

/**
 * Everything at once, in the top bar; `drafts` are essay edits still inside the 2-second typing pause.
 * Typing is the normal way of saving, so it reads as saving (neutral); amber is kept for answers that
 * really wait: no link, a refusal, a pause.
 */
export function overallStatus(snapshot: QueueSnapshot, drafts: number): SaveStatus {
  if (snapshot.state === 'retrying' || snapshot.state === 'paused' || snapshot.state === 'closed') {
    if (snapshot.pending > 0) return 'unsaved';
  }
  return snapshot.pending > 0 || drafts > 0 ? 'saving' : 'saved';
}

/** One question: an essay still being typed is being saved; otherwise what the queue says of it. */
export function questionStatus(typing: boolean, queued: SaveStatus | undefined, answered: boolean): SaveStatus | null {
  if (typing) return 'saving';
  return queued ?? (answered ? 'saved' : null);
}

export function OverallSaveState({ snapshot, drafts }: { snapshot: QueueSnapshot; drafts: number }) {
  const { t } = useTranslation();
  const status = overallStatus(snapshot, drafts);
  const label = status === 'saved' ? t('cbt.save.allSaved') : status === 'saving' ? t('cbt.save.pending') : t(keptLabel(status, isOffline(snapshot)));
  return (
    <p className={`save-state save-state--${status} save-state--overall`} data-testid="cbt-save-state" data-state={status} data-pending={snapshot.pending}>
      <span className="save-state__sign" aria-hidden="true">
        {SIGNS[status]}
      </span>
      {label}
    </p>
  );
}

/** The link to the room server is down (not a refusal by the core): the candidate just keeps working. */
export function isOffline(snapshot: QueueSnapshot): boolean {
  return snapshot.pending > 0 && snapshot.state === 'retrying' && snapshot.lastError?.code === 'NETWORK';
}

/**
 * Said out loud (polite) only when answers are held back, so a screen reader is not told of every click.
 * `finished`: time is up or the test is being submitted, so "you can keep working" would be untrue.
 */
export function SaveProblem({ snapshot, finished = false }: { snapshot: QueueSnapshot; finished?: boolean }) {
  const { t } = useTranslation();
  const held = snapshot.pending > 0 && (snapshot.state === 'retrying' || snapshot.state === 'paused');
  return (
    <div className="status-slot" role="status">
      {isOffline(snapshot) ? (
        <p className="notice notice--offline" data-testid="cbt-offline" data-pending={snapshot.pending}>
          {finished
            ? t('cbt.offline.bannerFinished', { pending: snapshot.pending })
            : t('cbt.offline.banner', { pending: snapshot.pending })}
        </p>
      ) : held && (
        <p className="notice notice--warning" data-testid="cbt-save-problem" data-state={snapshot.state}>
          {snapshot.state === 'paused'
            ? t('cbt.save.held', { count: snapshot.pending })
            : t('cbt.save.retrying', { count: snapshot.pending })}
        </p>
      )}
    </div>
  );
}
