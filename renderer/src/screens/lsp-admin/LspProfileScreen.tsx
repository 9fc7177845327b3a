import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LspProfile } from '../../../../electron/shared/lsp-profile';
import { useLoad } from '../../api/use-load';
import { useRun } from '../../api/use-run';
import { LoadView } from '../../components/LoadView';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { useUnsavedChanges } from '../../navigation/use-unsaved-changes';
import { useClient } from '../../session/SessionProvider';
import { fieldErrorsOf } from '../registry/field-errors';
import { RecordForm } from '../registry/RecordForm';
import { RegistryField } from '../registry/RegistryField';

/**
 * The LSP's own details (`#/lsp-profile`): the name, BNSP licence number and address its documents print,
 * which set-up fixed with no way to correct a typo. The code is shown, not changed (see lsp-profile.ts).
 */
export function LspProfileScreen() {
  const { t } = useTranslation();
  const { state, reload } = useLoad('lsp/profile', {});
  return (
    <div className="home" data-testid="lsp-profile-screen">
      <PageTitle eyebrow={t('lsp.eyebrow')} title={t('lspProfile.title')}>
        <a href="#/" data-testid="back-home">{t('bundles.backHome')}</a>
      </PageTitle>
      <Section title={t('lspProfile.title')}>
        <p className="muted">{t('lspProfile.intro')}</p>
        <LoadView state={state} onRetry={reload}>
          {(profile) => <ProfileForm profile={profile} />}
        </LoadView>
      </Section>
      <Section title={t('registryScreens.codeNames.title')}>
        <p className="muted">{t('registryScreens.codeNames.intro')}</p>
        <a href="#/code-names" data-testid="link-code-names">
          {t('registryScreens.codeNames.link')}
        </a>
      </Section>
    </div>
  );
}

function ProfileForm({ profile }: { profile: LspProfile }) {
  const { t } = useTranslation();
  const client = useClient();
  const { busy, error, run } = useRun();
  const [saved, setSaved] = useState(false);
  const [values, setValues] = useState({ name: profile.name, licenceNo: profile.licenceNo ?? '', address: profile.address ?? '' });
  const unsaved = useUnsavedChanges(values);
  const errors = fieldErrorsOf(error);
  const set = (key: keyof typeof values) => (value: string) => {
    setSaved(false);
    setValues((old) => ({ ...old, [key]: value }));
  };
  const submit = () => {
    setSaved(false);
    const sent = values;
    void run(async () => {
      const next = await client.call('lsp/setProfile', { profile: sent });
      const shown = { name: next.name, licenceNo: next.licenceNo ?? '', address: next.address ?? '' };
      setValues(shown);
      unsaved.markSaved(shown);
      setSaved(true);
    });
  };
  return (
    <RecordForm isNew={false} busy={busy} error={error} saved={saved} onSubmit={submit} testId="lsp-profile-form" savedText={t('lspProfile.saved')}>
      <div className="field">
        <span className="field__label">{t('setup.lspCode')}</span>
        <p className="mono" data-testid="lsp-profile-code">
          {profile.code}
        </p>
        <p className="field__hint">{t('lspProfile.codeFixed')}</p>
      </div>
      <RegistryField name="name" label={t('setup.lspName')} value={values.name} onChange={set('name')} errors={errors} className="registry-form__wide" />
      <RegistryField name="licenceNo" label={t('setup.licenceNo')} value={values.licenceNo} onChange={set('licenceNo')} errors={errors} mono />
      <RegistryField name="address" label={t('lspProfile.address')} hint={t('lspProfile.addressHint')} value={values.address} onChange={set('address')} errors={errors} optional className="registry-form__wide" />
    </RecordForm>
  );
}
