import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiError } from '../../api/client-errors';
import { useRun } from '../../api/use-run';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusBadge } from '../../components/StatusBadge';

type Props = {
  name: string;
  active: boolean;
  onToggle: (active: boolean) => Promise<void>;
  /** More badges of the record's state (an assessor's MET expiry), beside its status: nothing for none. */
  badges?: ReactNode;
  /** The record's own way of showing a refusal (a candidate's sessions as links); the plain message otherwise. */
  refusal?: (error: UiError) => ReactNode;
};

/** Deactivate or reactivate one record, after a confirmation that names it; nothing is ever deleted. */
export function ActiveToggle({ name, active, onToggle, badges, refusal }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const { busy, error, run } = useRun();
  const confirm = async () => {
    if (await run(() => onToggle(!active))) setAsking(false);
  };
  return (
    <div className="registry-active" data-testid="record-active">
      <span data-testid="record-status">
        <StatusBadge tone={active ? 'success' : 'neutral'}>{active ? t('registryScreens.status.active') : t('registryScreens.status.inactive')}</StatusBadge>
      </span>
      {badges}
      {!asking && (
        <button type="button" className="button button--secondary button--small" data-testid="record-toggle" onClick={() => setAsking(true)}>
          {active ? t('registryScreens.record.deactivate') : t('registryScreens.record.reactivate')}
        </button>
      )}
      {asking && (
        <div className="registry-active__confirm" role="group">
          <p>{active ? t('registryScreens.record.confirmDeactivate', { name }) : t('registryScreens.record.confirmReactivate', { name })}</p>
          <button type="button" className="button button--primary button--small" data-testid="record-toggle-confirm" disabled={busy} onClick={() => void confirm()}>
            {active ? t('registryScreens.record.confirmYesDeactivate') : t('registryScreens.record.confirmYesReactivate')}
          </button>{' '}
          <button type="button" className="button button--secondary button--small" onClick={() => setAsking(false)}>
            {t('registryScreens.record.cancel')}
          </button>
        </div>
      )}
      {error && (refusal ? refusal(error) : <ErrorMessage error={error} />)}
    </div>
  );
}
