import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REASON_MIN_LENGTH } from '../../../../../electron/shared/contract';
import type { PlannedSessionDetail } from '../../../../../electron/shared/scheduling';
import { useRun } from '../../../api/use-run';
import { ConsoleDialog } from '../../../components/ConsoleDialog';
import { FactList } from '../../../components/FactList';
import { Section } from '../../../components/Section';
import { useFormat } from '../../../i18n/use-format';
import { useClient } from '../../../session/SessionProvider';
import { byName } from './candidate-order';
import { sessionWhenText } from './session-when';

/** Calling off a session that has not started, with its reason (the core records who and when, and refuses a started one in words). */
export function CancelPanel({ detail, onCancelled }: { detail: PlannedSessionDetail; onCancelled: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Section title={t('schedulingScreens.cancel.title')}>
      <p className="field__hint">{t('schedulingScreens.cancel.hint')}</p>
      <button type="button" className="button button--danger" data-testid="session-cancel" onClick={() => setOpen(true)}>
        {t('schedulingScreens.cancel.open')}
      </button>
      {open && (
        <CancelDialog
          detail={detail}
          onClose={() => setOpen(false)}
          onCancelled={() => {
            setOpen(false);
            onCancelled();
          }}
        />
      )}
    </Section>
  );
}

function CancelDialog({ detail, onClose, onCancelled }: { detail: PlannedSessionDetail; onClose: () => void; onCancelled: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const client = useClient();
  const { busy, error, run } = useRun();
  const [reason, setReason] = useState('');
  // Said once a confirm was tried with too short a reason, not while it is being typed.
  const [tooShort, setTooShort] = useState(false);
  const reasonId = useId();
  const hintId = useId();
  const submit = () => {
    const text = reason.trim();
    if (text.length < REASON_MIN_LENGTH) return setTooShort(true);
    void run(async () => {
      await client.call('sessions/cancel', { sessionId: detail.id, reason: text });
      onCancelled();
    });
  };
  return (
    <ConsoleDialog
      title={t('schedulingScreens.cancel.dialogTitle', { code: detail.code })}
      confirmLabel={t('schedulingScreens.cancel.confirm')}
      cancelLabel={t('schedulingScreens.cancel.keep')}
      tone="danger"
      busy={busy}
      error={error}
      onSubmit={submit}
      onCancel={onClose}
      testId="session-cancel-dialog"
    >
      {/* Which session is called off, when and where: the admin confirms the one they mean. */}
      <p data-testid="session-cancel-when">
        {t('schedulingScreens.sessions.when')}: {sessionWhenText(detail, f)} · {detail.tuk.name}
      </p>
      <p>{t('schedulingScreens.cancel.warning')}</p>
      <div className="field">
        <label className="field__label" htmlFor={reasonId}>
          {t('schedulingScreens.cancel.reason')}
        </label>
        <textarea
          id={reasonId}
          className="field__input"
          rows={3}
          maxLength={500}
          aria-describedby={hintId}
          aria-invalid={tooShort || undefined}
          data-testid="session-cancel-reason"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        <p id={hintId} className={tooShort ? 'field__problem' : 'field__hint'} data-testid="session-cancel-reason-hint">
          {tooShort && reason.trim().length < REASON_MIN_LENGTH ? t('schedulingScreens.cancel.reasonShort') : t('schedulingScreens.cancel.reasonHint')}
        </p>
      </div>
    </ConsoleDialog>
  );
}

/** A cancelled session's page: when, by whom and why, and whether a TUK still holds its bundle. */
export function CancelledNote({ detail }: { detail: PlannedSessionDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const c = detail.cancellation;
  if (!c) return null;
  // The cancellation marks the session changed: exported again since, the bundle carrying it has left.
  const tukText = () => {
    if (!detail.exportedAt) return t('schedulingScreens.cancel.notExported');
    const params = { at: f.dateTime(detail.exportedAt), tuk: detail.tuk.name };
    return detail.changedSinceExport ? t('schedulingScreens.cancel.tukHolds', params) : t('schedulingScreens.cancel.tukSent', params);
  };
  return (
    <>
      <p className="notice notice--warning" role="status" data-testid="session-cancelled">
        {t('schedulingScreens.cancel.cancelled', { at: f.dateTime(c.at), by: c.by, reason: c.reason })}
      </p>
      <p className={detail.exportedAt ? 'notice notice--warning' : 'field__hint'} data-testid="session-cancelled-tuk">
        {tukText()}
      </p>
      {/* The planner is gone with the plan: who was in it is what the admin needs to tell them. */}
      <p className="field__hint">{t('schedulingScreens.cancel.tellPeople')}</p>
      <div data-testid="session-cancelled-plan">
        <FactList
          facts={[
            {
              key: 'when',
              label: t('schedulingScreens.sessions.when'),
              value: sessionWhenText(detail, f),
            },
            { key: 'tuk', label: t('schedulingScreens.tuk'), value: detail.tuk.name },
            { key: 'assessors', label: t('schedulingScreens.planner.assessors'), value: detail.assessors.map((a) => a.name).join(', ') || '—' },
          ]}
        />
        {detail.candidates.length > 0 && (
          <div className="table-wrap">
            <table className="table registry-table">
              <caption className="table__caption">{t('schedulingScreens.planner.candidates', { count: detail.candidates.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('registryScreens.candidates.name')}</th>
                  <th scope="col">{t('registryScreens.candidates.participantNo')}</th>
                </tr>
              </thead>
              <tbody>
                {byName(detail.candidates).map((c) => (
                  <tr key={c.candidateId}>
                    <th scope="row">{c.name}</th>
                    <td className="mono nowrap">{c.participantNo}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </>
  );
}
