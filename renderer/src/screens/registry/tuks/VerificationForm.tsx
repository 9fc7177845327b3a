import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIST_LIMIT_MAX, VERIFICATION_RESULTS, type TukDetail } from '../../../../../electron/shared/registry';
import { useLoad } from '../../../api/use-load';
import { useRun } from '../../../api/use-run';
import { useFormat } from '../../../i18n/use-format';
import { useUnsavedChanges } from '../../../navigation/use-unsaved-changes';
import { useClient } from '../../../session/SessionProvider';
import { fieldErrorsOf } from '../field-errors';
import { orNull } from '../form-values';
import { RecordForm } from '../RecordForm';
import { RegistryField, RegistrySelect } from '../RegistryField';
import { useFormState } from '../use-form-state';
import { VERIFICATION_RESULT_LABEL } from './labels';

const EMPTY = { verifiedOn: '', verifier: '', result: 'fit', note: '', sessionId: '' };

/**
 * A verification record for one TUK. Sewaktu and Tempat Kerja are verified for each session, so the
 * form offers the LSP's sessions at this TUK; Mandiri is verified periodically, without a session.
 */
export function VerificationForm({ tuk, onAdded }: { tuk: TukDetail; onAdded: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const format = useFormat();
  // This TUK's sessions, latest first: a verification is made before the session, or recorded soon after.
  const tukSessions = useLoad('sessions/list', { tukId: tuk.id, order: 'desc', limit: LIST_LIMIT_MAX });
  const { busy, error, run } = useRun();
  const [saved, setSaved] = useState(false);
  const { values, field, setValues } = useFormState(EMPTY);
  // Unsaved while anything is filled in: a recorded verification empties the form for the next one.
  const unsaved = useUnsavedChanges(values);
  const errors = fieldErrorsOf(error);
  const sessions = tukSessions.state.status === 'ready' ? tukSessions.state.data.rows : [];

  const submit = () => {
    setSaved(false);
    void run(async () => {
      await client.call('tuks/addVerification', {
        tukId: tuk.id,
        verification: {
          verifiedOn: values.verifiedOn,
          verifier: values.verifier,
          result: VERIFICATION_RESULTS.find((r) => r === values.result) ?? 'fit',
          note: orNull(values.note),
          sessionId: orNull(values.sessionId),
        },
      });
      unsaved.markSaved(EMPTY);
      setSaved(true);
      setValues(EMPTY);
      onAdded();
    });
  };

  const f = (name: keyof typeof values) => ({ name, value: values[name], onChange: field(name), errors });
  return (
    <RecordForm
      isNew
      busy={busy}
      error={error}
      saved={saved}
      onSubmit={submit}
      testId="verification-form"
      submitLabel={t('registryScreens.tuks.recordVerification')}
      savedText={t('registryScreens.tuks.verificationSaved')}
    >
      <RegistryField {...f('verifiedOn')} label={t('registryScreens.tuks.verifiedOn')} type="date" />
      <RegistryField {...f('verifier')} label={t('registryScreens.tuks.verifier')} />
      <RegistrySelect {...f('result')} label={t('registryScreens.tuks.result')} options={VERIFICATION_RESULTS.map((r) => ({ value: r, label: t(VERIFICATION_RESULT_LABEL[r]) }))} />
      {tuk.type !== 'mandiri' && (
        <RegistrySelect
          {...f('sessionId')}
          label={t('registryScreens.tuks.session')}
          options={[{ value: '', label: t('registryScreens.tuks.sessionNone') }, ...sessions.map((s) => ({ value: s.id, label: `${s.code} · ${format.date(s.date)} ${format.time(s.startTime)}` }))]}
        />
      )}
      <RegistryField {...f('note')} label={t('registryScreens.tuks.note')} optional className="registry-form__wide" />
    </RecordForm>
  );
}
