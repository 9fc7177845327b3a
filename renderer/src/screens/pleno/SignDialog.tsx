import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlenoDetail } from '../../../../electron/shared/pleno';
import { useRun } from '../../api/use-run';
import { DayInput } from '../../components/DayInputs';
import { useClient } from '../../session/SessionProvider';
import { ConsoleDialog } from '../../components/ConsoleDialog';

type Props = { detail: PlenoDetail; onSigned: (detail: PlenoDetail) => void; onCancel: () => void };

/** The SK number and date, and the chair's own password re-entered: signing locks the pleno. */
export function SignDialog({ detail, onSigned, onCancel }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const { busy, error, run } = useRun();
  const ids = { number: useId(), date: useId(), password: useId() };
  const [skNumber, setSkNumber] = useState(detail.skNumber ?? '');
  const [skDate, setSkDate] = useState(detail.skDate ?? detail.heldOn);
  const [password, setPassword] = useState('');
  const chair = detail.members.find((m) => m.role === 'chair');
  const submit = () =>
    void run(async () => {
      onSigned(await client.call('pleno/sign', { plenoId: detail.plenoId, skNumber: skNumber.trim(), skDate, password }));
    });
  return (
    <ConsoleDialog title={t('plenoScreens.pleno.sign.title')} confirmLabel={t('plenoScreens.pleno.sign.confirm')} busy={busy} error={error} onSubmit={submit} onCancel={onCancel} testId="sign-dialog">
      <p>{t('plenoScreens.pleno.sign.intro', { chair: chair?.name ?? '—', username: chair?.accountUsername ?? '—' })}</p>
      <div className="field">
        <label className="field__label" htmlFor={ids.number}>
          {t('plenoScreens.pleno.sign.skNumber')}
        </label>
        <input id={ids.number} className="field__input mono" data-testid="sign-sk-number" value={skNumber} onChange={(event) => setSkNumber(event.target.value)} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={ids.date}>
          {t('plenoScreens.pleno.sign.skDate')}
        </label>
        <DayInput id={ids.date} data-testid="sign-sk-date" value={skDate} onChange={setSkDate} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={ids.password}>
          {t('plenoScreens.pleno.sign.password')}
        </label>
        <input
          id={ids.password}
          type="password"
          autoComplete="current-password"
          className="field__input"
          data-testid="sign-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </div>
    </ConsoleDialog>
  );
}
