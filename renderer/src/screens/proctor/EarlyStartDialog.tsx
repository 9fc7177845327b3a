import { useTranslation } from 'react-i18next';
import type { UiError } from '../../api/client-errors';
import { ConsoleDialog } from '../../components/ConsoleDialog';
import type { SessionSummary } from '../../../../electron/shared/types';
import { useFormat } from '../../i18n/use-format';

type Props = {
  session: SessionSummary;
  /** The server's time now, as an ISO instant. */
  nowIso: string;
  busy: boolean;
  error: UiError | null;
  onStart: () => void;
  onCancel: () => void;
};

/** Asked before releasing the token well before the planned start: names the planned start and the time now. */
export function EarlyStartDialog({ session, nowIso, busy, error, onStart, onCancel }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <ConsoleDialog
      title={t('examDay.session.earlyTitle')}
      confirmLabel={t('examDay.session.earlyConfirm')}
      cancelLabel={t('examDay.session.earlyCancel')}
      role="alertdialog"
      busy={busy}
      error={error}
      onSubmit={onStart}
      onCancel={onCancel}
      testId="early-start-dialog"
    >
      <p data-testid="early-start-text">
        {t('examDay.session.earlyText', {
          planned: `${f.date(session.date)} ${f.time(session.startTime)}`,
          now: `${f.dayOf(nowIso)} ${f.timeOfDay(nowIso)}`,
        })}
      </p>
    </ConsoleDialog>
  );
}
