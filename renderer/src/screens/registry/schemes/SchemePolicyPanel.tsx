import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SchemePolicy } from '../../../../../electron/shared/scheme-policy';
import { useLoad } from '../../../api/use-load';
import { useRun } from '../../../api/use-run';
import { LoadView } from '../../../components/LoadView';
import { Section } from '../../../components/Section';
import { useUnsavedChanges } from '../../../navigation/use-unsaved-changes';
import { useClient } from '../../../session/SessionProvider';
import { NO_FIELD_ERRORS, fieldErrorsOf } from '../field-errors';
import { RecordForm } from '../RecordForm';
import { RegistryField } from '../RegistryField';

/** The scheme's settings (every version of its code): test duration, pass hint, certificate validity, KBLI. */
/**
 * `focusKbli`: opened from a certificate skipped for want of a KBLI code (`#/schemes/<id>/kbli`): the field
 * gets the focus, so the page scrolls to it past every unit, element and KUK above.
 */
export function SchemePolicyPanel({ schemeCode, focusKbli = false }: { schemeCode: string; focusKbli?: boolean }) {
  const { t } = useTranslation();
  const { state, reload } = useLoad('schemes/policy', { schemeCode });
  // Kept here: the form is made again from the settings reloaded after a save, and would lose its notice.
  const [saved, setSaved] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const ready = state.status === 'ready';
  useEffect(() => {
    if (focusKbli && ready) heading.current?.closest('section')?.querySelector<HTMLInputElement>('[data-testid="field-kbliCode"]')?.focus();
  }, [focusKbli, ready]);
  return (
    <Section title={t('schemePolicy.title')} headingRef={heading}>
      <p className="muted">{t('schemePolicy.intro', { code: schemeCode })}</p>
      <LoadView state={state} onRetry={reload}>
        {(policy) => (
          <PolicyForm
            key={JSON.stringify(policy)}
            policy={policy}
            justSaved={saved}
            onSaving={() => setSaved(false)}
            onSaved={() => {
              setSaved(true);
              reload();
            }}
          />
        )}
      </LoadView>
    </Section>
  );
}

type Values = Record<'testDurationMinutes' | 'passHintPercent' | 'certificateValidityYears' | 'kbliCode', string>;

const text = (n: number | string | null) => (n === null ? '' : String(n));
// An empty field is the LSP default; anything else goes to the core as typed, which says what is wrong with it.
const numberOrNull = (s: string) => (s.trim() === '' ? null : Number(s));

type FormProps = { policy: SchemePolicy; justSaved: boolean; onSaving: () => void; onSaved: () => void };

function PolicyForm({ policy, justSaved, onSaving, onSaved }: FormProps) {
  const { t } = useTranslation();
  const client = useClient();
  const { busy, error, run } = useRun();
  const [saved, setSaved] = useState(justSaved);
  const [values, setValues] = useState<Values>({
    testDurationMinutes: text(policy.testDurationMinutes),
    passHintPercent: text(policy.passHintPercent),
    certificateValidityYears: text(policy.certificateValidityYears),
    kbliCode: text(policy.kbliCode),
  });
  const unsaved = useUnsavedChanges(values);
  const errors = error ? fieldErrorsOf(error) : NO_FIELD_ERRORS;
  const field = (name: keyof Values) => ({ name, value: values[name], errors, optional: true, onChange: (v: string) => setValues((old) => ({ ...old, [name]: v })) });
  const submit = () => {
    setSaved(false);
    onSaving();
    const sent = values;
    void run(async () => {
      await client.call('schemes/setPolicy', {
        schemeCode: policy.schemeCode,
        testDurationMinutes: numberOrNull(values.testDurationMinutes),
        passHintPercent: numberOrNull(values.passHintPercent),
        certificateValidityYears: numberOrNull(values.certificateValidityYears),
        kbliCode: values.kbliCode.trim() || null,
      });
      unsaved.markSaved(sent);
      setSaved(true);
      onSaved();
    });
  };
  return (
    <RecordForm isNew={false} busy={busy} error={error} saved={saved} onSubmit={submit} testId="scheme-policy" submitLabel={t('schemePolicy.save')} savedText={t('schemePolicy.saved')}>
      <RegistryField {...field('testDurationMinutes')} type="number" label={t('schemePolicy.testDuration')} hint={t('schemePolicy.testDurationHint')} />
      <RegistryField {...field('passHintPercent')} type="number" label={t('schemePolicy.passHint')} hint={t('schemePolicy.passHintHint')} />
      <RegistryField {...field('certificateValidityYears')} type="number" label={t('schemePolicy.validity')} hint={t('schemePolicy.validityHint')} />
      <RegistryField {...field('kbliCode')} inputMode="numeric" mono label={t('schemePolicy.kbli')} hint={t('schemePolicy.kbliHint')} />
    </RecordForm>
  );
}
