import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppealCase, AppealCloseResult } from '../../../../../electron/shared/pleno';
import { useLoad } from '../../../api/use-load';
import { useRun } from '../../../api/use-run';
import { useFormat } from '../../../i18n/use-format';
import { useClient } from '../../../session/SessionProvider';
import { ConsoleDialog } from '../../../components/ConsoleDialog';

type Props = { appeal: AppealCase; onClosed: (result: AppealCloseResult) => void; onCancel: () => void };

/**
 * Closes an appeal: accepted names the re-assessment session (an existing one the candidate is in, or
 * one to plan first on #/sessions/new), rejected gives the reason.
 */
export function AppealCloseDialog({ appeal, onClosed, onCancel }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const client = useClient();
  const { busy, error, run } = useRun();
  const ids = { session: useId(), reason: useId() };
  const [outcome, setOutcome] = useState<'accepted' | 'rejected'>('accepted');
  const [sessionId, setSessionId] = useState('');
  const [reason, setReason] = useState('');
  // Sessions still to come: a re-assessment is planned, not held already.
  const sessions = useLoad('sessions/list', { status: 'upcoming', limit: 200 });
  const options = sessions.state.status === 'ready' ? sessions.state.data.rows.filter((s) => s.id !== appeal.sessionId) : [];
  const submit = () =>
    void run(async () => {
      const result = await client.call('appeals/close', {
        caseId: appeal.caseId,
        outcome,
        reassessmentSessionId: outcome === 'accepted' ? sessionId || null : null,
        reason: reason.trim() || null,
      });
      onClosed(result);
    });
  return (
    <ConsoleDialog
      title={t('plenoScreens.appeals.closeTitle', { name: appeal.name })}
      confirmLabel={t('plenoScreens.appeals.confirmClose')}
      busy={busy}
      error={error}
      onSubmit={submit}
      onCancel={onCancel}
      testId="appeal-close-dialog"
    >
      <p>{appeal.reasons}</p>
      <fieldset>
        <label className="registry-choice">
          <input type="radio" name="outcome" data-testid="appeal-accept" checked={outcome === 'accepted'} onChange={() => setOutcome('accepted')} /> {t('plenoScreens.appeals.accept')}
        </label>
        <label className="registry-choice">
          <input type="radio" name="outcome" data-testid="appeal-reject" checked={outcome === 'rejected'} onChange={() => setOutcome('rejected')} /> {t('plenoScreens.appeals.reject')}
        </label>
      </fieldset>
      {outcome === 'accepted' ? (
        <div className="field">
          <label className="field__label" htmlFor={ids.session}>
            {t('plenoScreens.appeals.reassessmentSession')}
          </label>
          <select id={ids.session} className="field__input" data-testid="appeal-session" value={sessionId} onChange={(event) => setSessionId(event.target.value)}>
            <option value="">{t('plenoScreens.appeals.choose')}</option>
            {options.map((s) => (
              <option key={s.id} value={s.id}>
                {s.code} — {f.date(s.date)}
              </option>
            ))}
          </select>
          <p className="field__hint">
            {t('plenoScreens.appeals.reassessmentHint')} <a href="#/sessions/new">{t('plenoScreens.appeals.planSession')}</a>
          </p>
        </div>
      ) : (
        <div className="field">
          <label className="field__label" htmlFor={ids.reason}>
            {t('plenoScreens.appeals.rejectReason')}
          </label>
          <textarea id={ids.reason} className="field__input" rows={3} data-testid="appeal-reason" value={reason} onChange={(event) => setReason(event.target.value)} />
        </div>
      )}
    </ConsoleDialog>
  );
}
