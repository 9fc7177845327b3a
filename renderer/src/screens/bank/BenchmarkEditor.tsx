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
import type { TextPair } from './item-draft';
import { ItemPreview } from './ItemPreview';
import { SaveBar } from './SaveBar';
import { useFocusInvalid } from './use-focus-invalid';

type Props = { scheme: SchemeDetail; item: BankItem | null; kindChoice?: ReactNode; onSaved: (saved: BankSaved) => void };

/** An observation benchmark (FR.IA.01): one per KUK, its text in both languages. */
export function BenchmarkEditor({ scheme, item, kindChoice, onSaved }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const client = useClient();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [kukId, setKukId] = useState(item?.kuks[0]?.kukId ?? '');
  const [text, setText] = useState<TextPair>({ id: item?.prompt.id ?? '', en: item?.prompt.en ?? '' });
  const [saved, setSaved] = useState<'saved' | 'copied' | null>(null);
  const unsaved = useUnsavedChanges({ kukId, text });
  const { busy, error, run } = useRun();
  const errors = bankFieldErrorsOf(error);
  useFocusInvalid(form, error);
  const retired = item?.status === 'retired';
  const problem = errors.get('kukId');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    const sent = { kukId, text };
    void run(async () => {
      const result = await client.call('bank/saveBenchmark', {
        schemeId: scheme.id,
        benchmarkId: item?.id ?? null,
        benchmark: { kukId, text: { id: text.id, en: text.en.trim() === '' ? null : text.en } },
      });
      // Clean before onSaved opens the new entry's page.
      unsaved.markSaved(sent);
      setSaved(result.copied ? 'copied' : 'saved');
      onSaved(result);
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
                onChange={(event) => setKukId(event.target.value)}
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
            <BilingualFields name="text" label={t('bankScreens.item.benchmark')} value={text} onChange={setText} errors={errors} rows={4} />
          </fieldset>
          <SaveBar isNew={item === null} busy={busy} error={error} saved={saved} disabled={retired} />
        </form>
      </div>
      <ItemPreview item={null} />
    </div>
  );
}
