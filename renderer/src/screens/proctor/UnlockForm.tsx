import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRun } from '../../api/use-run';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useClient } from '../../session/SessionProvider';

/** Same bound as the contract's `reason`; checked here only to answer before a round trip. */
const MIN_REASON = 3;

/** A locked account the proctor may open: a candidate, or an assessor of today's session. */
export type Unlockable = { accountId: string; name: string };

type Props = { candidate: Unlockable; onUnlocked: () => void; onCancel: () => void };

/** Unlocking is audited, so the proctor states why; the reason goes into the hash-chained log. */
export function UnlockForm({ candidate, onUnlocked, onCancel }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [reason, setReason] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const { busy, error, run } = useRun();

  useEffect(() => inputRef.current?.focus(), [candidate.accountId]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reason.trim().length < MIN_REASON) {
      setTooShort(true);
      inputRef.current?.focus();
      return;
    }
    await run(async () => {
      await client.call('accounts/unlock', { accountId: candidate.accountId, reason: reason.trim() });
      onUnlocked();
    });
  };

  const titleId = `${id}-title`;
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  return (
    <form className="unlock" aria-labelledby={titleId} data-testid="unlock-form" onSubmit={(event) => void submit(event)} noValidate>
      <h3 className="unlock__title" id={titleId}>
        {t('proctor.unlockTitle', { name: candidate.name })}
      </h3>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-reason`}>
          {t('proctor.unlockReason')}
        </label>
        <input
          id={`${id}-reason`}
          ref={inputRef}
          className="field__input"
          data-testid="unlock-reason"
          value={reason}
          maxLength={500}
          aria-invalid={tooShort}
          aria-describedby={tooShort ? `${hintId} ${problemId}` : hintId}
          onChange={(event) => {
            setReason(event.target.value);
            if (event.target.value.trim().length >= MIN_REASON) setTooShort(false);
          }}
        />
        <p className="field__hint" id={hintId}>
          {t('proctor.unlockReasonHint')}
        </p>
        {tooShort && (
          <p className="field__problem" id={problemId} role="alert">
            {t('proctor.unlockReasonTooShort')}
          </p>
        )}
      </div>
      {error && <ErrorMessage error={error} />}
      <div className="unlock__actions">
        <button type="submit" className="button button--primary" data-testid="unlock-confirm" disabled={busy}>
          {busy ? t('proctor.unlocking') : t('proctor.unlockConfirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
