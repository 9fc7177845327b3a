import { useId, type FormEvent } from 'react';

type Props = {
  label: string;
  check: string;
  checking: string;
  accept: string;
  busy: boolean;
  file: File | null;
  onFile: (file: File | null) => void;
  onCheck: () => void;
  /** Test ids `<prefix>-file` and `<prefix>-check`. */
  testIdPrefix: string;
};

/** The first step of every import (registry, question bank, blanko numbers): choose a file, then have it checked. */
export function ImportFileForm({ label, check, checking, accept, busy, file, onFile, onCheck, testIdPrefix }: Props) {
  const fileId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) onCheck();
  };
  return (
    <form className="bundle-form" onSubmit={submit} noValidate>
      <div className="field">
        <label className="field__label" htmlFor={fileId}>
          {label}
        </label>
        <input
          id={fileId}
          className="field__input"
          type="file"
          accept={accept}
          data-testid={`${testIdPrefix}-file`}
          onChange={(event) => onFile(event.target.files?.[0] ?? null)}
        />
      </div>
      <button type="submit" className="button button--primary" disabled={!file || busy} data-testid={`${testIdPrefix}-check`}>
        {busy ? checking : check}
      </button>
    </form>
  );
}

/** What a spreadsheet import accepts (the core checks the bytes, whatever the name says). */
export const SHEET_ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';
