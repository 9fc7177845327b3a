import { useId } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  label: string;
  accept?: string;
  file: File | null;
  onFile: (file: File | null) => void;
  testId: string;
};

/**
 * A file to choose, in the page's language: a native file input writes its button and "no file chosen"
 * in the browser's (an English Chromium said "Choose File / No file chosen" in the Indonesian UI). The
 * input stays in the page, hidden but focusable, so the keyboard, screen readers and tests reach it.
 */
export function FileField({ label, accept, file, onFile, testId }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <span className="field__label" id={`${id}-label`}>
        {label}
      </span>
      <div className="file-field">
        <input
          id={id}
          type="file"
          accept={accept}
          className="visually-hidden file-field__input"
          data-testid={testId}
          aria-labelledby={`${id}-label ${id}-name`}
          onChange={(event) => onFile(event.target.files?.[0] ?? null)}
        />
        <label htmlFor={id} className="button button--secondary button--small file-field__button">
          {file ? t('common.fileField.change') : t('common.fileField.choose')}
        </label>
        <span className={file ? 'file-field__name mono' : 'file-field__name muted'} id={`${id}-name`} data-testid={`${testId}-name`}>
          {file ? file.name : t('common.fileField.none')}
        </span>
      </div>
    </div>
  );
}
