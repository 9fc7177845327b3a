import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APL01_RESULTS, type Apl01Result, type AplDetail } from '../../../../../electron/shared/scheduling';
import { useRun } from '../../../api/use-run';
import { StatusBadge } from '../../../components/StatusBadge';
import { useFormat } from '../../../i18n/use-format';
import { useUnsavedChanges } from '../../../navigation/use-unsaved-changes';
import { useClient } from '../../../session/SessionProvider';
import { NO_FIELD_ERRORS, fieldErrorsOf } from '../../registry/field-errors';
import { RecordForm } from '../../registry/RecordForm';
import { RegistryField } from '../../registry/RegistryField';
import { ScanDownload } from './ScanDownload';
import { APL01_RESULT_LABEL, EVIDENCE_KIND_LABEL, EVIDENCE_STATUS_LABEL, PURPOSE_LABEL } from '../labels';
import { formRound } from './apl-route';

type Props = { detail: AplDetail; onSaved: () => void; readOnly?: boolean };

/** The LSP's verification of FR.APL.01 (diterima / tidak diterima, with a note), and who made it when. */
export function Apl01Verify({ detail, onSaved, readOnly = false }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const apl01 = detail.apl01;
  if (!apl01) return null;
  const verification = apl01.verification;
  return (
    <div className="apl-verify" data-testid="apl01-verification">
      {readOnly && (
        <>
          <p className="registry-facts">
            {t('schedulingScreens.apl01.purpose')}: {t(PURPOSE_LABEL[apl01.purpose])}
            {apl01.purposeNote ? ` (${apl01.purposeNote})` : ''}
          </p>
          <ul data-testid="apl01-evidence-read">
            {apl01.evidence.map((e, i) => (
              <li key={e.id}>
                {t(EVIDENCE_KIND_LABEL[e.kind])}: {e.description} · {t(EVIDENCE_STATUS_LABEL[e.status])}{' '}
                {e.attachment && <ScanDownload scan={e.attachment} n={i + 1} />}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 className="subheading">{t('schedulingScreens.apl01.verification')}</h3>
      <p data-testid="apl01-verification-state">
        {verification ? (
          <>
            <StatusBadge tone={verification.result === 'accepted' ? 'success' : 'danger'}>{t(APL01_RESULT_LABEL[verification.result])}</StatusBadge>{' '}
            {t('schedulingScreens.apl01.verifiedBy', { by: verification.by, at: f.dateTime(verification.at) })}
            {verification.note ? ` · ${verification.note}` : ''}
          </>
        ) : (
          t('schedulingScreens.apl01.unverified')
        )}
      </p>
      {!readOnly && <VerifyForm key={verification?.at ?? 'none'} detail={detail} onSaved={onSaved} />}
    </div>
  );
}

function VerifyForm({ detail, onSaved }: { detail: AplDetail; onSaved: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const resultId = useId();
  const { busy, error, run } = useRun();
  const [saved, setSaved] = useState(false);
  const [result, setResult] = useState<Apl01Result>(detail.apl01?.verification?.result ?? 'accepted');
  const [note, setNote] = useState(detail.apl01?.verification?.note ?? '');
  const unsaved = useUnsavedChanges({ result, note });
  const submit = () => {
    setSaved(false);
    const sent = { result, note };
    void run(async () => {
      await client.call('apl/verifyApplication', { candidateId: detail.candidate.id, schemeId: detail.scheme.id, ...formRound(detail), result, note: note.trim() || null });
      unsaved.markSaved(sent);
      setSaved(true);
      onSaved();
    });
  };
  const errors = error ? fieldErrorsOf(error) : NO_FIELD_ERRORS;
  return (
    <RecordForm isNew={false} busy={busy} error={error} saved={saved} onSubmit={submit} testId="apl01-verify" submitLabel={t('schedulingScreens.apl01.verify')} savedText={t('schedulingScreens.apl01.verified')}>
      <div className="field">
        <label className="field__label" htmlFor={resultId}>
          {t('schedulingScreens.apl01.result')}
        </label>
        <select id={resultId} className="field__input" data-testid="field-result" value={result} onChange={(event) => setResult(APL01_RESULTS.find((r) => r === event.target.value) ?? 'accepted')}>
          {APL01_RESULTS.map((r) => (
            <option key={r} value={r}>
              {t(APL01_RESULT_LABEL[r])}
            </option>
          ))}
        </select>
      </div>
      <RegistryField name="note" label={t('schedulingScreens.note')} value={note} onChange={setNote} errors={errors} optional className="registry-form__wide" />
    </RecordForm>
  );
}
