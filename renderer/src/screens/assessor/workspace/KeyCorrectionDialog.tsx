import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OPTION_LETTERS } from '../../../../../electron/shared/cbt';
import type { KeyCorrectionAction, KeyCorrectionView } from '../../../../../electron/shared/key-corrections';
import { useRun } from '../../../api/use-run';
import { BilingualText } from '../../../components/BilingualText';
import { ConsoleDialog } from '../../../components/ConsoleDialog';
import { pickBilingual } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/use-language';
import { useClient } from '../../../session/SessionProvider';

type Question = KeyCorrectionView['questions'][number];
type Props = { sessionId: string; question: Question; onSaved: (view: KeyCorrectionView) => void; onCancel: () => void };

/** One correction of one question's key: accept another option too, or annul the question; the reason is required (the core checks all of it). */
export function KeyCorrectionDialog({ sessionId, question, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const client = useClient();
  const { busy, error, run } = useRun();
  const optionId = useId();
  const reasonId = useId();
  const [action, setAction] = useState<KeyCorrectionAction>('accept');
  const [option, setOption] = useState('');
  const [reason, setReason] = useState('');
  // The options not yet correct: the key and those accepted already are not offered again.
  const offered = question.options.map((text, ordinal) => ({ text, ordinal })).filter((o) => o.ordinal !== question.correct && !question.accepted.includes(o.ordinal));
  const submit = () =>
    void run(async () =>
      onSaved(
        await client.call('assessment/correctKey', {
          sessionId,
          itemId: question.itemId,
          action,
          option: action === 'accept' && option !== '' ? Number(option) : null,
          reason: reason.trim(),
        }),
      ),
    );
  return (
    <ConsoleDialog title={t('keyCorrection.dialogTitle', { question: question.ref })} confirmLabel={t('keyCorrection.confirm')} busy={busy} error={error} onSubmit={submit} onCancel={onCancel} testId="key-correction-dialog">
      <p>
        <BilingualText value={question.prompt} />
      </p>
      <fieldset className="field">
        <legend className="field__label">{t('keyCorrection.action')}</legend>
        <div className="registry-choice__list">
          {(['accept', 'annul'] as const).map((a) => (
            <label key={a} className="registry-choice">
              <input type="radio" name="key-correction-action" value={a} checked={action === a} onChange={() => setAction(a)} data-testid={`key-correction-${a}`} />{' '}
              {t(a === 'accept' ? 'keyCorrection.accept' : 'keyCorrection.annul')}
            </label>
          ))}
        </div>
      </fieldset>
      {action === 'accept' && (
        <div className="field">
          <label className="field__label" htmlFor={optionId}>
            {t('keyCorrection.option')}
          </label>
          <select id={optionId} className="field__input" value={option} onChange={(event) => setOption(event.target.value)} data-testid="key-correction-option">
            <option value="">{t('keyCorrection.choose')}</option>
            {offered.map((o) => (
              <option key={o.ordinal} value={o.ordinal}>
                {OPTION_LETTERS[o.ordinal]}. {pickBilingual(o.text, language).text}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label className="field__label" htmlFor={reasonId}>
          {t('keyCorrection.reason')}
        </label>
        <textarea id={reasonId} className="field__input" rows={3} value={reason} onChange={(event) => setReason(event.target.value)} data-testid="key-correction-reason" />
      </div>
    </ConsoleDialog>
  );
}
