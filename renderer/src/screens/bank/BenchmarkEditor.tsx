import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankItem, BankSaved } from '../../../../electron/shared/bank';
import type { SchemeDetail } from '../../../../electron/shared/registry';
import { useRun } from '../../api/use-run';
import { useLanguage } from '../../i18n/use-language';
import { useUnsavedChanges } from '../../navigation/use-unsaved-changes';
import { useClient } from '../../session/SessionProvider';
import { bankFieldErrorsOf } from './bank-field-errors';
import { BilingualFields } from './BilingualFields';
import { ItemPreview } from './ItemPreview';
import type { BenchmarkDraft } from './new-entry';
import { SaveBar, savedNotice, type SavedNotice } from './SaveBar';
import { useFocusInvalid } from './use-focus-invalid';

type FormProps = {
  scheme: SchemeDetail;
  /** Null: a new benchmark. */
  item: BankItem | null;
  value: BenchmarkDraft;
  onChange: (value: BenchmarkDraft) => void;
  kindChoice?: ReactNode;
  /** The core took `sent`. */
  onSaved: (saved: BankSaved, sent: BenchmarkDraft) => void;
};

/** An observation benchmark (FR.IA.01): one per KUK, its text in both languages. */
export function BenchmarkForm({ scheme, item, value, onChange, kindChoice, onSaved }: FormProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const client = useClient();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [saved, setSaved] = useState<SavedNotice | null>(null);
  const { busy, error, run } = useRun();
  const errors = bankFieldErrorsOf(error);
  useFocusInvalid(form, error);
  const retired = item?.status === 'retired';
  const problem = errors.get('kukId');
  const { kukId, text } = value;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setSaved(null);
    const sent = value;
    void run(async () => {
      const result = await client.call('bank/saveBenchmark', {
        schemeId: scheme.id,
        benchmarkId: item?.id ?? null,
        benchmark: { kukId: sent.kukId, text: { id: sent.text.id, en: sent.text.en.trim() === '' ? null : sent.text.en } },
      });
      setSaved(savedNotice(item, result));
      onSaved(result, sent);
    });
  };
  return (
    <div className="bank-editor">
      <div className="bank-editor__main">
        <form ref={form} className="registry-form bank-form" data-testid="bank-benchmark-form" onSubmit={submit} noValidate>
          <fieldset className="bank-form__fields" disabled={retired}>
            {kindChoice}
            <div className="field">
              <label className="field__label" htmlFor={id}>
                {t('bankScreens.list.kuk')}
              </label>
              <select
                id={id}
                className="field__input"
                data-testid="field-kukId"
                value={kukId}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? `${id}-problem` : undefined}
                onChange={(event) => onChange({ ...value, kukId: event.target.value })}
              >
                <option value="">{t('bankScreens.item.chooseKuk')}</option>
                {scheme.units.map((unit) => (
                  <optgroup key={unit.id} label={unit.code}>
                    {unit.elements.flatMap((element) =>
                      element.kuk.map((kuk) => (
                        <option key={kuk.id} value={kuk.id}>
                          {unit.code} {kuk.number} {(language === 'en' && kuk.textEn) || kuk.textId}
                        </option>
                      )),
                    )}
                  </optgroup>
                ))}
              </select>
              {problem && (
                <p className="field__problem" id={`${id}-problem`} data-testid="problem-kukId">
                  {t(problem)}
                </p>
              )}
            </div>
            <BilingualFields name="text" label={t('bankScreens.item.benchmark')} value={text} onChange={(next) => onChange({ ...value, text: next })} errors={errors} rows={4} />
          </fieldset>
          <SaveBar isNew={item === null} busy={busy} error={error} saved={saved} disabled={retired} />
        </form>
      </div>
      <ItemPreview item={null} />
    </div>
  );
}

type Props = { scheme: SchemeDetail; item: BankItem; onSaved: (saved: BankSaved) => void };

/** An existing benchmark's form, guarding its KUK and text until they are saved. */
export function BenchmarkEditor({ scheme, item, onSaved }: Props) {
  const [value, setValue] = useState<BenchmarkDraft>(() => ({ kukId: item.kuks[0]?.kukId ?? '', text: { id: item.prompt.id, en: item.prompt.en ?? '' } }));
  const unsaved = useUnsavedChanges(value);
  const saved = (result: BankSaved, sent: BenchmarkDraft) => {
    // Clean before onSaved opens the page of a used benchmark's new draft.
    unsaved.markSaved(sent);
    onSaved(result);
  };
  return <BenchmarkForm scheme={scheme} item={item} value={value} onChange={setValue} onSaved={saved} />;
}
