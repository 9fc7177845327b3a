import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTER_SCOPES, CERTIFICATE_FIELD_REASONS, type CertificateSettings, type CounterScope } from '../../../../electron/shared/certificates';
import type { UiError } from '../../api/client-errors';
import { useLoad } from '../../api/use-load';
import { useRun } from '../../api/use-run';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadView } from '../../components/LoadView';
import { Section } from '../../components/Section';
import type { TranslationKey } from '../../i18n/keys';
import { useClient } from '../../session/SessionProvider';
import type { FieldErrors } from '../registry/field-errors';
import { RegistryField, RegistrySelect } from '../registry/RegistryField';
import { CertificatesPage } from './CertificatesPage';
import { COUNTER_SCOPE_LABEL, FIELD_REASON_LABEL } from './labels';
import { patternExample } from './pattern-example';
import { useOwnValues } from './use-own-values';

/** The numbering settings (`#/certificates/settings`): both patterns with a live example, counter scope, validity. */
export function NumberingScreen() {
  const { t } = useTranslation();
  const { state, reload } = useLoad('certificates/settings', {});
  return (
    <CertificatesPage kind="settings" testId="numbering-screen" title={t('certificateScreens.settings.title')}>
      <Section title={t('certificateScreens.settings.title')}>
        <p className="muted">{t('certificateScreens.settings.intro')}</p>
        <LoadView state={state} onRetry={reload}>
          {(settings) => <NumberingForm settings={settings} />}
        </LoadView>
      </Section>
    </CertificatesPage>
  );
}

/** The core refuses field by field (CERTIFICATE_SETTINGS_INVALID with `fields`): each input shows its reason. */
function fieldErrors(error: UiError | null): FieldErrors {
  const out = new Map<string, TranslationKey>();
  if (error?.code !== 'CERTIFICATE_SETTINGS_INVALID' || !('fields' in error) || !error.fields) return out;
  for (const issue of error.fields) {
    const reason = CERTIFICATE_FIELD_REASONS.find((known) => known === issue.reason);
    if (reason && !out.has(issue.field)) out.set(issue.field, FIELD_REASON_LABEL[reason]);
  }
  return out;
}

/** The form's values as its inputs hold them: the two numbers as typed. */
const asText = (s: CertificateSettings) => ({ ...s, validityYears: String(s.validityYears), surveillanceMonths: String(s.surveillanceMonths) });

function NumberingForm({ settings }: { settings: CertificateSettings }) {
  const { t } = useTranslation();
  const client = useClient();
  const { busy, error, run } = useRun();
  const [values, setValues] = useState(asText(settings));
  const [saved, setSaved] = useState(false);
  // Years outside 1–10, months outside 1–120 never reach the core (its argument schema would refuse the whole call, not the field).
  const [rangeProblems, setRangeProblems] = useState<string[]>([]);
  const errors: FieldErrors = rangeProblems.length > 0 ? new Map<string, TranslationKey>(rangeProblems.map((field) => [field, 'registry.reasons.number_range'])) : fieldErrors(error);
  const example = useExample();
  const form = useRef<HTMLFormElement>(null);
  // After a refusal the first marked field takes the focus (as a registry form's, RecordForm), so a keyboard
  // or screen-reader user is at the field and hears its reason, not left wherever the button was.
  useEffect(() => {
    if (errors.size > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error, rangeProblems]); // eslint-disable-line react-hooks/exhaustive-deps -- errors is derived from these two
  const set = (name: keyof typeof values) => (value: string) => {
    setSaved(false);
    setValues((old) => ({ ...old, [name]: value }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setSaved(false);
    const years = Number(values.validityYears);
    const months = Number(values.surveillanceMonths);
    const outOfRange = [
      ...(!Number.isInteger(years) || years < 1 || years > 10 ? ['validityYears'] : []),
      ...(!Number.isInteger(months) || months < 1 || months > 120 ? ['surveillanceMonths'] : []),
    ];
    setRangeProblems(outOfRange);
    if (outOfRange.length > 0) return;
    void run(async () => {
      const next = await client.call('certificates/setSettings', {
        settings: {
          numberPattern: values.numberPattern,
          registrationPattern: values.registrationPattern,
          counterScope: values.counterScope,
          validityYears: years,
          signatoryTitle: values.signatoryTitle,
          signatoryName: values.signatoryName,
          surveillanceMonths: months,
        },
      });
      setValues(asText(next));
      setSaved(true);
    });
  };
  return (
    <form ref={form} className="registry-form" data-testid="numbering-form" onSubmit={submit} noValidate>
      <div className="registry-form__grid">
        <RegistryField name="numberPattern" label={t('certificateScreens.settings.numberPattern')} hint={example(values.numberPattern, values.counterScope, errors.get('numberPattern'))} value={values.numberPattern} onChange={set('numberPattern')} errors={errors} mono className="registry-form__wide" />
        <RegistryField name="registrationPattern" label={t('certificateScreens.settings.registrationPattern')} hint={example(values.registrationPattern, values.counterScope, errors.get('registrationPattern'))} value={values.registrationPattern} onChange={set('registrationPattern')} errors={errors} mono className="registry-form__wide" />
        <RegistrySelect
          name="counterScope"
          label={t('certificateScreens.settings.counterScope')}
          value={values.counterScope}
          onChange={(v) => set('counterScope')(COUNTER_SCOPES.find((s) => s === v) ?? values.counterScope)}
          errors={errors}
          options={COUNTER_SCOPES.map((s) => ({ value: s, label: t(COUNTER_SCOPE_LABEL[s]) }))}
          className="registry-form__wide"
        />
        <RegistryField
          name="validityYears"
          type="number"
          label={t('certificateScreens.settings.validityYears')}
          hint={t('certificateScreens.settings.validityHint')}
          value={values.validityYears}
          onChange={set('validityYears')}
          errors={errors}
        />
        <RegistryField
          name="surveillanceMonths"
          type="number"
          label={t('certificateScreens.settings.surveillanceMonths')}
          hint={t('certificateScreens.settings.surveillanceHint')}
          value={values.surveillanceMonths}
          onChange={set('surveillanceMonths')}
          errors={errors}
        />
        <RegistryField
          name="signatoryTitle"
          label={t('certificateScreens.settings.signatoryTitle')}
          hint={t('certificateScreens.settings.signatoryTitleHint')}
          value={values.signatoryTitle}
          onChange={set('signatoryTitle')}
          errors={errors}
          className="registry-form__wide"
        />
        <RegistryField
          name="signatoryName"
          label={t('certificateScreens.settings.signatoryName')}
          hint={t('certificateScreens.settings.signatoryNameHint')}
          value={values.signatoryName}
          onChange={set('signatoryName')}
          errors={errors}
          className="registry-form__wide"
        />
      </div>
      {errors.size > 0 ? (
        <p className="notice notice--error" role="alert" data-testid="save-invalid">{t('certificateScreens.settings.invalid', { count: errors.size })}</p>
      ) : (
        error && <ErrorMessage error={error} />
      )}
      {saved && !error && <p className="notice notice--success" role="status" data-testid="record-saved">{t('certificateScreens.settings.saved')}</p>}
      <div className="registry-form__actions">
        {/* aria-disabled, not disabled: a focused button that becomes disabled drops the focus to the page's top. */}
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined} data-testid="record-save">{t('certificateScreens.settings.save')}</button>
      </div>
    </form>
  );
}

/**
 * What the pattern prints as it is typed (the input's hint), so the person sees the number before any is
 * issued: with this LSP's code and one of its schemes, not a made-up "LSP01" and "SKM-01".
 */
function useExample(): (pattern: string, scope: CounterScope, fieldError: TranslationKey | undefined) => string {
  const { t } = useTranslation();
  const own = useOwnValues();
  return (pattern, scope, fieldError) => {
    const shown = patternExample(pattern, scope, own);
    if ('example' in shown) return t('certificateScreens.settings.example', { example: shown.example });
    const reason = FIELD_REASON_LABEL[shown.reason];
    // The refused save already writes this reason under the field: saying it twice reads as two problems.
    return reason === fieldError ? t('certificateScreens.settings.exampleMissing') : t('certificateScreens.settings.exampleNone', { reason: t(reason) });
  };
}
