import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SchedulingSettings } from '../../../../../electron/shared/scheduling';
import type { UiError } from '../../../api/client-errors';
import { useLoad } from '../../../api/use-load';
import { useRun } from '../../../api/use-run';
import { LoadView } from '../../../components/LoadView';
import { Section } from '../../../components/Section';
import type { TranslationKey } from '../../../i18n/keys';
import { useClient } from '../../../session/SessionProvider';
import { fieldErrorsOf } from '../../registry/field-errors';
import { RecordForm } from '../../registry/RecordForm';
import { RegistryField } from '../../registry/RegistryField';

type Switch = Exclude<keyof SchedulingSettings, 'maxCandidatesPerAssessorPerDay'>;

const SWITCH_LABEL = {
  assessorOverlap: 'schedulingScreens.settings.assessorOverlap',
  assessorCredentials: 'schedulingScreens.settings.assessorCredentials',
  assessorScheme: 'schedulingScreens.settings.assessorScheme',
  loanLetter: 'schedulingScreens.settings.loanLetter',
  tukVerification: 'schedulingScreens.settings.tukVerification',
  tukCapacity: 'schedulingScreens.settings.tukCapacity',
  candidateOverlap: 'schedulingScreens.settings.candidateOverlap',
  candidateSameScheme: 'schedulingScreens.settings.candidateSameScheme',
  aplGate: 'schedulingScreens.settings.aplGate',
} as const satisfies Record<Switch, TranslationKey>;

const SWITCHES = Object.keys(SWITCH_LABEL).filter((k): k is Switch => k in SWITCH_LABEL);

/** The LSP's scheduling rules: the day limit per assessor and each rule on or off (sessions/settings). */
export function SchedulingSettingsPanel() {
  const { t } = useTranslation();
  const { state, reload } = useLoad('sessions/settings', {});
  return (
    <Section title={t('schedulingScreens.settings.title')}>
      <LoadView state={state} onRetry={reload}>
        {(settings) => <SettingsForm key={JSON.stringify(settings)} settings={settings} onSaved={reload} />}
      </LoadView>
    </Section>
  );
}

function SettingsForm({ settings, onSaved }: { settings: SchedulingSettings; onSaved: () => void }) {
  const client = useClient();
  const { busy, error, run } = useRun();
  const [saved, setSaved] = useState(false);
  const [limit, setLimit] = useState(String(settings.maxCandidatesPerAssessorPerDay));
  const [switches, setSwitches] = useState(settings);
  const submit = () => {
    setSaved(false);
    void run(async () => {
      await client.call('sessions/setSettings', { settings: { ...switches, maxCandidatesPerAssessorPerDay: Number(limit) } });
      setSaved(true);
      onSaved();
    });
  };
  return (
    <RecordForm isNew={false} busy={busy} error={error} saved={saved} onSubmit={submit} testId="scheduling-settings">
      <RulesFields limit={limit} onLimit={setLimit} switches={switches} onSwitches={setSwitches} error={error} />
    </RecordForm>
  );
}

type FieldsProps = {
  limit: string;
  onLimit: (limit: string) => void;
  switches: SchedulingSettings;
  onSwitches: (update: (prev: SchedulingSettings) => SchedulingSettings) => void;
  error: UiError | null;
};

/** The rules' fields, as this panel and the planner's dialog of the same rules show them. */
export function RulesFields({ limit, onLimit, switches, onSwitches, error }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <RegistryField
        name="maxCandidatesPerAssessorPerDay"
        label={t('schedulingScreens.settings.maxPerDay')}
        type="number"
        inputMode="numeric"
        value={limit}
        onChange={onLimit}
        errors={fieldErrorsOf(error)}
      />
      <fieldset className="registry-form__wide">
        <legend>{t('schedulingScreens.settings.rules')}</legend>
        {SWITCHES.map((key) => (
          <label key={key} className="registry-choice">
            <input type="checkbox" data-testid={`setting-${key}`} checked={switches[key]} onChange={(event) => onSwitches((prev) => ({ ...prev, [key]: event.target.checked }))} />{' '}
            {t(SWITCH_LABEL[key])}
          </label>
        ))}
      </fieldset>
    </>
  );
}
