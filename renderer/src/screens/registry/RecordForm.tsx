import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiError } from '../../api/client-errors';
import { SaveProblem } from './SaveProblem';

type Props = {
  isNew: boolean;
  busy: boolean;
  error: UiError | null;
  saved: boolean;
  onSubmit: () => void;
  testId: string;
  children: ReactNode;
  /** For a form that adds to a record (a verification) rather than saving the record itself. */
  submitLabel?: string;
  savedText?: string;
  /** Shown but not changeable (an older scheme version): every input disabled, no save button. */
  readOnly?: boolean;
  /** What the admin can do about the refusal just shown (open the record it names, save anyway), under its message. */
  problemActions?: ReactNode;
};

/** A registry record's form: its fields, what went wrong (or that it saved), and one save button (none when read-only). */
export function RecordForm({ isNew, busy, error, saved, onSubmit, testId, children, submitLabel, savedText, readOnly = false, problemActions }: Props) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  // After a refusal the first marked input takes the focus: in a long form (a scheme's tree) it may be
  // far above the button, and a screen reader then reads its message at once.
  useEffect(() => {
    if (error?.code === 'REGISTRY_INVALID') form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!readOnly && !busy) onSubmit();
  };
  return (
    <form ref={form} className="registry-form" data-testid={testId} onSubmit={submit} noValidate>
      {readOnly ? (
        // A disabled fieldset disables every input and button inside it, the tree editor's too.
        <fieldset disabled className="registry-form__read-only" data-testid={`${testId}-read-only`}>
          <div className="registry-form__grid">{children}</div>
        </fieldset>
      ) : (
        <div className="registry-form__grid">{children}</div>
      )}
      <SaveProblem error={error} />
      {error && problemActions}
      {saved && !error && (
        <p className="notice notice--success" role="status" data-testid="record-saved">
          {savedText ?? t('registryScreens.record.saved')}
        </p>
      )}
      {!readOnly && (
        <div className="registry-form__actions">
          {/* aria-disabled, not disabled: the browser blurs a focused button that becomes disabled, and a
              keyboard user who pressed Enter on it would find the focus at the top of the page. */}
          <button type="submit" className="button button--primary" aria-disabled={busy || undefined} data-testid="record-save">
            {busy ? t('registryScreens.record.saving') : (submitLabel ?? (isNew ? t('registryScreens.record.create') : t('registryScreens.record.save')))}
          </button>
        </div>
      )}
    </form>
  );
}
