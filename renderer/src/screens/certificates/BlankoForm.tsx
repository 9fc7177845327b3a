import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRun } from '../../api/use-run';
import { useClient } from '../../session/SessionProvider';
import { NO_FIELD_ERRORS } from '../registry/field-errors';
import { RecordForm } from '../registry/RecordForm';
import { RegistryField } from '../registry/RegistryField';

type Props = { certificateId: string; blankoNumber: string | null; onSaved: () => void };

/** The blanko number BNSP assigned to one certificate, entered (or corrected, or cleared) by hand. */
export function BlankoForm({ certificateId, blankoNumber, onSaved }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const { busy, error, run } = useRun();
  const [value, setValue] = useState(blankoNumber ?? '');
  const [saved, setSaved] = useState(false);
  const submit = () => {
    setSaved(false);
    void run(async () => {
      await client.call('certificates/setBlanko', { certificateId, blankoNumber: value.trim() === '' ? null : value.trim() });
      setSaved(true);
      onSaved();
    });
  };
  return (
    <RecordForm
      isNew={false}
      busy={busy}
      error={error}
      saved={saved}
      onSubmit={submit}
      testId="blanko-form"
      submitLabel={t('certificateScreens.detail.blankoSave')}
      savedText={t('certificateScreens.detail.blankoSaved')}
    >
      <RegistryField
        name="blankoNumber"
        label={t('certificateScreens.register.blanko')}
        hint={t('certificateScreens.detail.blankoHint')}
        value={value}
        onChange={setValue}
        errors={NO_FIELD_ERRORS}
        optional
        mono
      />
    </RecordForm>
  );
}
