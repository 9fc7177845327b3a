import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../../../../electron/shared/assessment';
import { useRun } from '../../../api/use-run';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Section } from '../../../components/Section';
import { useClient } from '../../../session/SessionProvider';
import { useDateTime } from '../use-date-time';

type Props = { ws: Workspace; reload: () => void };

/**
 * The BNSP step after signing: the assessor explains the recommendation, then the candidate types their
 * own password here to acknowledge FR.AK.02. The core checks it against the candidate's account; the
 * printed FR.AK.02 shows the candidate's line as acknowledged only then, with its time.
 */
export function AcknowledgePanel({ ws, reload }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const at = useDateTime();
  const [password, setPassword] = useState('');
  const { busy, error, run } = useRun();
  if (!ws.signature) return null;
  const seat = { sessionId: ws.header.sessionId, candidateId: ws.candidate.candidateId };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      try {
        await client.call('assessment/candidateAcknowledge', { ...seat, password });
      } finally {
        // The candidate's password never stays on the assessor's screen.
        setPassword('');
      }
      reload();
    });
  };

  return (
    <Section title={t('assess.acknowledge.title')}>
      {ws.acknowledgement ? (
        <p className="notice notice--success" data-testid="ak02-acknowledged">
          {t('assess.acknowledge.done', { name: ws.candidate.name, at: at(ws.acknowledgement.acknowledgedAt) })}
        </p>
      ) : (
        <form className="sign-form" onSubmit={submit} data-testid="ak02-acknowledge">
          <p>{t('assess.acknowledge.explain', { name: ws.candidate.name })}</p>
          {error && <ErrorMessage error={error} />}
          <label className="field">
            <span className="field__label">{t('assess.acknowledge.password', { name: ws.candidate.name })}</span>
            <input
              className="field__input"
              type="password"
              autoComplete="off"
              value={password}
              data-testid="ak02-candidate-password"
              onChange={(e) => setPassword(e.target.value)}
            />
          </label>
          <button type="submit" className="button button--primary" disabled={busy || password.length === 0} data-testid="ak02-acknowledge-submit">
            {t('assess.acknowledge.submit')}
          </button>
        </form>
      )}
    </Section>
  );
}
