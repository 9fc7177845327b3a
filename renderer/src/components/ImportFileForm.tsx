import type { FormEvent } from 'react';
import { FileField } from './FileField';

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
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file && !busy) onCheck();
  };
  return (
    <form className="bundle-form" onSubmit={submit} noValidate>
      <FileField label={label} accept={accept} file={file} onFile={onFile} testId={`${testIdPrefix}-file`} />
      {/* Busy is aria-disabled, not disabled: a focused button that becomes disabled drops the focus to the page's top. */}
      <button type="submit" className="button button--primary" disabled={!file} aria-disabled={busy || undefined} data-testid={`${testIdPrefix}-check`}>
        {busy ? checking : check}
      </button>
    </form>
  );
}

/** What a spreadsheet import accepts (the core checks the bytes, whatever the name says). */
export const SHEET_ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';
