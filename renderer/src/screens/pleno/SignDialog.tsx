import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlenoDetail } from '../../../../electron/shared/pleno';
import { useRun } from '../../api/use-run';
import { DayInput } from '../../components/DayInputs';
import type { TranslationKey } from '../../i18n/keys';
import { useClient } from '../../session/SessionProvider';
import { ConsoleDialog } from '../../components/ConsoleDialog';
import { dayProblem } from './draft-problems';

type Field = 'number' | 'date' | 'password';

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
  // Asked here rather than sent: the contract refuses an empty SK number, date or password as bad arguments.
  const [checked, setChecked] = useState(false);
  const problemsNow: Record<Field, TranslationKey | null> = {
    number: skNumber.trim() === '' ? 'plenoScreens.pleno.sign.skNumberMissing' : null,
    date: dayProblem(skDate, 'plenoScreens.pleno.sign.skDateMissing'),
    password: password === '' ? 'plenoScreens.pleno.sign.passwordMissing' : null,
  };
  const problems = checked ? problemsNow : { number: null, date: null, password: null };
  const submit = () => {
    setChecked(true);
    if (problemsNow.number || problemsNow.date || problemsNow.password) return;
    void run(async () => {
      onSigned(await client.call('pleno/sign', { plenoId: detail.plenoId, skNumber: skNumber.trim(), skDate, password }));
    });
  };
  const invalid = (field: Field) => (problems[field] ? { 'aria-invalid': true, 'aria-describedby': `${ids[field]}-problem` } : {});
  const problem = (field: Field) => {
    const key = problems[field];
    return (
      key && (
        <p className="field__problem" id={`${ids[field]}-problem`} data-testid={`sign-problem-${field}`}>
          {t(key)}
        </p>
      )
    );
  };
  return (
    <ConsoleDialog title={t('plenoScreens.pleno.sign.title')} confirmLabel={t('plenoScreens.pleno.sign.confirm')} busy={busy} error={error} onSubmit={submit} onCancel={onCancel} testId="sign-dialog">
      <p>{t('plenoScreens.pleno.sign.intro', { chair: chair?.name ?? '—', username: chair?.accountUsername ?? '—' })}</p>
      <div className="field">
        <label className="field__label" htmlFor={ids.number}>
          {t('plenoScreens.pleno.sign.skNumber')}
        </label>
        <input id={ids.number} className="field__input mono" data-testid="sign-sk-number" maxLength={100} {...invalid('number')} value={skNumber} onChange={(event) => setSkNumber(event.target.value)} />
        {problem('number')}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={ids.date}>
          {t('plenoScreens.pleno.sign.skDate')}
        </label>
        <DayInput id={ids.date} data-testid="sign-sk-date" quiet={Boolean(problems.date)} {...invalid('date')} value={skDate} onChange={setSkDate} />
        {problem('date')}
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
          {...invalid('password')}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        {problem('password')}
      </div>
    </ConsoleDialog>
  );
}
