import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision, Workspace } from '../../../../../electron/shared/assessment';
import { useRun } from '../../../api/use-run';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Section } from '../../../components/Section';
import { navigate } from '../../../navigation/hash-route';
import { useClient } from '../../../session/SessionProvider';
import { useDateTime } from '../use-date-time';
import { workspaceRoute } from './view';

type Props = {
  ws: Workspace;
  reload: () => void;
  /** Units decided against the suggestion on screen, held back until their comment is written. */
  awaitingComment?: readonly { unitCode: string; suggestion: Decision }[];
};

/** Sign FR.AK.02 with the password again; once signed, unlocking needs a reason. */
export function SignPanel({ ws, reload, awaitingComment = [] }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const at = useDateTime();
  const [password, setPassword] = useState('');
  const [reason, setReason] = useState('');
  const [triedWithoutComment, setTriedWithoutComment] = useState(false);
  const { busy, error, run: runTask } = useRun();
  const seat = { sessionId: ws.header.sessionId, candidateId: ws.candidate.candidateId };

  const run = (event: FormEvent, action: () => Promise<unknown>) => {
    event.preventDefault();
    return runTask(async () => {
      await action();
      setPassword('');
      setReason('');
      reload();
    });
  };

  return (
    <Section title={t('assess.decisions.signTitle')}>
      {error && <ErrorMessage error={error} />}
      {/* The conclusion is given on another tab: the refusal leads there rather than leaving the assessor to find it. */}
      {error?.code === 'KNOWLEDGE_CONCLUSION_MISSING' && (
        <button
          type="button"
          className="button button--secondary button--small"
          data-testid="sign-open-ia05"
          onClick={() => navigate(workspaceRoute(seat.sessionId, { kind: 'candidate', candidateId: seat.candidateId, tab: 'ia05' }))}
        >
          {t('assess.decisions.openIa05')}
        </button>
      )}
      {ws.signature ? (
        <form className="sign-form" onSubmit={(e) => void run(e, () => client.call('assessment/unlock', { ...seat, reason }))}>
          <p data-testid="signed-by">{t('assess.decisions.signed', { name: ws.signature.signedByName, at: at(ws.signature.signedAt) })}</p>
          <label className="field">
            <span className="field__label">{t('assess.decisions.unlockReason')}</span>
            <input className="field__input" value={reason} data-testid="unlock-reason" onChange={(e) => setReason(e.target.value)} />
          </label>
          <button type="submit" className="button button--secondary" disabled={busy || reason.trim().length < 3} data-testid="unlock-submit">
            {t('assess.decisions.unlock')}
          </button>
        </form>
      ) : (
        <form
          className="sign-form"
          onSubmit={(e) => {
            if (awaitingComment.length > 0) {
              // Those decisions were never sent: the core would call the units undecided, while K or BK shows pressed.
              e.preventDefault();
              setTriedWithoutComment(true);
              return;
            }
            setTriedWithoutComment(false);
            void run(e, () => client.call('assessment/sign', { ...seat, password }));
          }}
        >
          {triedWithoutComment && awaitingComment.length > 0 && (
            <ul className="notice notice--error" role="alert" data-testid="sign-awaiting-comment">
              {awaitingComment.map((u) => (
                <li key={u.unitCode}>{t('errors.DEPARTURE_NEEDS_COMMENT', { unit: u.unitCode, suggestion: u.suggestion })}</li>
              ))}
            </ul>
          )}
          <label className="field">
            <span className="field__label">{t('assess.decisions.password')}</span>
            <input
              className="field__input"
              type="password"
              autoComplete="current-password"
              value={password}
              data-testid="sign-password"
              onChange={(e) => setPassword(e.target.value)}
            />
          </label>
          <button type="submit" className="button button--primary" disabled={busy || password.length === 0} data-testid="sign-submit">
            {t('assess.decisions.sign')}
          </button>
        </form>
      )}
    </Section>
  );
}
