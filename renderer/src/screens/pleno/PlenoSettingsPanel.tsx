import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlenoSettings } from '../../../../electron/shared/pleno';
import { useLoad } from '../../api/use-load';
import { useRun } from '../../api/use-run';
import { LoadView } from '../../components/LoadView';
import { Section } from '../../components/Section';
import { useClient } from '../../session/SessionProvider';
import { NO_FIELD_ERRORS } from '../registry/field-errors';
import { RecordForm } from '../registry/RecordForm';
import { RegistryField } from '../registry/RegistryField';

/** The LSP's pleno rules (pleno/settings): the fewest members, and whether a session's assessors are barred. */
export function PlenoSettingsPanel() {
  const { t } = useTranslation();
  const { state, reload } = useLoad('pleno/settings', {});
  return (
    <Section title={t('plenoScreens.pleno.settings.title')}>
      <LoadView state={state} onRetry={reload}>
        {(settings) => <SettingsForm key={JSON.stringify(settings)} settings={settings} onSaved={reload} />}
      </LoadView>
    </Section>
  );
}

function SettingsForm({ settings, onSaved }: { settings: PlenoSettings; onSaved: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const { busy, error, run } = useRun();
  const [saved, setSaved] = useState(false);
  const [minMembers, setMinMembers] = useState(String(settings.minMembers));
  const [exclude, setExclude] = useState(settings.excludeSessionAssessors);
  const submit = () => {
    setSaved(false);
    void run(async () => {
      await client.call('pleno/setSettings', { settings: { minMembers: Number(minMembers), excludeSessionAssessors: exclude } });
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
      testId="pleno-settings"
      submitLabel={t('plenoScreens.pleno.settings.save')}
      savedText={t('plenoScreens.pleno.settings.saved')}
    >
      <RegistryField name="minMembers" label={t('plenoScreens.pleno.settings.minMembers')} type="number" inputMode="numeric" value={minMembers} onChange={setMinMembers} errors={NO_FIELD_ERRORS} />
      <label className="registry-choice registry-form__wide">
        <input type="checkbox" data-testid="setting-excludeSessionAssessors" checked={exclude} onChange={(event) => setExclude(event.target.checked)} />{' '}
        {t('plenoScreens.pleno.settings.excludeSessionAssessors')}
      </label>
    </RecordForm>
  );
}
