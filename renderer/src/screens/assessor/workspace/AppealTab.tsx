import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppealInput, Workspace } from '../../../../../electron/shared/assessment';
import { useFormat } from '../../../i18n/use-format';
import { useClient } from '../../../session/SessionProvider';
import type { Saver } from './use-saver';
import { APPEAL_QUESTIONS } from '../../../i18n/assessment-labels';

type Props = { ws: Workspace; saver: Saver; reload: () => void };

/** FR.AK.04: the candidate's appeal, recorded by the assessor. */
export function AppealTab({ ws, saver, reload }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const client = useClient();
  const [appeal, setAppeal] = useState<AppealInput>(() => {
    if (!ws.appeal) return { processExplained: true, discussedWithAssessor: false, involveOther: false, reasons: '' };
    // The stored appeal's seq and savedAt are not the contract's to take: sent back, they were refused.
    const { seq: _seq, savedAt: _savedAt, ...input } = ws.appeal;
    return input;
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Fetched again once stored, so the tab says it is recorded (and when) instead of "no appeal recorded".
    void saver
      .save((seq) => client.call('assessment/appeal', { sessionId: ws.header.sessionId, candidateId: ws.candidate.candidateId, seq, ...appeal }))
      .then((ok) => ok && reload());
  };
  return (
    <form onSubmit={submit} data-testid="ak04-form" className="stack">
      {ws.appeal ? (
        <p className="notice notice--info" data-testid="ak04-recorded">
          {t('assess.ak04.recorded', { at: f.dateTime(ws.appeal.savedAt) })}
        </p>
      ) : (
        <p className="muted" data-testid="ak04-none">
          {t('assess.ak04.none')}
        </p>
      )}
      {APPEAL_QUESTIONS.map(({ field: q, label }) => (
        <fieldset key={q} className="choice-group choice-group--inline">
          <legend className="field__label">{t(label)}</legend>
          {([true, false] as const).map((value) => (
            <label key={String(value)} className="checkbox">
              <input type="radio" name={q} checked={appeal[q] === value} onChange={() => setAppeal({ ...appeal, [q]: value })} />
              {value ? t('assess.verdict.yes') : t('assess.verdict.no')}
            </label>
          ))}
        </fieldset>
      ))}
      <label className="field">
        <span className="field__label">{t('assess.ak04.reasons')}</span>
        <textarea className="field__input field__textarea" value={appeal.reasons} onChange={(e) => setAppeal({ ...appeal, reasons: e.target.value })} />
      </label>
      <button type="submit" className="button button--primary" disabled={!appeal.reasons.trim()}>
        {t('assess.ak04.save')}
      </button>
    </form>
  );
}
