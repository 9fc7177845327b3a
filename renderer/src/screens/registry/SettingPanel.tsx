import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegistrySettings } from '../../../../electron/shared/registry';
import { useLoad } from '../../api/use-load';
import { useRun } from '../../api/use-run';
import { LoadView } from '../../components/LoadView';
import { Section } from '../../components/Section';
import { useUnsavedChanges } from '../../navigation/use-unsaved-changes';
import { useClient } from '../../session/SessionProvider';
import { NO_FIELD_ERRORS } from './field-errors';
import { RecordForm } from './RecordForm';
import { RegistryField } from './RegistryField';

type Which = keyof RegistrySettings;

/**
 * One registry setting where it matters: how early an assessor's MET is flagged (assessors list), how
 * often a TUK Mandiri is verified again (TUKs list). The other setting is sent back as it was.
 */
export function SettingPanel({ which, onSaved }: { which: Which; onSaved: () => void }) {
  const { t } = useTranslation();
  const { state, reload } = useLoad('registry/settings', {});
  return (
    <Section title={t('registryScreens.settings.title')}>
      <LoadView state={state} onRetry={reload}>
        {(settings) => (
          <SettingForm
            settings={settings}
            which={which}
            onSaved={() => {
              reload();
              onSaved();
            }}
          />
        )}
      </LoadView>
    </Section>
  );
}

function SettingForm({ settings, which, onSaved }: { settings: RegistrySettings; which: Which; onSaved: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const { busy, error, run } = useRun();
  const [saved, setSaved] = useState(false);
  const [value, setValue] = useState(String(settings[which]));
  const unsaved = useUnsavedChanges(value);
  const submit = () => {
    setSaved(false);
    const sent = value;
    void run(async () => {
      await client.call('registry/setSettings', { settings: { ...settings, [which]: Number(value) } });
      unsaved.markSaved(sent);
      setSaved(true);
      onSaved();
    });
  };
  return (
    <RecordForm isNew={false} busy={busy} error={error} saved={saved} onSubmit={submit} testId={`setting-${which}`}>
      <RegistryField
        name={which}
        label={which === 'expirySoonDays' ? t('registryScreens.settings.expirySoonDays') : t('registryScreens.settings.mandiriVerificationMonths')}
        hint={which === 'expirySoonDays' ? t('registryScreens.settings.expirySoonHint') : t('registryScreens.settings.mandiriHint')}
        type="number"
        inputMode="numeric"
        value={value}
        onChange={setValue}
        errors={NO_FIELD_ERRORS}
      />
    </RecordForm>
  );
}
